//! What a link to a page shows when it is shared: the page's own title and
//! description, its address, the addresses of its other-language twin, its
//! oEmbed answer, and the alt text of its card (build only; `card` draws
//! the card, the build rasterises it).

use crate::lang::Lang;
use crate::page::widgets::OfStory;
use crate::site::embed::Widget;
use crate::site::route::Step;
use crate::story::{Figure, Keyword, Story};
use crate::text::ui::ui;
use crate::text::{dates, labels, numbers};

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
    format!("{CARD_DIR}/w-{id}{}.png", crate::site::route::lang_suffix(lang))
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
        title: labels::page_title(story, Some(step), lang),
        description: description(story, step, lang),
        url: absolute(site, &step.href(lang)),
        image: absolute(site, &step_card(step, lang)),
        image_alt: card_alt(story, step, lang),
        alternates: Lang::ALL
            .into_iter()
            .map(|l| (l, absolute(site, &step.href(l))))
            .collect(),
        site_name: labels::dateline(&story.meta, lang),
        oembed: step
            .keyword()
            .map(|n| absolute(site, &crate::share::oembed::file(&Widget::Keyword(n), lang))),
    }
}

/// The meta of a widget's page in `lang` (`w/<id>.html`, `w/<id>.en.html`).
pub fn widget_meta(story: &Story, widget: &Widget, lang: Lang, site: &str) -> PageMeta {
    let id = widget.id();
    let url = |l| absolute(site, &crate::site::route::widget_file(&id, l));
    PageMeta {
        lang,
        title: widget.page_title(story, lang),
        description: widget_description(story, widget, lang),
        url: url(lang),
        image: absolute(site, &widget_card(&id, lang)),
        image_alt: widget_alt(story, widget, lang),
        alternates: Lang::ALL.into_iter().map(|l| (l, url(l))).collect(),
        site_name: labels::dateline(&story.meta, lang),
        oembed: Some(absolute(site, &crate::share::oembed::file(widget, lang))),
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
    let title = match (dates::period(&def.period, lang), lang) {
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
fn figure_list<'a>(figures: impl Iterator<Item = &'a Figure>, lang: Lang) -> String {
    let (sep, end) = match lang {
        Lang::Zh => ("；", "。"),
        Lang::En => ("; ", "."),
    };
    let list = figures
        .map(|f| labels::labelled(f.label.get(lang), &card_value(f, lang), lang))
        .collect::<Vec<_>>()
        .join(sep);
    format!("{}{end}", labels::sentence_case(&list, lang))
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
/// is too long, but what the page says is never a broken sentence.
fn sentences(text: &str, lang: Lang) -> String {
    let max = match lang {
        Lang::Zh => 150,
        Lang::En => 300,
    };
    let mut out = String::new();
    for sentence in labels::sentences(text, lang) {
        if !out.is_empty() && out.chars().count() + sentence.chars().count() > max {
            break;
        }
        out.push_str(&sentence);
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
            // The step's name as its title says it ("Keyword 2 · …"): a
            // heading may hold a colon of its own.
            let name = labels::step_label(story, step, lang);
            match lang {
                Lang::Zh => format!("{name}，{}。{figure}", k.subheading.zh),
                Lang::En => format!("{name} — {}. {figure}", k.subheading.en),
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
fn figure_text(f: Option<&Figure>, lang: Lang) -> String {
    f.map(|f| {
        labels::labelled(
            &labels::sentence_case(f.label.get(lang), lang),
            &card_value(f, lang),
            lang,
        )
    })
    .unwrap_or_default()
}

/// The figure a keyword's card shows: its first key figure.
pub(super) fn key_figure<'a>(story: &'a Story, k: &Keyword) -> Option<&'a Figure> {
    k.figures.first().and_then(|id| story.figure(id))
}

/// The data view's lead figures: the first figure of each of its charts
/// (the fiscal funds first), which its card and description show.
fn box_figures(story: &Story) -> impl Iterator<Item = &Figure> {
    story
        .charts
        .iter()
        .filter(|c| c.keyword.is_none())
        .filter_map(|c| c.panels.first().and_then(|p| p.figures.first()))
        .filter_map(|id| story.figure(id))
}

pub(super) fn first_box_figure(story: &Story) -> Option<&Figure> {
    box_figures(story).next()
}

/// A figure's value with its period where the article dates it
/// ("1800余万元（2022年）").
fn card_value(f: &Figure, lang: Lang) -> String {
    with_period(numbers::figure(f, lang), f, lang)
}

/// A figure's label as the card prints it under the value, with its period.
pub(super) fn card_label(f: &Figure, lang: Lang) -> String {
    with_period(labels::sentence_case(f.label.get(lang), lang), f, lang)
}

/// One bracket, never two in a row: a label that ends in the bracket that
/// says where the report lists it ("…（彭阳县示范村一节所列）") takes the
/// period inside it, after a comma; a label that ends in a bracket of names
/// ("…村庄（集美村、红土村）") takes it after a comma, outside (the period
/// is not one of the names).
fn with_period(text: String, f: &Figure, lang: Lang) -> String {
    let listed = labels::is_listing(&text, lang);
    match (labels::period_note(f, lang), lang) {
        (None, _) => text,
        (Some(p), Lang::Zh) => match text.strip_suffix('）') {
            Some(open) if listed => format!("{open}，{p}）"),
            Some(_) => format!("{text}，{p}"),
            None => format!("{text}（{p}）"),
        },
        (Some(p), Lang::En) => match text.strip_suffix(')') {
            Some(open) if listed => format!("{open}, {p})"),
            Some(_) => format!("{text}, {p}"),
            None => format!("{text} ({p})"),
        },
    }
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
    fn a_period_goes_inside_a_listing_and_after_a_bracket_of_names() {
        let s = crate::story::load::tests::story();
        let funds = s.figure("k4-funds").unwrap();
        assert!(card_label(funds, Lang::Zh).ends_with("一节所列，2022年）"));
        let villages = s.figure("k2-villages").unwrap();
        assert!(card_label(villages, Lang::Zh).ends_with("（集美村、红土村），2022年7月"));
        assert!(card_label(villages, Lang::En).ends_with("(Jimei and Hongtu), July 2022"));
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
