//! A chart's drawing: the model (`ChartData`) to an SVG string with
//! plotters' SVG backend, at a given width, in a theme, with the places of
//! its values for focusable overlays. Text is wrapped by an estimate of its
//! width, never measured: the same code runs in the browser and natively.

use super::measure::{axis_ticks, nice_max, text_em, wrap};
use super::style::{bold, font, palette, px, Palette};
use super::{Bar, ChartData, Hotspot, PanelData, Rendered, Theme, MAX_WIDTH, MIN_WIDTH};
use crate::lang::Lang;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

const PAD: f64 = 12.0;

const LABEL_PX: f64 = 14.0;

const LINE: f64 = 19.0;

const BAR_H: f64 = 24.0;

const PART_LINE: f64 = 18.0;

const GAP: f64 = 14.0;

const TITLE_H: f64 = 26.0;

const AXIS_H: f64 = 22.0;

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
                    .map(|b| b.part.as_ref().map(|part| wrap(&part.line, 13.0, inner - 22.0)))
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
        let mut hotspots = Vec::new();
        // Drawing into a String cannot fail for I/O reasons; if plotters ever
        // reports an error we still return whatever was drawn.
        let _ = draw(&root, data, &layout, &palette(theme), &mut hotspots);
        hotspots
    };
    Rendered {
        svg,
        width: width as u32,
        height: height as u32,
        hotspots,
    }
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

type Drawn<T> = Result<T, DrawingAreaErrorKind<std::io::Error>>;

fn draw(root: &Area, data: &ChartData, layout: &Layout, pal: &Palette, hotspots: &mut Vec<Hotspot>) -> Drawn<()> {
    root.fill(&pal.background)?;
    let mut y = PAD;
    for line in &layout.header {
        let style = bold(data.lang, 18.0, &pal.text, HPos::Left);
        root.draw(&Text::new(line.clone(), (px(PAD), px(y + LINE * 0.6)), style))?;
        y += LINE * 1.2;
    }
    y = small_lines(root, &layout.note, y, data.lang, pal)?;
    for ((panel, labels), parts) in data.panels.iter().zip(&layout.label_lines).zip(&layout.part_lines) {
        y = draw_panel(root, data.lang, panel, (labels, parts), y, layout, pal, hotspots)?;
    }
    small_lines(root, &layout.footer, y, data.lang, pal)?;
    Ok(())
}

/// One panel from `y` down: its title, its grid and ticks, its bars;
/// returns where the next panel goes.
#[allow(clippy::too_many_arguments)]
fn draw_panel(
    root: &Area,
    lang: Lang,
    panel: &PanelData,
    (labels, parts): (&[Vec<String>], &[Option<Vec<String>>]),
    mut y: f64,
    layout: &Layout,
    pal: &Palette,
    hotspots: &mut Vec<Hotspot>,
) -> Drawn<f64> {
    let x0 = PAD;
    root.draw(&Text::new(
        panel.title.clone(),
        (px(x0), px(y + 6.0)),
        bold(lang, 13.0, &pal.muted, HPos::Left),
    ))?;
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
    for (i, tick_label) in panel.ticks.iter().take(ticks + 1).enumerate() {
        let x = x0 + layout.inner * i as f64 / ticks as f64;
        root.draw(&PathElement::new(
            vec![(px(x), px(top)), (px(x), px(bars_end - GAP / 2.0))],
            pal.grid.stroke_width(1),
        ))?;
        let h = match i {
            0 => HPos::Left,
            i if i == ticks => HPos::Right,
            _ => HPos::Center,
        };
        let style = font(lang, 11.0, &pal.muted, h, VPos::Top);
        root.draw(&Text::new(
            tick_label.clone(),
            (px(x), px(bars_end - GAP / 2.0 + 4.0)),
            style,
        ))?;
    }
    for ((bar, lines), part_lines) in panel.bars.iter().zip(labels).zip(parts) {
        y = draw_bar(
            root,
            lang,
            bar,
            (lines, part_lines.as_deref()),
            (y, scale),
            layout,
            pal,
            hotspots,
        )?;
    }
    Ok(y + AXIS_H + GAP)
}

/// One bar from `y` down: its label, the bar and its value, the part
/// inside it and its key; returns where the next bar goes.
#[allow(clippy::too_many_arguments)]
fn draw_bar(
    root: &Area,
    lang: Lang,
    bar: &Bar,
    (lines, part_lines): (&[String], Option<&[String]>),
    (mut y, scale): (f64, f64),
    layout: &Layout,
    pal: &Palette,
    hotspots: &mut Vec<Hotspot>,
) -> Drawn<f64> {
    let x0 = PAD;
    for line in lines {
        let style = font(lang, LABEL_PX, &pal.text, HPos::Left, VPos::Center);
        root.draw(&Text::new(line.clone(), (px(x0), px(y + LINE / 2.0)), style))?;
        y += LINE;
    }
    let w = (finite(bar.value) * scale).max(2.0);
    root.draw(&Rectangle::new(
        [(px(x0), px(y)), (px(x0 + w), px(y + BAR_H))],
        pal.bar.filled(),
    ))?;
    if let Some(part) = &bar.part {
        let pw = (finite(part.value) * scale).clamp(1.0, w);
        hatch(root, x0, y, pw, BAR_H, pal)?;
    }
    // The value goes after the bar if it fits, else inside it; a value that
    // fits neither way loses its counter noun.
    let (shown, size) = value_label(bar, w, layout);
    let (tx, h, color) = if x0 + w + 6.0 + value_width(shown, size) <= layout.width - PAD {
        (x0 + w + 6.0, HPos::Left, &pal.text)
    } else {
        (x0 + w - 6.0, HPos::Right, &pal.on_bar)
    };
    root.draw(&Text::new(
        shown.to_string(),
        (px(tx), px(y + BAR_H / 2.0)),
        bold(lang, size, color, h),
    ))?;
    hotspots.push(Hotspot {
        x: x0,
        y,
        w: layout.inner,
        h: BAR_H,
        label: bar.tip.clone(),
    });
    y += BAR_H + 4.0;
    if let Some(lines) = part_lines {
        hatch(root, x0, y + 3.0, 14.0, 12.0, pal)?;
        for line in lines {
            let style = font(lang, 13.0, &pal.text, HPos::Left, VPos::Center);
            root.draw(&Text::new(
                line.clone(),
                (px(x0 + 22.0), px(y + PART_LINE / 2.0)),
                style,
            ))?;
            y += PART_LINE;
        }
    }
    Ok(y + GAP - 4.0)
}

fn value_width(text: &str, size: f64) -> f64 {
    text_em(text) * size + 8.0
}

/// The value drawn at the end of a bar `w` px long, and its font size: the
/// full text ("44 villages and communities") after the bar if it fits, else
/// inside it; else the same a size smaller. The value always keeps its unit
/// (a bare "30" beside "213 people" reads as another kind of count), so one
/// that fits neither way is still drawn whole, at the smaller size.
fn value_label<'a>(bar: &'a Bar, w: f64, layout: &Layout) -> (&'a str, f64) {
    let fits =
        |t: &str, size: f64| PAD + w + 6.0 + value_width(t, size) <= layout.width - PAD || value_width(t, size) <= w;
    for size in [13.0, 11.0] {
        if fits(&bar.text, size) {
            return (&bar.text, size);
        }
    }
    (&bar.text, 11.0)
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
