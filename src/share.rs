//! What a link to a page shows when it is shared: the page's own title and
//! description, its address, the addresses of its other-language twin, and
//! a 1200×630 card (drawn here as SVG; the build rasterises it to PNG, see
//! `src/bin/prerender.rs`). Pure: the build calls it natively, and a test
//! checks every page's card.

use crate::charts::{self, Theme};
use crate::data::{Lang, Story};
use crate::embed::{attr as esc, Widget};
use crate::format;
use crate::i18n::ui;
use crate::route::Step;

/// The card's size: what chat apps and social sites crop previews to.
pub const CARD_W: u32 = 1200;
pub const CARD_H: u32 = 630;
/// The folder the cards go to, beside `index.html`.
pub const CARD_DIR: &str = "share";
/// The public address a build uses when none is given (`trunk serve`).
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080/";

/// The deployment's public address, from the build's `SITE_URL`: an
/// absolute http(s) URL of the site's directory, always ending in `/`.
pub fn site_url(raw: Option<&str>) -> Result<String, String> {
    let raw = raw.map(str::trim).filter(|s| !s.is_empty()).unwrap_or(DEFAULT_SITE_URL);
    let ok = (raw.starts_with("https://") || raw.starts_with("http://"))
        && !raw.contains(['?', '#', '"', '<', '>', ' '])
        && raw
            .split("//")
            .nth(1)
            .is_some_and(|host| !host.is_empty() && !host.starts_with('/'));
    if !ok {
        return Err(format!(
            "SITE_URL must be the site's absolute http(s) address, such as https://example.com/stories/minning/ (got {raw:?})"
        ));
    }
    Ok(if raw.ends_with('/') {
        raw.to_string()
    } else {
        format!("{raw}/")
    })
}

/// The site's path on its host, from its address: `/stories/minning/`
/// (what a page served at any address takes as its base).
pub fn site_path(site: &str) -> String {
    let after_scheme = site.split_once("//").map_or(site, |(_, rest)| rest);
    after_scheme
        .find('/')
        .map_or_else(|| "/".to_string(), |i| after_scheme[i..].to_string())
}

/// A page's address from its path relative to the site (`./` is the site).
pub fn absolute(site: &str, rel: &str) -> String {
    format!("{site}{}", rel.trim_start_matches("./"))
}

/// The card of a step's page, relative to the site.
pub fn step_card(step: Step, lang: Lang) -> String {
    format!("{CARD_DIR}/{}", step.file(lang).replace(".html", ".png"))
}

/// The card of a widget's page in `lang`: `share/w-funding.png`,
/// `share/w-funding.en.png`.
pub fn widget_card(id: &str, lang: Lang) -> String {
    format!("{CARD_DIR}/w-{id}{}.png", crate::route::lang_suffix(lang))
}

/// What a shared page shows: title, description and card, with the
/// addresses crawlers need (absolute).
#[derive(Clone, Debug, PartialEq)]
pub struct PageMeta {
    pub lang: Lang,
    pub title: String,
    pub description: String,
    /// The page's own address (canonical).
    pub url: String,
    pub image: String,
    pub image_alt: String,
    /// The same page in each language, this one included (`hreflang`).
    pub alternates: Vec<(Lang, String)>,
    /// Whose page this is: a retelling of the paper's report, which the
    /// name says ("改写自厦门日报（2022年12月30日）"), never the paper itself.
    pub site_name: String,
    /// The page's oEmbed answer (absolute), for hosts that embed a pasted
    /// link (WordPress, Ghost): a widget's page and a keyword step's.
    pub oembed: Option<String>,
}

