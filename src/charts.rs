//! Charts as pure functions: story data → [`ChartData`] → SVG string, drawn
//! with plotters' SVG backend. Nothing here measures text through the DOM
//! (labels are wrapped by an estimate), so the same code runs in the browser
//! and in `cargo test`.
//!
//! Every chart is a set of panels of horizontal bars. Each panel has its own
//! linear scale starting at zero, so 79,528 and 1,472 can both be read
//! without a log axis; the panel titles say that the scales differ.

use crate::data::{ChartDef, Lang, Place, Side, Story, Unit};
use crate::format;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar, already in the reader's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub id: String,
    /// The label as it starts a line (sentence case in English).
    pub label: String,
    /// The label as the data writes it, to read mid-sentence.
    pub phrase: String,
    pub value: f64,
    /// The value as the story text writes it, hedge included.
    pub text: String,
    /// The same without a count's noun ("44" for "44 villages and
    /// communities"), for a bar where the full text fits neither beside nor
    /// inside it; the label above says what is counted.
    pub short: String,
    /// A part shown inside the bar ("of whom lifted out of poverty").
    pub part: Option<Part>,
    /// The figure's own period in the reader's language ("" if the article
    /// gives none), for its row of the table and CSV.
    pub period: String,
    /// What it is counted in ("期", "元"), for its row of the CSV.
    pub unit: String,
    /// The hedge as a word ("余" / "over"; "" for none), for the CSV's
    /// qualifier column: the value column holds a bare number.
    pub qualifier: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub text: String,
    pub period: String,
    pub unit: String,
    pub qualifier: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PanelData {
    pub title: String,
    pub unit: Unit,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub id: String,
    pub title: String,
    pub period: String,
    pub lang: Lang,
    pub panels: Vec<PanelData>,
    /// What the reader must know to compare the bars ("not additive").
    pub note: Option<String>,
    /// The caption line under the title (`format::chart_meta`: what the
    /// bars count, and when), which every copy of the chart carries: the
    /// page, a download, a widget's card.
    pub meta: String,
    /// Where it comes from (`format::retold_source`), for downloads.
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// A bar's place in the SVG, for focusable overlays with tooltips.
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub hotspots: Vec<Hotspot>,
}

/// Gathers a chart's bars from the story. Unknown figure ids are skipped
/// (validation reports them; a chart should still draw what it can).
pub fn chart_data(def: &ChartDef, story: &Story, lang: Lang) -> ChartData {
    let panels = def
        .panels
        .iter()
        .map(|panel| {
            let bars: Vec<Bar> = panel
                .figures
                .iter()
                .filter_map(|id| story.figure(id))
                .map(|f| bar(story, f, lang))
                .collect();
            let unit = panel
                .figures
                .first()
                .and_then(|id| story.figure(id))
                .map_or(Unit::Count, |f| f.unit);
            PanelData {
                title: panel.title.get(lang).to_string(),
                unit,
                bars,
            }
        })
        .collect();
    ChartData {
        id: def.id.clone(),
        title: def.title.get(lang).to_string(),
        period: def.period.clone(),
        lang,
        panels,
        note: def.note.as_ref().map(|n| n.get(lang).to_string()),
        meta: format::chart_meta(def, story, lang),
        source: format::retold_source(&story.meta, lang),
    }
}

/// Figures that are not a chart (a keyword card's key figures) as chart
/// data, each on its own (they are unlike), for their table and CSV.
pub fn figures_data(story: &Story, id: &str, title: &str, ids: &[String], lang: Lang) -> ChartData {
    let figures: Vec<&crate::data::Figure> = ids.iter().filter_map(|id| story.figure(id)).collect();
    ChartData {
        id: id.to_string(),
        title: title.to_string(),
        // The figures' common period, if they share one; each row of the
        // table and CSV carries its own figure's period anyway.
        period: match figures.first() {
            Some(first) if figures.iter().all(|f| f.period == first.period) => first.period.clone(),
            _ => String::new(),
        },
        lang,
        panels: figures
            .iter()
            .map(|f| PanelData {
                title: title.to_string(),
                unit: f.unit,
                bars: vec![bar(story, f, lang)],
            })
            .collect(),
        note: None,
        meta: String::new(),
        source: format::retold_source(&story.meta, lang),
    }
}

fn bar(story: &Story, f: &crate::data::Figure, lang: Lang) -> Bar {
    let hedge = |f: &crate::data::Figure| f.qualifier.map_or("", |q| format::qualifier_word(q, lang)).to_string();
    Bar {
        id: f.id.clone(),
        label: format::sentence_case(f.label.get(lang), lang),
        phrase: f.label.get(lang).to_string(),
        value: f.value,
        text: format::figure(f, lang),
        short: format::quantity(f.value, f.unit, None, f.qualifier, lang),
        part: story.part_of(&f.id).map(|p| Part {
            id: p.id.clone(),
            label: format::sentence_case(p.label.get(lang), lang),
            value: p.value,
            text: format::figure(p, lang),
            period: format::period(&p.period, lang),
            unit: format::unit_of(p, lang),
            qualifier: hedge(p),
        }),
        period: format::period(&f.period, lang),
        unit: format::unit_of(f, lang),
        qualifier: hedge(f),
    }
}

struct Palette {
    background: RGBColor,
    text: RGBColor,
    muted: RGBColor,
    grid: RGBColor,
    bar: RGBColor,
    part: RGBColor,
    on_bar: RGBColor,
}

