//! The story's labels as each page writes them: "label: value", the
//! dateline that says the page is a retelling, source lines, titles of
//! steps, widgets and pages, a keyword's name, a project's place, a chart's
//! caption (build only: the page model carries them written out).

use super::dates::{date, period};
use super::units::unit_of;
use crate::lang::Lang;
use crate::site::route::Step;
use crate::story::{ChartDef, Figure, Keyword, Meta, Pairing, Project, Story};
pub use crate::text::ui::labelled;
use crate::text::ui::ui;

/// The story's dateline, which says the page is a retelling (the masthead
/// must not read as the newspaper's own page): "改写自厦门日报（2022年12月30日）"
/// / "Retold from Xiamen Daily, 30 Dec 2022".
pub fn dateline(meta: &Meta, lang: Lang) -> String {
    let retold = retold_from(meta, lang);
    match lang {
        Lang::Zh => format!("{retold}（{}）", date(&meta.date, lang)),
        Lang::En => format!("{retold}, {}", date(&meta.date, lang)),
    }
}

/// The full source line, with the article's own (Chinese) title in both
/// languages so a reader can find it: "厦门日报，2022年12月30日，《山海一家亲
/// 逐梦振兴路》" / "Xiamen Daily, 30 Dec 2022, 山海一家亲 逐梦振兴路 (“Mountains
/// and sea, one family: …”)". For the footer (a view change: see
/// EDITORIAL-NOTES.md, X11).
pub fn source_line(meta: &Meta, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!(
            "{}，{}，《{}》",
            meta.publication.zh,
            date(&meta.date, lang),
            meta.title.zh
        ),
        Lang::En => format!(
            "{}, {}, {} (“{}”)",
            meta.publication.en,
            date(&meta.date, lang),
            meta.title.zh,
            meta.title.en
        ),
    }
}

/// Where a card, a download or a CSV says it comes from: that it is a
/// retelling, and of which report. "改写自厦门日报（2022年12月30日）《山海一家亲
/// 逐梦振兴路》" / "Retold from Xiamen Daily, 30 Dec 2022: 山海一家亲 逐梦振兴路
/// [Mountains and sea, one family: …]", the translated title in square
/// brackets as citations give it. No curly quotes in English: a card sets a
/// line that holds Chinese in the CJK font, whose quotes are full width
/// ("( “Mountains" showed a stray space).
pub fn retold_source(meta: &Meta, lang: Lang) -> String {
    let dateline = dateline(meta, lang);
    match lang {
        Lang::Zh => format!("{dateline}《{}》", meta.title.zh),
        Lang::En => format!("{dateline}: {} [{}]", meta.title.zh, meta.title.en),
    }
}

/// "改写自厦门日报" / "Retold from Xiamen Daily".
pub fn retold_from(meta: &Meta, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("改写自{}", meta.publication.zh),
        Lang::En => format!("Retold from {}", meta.publication.en),
    }
}

/// A figure's period as a stat or a card adds it to its label ("2022年" /
/// "2022"): `None` where the article gives none, or the label says it.
pub fn period_note(f: &Figure, lang: Lang) -> Option<String> {
    if f.period.is_empty() || says_period(f.label.get(lang), &f.period, lang) {
        return None;
    }
    Some(period(&f.period, lang))
}

/// Whether a label already says its figure's period, in its own words: a
/// yearly figure's label reads 年产值 / 每年 or "annual" / "each year"
/// better than it does with a tag after it ("产值 每年").
pub fn says_period(label: &str, p: &str, lang: Lang) -> bool {
    let label = label.to_lowercase();
    let words: &[&str] = match (p, lang) {
        ("per year", Lang::Zh) => &["每年", "年产值", "年销量", "年销售额", "年增收"],
        ("per year", Lang::En) => &["per year", "each year", "a year", "annual", "yearly"],
        _ => &[],
    };
    words.iter().any(|w| label.contains(w)) || label.contains(&period(p, lang).to_lowercase())
}

/// The line under a chart's title: what its bars count (单位：期 /
/// "Unit: courses", never a bare word that reads as a typo), and when.
/// Counts say what they count ("期" / "courses"), from the figures'
/// counters; an empty period is left out.
pub fn chart_meta(def: &ChartDef, story: &Story, lang: Lang) -> String {
    let mut units: Vec<String> = Vec::new();
    for f in def
        .panels
        .iter()
        .flat_map(|p| &p.figures)
        .filter_map(|id| story.figure(id))
    {
        let name = unit_of(f, lang);
        if !units.contains(&name) {
            units.push(name);
        }
    }
    let prefix = if units.len() > 1 {
        ui(lang).units_many
    } else {
        ui(lang).units
    };
    let mut parts = Vec::new();
    if !units.is_empty() {
        parts.push(format!("{prefix}{}", units.join(" / ")));
    }
    if !def.period.trim().is_empty() {
        parts.push(period(&def.period, lang));
    }
    if def.panels.len() > 1 {
        parts.push(ui(lang).scales_note.to_string());
    }
    parts.retain(|p| !p.is_empty());
    parts.join(" · ")
}

