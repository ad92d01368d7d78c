//! A shared link's 1200×630 card, drawn as SVG (the build rasterises it
//! with resvg): a keyword's numeral, heading and first key figure; the
//! cover's title and deck; the data view's first figure; a chart with its
//! caption. Set in the system's CJK font (English in Liberation Sans).

use super::meta::{card_label, first_box_figure, key_figure, CARD_H, CARD_W};
use crate::chart::build::chart_data;
use crate::chart::{render_svg, wrap, Theme};
use crate::lang::Lang;
use crate::page::widgets::OfStory;
use crate::site::embed::Widget;
use crate::site::escape as esc;
use crate::site::route::Step;
use crate::story::Story;
use crate::text::ui::ui;
use crate::text::{labels, numbers};

// ---- the cards

const PAPER: &str = "#fbfaf7";

const INK: &str = "#1a1a1a";

const MUTED: &str = "#545454";

const SEA: &str = "#1f5e8c";

const EARTH: &str = "#9a4a00";

/// The card's type: Noto Sans CJK (the build requires it); English in
/// Liberation Sans, whose quotes and dashes are Latin-width (the CJK font's
/// are full-width), falling back to the CJK font.
fn font(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "Noto Sans CJK SC, sans-serif",
        Lang::En => "Liberation Sans, Noto Sans CJK SC, sans-serif",
    }
}

/// The Latin face English cards are set in (Debian's fonts-liberation).
pub const LATIN: &str = "Liberation Sans";

const MARGIN: f64 = 64.0;

/// A card being drawn: SVG elements in one language.
struct Card {
    lang: Lang,
    svg: String,
}

/// How a block of text is set: the sizes to try, largest first (the first
/// at which it fits in `lines` lines wins; the smallest is cut with "…"),
/// its colour and weight.
struct Style {
    sizes: &'static [f64],
    lines: usize,
    fill: &'static str,
    bold: bool,
}

impl Style {
    const fn new(sizes: &'static [f64], lines: usize, fill: &'static str, bold: bool) -> Style {
        Style {
            sizes,
            lines,
            fill,
            bold,
        }
    }
}

impl Card {
    fn new(lang: Lang) -> Card {
        Card {
            lang,
            svg: String::new(),
        }
    }

    /// Sets `text` from (`x`, `y`) in `width`; returns the y below it.
    fn text(&mut self, text: &str, (x, y): (f64, f64), width: f64, style: Style) -> f64 {
        let smallest = style.sizes.last().copied().unwrap_or(24.0);
        let (size, mut lines) = style
            .sizes
            .iter()
            .map(|&size| (size, wrap(text, size, width)))
            .find(|(_, lines)| lines.len() <= style.lines)
            .unwrap_or_else(|| (smallest, wrap(text, smallest, width)));
        if lines.len() > style.lines {
            lines.truncate(style.lines);
            if let Some(last) = lines.last_mut() {
                let mut chars: Vec<char> = last.chars().collect();
                chars.truncate(chars.len().saturating_sub(1));
                let kept: String = chars.into_iter().collect();
                *last = format!("{}…", kept.trim_end_matches([' ', ',', '，', '、']));
            }
        }
        let line_h = size * 1.28;
        let mut baseline = y + size;
        for line in &lines {
            // A full-width opening quote hangs into the margin, so that the
            // words line up with the lines around them.
            let x = if self.lang == Lang::Zh && line.starts_with(['“', '‘', '《', '「']) {
                x - size * 0.5
            } else {
                x
            };
            self.svg.push_str(&format!(
                r#"<text x="{x}" y="{baseline:.0}" font-family="{}" font-size="{size}" font-weight="{}" fill="{}">{}</text>"#,
                font(self.lang),
                if style.bold { 700 } else { 400 },
                style.fill,
                esc(line)
            ));
            baseline += line_h;
        }
        y + line_h * lines.len() as f64
    }