// Blue and orange stay apart for the common colour-vision deficiencies, and
// the part is also hatched, so nothing relies on colour alone.
fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: RGBColor(255, 255, 255),
            text: RGBColor(26, 26, 26),
            muted: RGBColor(84, 84, 84),
            grid: RGBColor(214, 214, 214),
            bar: RGBColor(31, 94, 140),
            part: RGBColor(204, 102, 0),
            on_bar: RGBColor(255, 255, 255),
        },
        Theme::Dark => Palette {
            background: RGBColor(28, 30, 34),
            text: RGBColor(238, 238, 238),
            muted: RGBColor(190, 190, 190),
            grid: RGBColor(70, 72, 78),
            bar: RGBColor(110, 176, 226),
            part: RGBColor(255, 176, 90),
            on_bar: RGBColor(16, 16, 16),
        },
    }
}

/// CJK fonts first where a platform has them; plain sans-serif last.
pub const FONT_STACK: &str =
    "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, Hiragino Sans GB, sans-serif";
/// For English, Latin fonts first: CJK fonts set quotes and dashes full-width.
pub const FONT_STACK_LATIN: &str = "Noto Sans, Helvetica Neue, Arial, Noto Sans CJK SC, sans-serif";

fn font_stack(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => FONT_STACK,
        Lang::En => FONT_STACK_LATIN,
    }
}

const PAD: f64 = 12.0;
const LABEL_PX: f64 = 14.0;
const LINE: f64 = 19.0;
const BAR_H: f64 = 24.0;
const PART_LINE: f64 = 18.0;
const GAP: f64 = 14.0;
const TITLE_H: f64 = 26.0;
const AXIS_H: f64 = 22.0;
/// The two widths a chart is drawn at, and the media query that picks the
/// wide one. The drawing scales to its column (`width: 100%`), so the static
/// page (which holds both, the CSS showing one) and the app (which draws the
/// one the query picks) lay a chart out the same by construction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widths {
    pub narrow: u32,
    pub wide: u32,
    /// Must match the `@media` rules for `.w-narrow` / `.w-wide` in main.css.
    pub query: &'static str,
}

impl Widths {
    pub fn pick(self, wide: bool) -> u32 {
        if wide {
            self.wide
        } else {
            self.narrow
        }
    }
}

/// In the story, charts sit in a column that is wide from 900 px up.
pub const STORY_WIDTHS: Widths = Widths {
    narrow: 360,
    wide: 560,
    query: "(min-width: 900px)",
};
/// A widget's frame is its viewport: wide from 480 px up.
pub const WIDGET_WIDTHS: Widths = Widths {
    narrow: 360,
    wide: 560,
    query: "(min-width: 480px)",
};

pub const MIN_WIDTH: u32 = 300;
pub const MAX_WIDTH: u32 = 1400;

/// Rough advance of a string in em: full-width characters are 1em, others
/// about half. Good enough to wrap labels; SVG renders the real glyphs.
pub fn text_em(s: &str) -> f64 {
    s.chars()
        .map(|c| {
            if (c as u32) >= 0x2E80 {
                1.0
            } else if c.is_ascii_uppercase() {
                0.66
            } else {
                0.55
            }
        })
        .sum()
}