/// A keyword's number as each language writes it: 一..五 / 1..5.
pub fn numeral(k: &Keyword, lang: Lang) -> String {
    match lang {
        Lang::Zh => k.numeral.clone(),
        Lang::En => k.n.to_string(),
    }
}

/// A keyword's name as a kicker or a title starts: "关键字三" (Chinese sets
/// no space before the numeral), "Keyword 3".
pub fn keyword_name(k: &Keyword, lang: Lang) -> String {
    let t = ui(lang);
    match lang {
        Lang::Zh => format!("{}{}", t.keyword, numeral(k, lang)),
        Lang::En => format!("{} {}", t.keyword, numeral(k, lang)),
    }
}

/// A step's tab in the step navigation: its number and, for a keyword,
/// its heading ("三", "“三破三变”"); the cover and data tabs have a word.
pub fn step_tab(story: &Story, step: Step, lang: Lang) -> (String, String) {
    let t = ui(lang);
    match step {
        Step::Cover => (t.cover.to_string(), String::new()),
        Step::Keyword(n) => story
            .keyword(n)
            .map(|k| (numeral(k, lang), k.heading.get(lang).to_string()))
            .unwrap_or_default(),
        Step::Numbers => (t.numbers.to_string(), String::new()),
    }
}

/// A step's full name, as the pager and the title bar say it:
/// "关键字三 · 三破三变" / "Keyword 3 · …".
pub fn step_label(story: &Story, step: Step, lang: Lang) -> String {
    let t = ui(lang);
    match step {
        Step::Cover => t.cover.to_string(),
        Step::Keyword(n) => story
            .keyword(n)
            .map(|k| format!("{} · {}", keyword_name(k, lang), k.heading.get(lang)))
            .unwrap_or_default(),
        Step::Numbers => t.numbers_heading.to_string(),
    }
}

/// The document title for a step (`None`: a bad link, shown with the
/// cover's), which is also what a shared link previews: the story is a
/// retelling, and says so ("改写自厦门日报"), never passing for the paper's
/// own page. A step's title carries the story's title, in English only its
/// first phrase, so that a preview does not cut it off.
pub fn page_title(story: &Story, step: Option<Step>, lang: Lang) -> String {
    match step {
        Some(s @ (Step::Keyword(_) | Step::Numbers)) => part_title(&step_label(story, s, lang), story, lang),
        _ => format!("{} | {}", story.meta.title.get(lang), retold_from(&story.meta, lang)),
    }
}

/// The title of a part of the story (a step, a widget): the part, the
/// story's title (in English its first phrase), and that it is a retelling.
pub fn part_title(part: &str, story: &Story, lang: Lang) -> String {
    let title = story.meta.title.get(lang);
    let short = match lang {
        Lang::Zh => title,
        Lang::En => title.split(':').next().unwrap_or(title),
    };
    format!("{part} | {short} | {}", retold_from(&story.meta, lang))
}

/// Where a pairing's project is, as the article ties it: the data's own
/// words where it has them; else `None` when it is the pair's own town or
/// village, that place, or "not named".
pub fn project_place(story: &Story, pairing: &Pairing, project: &Project, lang: Lang) -> Option<String> {
    let t = ui(lang);
    // What the data says of the place, where it says it, rather than the
    // bare village name `at` gives.
    if let Some(place) = &project.place {
        return Some(place.get(lang).to_string());
    }
    match project.at.as_deref() {
        Some(at) if at == pairing.partner => None,
        Some(at) => {
            let name = story.partner(at).map_or(at, |e| e.name.get(lang));
            Some(match lang {
                Lang::Zh => format!("在{name}"),
                Lang::En => format!("at {name}"),
            })
        }
        None => Some(t.place_not_named.to_string()),
    }
}

/// The words with which a label says where the report lists its figure,
/// when the report does not say what the figure counts: a bracket at the
/// end in Chinese (…（彭阳县示范村一节所列）), a phrase in English (…, listed
/// under Pengyang's model villages).
const LISTED_ZH: &str = "所列）";
const LISTED_EN: &str = ", listed under ";