/// The meta of a step's page.
pub fn step_meta(story: &Story, step: Step, lang: Lang, site: &str) -> PageMeta {
    PageMeta {
        lang,
        title: format::page_title(story, Some(step), lang),
        description: description(story, step, lang),
        url: absolute(site, &step.href(lang)),
        image: absolute(site, &step_card(step, lang)),
        image_alt: card_alt(story, step, lang),
        alternates: Lang::ALL
            .into_iter()
            .map(|l| (l, absolute(site, &step.href(l))))
            .collect(),
        site_name: format::dateline(&story.meta, lang),
        oembed: step
            .keyword()
            .map(|n| absolute(site, &crate::oembed::file(&Widget::Keyword(n), lang))),
    }
}

/// The meta of a widget's page in `lang` (`w/<id>.html`, `w/<id>.en.html`).
pub fn widget_meta(story: &Story, widget: &Widget, lang: Lang, site: &str) -> PageMeta {
    let id = widget.id();
    let url = |l| absolute(site, &crate::route::widget_file(&id, l));
    PageMeta {
        lang,
        title: widget.page_title(story, lang),
        description: widget_description(story, widget, lang),
        url: url(lang),
        image: absolute(site, &widget_card(&id, lang)),
        image_alt: widget_alt(story, widget, lang),
        alternates: Lang::ALL.into_iter().map(|l| (l, url(l))).collect(),
        site_name: format::dateline(&story.meta, lang),
        oembed: Some(absolute(site, &crate::oembed::file(widget, lang))),
    }
}

/// A widget card's words for readers who cannot see it: its title and, for
/// a chart, the period and the note the card shows under it.
fn widget_alt(story: &Story, widget: &Widget, lang: Lang) -> String {
    let title = widget.title(story, lang);
    let Some(def) = (match widget {
        Widget::Chart(id) => story.chart(id),
        Widget::Keyword(_) => None,
    }) else {
        return title;
    };
    let title = match (format::period(&def.period, lang), lang) {
        (p, _) if p.is_empty() => title,
        (p, Lang::Zh) => format!("{title}（{p}）"),
        (p, Lang::En) => format!("{title} ({p})"),
    };
    match &def.note {
        Some(note) => format!("{title}{}{}", stop(lang), note.get(lang)),
        None => title,
    }
}

/// What ends a sentence before the next one in `lang`.
fn stop(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "。",
        Lang::En => ". ",
    }
}

/// A step's description: what the step is about, in whole sentences.
pub fn description(story: &Story, step: Step, lang: Lang) -> String {
    match step {
        Step::Cover => story.meta.deck.get(lang).to_string(),
        Step::Keyword(n) => match story.keyword(n) {
            Some(k) => sentences(k.summary.get(lang), lang),
            None => story.meta.deck.get(lang).to_string(),
        },
        // The data box leads with its figures, not with its caveats.
        Step::Numbers => {
            let stop = stop(lang);
            format!(
                "{}{stop}{}",
                ui(lang).numbers_heading,
                figure_list(box_figures(story).take(3), lang)
            )
        }
    }
}

/// Figures as one sentence: "Label: value; label: value."
fn figure_list<'a>(figures: impl Iterator<Item = &'a crate::data::Figure>, lang: Lang) -> String {
    let (sep, end) = match lang {
        Lang::Zh => ("；", "。"),
        Lang::En => ("; ", "."),
    };
    let list = figures
        .map(|f| format::labelled(f.label.get(lang), &card_value(f, lang), lang))
        .collect::<Vec<_>>()
        .join(sep);
    format!("{}{end}", format::sentence_case(&list, lang))
}

/// A widget's description: its title and, for a chart, its figures.
fn widget_description(story: &Story, widget: &Widget, lang: Lang) -> String {
    let title = widget.title(story, lang);
    let stop = stop(lang);
    match widget {
        Widget::Keyword(n) => format!("{title}{stop}{}", description(story, Step::Keyword(*n), lang)),
        Widget::Chart(id) => {
            let figures = story
                .chart(id)
                .into_iter()
                .flat_map(|c| c.panels.iter().flat_map(|p| p.figures.iter()))
                .filter_map(|id| story.figure(id));
            format!("{title}{stop}{}", figure_list(figures, lang))
        }
    }
}