/// Wraps a label into lines no wider than `max_px` at `size` px. Latin text
/// breaks at spaces, CJK text between any two characters.
pub fn wrap(text: &str, size: f64, max_px: f64) -> Vec<String> {
    let max_em = (max_px / size).max(4.0);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in split_breakable(text) {
        let candidate = format!("{line}{word}");
        if !line.is_empty() && text_em(candidate.trim_end()) > max_em {
            lines.push(line.trim_end().to_string());
            line = word.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Splits into pieces that may start a new line: single CJK characters, and
/// Latin words with their trailing space.
fn split_breakable(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if (c as u32) >= 0x2E80 {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else {
            word.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// A round upper bound for a scale: 1, 2, 2.5 or 5 times a power of ten.
pub fn nice_max(max: f64) -> f64 {
    // Nothing the data holds is that small; below it 10^k underflows.
    if !max.is_finite() || max <= 1e-9 {
        return 1.0;
    }
    let exp = max.log10().floor();
    let base = 10f64.powf(exp);
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * base >= max * (1.0 - 1e-12) {
            return m * base;
        }
    }
    10.0 * base
}

/// The tick values of an axis running from 0 to `max` (a `nice_max`):
/// steps of a quarter for 1, 2, 10 × 10^k, of a fifth for 2.5 and 5.
pub fn axis_ticks(max: f64) -> Vec<f64> {
    let lead = max / 10f64.powf(max.log10().floor());
    let n = if (lead - 2.5).abs() < 1e-9 || (lead - 5.0).abs() < 1e-9 {
        5
    } else {
        4
    };
    (0..=n).map(|i| max * i as f64 / n as f64).collect()
}

/// One panel's axis labels as the chart draws them.
pub fn panel_axis_labels(panel: &PanelData, lang: Lang) -> Vec<String> {
    let max = nice_max(panel.bars.iter().map(|b| finite(b.value)).fold(0.0, f64::max));
    format::axis_labels(&axis_ticks(max), lang)
}

fn finite(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v
    } else {
        0.0
    }
}

struct Layout {
    width: f64,
    inner: f64,
    label_lines: Vec<Vec<Vec<String>>>,
    part_lines: Vec<Vec<Option<Vec<String>>>>,
    header: Vec<String>,
    /// The chart's note under the title, in a standalone picture only.
    note: Vec<String>,
    footer: Vec<String>,
}

impl Layout {
    fn height(&self) -> f64 {
        let mut h = PAD + self.header.len() as f64 * LINE * 1.2 + self.note.len() as f64 * LINE;
        for (panel, parts) in self.label_lines.iter().zip(&self.part_lines) {
            h += TITLE_H;
            for (labels, part) in panel.iter().zip(parts) {
                h += labels.len() as f64 * LINE + BAR_H + GAP;
                h += part.as_ref().map_or(0.0, |l| l.len() as f64 * PART_LINE);
            }
            h += AXIS_H + GAP;
        }
        h + self.footer.len() as f64 * LINE + PAD
    }
}

/// Draws the chart at `width` px (clamped to 300..1400). `standalone` adds
/// the title and `source` inside the picture, for downloads that travel
/// without the page around them.
pub fn render_svg(data: &ChartData, theme: Theme, width: u32, standalone: Option<&str>) -> Rendered {
    let width = width.clamp(MIN_WIDTH, MAX_WIDTH) as f64;
    let inner = width - 2.0 * PAD;
    let layout = Layout {
        width,
        inner,
        label_lines: data
            .panels
            .iter()
            .map(|p| p.bars.iter().map(|b| wrap(&b.label, LABEL_PX, inner)).collect())
            .collect(),
        part_lines: data
            .panels
            .iter()
            .map(|p| {
                p.bars
                    .iter()
                    .map(|b| {
                        b.part.as_ref().map(|part| {
                            wrap(
                                &format::labelled(&part.label, &part.text, data.lang),
                                13.0,
                                inner - 22.0,
                            )
                        })
                    })
                    .collect()
            })
            .collect(),
        header: standalone.map_or_else(Vec::new, |_| wrap(&data.title, 18.0, inner)),
        note: standalone.map_or_else(Vec::new, |_| {
            [Some(data.meta.as_str()), data.note.as_deref()]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty())
                .flat_map(|s| wrap(s, 12.0, inner))
                .collect()
        }),
        footer: standalone.map_or_else(Vec::new, |s| wrap(s, 12.0, inner)),
    };
    let height = layout.height().ceil();
    let mut svg = String::new();
    let hotspots = {
        let root = SVGBackend::with_string(&mut svg, (width as u32, height as u32)).into_drawing_area();
        // Drawing into a String cannot fail for I/O reasons; if plotters ever
        // reports an error we still return whatever was drawn.
        draw(&root, data, &layout, &palette(theme)).unwrap_or_default()
    };
    Rendered {
        svg,
        width: width as u32,
        height: height as u32,
        hotspots,
    }
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

// plotters' SVG backend divides the size by 1.24 when it writes it; these
// take the pixel size the reader should see.
fn font<'a>(lang: Lang, size: f64, color: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
    TextStyle::from((font_stack(lang), size * 1.24).into_font())
        .color(color)
        .pos(Pos::new(h, v))
}

fn bold<'a>(lang: Lang, size: f64, color: &'a RGBColor, h: HPos) -> TextStyle<'a> {
    TextStyle::from((font_stack(lang), size * 1.24, FontStyle::Bold).into_font())
        .color(color)
        .pos(Pos::new(h, VPos::Center))
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

fn draw(root: &Area, data: &ChartData, layout: &Layout, pal: &Palette) -> Result<Vec<Hotspot>, String> {
    let e = |e: DrawingAreaErrorKind<_>| e.to_string();
    root.fill(&pal.background).map_err(e)?;
    let mut hotspots = Vec::new();
    let mut y = PAD;
    for line in &layout.header {
        root.draw(&Text::new(
            line.clone(),
            (px(PAD), px(y + LINE * 0.6)),
            bold(data.lang, 18.0, &pal.text, HPos::Left),
        ))
        .map_err(e)?;
        y += LINE * 1.2;
    }
    y = small_lines(root, &layout.note, y, data.lang, pal).map_err(e)?;
    let x0 = PAD;
    for ((panel, labels), parts) in data.panels.iter().zip(&layout.label_lines).zip(&layout.part_lines) {
        root.draw(&Text::new(
            panel.title.clone(),
            (px(x0), px(y + 6.0)),
            bold(data.lang, 13.0, &pal.muted, HPos::Left),
        ))
        .map_err(e)?;
        y += TITLE_H;
        let max = nice_max(panel.bars.iter().map(|b| finite(b.value)).fold(0.0, f64::max));
        let scale = layout.inner / max;
        let top = y;
        // Grid first, so bars sit on top of it.
        let bars_end = y + labels
            .iter()
            .zip(parts)
            .map(|(lines, part)| {
                lines.len() as f64 * LINE + BAR_H + GAP + part.as_ref().map_or(0.0, |l| l.len() as f64 * PART_LINE)
            })
            .sum::<f64>();
        let ticks = axis_ticks(max).len() - 1;
        let tick_labels = format::axis_labels(&axis_ticks(max), data.lang);
        for (i, tick_label) in tick_labels.iter().enumerate() {
            let x = x0 + layout.inner * i as f64 / ticks as f64;
            root.draw(&PathElement::new(
                vec![(px(x), px(top)), (px(x), px(bars_end - GAP / 2.0))],
                pal.grid.stroke_width(1),
            ))
            .map_err(e)?;
            let h = match i {
                0 => HPos::Left,
                i if i == ticks => HPos::Right,
                _ => HPos::Center,
            };
            root.draw(&Text::new(
                tick_label.clone(),
                (px(x), px(bars_end - GAP / 2.0 + 4.0)),
                font(data.lang, 11.0, &pal.muted, h, VPos::Top),
            ))
            .map_err(e)?;
        }
        for ((bar, lines), part_lines) in panel.bars.iter().zip(labels).zip(parts) {
            for line in lines {
                root.draw(&Text::new(
                    line.clone(),
                    (px(x0), px(y + LINE / 2.0)),
                    font(data.lang, LABEL_PX, &pal.text, HPos::Left, VPos::Center),
                ))
                .map_err(e)?;
                y += LINE;
            }
            let w = (finite(bar.value) * scale).max(2.0);
            root.draw(&Rectangle::new(
                [(px(x0), px(y)), (px(x0 + w), px(y + BAR_H))],
                pal.bar.filled(),
            ))
            .map_err(e)?;
            if let Some(part) = &bar.part {
                let pw = (finite(part.value) * scale).clamp(1.0, w);
                hatch(root, x0, y, pw, BAR_H, pal).map_err(e)?;
            }
            // The value goes after the bar if it fits, else inside it; a
            // value that fits neither way loses its counter noun.
            let (shown, size) = value_label(bar, w, layout);
            let (tx, h, color) = if x0 + w + 6.0 + value_width(shown, size) <= layout.width - PAD {
                (x0 + w + 6.0, HPos::Left, &pal.text)
            } else {
                (x0 + w - 6.0, HPos::Right, &pal.on_bar)
            };
            root.draw(&Text::new(
                shown.to_string(),
                (px(tx), px(y + BAR_H / 2.0)),
                bold(data.lang, size, color, h),
            ))
            .map_err(e)?;
            hotspots.push(Hotspot {
                x: x0,
                y,
                w: layout.inner,
                h: BAR_H,
                label: format::labelled(&bar.label, &bar.text, data.lang),
            });
            y += BAR_H + 4.0;
            if let Some(lines) = part_lines {
                hatch(root, x0, y + 3.0, 14.0, 12.0, pal).map_err(e)?;
                for line in lines {
                    root.draw(&Text::new(
                        line.clone(),
                        (px(x0 + 22.0), px(y + PART_LINE / 2.0)),
                        font(data.lang, 13.0, &pal.text, HPos::Left, VPos::Center),
                    ))
                    .map_err(e)?;
                    y += PART_LINE;
                }
            }
            y += GAP - 4.0;
        }
        y += AXIS_H + GAP;
    }
    small_lines(root, &layout.footer, y, data.lang, pal).map_err(e)?;
    Ok(hotspots)
}

fn value_width(text: &str, size: f64) -> f64 {
    text_em(text) * size + 8.0
}

/// The value drawn at the end of a bar `w` px long, and its font size: the
/// full text ("44 villages and communities") after the bar if it fits, else
/// inside it; else the same a size smaller; only a value that fits neither
/// way loses its counter noun.
fn value_label<'a>(bar: &'a Bar, w: f64, layout: &Layout) -> (&'a str, f64) {
    let fits =
        |t: &str, size: f64| PAD + w + 6.0 + value_width(t, size) <= layout.width - PAD || value_width(t, size) <= w;
    for size in [13.0, 11.0] {
        if fits(&bar.text, size) {
            return (&bar.text, size);
        }
    }
    (&bar.short, 13.0)
}

/// Lines of small muted text (a note, the source) from `y` down; returns
/// where the next line would go.
fn small_lines(
    root: &Area,
    lines: &[String],
    mut y: f64,
    lang: Lang,
    pal: &Palette,
) -> Result<f64, DrawingAreaErrorKind<std::io::Error>> {
    for line in lines {
        root.draw(&Text::new(
            line.clone(),
            (px(PAD), px(y + LINE / 2.0)),
            font(lang, 12.0, &pal.muted, HPos::Left, VPos::Center),
        ))?;
        y += LINE;
    }
    Ok(y)
}

/// A part of a bar: solid in the part colour with diagonal stripes, so it
/// reads without colour too.
fn hatch(
    root: &Area,
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    pal: &Palette,
) -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
    root.draw(&Rectangle::new(
        [(px(x), px(y)), (px(x + w), px(y + h))],
        pal.part.filled(),
    ))?;
    // Stripe k runs from (x+s, y+h) up-right at 45°; keep the piece inside
    // the rectangle: t in [max(0, -s), min(h, w - s)]. Never wider than a
    // chart can be, whatever a broken scale hands us.
    let (w, h) = (w.min(MAX_WIDTH as f64), h.min(MAX_WIDTH as f64));
    if !(w.is_finite() && h.is_finite()) {
        return Ok(());
    }
    let mut s = -h;
    while s < w {
        let (t0, t1) = ((-s).max(0.0), h.min(w - s));
        if t1 > t0 {
            let a = (px(x + s + t0), px(y + h - t0));
            let b = (px(x + s + t1), px(y + h - t1));
            root.draw(&PathElement::new(vec![a, b], pal.background.mix(0.6).stroke_width(2)))?;
        }
        s += 7.0;
    }
    Ok(())
}