/// A text's sentences, each with its stop and the space after it. A
/// sentence ends at a full stop outside quotation marks (in English, one
/// followed by a space: not the one in "1.5 million"); what follows the last
/// stop is a sentence too.
pub fn sentences(text: &str, lang: Lang) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
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
            out.push(std::mem::take(&mut sentence));
        } else if sentence == " " {
            // The space after a stop goes with the sentence before it.
            if let Some(last) = out.last_mut() {
                last.push(' ');
            }
            sentence.clear();
        }
    }
    if !sentence.trim().is_empty() {
        out.push(sentence);
    }
    out
}

/// A keyword's note as its card shows it: the sentences its summary, just
/// above on the card, does not already say; `None` if it says them all.
pub fn card_note(note: &str, summary: &str, lang: Lang) -> Option<String> {
    let left: String = sentences(note, lang)
        .into_iter()
        .filter(|s| !summary.contains(s.trim()))
        .collect();
    Some(left.trim().to_string()).filter(|l| !l.is_empty())
}

/// A keyword's note as its card shows it (`card_note` of the note under
/// the keyword's summary).
pub fn keyword_card_note(k: &crate::story::Keyword, lang: Lang) -> Option<String> {
    k.note
        .as_ref()
        .and_then(|n| card_note(n.get(lang), k.summary.get(lang), lang))
}

/// Whether a label ends by saying where the report lists its figure. Every
/// copy of such a label keeps those words: a figure seen alone (a stat, a
/// card, a CSV row) must not read as the county's or the village's total.
pub fn is_listing(label: &str, lang: Lang) -> bool {
    match lang {
        Lang::Zh => label.ends_with(LISTED_ZH) && label.contains('（'),
        Lang::En => label.contains(LISTED_EN),
    }
}

/// A label as it starts a line: English gets a capital first letter (the
/// data writes labels in lower case so they also read mid-sentence).
pub fn sentence_case(label: &str, lang: Lang) -> String {
    let mut chars = label.chars();
    match (lang, chars.next()) {
        (Lang::En, Some(first)) => first.to_uppercase().chain(chars).collect(),
        _ => label.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::Text;
    use Lang::{En, Zh};

    #[test]
    fn dateline_says_the_page_is_a_retelling() {
        let meta = Meta {
            title: Text {
                zh: "山海一家亲 逐梦振兴路".into(),
                en: "Mountains and sea".into(),
            },
            deck: Text::default(),
            intro: Text::default(),
            publication: Text {
                zh: "厦门日报".into(),
                en: "Xiamen Daily".into(),
            },
            date: "2022-12-30".into(),
            reporters: Text::default(),
            retold: Text::default(),
            context: vec![],
        };
        assert_eq!(dateline(&meta, Zh), "改写自厦门日报（2022年12月30日）");
        assert_eq!(dateline(&meta, En), "Retold from Xiamen Daily, 30 Dec 2022");
        assert_eq!(
            source_line(&meta, Zh),
            "厦门日报，2022年12月30日，《山海一家亲 逐梦振兴路》"
        );
        assert!(source_line(&meta, En).contains("山海一家亲 逐梦振兴路 (“Mountains and sea”)"));
    }

    #[test]
    fn sentence_case_capitalises_english_only() {
        assert_eq!(sentence_case("fiscal support funds", En), "Fiscal support funds");
        assert_eq!(sentence_case("学校", Zh), "学校");
        assert_eq!(sentence_case("", En), "");
    }

    #[test]
    fn a_cards_note_leaves_out_what_its_summary_says() {
        assert_eq!(
            sentences("It says 1.5 million. “Quoted. Still.” Last", En),
            ["It says 1.5 million. ", "“Quoted. Still.” Last"]
        );
        let note = "报道没有说明甲。报道也没有说明乙。";
        assert_eq!(
            card_note(note, "正文。报道没有说明甲。", Zh).as_deref(),
            Some("报道也没有说明乙。")
        );
        assert_eq!(card_note(note, note, Zh), None);
    }

    #[test]
    fn a_label_says_where_the_report_lists_it() {
        assert!(is_listing("厦门安排的帮扶专项资金（彭阳县示范村一节所列）", Zh));
        assert!(is_listing(
            "funds Xiamen allocated, listed under Pengyang’s model villages",
            En
        ));
        assert!(!is_listing("培力列车驶入的泾源县村庄（集美村、红土村）", Zh));
        assert!(!is_listing("Jingyuan villages (Jimei and Hongtu)", En));
    }
}