/// Whole sentences of `text`, as many as fit in about 150 characters
/// (Chinese) or 300 (English), never fewer than one: a preview may cut what
/// is too long, but what the page says is never a broken sentence. A
/// sentence ends at a full stop outside quotation marks (in English, one
/// followed by a space: not the one in "1.5 million").
fn sentences(text: &str, lang: Lang) -> String {
    let max = match lang {
        Lang::Zh => 150,
        Lang::En => 300,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut sentence = String::new();
    let mut quoted = 0i32;
    for (i, c) in chars.iter().enumerate() {
        sentence.push(*c);
        match c {
            '“' | '「' => quoted += 1,
            '”' | '」' => quoted -= 1,
            _ => {}
        }
        let end = match lang {
            Lang::Zh => matches!(c, '。' | '！' | '？'),
            Lang::En => matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| *n == ' '),
        };
        if end && quoted <= 0 {
            if !out.is_empty() && out.chars().count() + sentence.chars().count() > max {
                break;
            }
            out.push_str(&sentence);
            sentence.clear();
        }
    }
    if out.is_empty() {
        out = sentence;
    }
    out.trim().to_string()
}

/// The card's words for readers who cannot see it: what it shows.
fn card_alt(story: &Story, step: Step, lang: Lang) -> String {
    let t = ui(lang);
    let stop = stop(lang);
    match step.keyword().and_then(|n| story.keyword(n)) {
        Some(k) => {
            let figure = figure_text(key_figure(story, k), lang);
            match lang {
                Lang::Zh => format!(
                    "{}：{}，{}。{figure}",
                    format::keyword_name(k, lang),
                    k.heading.zh,
                    k.subheading.zh
                ),
                Lang::En => format!(
                    "{}: {} – {}. {figure}",
                    format::keyword_name(k, lang),
                    k.heading.en,
                    k.subheading.en
                ),
            }
        }
        None if step == Step::Numbers => {
            let figure = figure_text(first_box_figure(story), lang);
            format!("{}{stop}{figure}", t.numbers_heading)
        }
        None => format!("{}{stop}{}", story.meta.title.get(lang), story.meta.deck.get(lang)),
    }
}

/// "Label: value (period)", or nothing.
fn figure_text(f: Option<&crate::data::Figure>, lang: Lang) -> String {
    f.map(|f| {
        format::labelled(
            &format::sentence_case(f.label.get(lang), lang),
            &card_value(f, lang),
            lang,
        )
    })
    .unwrap_or_default()
}

/// The figure a keyword's card shows: its first key figure.
fn key_figure<'a>(story: &'a Story, k: &crate::data::Keyword) -> Option<&'a crate::data::Figure> {
    k.figures.first().and_then(|id| story.figure(id))
}

/// The data view's lead figures: the first figure of each of its charts
/// (the fiscal funds first), which its card and description show.
fn box_figures(story: &Story) -> impl Iterator<Item = &crate::data::Figure> {
    story
        .charts
        .iter()
        .filter(|c| c.keyword.is_none())
        .filter_map(|c| c.panels.first().and_then(|p| p.figures.first()))
        .filter_map(|id| story.figure(id))
}

fn first_box_figure(story: &Story) -> Option<&crate::data::Figure> {
    box_figures(story).next()
}

/// A figure's value with its period where the article dates it
/// ("1800余万元（2022年）").
fn card_value(f: &crate::data::Figure, lang: Lang) -> String {
    with_period(format::figure(f, lang), f, lang)
}

/// A figure's label as the card prints it under the value, with its period.
fn card_label(f: &crate::data::Figure, lang: Lang) -> String {
    with_period(format::sentence_case(f.label.get(lang), lang), f, lang)
}