    /// A numeral in a disc centred at (`cx`, `cy`).
    fn disc(&mut self, numeral: &str, (cx, cy): (f64, f64), r: f64) {
        let size = if numeral.chars().count() > 1 { r * 0.9 } else { r * 1.15 };
        self.svg.push_str(&format!(
            r##"<circle cx="{cx}" cy="{cy}" r="{r}" fill="{SEA}"/><text x="{cx}" y="{ty:.0}" text-anchor="middle" font-family="{}" font-size="{size:.0}" font-weight="700" fill="#ffffff">{}</text>"##,
            font(self.lang),
            esc(numeral),
            ty = cy + size * 0.36
        ));
    }

    /// The story's title above everything else.
    fn kicker(&mut self, story: &Story) -> f64 {
        let title = story.meta.title.get(self.lang).to_string();
        self.text(&title, (MARGIN, 46.0), FULL, Style::new(&[30.0, 26.0], 1, SEA, true))
    }

    /// The page: paper, the site's two colours at the top, the source line
    /// at the foot.
    fn finish(mut self, story: &Story) -> String {
        // A retelling, said as such, with the report it retells.
        let source = labels::retold_source(&story.meta, self.lang);
        let rule = CARD_H as f64 - 92.0;
        self.svg.push_str(&format!(
            r##"<line x1="{MARGIN}" y1="{rule}" x2="{x2}" y2="{rule}" stroke="#dcd8cf" stroke-width="2"/>"##,
            x2 = CARD_W as f64 - MARGIN,
        ));
        self.text(
            &source,
            (MARGIN, rule + 18.0),
            FULL,
            Style::new(&[24.0, 21.0], 2, MUTED, false),
        );
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{CARD_W}" height="{CARD_H}" viewBox="0 0 {CARD_W} {CARD_H}"><rect width="{CARD_W}" height="{CARD_H}" fill="{PAPER}"/><rect width="{CARD_W}" height="14" fill="{SEA}"/><rect y="14" width="{CARD_W}" height="6" fill="{EARTH}"/>{}</svg>"##,
            self.svg
        )
    }

    /// A chart drawn for the card, in a box.
    fn chart(&mut self, story: &Story, id: &str, (x, y, w, h): (f64, f64, f64, f64)) {
        let Some(def) = story.chart(id) else { return };
        let chart = render_svg(&chart_data(def, story, self.lang), Theme::Light, 560, None);
        let svg = match self.lang {
            // The chart's English stack starts with fonts the build machine
            // may not have (Noto Sans, Arial), and then falls to the CJK
            // font, whose apostrophe is full width ("Pengyang’ s"): the
            // card sets the chart in its own Latin font first.
            Lang::En => chart.svg.replace("font-family=\"", &format!("font-family=\"{LATIN}, ")),
            Lang::Zh => chart.svg,
        };
        self.svg
            .push_str(&nest(&svg, (x, y, w, h), (chart.width, chart.height)));
    }
}

const FULL: f64 = CARD_W as f64 - 2.0 * MARGIN;