/// Places as dots at their coordinates on a plain background, with thin
/// lines from Xiamen to the partner places: where things happen, and how far
/// apart, without any map outline. `highlight` names the places of the step.
pub fn locator_svg(places: &[Place], highlight: &[&str], lang: Lang, theme: Theme, width: u32) -> String {
    let shown: Vec<&Place> = places
        .iter()
        .filter(|p| p.label.is_some() && p.lat.is_finite() && p.lon.is_finite())
        .filter(|p| p.only_with.as_deref().is_none_or(|with| highlight.contains(&with)))
        .collect();
    let width = width.clamp(240, 640) as f64;
    let pal = palette(theme);
    let (lat0, lat1) = shown
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.lat), b.max(p.lat)));
    let (lon0, lon1) = shown
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.lon), b.max(p.lon)));
    // Equirectangular, with longitude shrunk by the cosine of the middle
    // latitude so distances look roughly right.
    let squeeze = ((lat0 + lat1) / 2.0).to_radians().cos().abs().max(0.2);
    let (pad_x, pad_y) = (width * 0.2, 28.0);
    let span_x = ((lon1 - lon0) * squeeze).max(1e-6);
    let span_y = (lat1 - lat0).max(1e-6);
    let scale = (width - 2.0 * pad_x) / span_x;
    let height = (span_y * scale + 2.0 * pad_y).clamp(120.0, 900.0);
    let at = |p: &Place| (pad_x + (p.lon - lon0) * squeeze * scale, pad_y + (lat1 - p.lat) * scale);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width as u32, height as u32)).into_drawing_area();
        let draw = || -> Result<(), DrawingAreaErrorKind<std::io::Error>> {
            root.fill(&pal.background)?;
            if let Some(home) = shown.iter().find(|p| p.id == "xiamen") {
                let (hx, hy) = at(home);
                for p in shown.iter().filter(|p| !p.id.starts_with("taiwan") && p.id != "xiamen") {
                    let (x, y) = at(p);
                    root.draw(&PathElement::new(
                        vec![(px(hx), px(hy)), (px(x), px(y))],
                        pal.grid.stroke_width(1),
                    ))?;
                }
            }
            for p in &shown {
                let (x, y) = at(p);
                let hot = highlight.contains(&p.id.as_str());
                let (r, color) = if hot { (7, &pal.part) } else { (4, &pal.bar) };
                root.draw(&Circle::new((px(x), px(y)), r, color.filled()))?;
                if hot {
                    root.draw(&Circle::new((px(x), px(y)), 12, color.stroke_width(2)))?;
                }
                let name = p.short.as_ref().unwrap_or(&p.name).get(lang).to_string();
                let gap = if hot { 16.0 } else { 8.0 };
                // A label that would run off the drawing goes to the other side.
                let lines = wrap(&name, 12.0, pad_x * 1.6);
                let longest = lines.iter().map(|l| text_em(l) * 13.0).fold(0.0, f64::max);
                let side = match p.label.unwrap_or(Side::E) {
                    Side::E if x + gap + longest > width - 2.0 => Side::W,
                    Side::W if x - gap - longest < 2.0 => Side::E,
                    side => side,
                };
                let (pos, h, v) = match side {
                    Side::E => ((x + gap, y), HPos::Left, VPos::Center),
                    Side::W => ((x - gap, y), HPos::Right, VPos::Center),
                    Side::N => ((x, y - gap), HPos::Center, VPos::Bottom),
                    Side::S => ((x, y + gap), HPos::Center, VPos::Top),
                };
                let style = if hot {
                    bold(lang, 13.0, &pal.text, h)
                } else {
                    font(lang, 12.0, &pal.muted, h, v)
                };
                let style = style.pos(Pos::new(h, v));
                for (i, line) in lines.into_iter().enumerate() {
                    root.draw(&Text::new(
                        line,
                        (px(pos.0), px(pos.1 + i as f64 * 15.0)),
                        style.clone(),
                    ))?;
                }
            }
            Ok(())
        };
        let _ = draw();
    }
    svg
}