fn with_period(text: String, f: &crate::data::Figure, lang: Lang) -> String {
    match (format::period_note(f, lang), lang) {
        (None, _) => text,
        (Some(p), Lang::Zh) => format!("{text}（{p}）"),
        (Some(p), Lang::En) => format!("{text} ({p})"),
    }
}

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
            .map(|&size| (size, charts::wrap(text, size, width)))
            .find(|(_, lines)| lines.len() <= style.lines)
            .unwrap_or_else(|| (smallest, charts::wrap(text, smallest, width)));
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
        let source = format::retold_source(&story.meta, self.lang);
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
        let chart = charts::render_svg(&charts::chart_data(def, story, self.lang), Theme::Light, 560, None);
        self.svg
            .push_str(&nest(&chart.svg, (x, y, w, h), (chart.width, chart.height)));
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
            card.disc(&format::numeral(k, lang), (MARGIN + r, top + r), r);
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
                    &format::figure(f, lang),
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
                    &format::figure(f, lang),
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
                    &format::numeral(k, lang),
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
            let y = card.text(
                &widget.title(story, lang),
                (MARGIN, y + 12.0),
                FULL,
                Style::new(&[44.0, 38.0], 1, INK, true),
            );
            // What the page's caption says under the title, the card says
            // too: what the bars count and when (累计 reads "since when?"
            // without 2022年), and the chart's note.
            let mut y = y;
            if let Some(def) = story.chart(id) {
                let data = charts::chart_data(def, story, lang);
                for (text, lines) in [(Some(data.meta.as_str()), 1), (data.note.as_deref(), 2)] {
                    if let Some(text) = text.filter(|t| !t.is_empty()) {
                        y = card.text(
                            text,
                            (MARGIN, y + 4.0),
                            FULL,
                            Style::new(&[26.0, 22.0], lines, MUTED, false),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_urls() {
        assert_eq!(site_url(None).as_deref(), Ok(DEFAULT_SITE_URL));
        assert_eq!(
            site_url(Some("https://ex.com/s/m")).as_deref(),
            Ok("https://ex.com/s/m/")
        );
        assert_eq!(site_url(Some("https://ex.com/")).as_deref(), Ok("https://ex.com/"));
        for bad in ["/s/m/", "ftp://x/", "https://", "https:///x", "https://ex.com/?a", "x"] {
            assert!(site_url(Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(absolute("https://ex.com/s/", "./"), "https://ex.com/s/");
        assert_eq!(
            absolute("https://ex.com/s/", "step-3.en.html"),
            "https://ex.com/s/step-3.en.html"
        );
        assert_eq!(step_card(Step::Keyword(3), Lang::En), "share/step-3.en.png");
        assert_eq!(step_card(Step::Cover, Lang::Zh), "share/index.png");
        assert_eq!(site_path("https://ex.com/s/m/"), "/s/m/");
        assert_eq!(site_path("http://127.0.0.1:8080/"), "/");
    }

    #[test]
    fn descriptions_are_whole_sentences() {
        let zh = "一二三四五六七八九十。".repeat(20);
        let cut = sentences(&zh, Lang::Zh);
        assert!(cut.chars().count() <= 150 && cut.ends_with('。'), "{cut}");
        let en = "A sentence of some words. ".repeat(20);
        let cut = sentences(&en, Lang::En);
        assert!(cut.len() <= 300 && cut.ends_with('.'), "{cut}");
        // One long sentence stays whole; a full stop in a number or inside
        // a quotation ends nothing.
        let one = format!("{}end.", "word ".repeat(100));
        assert_eq!(sentences(&one, Lang::En), one);
        let quoted = "He said “one. two.” and 1.5 million more. Next.";
        assert_eq!(sentences(quoted, Lang::En), quoted);
        assert_eq!(
            sentences("“结对调整不是终点。”成了共识。", Lang::Zh),
            "“结对调整不是终点。”成了共识。"
        );
    }
}