/// The card of a step's page: the keyword's numeral, heading and first key
/// figure; the cover's title and deck; the data box's first figure.
pub fn step_card_svg(story: &Story, step: Step, lang: Lang) -> String {
    let mut card = Card::new(lang);
    let top = card.kicker(story) + 24.0;
    match step.keyword().and_then(|n| story.keyword(n)) {
        Some(k) => {
            let r = 74.0;
            card.disc(&labels::numeral(k, lang), (MARGIN + r, top + r), r);
            let x = MARGIN + 2.0 * r + 40.0;
            let w = CARD_W as f64 - MARGIN - x;
            let y = card.text(
                k.heading.get(lang),
                (x, top),
                w,
                Style::new(&[64.0, 54.0, 46.0], 2, INK, true),
            );
            let y = card.text(
                k.subheading.get(lang),
                (x, y + 4.0),
                w,
                Style::new(&[34.0, 30.0], 2, MUTED, false),
            );
            let y = y.max(top + 2.0 * r) + 30.0;
            if let Some(f) = key_figure(story, k) {
                let y = card.text(
                    &numbers::figure(f, lang),
                    (MARGIN, y),
                    FULL,
                    Style::new(&[84.0, 72.0, 60.0], 1, EARTH, true),
                );
                let label = card_label(f, lang);
                card.text(&label, (MARGIN, y), FULL, Style::new(&[34.0, 30.0], 2, INK, false));
            }
        }
        None if step == Step::Numbers => {
            // The data box's first figure, big: a chart would be illegible
            // at the size a chat app shows the card.
            let t = ui(lang);
            let head = |sizes, lines, fill| Style {
                sizes,
                lines,
                fill,
                bold: true,
            };
            let y = card.text(t.numbers, (MARGIN, top - 6.0), FULL, head(&[44.0], 1, SEA));
            let y = card.text(t.numbers_heading, (MARGIN, y + 4.0), FULL, head(&[46.0, 40.0], 2, INK));
            if let Some(f) = first_box_figure(story) {
                let y = card.text(
                    &numbers::figure(f, lang),
                    (MARGIN, y + 20.0),
                    FULL,
                    head(&[84.0, 72.0, 60.0], 1, EARTH),
                );
                let label = card_label(f, lang);
                let style = Style::new(&[34.0, 30.0], 2, INK, false);
                card.text(&label, (MARGIN, y), FULL, style);
            }
        }
        None => {
            let m = &story.meta;
            let y = card.text(
                m.deck.get(lang),
                (MARGIN, top),
                FULL,
                Style::new(&[56.0, 48.0, 42.0], 3, INK, true),
            );
            // The five keywords' numerals, in a row.
            let r = 36.0;
            for (i, k) in story.keywords.iter().enumerate() {
                card.disc(
                    &labels::numeral(k, lang),
                    (MARGIN + r + i as f64 * (2.0 * r + 22.0), y + 30.0 + r),
                    r,
                );
            }
        }
    }
    card.finish(story)
}

/// The card of a widget's page: the chart (or the keyword's card) with its
/// title, in the page's language.
pub fn widget_card_svg(story: &Story, widget: &Widget, lang: Lang) -> String {
    match widget {
        Widget::Keyword(n) => step_card_svg(story, Step::Keyword(*n), lang),
        Widget::Chart(id) => {
            let mut card = Card::new(lang);
            let y = card.kicker(story);
            // The whole title, on two lines if need be: a card never cuts
            // a title off ("…fiscal an…").
            let y = card.text(
                &widget.title(story, lang),
                (MARGIN, y + 12.0),
                FULL,
                Style::new(&[44.0, 38.0, 34.0], 2, INK, true),
            );
            // What the page's caption says under the title, the card says
            // too: what the bars count and when (累计 reads "since when?"
            // without 2022年), and the chart's note.
            let mut y = y;
            if let Some(def) = story.chart(id) {
                let data = chart_data(def, story, lang);
                for (text, lines) in [(Some(data.meta.as_str()), 1), (data.note.as_deref(), 3)] {
                    if let Some(text) = text.filter(|t| !t.is_empty()) {
                        y = card.text(
                            text,
                            (MARGIN, y + 4.0),
                            FULL,
                            Style::new(&[26.0, 22.0, 20.0], lines, MUTED, false),
                        );
                    }
                }
            }
            card.chart(story, id, (MARGIN, y + 16.0, FULL, CARD_H as f64 - 110.0 - (y + 16.0)));
            card.finish(story)
        }
    }
}

/// A drawn chart placed in a box of the card, scaled to fit.
fn nest(svg: &str, (x, y, w, h): (f64, f64, f64, f64), (cw, ch): (u32, u32)) -> String {
    let (Some(open), Some(close)) = (svg.find("<svg"), svg.rfind("</svg>")) else {
        return String::new();
    };
    let Some(body_start) = svg[open..].find('>').map(|i| open + i + 1) else {
        return String::new();
    };
    format!(
        r##"<svg x="{x}" y="{y}" width="{w}" height="{h}" viewBox="0 0 {cw} {ch}" preserveAspectRatio="xMidYMin meet">{}</svg>"##,
        &svg[body_start..close]
    )
}