/// The chart's numbers as CSV, UTF-8 with a byte-order mark so that Excel
/// opens Chinese labels correctly.
pub fn csv(data: &ChartData) -> String {
    let head = match data.lang {
        // The value column is a bare number; its hedge (余, 近 … / over,
        // nearly …) is in the qualifier column, and the value column after
        // it holds the app's own wording of both.
        Lang::Zh => "分组,指标,数值,修饰语,单位,数值(含修饰语),时期",
        Lang::En => "panel,figure,value,qualifier,unit,value as shown,period",
    };
    let mut out = format!("\u{feff}{head}\r\n");
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    for row in data.rows() {
        let cells = [
            quote(row.panel),
            quote(row.label),
            format::trim_decimals(row.value, 4),
            quote(row.qualifier),
            quote(row.unit),
            quote(row.text),
            quote(row.period),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    // After a blank line, what the page says around the rows (each row has
    // its own unit and period already): the note and the source, each a
    // line of one cell.
    let (note, source) = match data.lang {
        Lang::Zh => ("注", "来源"),
        Lang::En => ("Note", "Source"),
    };
    out.push_str("\r\n");
    for (name, text) in [(note, data.note.as_deref()), (source, Some(data.source.as_str()))] {
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            out.push_str(&quote(&format::labelled(name, text, data.lang)));
            out.push_str("\r\n");
        }
    }
    out
}

/// One value of a chart as a table shows it: a bar, or the part inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    pub id: &'a str,
    pub panel: &'a str,
    /// What the value is counted in ("期", "元").
    pub unit: &'a str,
    pub label: &'a str,
    pub value: f64,
    pub text: &'a str,
    pub period: &'a str,
    pub qualifier: &'a str,
    pub is_part: bool,
}

impl ChartData {
    /// Every value in drawing order, each part right after its whole: the
    /// data table and the CSV list the same rows.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.panels.iter().flat_map(|p| {
            p.bars.iter().flat_map(move |b| {
                let whole = Row {
                    id: &b.id,
                    panel: &p.title,
                    unit: &b.unit,
                    label: &b.label,
                    value: b.value,
                    text: &b.text,
                    period: &b.period,
                    qualifier: &b.qualifier,
                    is_part: false,
                };
                let part = b.part.as_ref().map(|x| Row {
                    id: &x.id,
                    label: &x.label,
                    value: x.value,
                    text: &x.text,
                    period: &x.period,
                    unit: &x.unit,
                    qualifier: &x.qualifier,
                    is_part: true,
                    ..whole.clone()
                });
                std::iter::once(whole).chain(part)
            })
        })
    }
}

/// One sentence for screen readers: what the chart shows, and its figures
/// (up to three) or how many there are and the largest.
/// Labels mid-sentence keep the data's lower case. (The chart's note is not
/// repeated here: the page shows it as text beside the chart.)
pub fn describe(data: &ChartData) -> String {
    let bars: Vec<&Bar> = data.panels.iter().flat_map(|p| &p.bars).collect();
    let largest = bars.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    let count = bars.len();
    // A title that already holds a colon ("…资金：财政与社会力量") takes the
    // summary after a full stop, not a second colon.
    let title = data.title.trim_end_matches(['。', '.', '：', ':']);
    let (lead_zh, lead_en) = if title.contains('：') || title.contains(": ") {
        (format!("{title}。"), format!("{title}. "))
    } else {
        (format!("{title}："), format!("{title}: "))
    };
    match (data.lang, largest) {
        (_, None) => String::new(),
        // One figure: the title already says what it counts.
        (Lang::Zh, Some(b)) if count == 1 => format!("{lead_zh}{}。", b.text),
        (Lang::En, Some(b)) if count == 1 => format!("{lead_en}{}.", b.text),
        // A few figures: each, in the chart's order.
        (Lang::Zh, Some(_)) if count <= 3 => {
            let items: Vec<String> = bars.iter().map(|b| format!("{}{}", b.phrase, b.text)).collect();
            format!("{lead_zh}{}。", items.join("，"))
        }
        (Lang::En, Some(_)) if count <= 3 => {
            let items: Vec<String> = bars.iter().map(|b| format!("{}, {}", b.phrase, b.text)).collect();
            let list = items.join("; ");
            let list = if lead_en.ends_with(". ") {
                format::sentence_case(&list, Lang::En)
            } else {
                list
            };
            format!("{lead_en}{list}.")
        }
        (Lang::Zh, Some(b)) => format!("{lead_zh}共{count}项数据，最大的是{}（{}）。", b.phrase, b.text),
        (Lang::En, Some(b)) => {
            // Wire style spells out one to nine, capitalised to start a sentence.
            let n = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
                .get(count.wrapping_sub(2))
                .map_or_else(|| count.to_string(), |w| w.to_string());
            let n = if lead_en.ends_with(". ") {
                format::sentence_case(&n, Lang::En)
            } else {
                n
            };
            format!("{lead_en}{n} figures; the largest is {} ({}).", b.phrase, b.text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Story;

    fn story() -> Story {
        let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json")).unwrap();
        serde_json::from_str(&raw).unwrap()
    }

    fn count(svg: &str, needle: &str) -> usize {
        svg.matches(needle).count()
    }

    #[test]
    fn every_chart_builds_in_both_languages_and_widths() {
        let s = story();
        assert!(s.charts.len() >= 4);
        for def in &s.charts {
            for lang in [Lang::Zh, Lang::En] {
                let data = chart_data(def, &s, lang);
                let bars: usize = data.panels.iter().map(|p| p.bars.len()).sum();
                let parts: usize = data
                    .panels
                    .iter()
                    .flat_map(|p| &p.bars)
                    .filter(|b| b.part.is_some())
                    .count();
                for width in [320, 1200] {
                    for theme in [Theme::Light, Theme::Dark] {
                        let r = render_svg(&data, theme, width, None);
                        assert!(r.svg.starts_with("<svg"), "{}", def.id);
                        assert_eq!(r.width, width);
                        assert_eq!(r.hotspots.len(), bars, "{}: one hotspot per bar", def.id);
                        // One background rect, one rect per bar, a hatched part adds
                        // a rect in the bar and one in its key.
                        assert_eq!(
                            count(&r.svg, "<rect"),
                            1 + bars + 2 * parts,
                            "{} {lang:?} {width}",
                            def.id
                        );
                        for bar in data.panels.iter().flat_map(|p| &p.bars) {
                            let label_start: String = bar.label.chars().take(4).collect();
                            assert!(r.svg.contains(&label_start), "{}: label {}", def.id, bar.label);
                            // The full value, or on a bar too short for it the
                            // number alone; the focusable value always has it all.
                            let value_drawn = r.svg.contains(&escape(&bar.text)) || r.svg.contains(&escape(&bar.short));
                            assert!(value_drawn, "{}: value {}", def.id, bar.text);
                            assert!(r.hotspots.iter().any(|h| h.label.contains(&bar.text)), "{}", bar.text);
                        }
                    }
                }
            }
        }
    }

    fn escape(s: &str) -> String {
        s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
    }

    #[test]
    fn funding_chart_shows_the_articles_money_in_each_language() {
        let s = story();
        let def = s.chart("funding").unwrap();
        let zh = render_svg(&chart_data(def, &s, Lang::Zh), Theme::Light, 800, None).svg;
        for v in ["累计1.615亿元", "3063.65万元"] {
            assert!(zh.contains(v), "{v}");
        }
        let en = render_svg(&chart_data(def, &s, Lang::En), Theme::Light, 800, None).svg;
        for v in ["161.5 million yuan in total", "30.6365 million yuan"] {
            assert!(en.contains(v), "{v}");
        }
        assert!(!en.contains("亿"));
        assert!(!en.contains('¥'));
    }

    #[test]
    fn employment_chart_shows_poverty_share_inside_bars() {
        let s = story();
        let data = chart_data(s.chart("employment").unwrap(), &s, Lang::Zh);
        assert_eq!(data.panels.len(), 1, "one scope, one panel");
        let with_part: Vec<(&str, f64)> = data
            .panels
            .iter()
            .flat_map(|p| &p.bars)
            .filter_map(|b| b.part.as_ref().map(|p| (b.id.as_str(), p.value)))
            .collect();
        // One count at one scope: jobs at the firms Xiamen brought in are another
        // measure and are not drawn beside it.
        assert_eq!(with_part, vec![("labour-ningxia", 5922.0)]);
        let bars: Vec<&str> = data
            .panels
            .iter()
            .flat_map(|p| &p.bars)
            .map(|b| b.id.as_str())
            .collect();
        assert_eq!(bars, vec!["labour-ningxia"]);
    }

    #[test]
    fn a_chart_note_is_drawn_in_the_standalone_picture_only() {
        let s = story();
        for lang in [Lang::Zh, Lang::En] {
            let data = chart_data(s.chart("employment").unwrap(), &s, lang);
            let note = data.note.clone().expect("the employment chart says its bars overlap");
            let alone = render_svg(&data, Theme::Light, 1200, Some("source")).svg;
            let inline = render_svg(&data, Theme::Light, 1200, None).svg;
            let start: String = note.chars().take(12).collect();
            assert!(alone.contains(&start), "{note}");
            assert!(!inline.contains(&start), "the page shows the note itself");
        }
        // Mid-sentence, English labels keep their lower case.
        let en = describe(&chart_data(s.chart("pengyang").unwrap(), &s, Lang::En));
        assert!(en.contains(": training courses for technical professionals"), "{en}");
    }

    /// Six counts with long counter nouns in one panel (the data has no
    /// such chart: schools beside towns are unlike kinds; this only tests
    /// the drawing).
    fn six_counts() -> crate::data::ChartDef {
        let text = |s: &str| crate::data::Text {
            zh: s.into(),
            en: s.into(),
        };
        crate::data::ChartDef {
            id: "six".into(),
            title: text("Six counts"),
            period: String::new(),
            panels: vec![crate::data::Panel {
                title: text("By kind"),
                figures: [
                    "pairing-schools",
                    "pairing-villages",
                    "pairing-orgs",
                    "pairing-enterprises",
                    "pairing-towns",
                    "pairing-hospitals",
                ]
                .map(String::from)
                .to_vec(),
            }],
            keyword: None,
            note: None,
        }
    }

    #[test]
    fn a_value_keeps_its_counter_noun_at_phone_widths() {
        // "44" alone left the reader to find what is counted in the label.
        let s = story();
        let data = chart_data(&six_counts(), &s, Lang::En);
        for width in [STORY_WIDTHS.narrow, 390, STORY_WIDTHS.wide] {
            let svg = render_svg(&data, Theme::Light, width, None).svg;
            let drawn = |t: &str| svg.lines().any(|l| l.trim() == t);
            assert!(drawn("44 villages and communities") && !drawn("44"), "{width}");
        }
    }

    #[test]
    fn a_summary_fits_one_figure_and_a_title_with_a_colon() {
        let s = story();
        // One figure: no count and no "largest".
        let en = describe(&chart_data(s.chart("employment").unwrap(), &s, Lang::En));
        assert!(!en.contains("largest") && !en.contains("1 figures"), "{en}");
        // …nor the title said again: just the value after it.
        assert!(en.ends_with("helped into jobs: 13,138 people."), "{en}");
        let zh = describe(&chart_data(s.chart("employment").unwrap(), &s, Lang::Zh));
        assert!(!zh.contains("最大") && !zh.contains("共1项"), "{zh}");
        // A title with a colon of its own is not followed by a second one.
        let zh = describe(&chart_data(s.chart("funding").unwrap(), &s, Lang::Zh));
        assert_eq!(zh.matches('：').count(), 1, "{zh}");
        // A few figures are each said, with their values.
        assert!(
            zh.contains("财政与社会力量。厦门投入宁夏的财政帮扶资金累计1.615亿元，社会力量"),
            "{zh}"
        );
        let en = describe(&chart_data(s.chart("funding").unwrap(), &s, Lang::En));
        assert_eq!(en.matches(": ").count(), 1, "{en}");
        assert!(
            en.contains(
                "non-government. Fiscal support funds Xiamen put into Ningxia, 161.5 million yuan in total; support"
            ),
            "{en}"
        );
        let en = describe(&chart_data(&six_counts(), &s, Lang::En));
        assert!(en.contains(": six figures; the largest is"), "{en}");
    }

    #[test]
    fn empty_and_extreme_data_do_not_panic() {
        let empty = ChartData {
            id: "x".into(),
            title: "t".into(),
            period: "2022".into(),
            lang: Lang::En,
            panels: vec![],
            note: Some("a note ".repeat(40)),
            meta: "yuan · 2022".into(),
            source: "source".into(),
        };
        let r = render_svg(&empty, Theme::Light, 10, Some("source"));
        assert!(r.svg.contains("</svg>"));
        assert_eq!(r.width, MIN_WIDTH);
        let bar = |v: f64| Bar {
            id: "b".into(),
            label: "a very long label ".repeat(20),
            phrase: "a very long label".into(),
            value: v,
            text: v.to_string(),
            short: v.to_string(),
            part: None,
            period: String::new(),
            unit: String::new(),
            qualifier: String::new(),
        };
        let extreme = ChartData {
            panels: vec![
                PanelData {
                    title: "p".into(),
                    unit: Unit::Yuan,
                    bars: vec![bar(0.0), bar(f64::MAX), bar(f64::NAN), bar(-5.0), bar(1e-300)],
                },
                PanelData {
                    title: "empty".into(),
                    unit: Unit::Person,
                    bars: vec![],
                },
            ],
            ..empty
        };
        let r = render_svg(&extreme, Theme::Dark, 100_000, None);
        assert_eq!(r.width, MAX_WIDTH);
        assert_eq!(r.hotspots.len(), 5);
        assert!(!r.svg.contains("NaN\""), "no NaN coordinates");
        let _ = csv(&extreme);
        let _ = describe(&extreme);
    }

    #[test]
    fn a_keyword_cards_figures_make_a_csv_with_their_own_units() {
        let s = story();
        let k = s.keyword(3).unwrap();
        let data = figures_data(&s, "keyword-3", "k3", &k.figures, Lang::En);
        assert_eq!(data.panels.len(), k.figures.len());
        let out = csv(&data);
        let rows = csv_rows(&out);
        assert_eq!(rows.len(), 1 + k.figures.len());
        for id in &k.figures {
            let f = s.figure(id).unwrap();
            assert!(
                rows.iter()
                    .any(|r| r.contains(&format!(",{},", format::trim_decimals(f.value, 4)))
                        && r.contains(&format!(",\"{}\",", format::unit_of(f, Lang::En)))),
                "{id}"
            );
        }
    }

    #[test]
    fn a_csv_row_names_what_its_count_counts() {
        // Courses are 期, not "个/家/所".
        let s = story();
        let out = csv(&chart_data(s.chart("pengyang").unwrap(), &s, Lang::Zh));
        let rows: Vec<&str> = csv_rows(&out).into_iter().skip(1).collect();
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.contains(",\"期\",")), "{out}");
    }

    #[test]
    fn csv_has_bom_header_and_a_row_per_value() {
        let s = story();
        let data = chart_data(s.chart("employment").unwrap(), &s, Lang::Zh);
        let out = csv(&data);
        assert!(out.starts_with('\u{feff}'));
        let rows = csv_rows(&out);
        assert_eq!(rows.len(), 1 + 1 + 1, "header, one bar, the part inside it");
        assert!(rows.iter().any(|r| r.contains("13138") && r.contains("13138人")));
        // After the rows, the note and where it comes from.
        let tail = out.split("\r\n\r\n").nth(1).unwrap_or_default();
        assert!(tail.contains("注：斜纹部分"), "{out}");
        assert!(
            tail.contains("来源：改写自厦门日报（2022年12月30日）《山海一家亲 逐梦振兴路》"),
            "{out}"
        );
    }

    #[test]
    fn a_csv_keeps_each_hedge_in_a_column_of_its_own() {
        let s = story();
        for (lang, word) in [(Lang::Zh, "\"累计\""), (Lang::En, "\"cumulative\"")] {
            let out = csv(&chart_data(s.chart("funding").unwrap(), &s, lang));
            let fiscal = csv_rows(&out)[1];
            assert!(fiscal.contains(&format!(",161500000,{word},")), "{fiscal}");
        }
    }

    /// The header and the data rows of a CSV, without what follows them.
    fn csv_rows(out: &str) -> Vec<&str> {
        out.split("\r\n\r\n")
            .next()
            .unwrap_or_default()
            .trim_end()
            .split("\r\n")
            .collect()
    }

    #[test]
    fn wrapping_respects_width_and_words() {
        let lines = wrap("rural workers from central and western China", 14.0, 140.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')));
        assert_eq!(lines.join(" "), "rural workers from central and western China");
        let zh = wrap("在厦稳定就业三个月以上的中西部农村劳动力", 14.0, 140.0);
        assert_eq!(zh.concat(), "在厦稳定就业三个月以上的中西部农村劳动力");
        assert!(zh.iter().all(|l| text_em(l) <= 10.0));
    }

    #[test]
    fn locator_draws_labelled_places_only() {
        let s = story();
        for lang in [Lang::Zh, Lang::En] {
            let svg = locator_svg(&s.places, &["pengyang"], lang, Theme::Light, 360);
            let labelled = s
                .places
                .iter()
                .filter(|p| p.label.is_some() && p.only_with.is_none())
                .count();
            // Two circles for the highlighted place (dot and ring), one for the rest.
            assert_eq!(count(&svg, "<circle"), labelled + 1);
            let linxia = s.place("linxia").unwrap();
            assert!(svg.contains(&escape(linxia.short.as_ref().unwrap_or(&linxia.name).get(lang))));
            assert!(!svg.contains(s.place("guyuan").unwrap().name.get(lang)));
        }
        // Nothing to draw is not a panic.
        assert!(locator_svg(&[], &[], Lang::En, Theme::Dark, 0).contains("</svg>"));
    }

    #[test]
    fn nice_maxima() {
        assert_eq!(nice_max(79528.0), 100000.0);
        assert_eq!(nice_max(5573.0), 10000.0);
        assert_eq!(nice_max(1.615e8), 2e8);
        assert_eq!(nice_max(213.0), 250.0);
        assert_eq!(nice_max(0.0), 1.0);
        assert_eq!(nice_max(f64::NAN), 1.0);
        // A subnormal maximum: 10^-324 underflows to 0, which once made the
        // scale infinite and the hatching of a part endless.
        assert_eq!(nice_max(5e-324), 1.0);
    }
}
