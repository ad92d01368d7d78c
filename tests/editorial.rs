//! The desk's rules, checked on every string the story ships and on the
//! interface's own words:
//!
//! - a label says whose and where: no label (in either language) is reused by
//!   another figure with a different value;
//! - a chart panel holds one unit at one scope;
//! - the hedge lives in the value, never also in the label;
//! - Chinese strings use full-width punctuation (no ASCII , : ; ( ) ? !) and
//!   never speak in the newspaper's own voice (我市, 本报);
//! - English strings never use "¥" (money is "161.5 million yuan"), use no
//!   full-width punctuation, avoid the calques the desk sent back, and render
//!   闽宁 one way: "Fujian–Ningxia" for the partnership, "Minning Town" or
//!   "Minning Industrial Park" for the places.
//!
//! The story's strings are found generically: every JSON object with string
//! fields `zh` and `en`, wherever it sits in the file.

mod common;

use minning::data::{parse_story, Lang, Qualifier, Story};
use minning::format;
use serde_json::Value;
use std::collections::HashMap;

const STORY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json");

fn raw() -> String {
    std::fs::read_to_string(STORY).expect("public/data/story.json exists")
}

fn story() -> Story {
    parse_story(&raw(), Some("application/json"), "story.json").expect("shipped data is valid")
}

/// Every (path, zh, en) in the file.
fn texts() -> Vec<(String, String, String)> {
    let value: Value = serde_json::from_str(&raw()).unwrap();
    let mut out = Vec::new();
    common::walk(&value, &mut |path, v| {
        if let (Some(Value::String(zh)), Some(Value::String(en))) = (v.get("zh"), v.get("en")) {
            out.push((path.to_string(), zh.clone(), en.clone()));
        }
    });
    out
}

const ASCII_PUNCT: [char; 7] = [',', ':', ';', '(', ')', '?', '!'];
const FULL_WIDTH_PUNCT: [char; 9] = ['，', '。', '：', '；', '（', '）', '？', '！', '、'];

/// What a Chinese string must not hold; `None` if it is fine.
fn zh_problem(s: &str) -> Option<String> {
    if let Some(c) = s.chars().find(|c| ASCII_PUNCT.contains(c)) {
        return Some(format!("ASCII “{c}” in Chinese"));
    }
    for voice in ["我市", "本报"] {
        if s.contains(voice) {
            return Some(format!("the newspaper's own voice “{voice}”"));
        }
    }
    None
}

/// Phrases the desk sent back, with what to say instead.
const BANNED_EN: [(&str, &str); 16] = [
    ("¥", "write “161.5 million yuan”"),
    ("trainee-time", "training places (人次)"),
    ("person-time", "training places (人次)"),
    ("sales intention", "intended sales (销售意向)"),
    ("letters of intent", "intended sales (销售意向)"),
    ("door to door", "point-to-point: “straight to”"),
    ("door-to-door", "point-to-point: “straight to”"),
    ("Lvbaihe", "Lübaihe"),
    ("Xia-Lin", "Xialin Group"),
    ("funds from society", "non-government support funds"),
    ("chain-based", "investment along industry chains"),
    ("young volunteers", "cross-strait youth"),
    ("Fujian-Ningxia", "Fujian–Ningxia, with an en dash"),
    ("Fujian—Ningxia", "Fujian–Ningxia, with an en dash"),
    ("Min-Ning", "Fujian–Ningxia or Minning Town"),
    ("  ", "a single space"),
];

/// What an English string must not hold; `None` if it is fine.
fn en_problem(s: &str) -> Option<String> {
    if let Some(c) = s.chars().find(|c| FULL_WIDTH_PUNCT.contains(c)) {
        return Some(format!("full-width “{c}” in English"));
    }
    for (bad, instead) in BANNED_EN {
        if s.contains(bad) {
            return Some(format!("“{bad}”: {instead}"));
        }
    }
    // One spelling: -ize, as Xinhua writes it ("rural revitalization"),
    // with British spelling otherwise ("labour", "centre").
    let lower = s.to_lowercase();
    for stem in [
        "isation",
        "organis",
        "subsidis",
        "civilis",
        "revitalis",
        "recognis",
        "realis",
        "prioritis",
        "mobilis",
    ] {
        if let Some(i) = lower.find(stem) {
            return Some(format!(
                "“{}…”: spell it -ize",
                s[i..].chars().take(stem.chars().count() + 4).collect::<String>()
            ));
        }
    }
    // 闽宁 as a place is Minning Town or the Minning Industrial Park; as the
    // cooperation it is Fujian–Ningxia.
    for (i, _) in s.match_indices("Minning") {
        let rest = &s[i + "Minning".len()..];
        // (Minning Village: the settlement's name before it became a town.)
        if !(rest.starts_with(" Town")
            || rest.starts_with(" Industrial Park")
            || rest.starts_with(" Village")
            || rest.starts_with("”"))
        {
            return Some(format!(
                "“Minning{}…”: say Minning Town, Minning Industrial Park or Fujian–Ningxia",
                rest.chars().take(12).collect::<String>()
            ));
        }
    }
    None
}

#[test]
fn the_walk_finds_the_story_strings() {
    let all = texts();
    assert!(all.len() > 250, "only {} texts found", all.len());
    for path in [
        ".meta.title",
        ".keywords[0].summary",
        ".figures[0].label",
        ".charts[0].title",
        ".meta.context[0].body",
    ] {
        assert!(all.iter().any(|(p, _, _)| p == path), "{path} not walked");
    }
}

#[test]
fn chinese_strings_use_full_width_punctuation_and_no_newspaper_voice() {
    let bad: Vec<String> = texts()
        .into_iter()
        .filter_map(|(path, zh, _)| zh_problem(&zh).map(|p| format!("{path}.zh: {p}: {zh}")))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn english_strings_follow_the_style_rules() {
    let bad: Vec<String> = texts()
        .into_iter()
        .filter_map(|(path, _, en)| en_problem(&en).map(|p| format!("{path}.en: {p}: {en}")))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_formatted_figure_follows_the_same_rules() {
    let s = story();
    let mut bad = Vec::new();
    for f in &s.figures {
        let zh = format::figure(f, Lang::Zh);
        let en = format::figure(f, Lang::En);
        // A decimal point is not punctuation.
        if let Some(p) = zh_problem(&zh) {
            bad.push(format!("{}: {p}: {zh}", f.id));
        }
        if let Some(p) = en_problem(&en) {
            bad.push(format!("{}: {p}: {en}", f.id));
        }
        let axis = format::compact(f.value, f.unit, Lang::En);
        if axis.contains('¥') {
            bad.push(format!("{}: axis {axis}", f.id));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn no_label_is_reused_with_a_different_value() {
    let s = story();
    let mut seen: HashMap<(Lang, &str), (&str, f64)> = HashMap::new();
    let mut bad = Vec::new();
    for f in &s.figures {
        for lang in [Lang::Zh, Lang::En] {
            let label = f.label.get(lang).trim();
            match seen.get(&(lang, label)) {
                Some((other, value)) if (value - f.value).abs() > 1e-9 => bad.push(format!(
                    "{lang:?} label “{label}” is used by {other} ({value}) and {} ({})",
                    f.id, f.value
                )),
                Some(_) => {}
                None => {
                    seen.insert((lang, label), (&f.id, f.value));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_hedge_lives_in_the_value_not_also_in_the_label() {
    let s = story();
    let mut bad = Vec::new();
    for f in &s.figures {
        let Some(q) = f.qualifier else { continue };
        let (zh_words, en_words): (&[&str], &[&str]) = match q {
            Qualifier::Over | Qualifier::Exceeds | Qualifier::ExceedsShort | Qualifier::Plus => {
                (&["余", "超", "以上", "多"], &["over ", "more than"])
            }
            Qualifier::Nearly => (&["近", "将近"], &["nearly", "almost"]),
            Qualifier::About => (&["约", "大约"], &["about", "around", "roughly"]),
            Qualifier::Expected => (&["预计"], &["expected", "projected"]),
            Qualifier::Cumulative => (&["累计", "全年累计"], &["cumulative", "in total", "total"]),
        };
        for w in zh_words {
            if f.label.zh.contains(w) {
                bad.push(format!("{}: label “{}” repeats the hedge “{w}”", f.id, f.label.zh));
            }
        }
        for w in en_words {
            if f.label.en.to_lowercase().contains(w) {
                bad.push(format!("{}: label “{}” repeats the hedge “{w}”", f.id, f.label.en));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_chart_panel_holds_one_unit_at_one_scope() {
    let s = story();
    let mut bad = Vec::new();
    for c in &s.charts {
        for (j, panel) in c.panels.iter().enumerate() {
            let figures: Vec<_> = panel.figures.iter().filter_map(|id| s.figure(id)).collect();
            assert_eq!(figures.len(), panel.figures.len(), "{} panel {j}: unknown figure", c.id);
            if let Some(first) = figures.first() {
                for f in &figures {
                    if f.unit != first.unit || f.scope != first.scope {
                        bad.push(format!(
                            "{} panel {j}: {} ({:?}, {}) beside {} ({:?}, {})",
                            c.id, f.id, f.unit, f.scope, first.id, first.unit, first.scope
                        ));
                    }
                }
            }
            // A part is drawn inside its whole: it must not also be a bar.
            for f in &figures {
                if let Some(whole) = &f.part_of {
                    assert!(
                        !panel.figures.contains(whole),
                        "{}: {} is drawn inside {whole}, not beside it",
                        c.id,
                        f.id
                    );
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn no_chart_sets_overlapping_or_unlike_figures_side_by_side() {
    // Figures that may overlap are not charted side by side at all: a note
    // saying "not additive" does not cure a part drawn beside its whole.
    let s = story();
    let mut bad = Vec::new();
    for c in &s.charts {
        if let Some(note) = &c.note {
            if note.zh.contains("重叠")
                || note.zh.contains("不可相加")
                || note.en.contains("overlap")
                || note.en.contains("not additive")
            {
                bad.push(format!("{}: its note says the bars overlap: chart them apart", c.id));
            }
        }
        for panel in &c.panels {
            let figures: Vec<_> = panel.figures.iter().filter_map(|id| s.figure(id)).collect();
            // One kind of count: the same counter noun, or the same unit.
            for f in &figures {
                if f.scope == "remark" {
                    bad.push(format!("{}: {} is a quoted remark, not a data point", c.id, f.id));
                }
                if f.period != figures[0].period {
                    bad.push(format!(
                        "{}: {} ({}) beside {} ({})",
                        c.id, f.id, f.period, figures[0].id, figures[0].period
                    ));
                }
            }
        }
    }
    // The employment chart counts one thing for one scope: workers helped
    // into jobs. Jobs at firms and workshops located there are another count.
    let employment = s.chart("employment").expect("the employment chart stays");
    let ids: Vec<&str> = employment
        .panels
        .iter()
        .flat_map(|p| &p.figures)
        .map(String::as_str)
        .collect();
    assert_eq!(ids, ["labour-ningxia"], "employment chart");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_quoted_remark_is_never_shown_as_a_figure() {
    let s = story();
    let remarks: Vec<&str> = s
        .figures
        .iter()
        .filter(|f| f.scope == "remark")
        .map(|f| f.id.as_str())
        .collect();
    assert_eq!(remarks, ["k2-taiwan-span", "k2-xiamen-ningxia"]);
    for k in &s.keywords {
        for id in k.figures.iter().chain(k.sections.iter().flat_map(|x| &x.figures)) {
            assert!(
                !remarks.contains(&id.as_str()),
                "keyword {} shows the remark {id} as a figure",
                k.n
            );
        }
    }
    for p in &s.pairings {
        for id in p.projects.iter().flat_map(|x| &x.figures) {
            assert!(!remarks.contains(&id.as_str()), "{id}");
        }
    }
    // The text quotes it, and says it is a quote.
    let k2 = s.keyword(2).unwrap();
    let body = &k2.sections[0].body;
    assert!(body.zh.contains("“我们奔赴的是一场心灵融合的旅程。”"), "{}", body.zh);
    assert!(body.en.contains("remark"), "{}", body.en);
}

/// The article's wording of each figure (tests/fixtures/quotes.json).
fn quotes() -> HashMap<String, String> {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes.json")).unwrap();
    serde_json::from_str(&raw).unwrap()
}

fn article() -> Option<String> {
    let path = std::env::var("ARTICLE_PATH").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/source/000_e63bd188ed18b9c8.txt").to_string()
    });
    std::fs::read_to_string(&path).ok()
}

/// A figure's value as the Chinese text writes it, without its unit or
/// counter: "近400" (近400人), "1800余万" (1800余万元), "超300万".
fn zh_number(f: &minning::data::Figure) -> String {
    let full = format::figure(f, Lang::Zh);
    let mut out = full.as_str();
    let counter = f.counter.as_ref().map(|c| c.zh.clone()).unwrap_or_default();
    for unit in [
        "人次",
        "平方米",
        "公里",
        "元",
        "人",
        "户",
        "吨",
        "瓶",
        "件",
        counter.as_str(),
    ] {
        if !unit.is_empty() {
            if let Some(rest) = out.strip_suffix(unit) {
                out = rest;
                break;
            }
        }
    }
    out.to_string()
}

/// The hedge word and number of a figure as English writes it, without the
/// unit: "over 18 million", "nearly 400", "about 100 million".
fn en_number(f: &minning::data::Figure) -> String {
    let full = format::figure(f, Lang::En);
    let mut words = Vec::new();
    let mut seen_digit = false;
    for w in full.split(' ') {
        if seen_digit && !matches!(w, "million" | "billion") {
            break;
        }
        seen_digit |= w.chars().any(|c| c.is_ascii_digit());
        words.push(w);
    }
    words.join(" ")
}

#[test]
fn the_text_keeps_each_figures_hedge() {
    // A section that lists a hedged figure says the hedge as the data (and
    // so the article) does: 近400名, 超300万元, 1800余万元 … and "over",
    // "nearly", "about" in English.
    let s = story();
    let mut bad = Vec::new();
    let mut checked = 0;
    for k in &s.keywords {
        for (j, sec) in k.sections.iter().enumerate() {
            for id in &sec.figures {
                let f = s.figure(id).unwrap();
                let Some(q) = f.qualifier else { continue };
                let (zh_ok, en_ok) = match q {
                    Qualifier::Expected => {
                        let plain = format::quantity(f.value, f.unit, f.counter.as_ref(), None, Lang::Zh);
                        let plain_en = format::quantity(f.value, f.unit, f.counter.as_ref(), None, Lang::En);
                        (
                            sec.body.zh.contains("预计") && sec.body.zh.contains(&plain),
                            sec.body.en.contains("expect") && sec.body.en.contains(&plain_en),
                        )
                    }
                    Qualifier::Cumulative => (sec.body.zh.contains("累计"), true),
                    _ => (sec.body.zh.contains(&zh_number(f)), sec.body.en.contains(&en_number(f))),
                };
                if !zh_ok {
                    bad.push(format!(
                        "keyword {} section {j}: {id} should read “{}” in Chinese",
                        k.n,
                        zh_number(f)
                    ));
                }
                if !en_ok {
                    bad.push(format!(
                        "keyword {} section {j}: {id} should read “{}” in English",
                        k.n,
                        en_number(f)
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} hedged figures in sections");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_total_in_the_article_is_a_total_in_the_text() {
    // 共 (in all) is a hedge too: where the article's wording of a figure has
    // it, every section that lists the figure says so in both languages.
    let s = story();
    let q = quotes();
    let mut bad = Vec::new();
    let mut checked = 0;
    for k in &s.keywords {
        for sec in &k.sections {
            for id in &sec.figures {
                if !q.get(id).is_some_and(|quote| quote.starts_with('共')) {
                    continue;
                }
                checked += 1;
                if !sec.body.zh.contains('共') {
                    bad.push(format!("{id}: the section drops 共: {}", sec.body.zh));
                }
                if !(sec.body.en.contains("in all") || sec.body.en.contains("in total")) {
                    bad.push(format!("{id}: the section drops “in all”: {}", sec.body.en));
                }
            }
        }
    }
    assert!(checked >= 3, "only {checked} totals checked");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The words in the article's sentence that date a figure, per `period`.
fn dating_words(period: &str) -> Option<&'static [&'static str]> {
    match period {
        "2022" => Some(&["今年", "全年", "一年来"]),
        "2022-07" => Some(&["今年7月"]),
        "per year" => Some(&["每年", "年产值", "年销量"]),
        "to date" => Some(&["截至目前"]),
        _ => None,
    }
}

#[test]
fn a_period_only_where_the_article_dates_the_figure() {
    let s = story();
    let mut bad = Vec::new();
    for f in &s.figures {
        if !f.period.is_empty() && dating_words(&f.period).is_none() {
            bad.push(format!("{}: unknown period “{}”", f.id, f.period));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    let Some(article) = article() else { return };
    let q = quotes();
    // The article's sentences (a line may hold several).
    let sentences: Vec<&str> = article.split(['。', '\n']).collect();
    for f in &s.figures {
        let quote = &q[&f.id];
        let holding: Vec<&&str> = sentences.iter().filter(|x| x.contains(quote.as_str())).collect();
        assert!(!holding.is_empty(), "{}: quote “{quote}” not in any sentence", f.id);
        let Some(words) = dating_words(&f.period) else { continue };
        if !holding.iter().any(|x| words.iter().any(|w| x.contains(w))) {
            bad.push(format!(
                "{}: period “{}”, but the article's sentence does not date it: {}",
                f.id, f.period, holding[0]
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_charts_period_is_the_period_of_its_figures() {
    let s = story();
    for c in &s.charts {
        for id in c.panels.iter().flat_map(|p| &p.figures) {
            let f = s.figure(id).unwrap();
            assert_eq!(c.period, f.period, "chart {}: figure {id}", c.id);
        }
    }
}

#[derive(serde::Deserialize)]
struct Glossary {
    #[allow(dead_code)]
    about: String,
    terms: Vec<Term>,
}

#[derive(serde::Deserialize)]
struct Term {
    zh: String,
    en: String,
    not: Vec<String>,
}

/// The interface's (zh, en) pairs: the i-th literal of each ZH table with
/// the i-th of its EN table.
fn i18n_pairs() -> Vec<(String, String, String)> {
    let blocks = i18n_blocks();
    let mut out = Vec::new();
    for (name, zh) in blocks.iter().filter(|(n, _)| n.ends_with("ZH")) {
        let en_name = format!("{}EN", name.trim_end_matches("ZH"));
        let (_, en) = blocks
            .iter()
            .find(|(n, _)| *n == en_name)
            .expect("an EN table for each ZH table");
        assert_eq!(zh.len(), en.len(), "{name} and {en_name} differ in length");
        for (i, (z, e)) in zh.iter().zip(en).enumerate() {
            out.push((format!("i18n::{name}[{i}]"), z.clone(), e.clone()));
        }
    }
    out
}

#[test]
fn one_english_term_per_chinese_term() {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/glossary.json")).unwrap();
    let glossary: Glossary = serde_json::from_str(&raw).expect("glossary.json is {about, terms: [{zh, en, not}]}");
    let mut all = texts();
    all.extend(i18n_pairs());
    let mut bad = Vec::new();
    for term in &glossary.terms {
        let mut used = 0;
        for (path, zh, en) in &all {
            let en_l = en.to_lowercase();
            if zh.contains(&term.zh) {
                used += 1;
                if !en_l.contains(&term.en.to_lowercase()) {
                    bad.push(format!("{path}: {} should be “{}”: {en}", term.zh, term.en));
                }
            }
            for other in &term.not {
                if en_l.contains(&other.to_lowercase()) {
                    bad.push(format!("{path}: “{other}” for {}: say “{}”", term.zh, term.en));
                }
            }
        }
        assert!(used > 0, "glossary term {} is used nowhere", term.zh);
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A digit 1..9 standing alone before a word ("8 projects"), which wire
/// style spells out in running text ("eight projects").
fn bare_small_number(s: &str) -> Option<String> {
    let chars: Vec<char> = s.chars().collect();
    for i in 0..chars.len() {
        let c = chars[i];
        if !('1'..='9').contains(&c) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        if before.is_some_and(|b| b.is_alphanumeric() || "+.,-–/$(".contains(b)) {
            continue;
        }
        let next: String = chars[(i + 1).min(chars.len())..].iter().collect();
        if next.starts_with(" million") || next.starts_with(" billion") {
            continue;
        }
        if chars.get(i + 1) == Some(&' ') && chars.get(i + 2).is_some_and(|n| n.is_lowercase()) {
            return Some(chars[i.saturating_sub(12)..(i + 14).min(chars.len())].iter().collect());
        }
    }
    None
}

#[test]
fn english_prose_spells_out_one_to_nine() {
    // Prose only: labels, counters and stat values keep their digits.
    let prose = |path: &str| {
        path.ends_with(".summary")
            || path.ends_with(".body")
            || path.ends_with(".general")
            || path.ends_with(".note")
            || path == ".meta.intro"
            || path == ".meta.deck"
    };
    let bad: Vec<String> = texts()
        .into_iter()
        .filter(|(path, _, _)| prose(path))
        .filter_map(|(path, _, en)| bare_small_number(&en).map(|m| format!("{path}: “…{m}…”")))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    assert!(bare_small_number("They planned 8 projects").is_some());
    assert!(bare_small_number("eight projects, 12 villages, a 1+6 model, Grade 3A, 2022 and 5,573 people").is_none());
}

#[test]
fn every_axis_keeps_one_tick_style() {
    // "0, 2,500, 5,000, 7,500, 10K" mixes two styles on one axis.
    let s = story();
    let style = |label: &str| -> &'static str {
        for (suffix, name) in [("亿", "亿"), ("万", "万"), ("B", "B"), ("M", "M"), ("K", "K")] {
            if label.ends_with(suffix) {
                return name;
            }
        }
        "plain"
    };
    let mut bad = Vec::new();
    let mut axes = 0;
    for c in &s.charts {
        for lang in [Lang::Zh, Lang::En] {
            let data = minning::charts::chart_data(c, &s, lang);
            for panel in &data.panels {
                let labels = minning::charts::panel_axis_labels(panel, lang);
                let styles: Vec<&str> = labels.iter().filter(|l| *l != "0").map(|l| style(l)).collect();
                if styles.windows(2).any(|w| w[0] != w[1]) {
                    bad.push(format!("{} {lang:?} “{}”: {}", c.id, panel.title, labels.join(", ")));
                }
                axes += 1;
            }
        }
    }
    assert!(axes >= 10, "only {axes} axes");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The string literals of each `const NAME: Type = Type { … };` block in
/// src/i18n.rs, so that fields added later are checked too.
fn i18n_blocks() -> Vec<(String, Vec<String>)> {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/i18n.rs")).unwrap();
    let mut out = Vec::new();
    let mut rest = src.as_str();
    while let Some(start) = rest.find("\nconst ") {
        let after = &rest[start + "\nconst ".len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let end = after.find("\n};").unwrap_or(after.len());
        let body = &after[..end];
        out.push((name, common::string_literals(body)));
        rest = &after[end..];
    }
    out
}

#[test]
fn interface_strings_follow_the_same_rules() {
    let blocks = i18n_blocks();
    let zh: Vec<_> = blocks.iter().filter(|(n, _)| n.ends_with("ZH")).collect();
    let en: Vec<_> = blocks.iter().filter(|(n, _)| n.ends_with("EN")).collect();
    assert!(!zh.is_empty() && !en.is_empty(), "no ZH/EN blocks found in src/i18n.rs");
    let mut bad = Vec::new();
    for (name, strings) in zh {
        for s in strings {
            if let Some(p) = zh_problem(s) {
                bad.push(format!("{name}: {p}: {s}"));
            }
        }
    }
    for (name, strings) in en {
        for s in strings {
            if let Some(p) = en_problem(s) {
                bad.push(format!("{name}: {p}: {s}"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_rules_catch_what_they_should() {
    assert!(zh_problem("帮扶资金(累计)").is_some());
    assert!(zh_problem("我市60所学校").is_some());
    assert!(zh_problem("帮扶资金（宁夏）").is_none());
    assert!(en_problem("over ¥18 million").is_some());
    assert!(en_problem("Lvbaihe sold").is_some());
    assert!(en_problem("Minning demonstration villages").is_some());
    assert!(en_problem("the Fujian-Ningxia partnership").is_some());
    assert!(en_problem("资金，").is_some());
    assert!(en_problem("2,910 person-times of training").is_some());
    assert!(en_problem("letters of intent for sales").is_some());
    assert!(en_problem("2,910 training places; intended sales").is_none());
    assert!(en_problem("Minning Town and the Minning Industrial Park, Fujian–Ningxia").is_none());
    assert!(en_problem("rural revitalisation").is_some());
    assert!(en_problem("social organisations").is_some());
    assert!(en_problem("a subsidised workshop").is_some());
    assert!(en_problem("rural revitalization, social organizations, enterprises, a promise").is_none());
}

/// A value just before its label never names what is counted twice
/// ("150 jobs jobs the Jianxing project can offer", "3 enterprises other
/// … enterprises investing with ITG"), and keeps what it does not repeat.
#[test]
fn a_value_before_its_label_does_not_repeat_its_noun() {
    let story = story();
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    for f in &story.figures {
        let value = format::figure_before_label(f, Lang::En);
        let full = format::figure(f, Lang::En);
        let label = words(&f.label.en);
        if value == full {
            // Kept whole: its counter is not in the label.
            if let Some(c) = &f.counter {
                let noun = words(&c.en);
                assert!(
                    !label.windows(noun.len()).any(|w| w == noun.as_slice()),
                    "{}: {full} {}",
                    f.id,
                    f.label.en
                );
            }
        } else {
            // Shortened: to the number, and only where the label names the noun.
            assert!(value.ends_with(|c: char| c.is_ascii_digit()), "{}: {value}", f.id);
            let dropped = words(full.strip_prefix(&value).unwrap_or_default());
            assert!(
                label.windows(dropped.len()).any(|w| w == dropped.as_slice()),
                "{}: {full}",
                f.id
            );
        }
    }
}

#[test]
fn the_data_view_counts_its_dated_figures_as_the_data_does() {
    // The data view's lead says how many of the box's figures the article
    // dates; it must stay true as the data changes.
    let s = story();
    let in_box = |f: &&minning::data::Figure| s.data_box.iter().any(|b| b.id == f.section);
    let all = s.figures.iter().filter(in_box).count();
    let dated = s.figures.iter().filter(in_box).filter(|f| !f.period.is_empty()).count();
    let zh = minning::i18n::ui(Lang::Zh).numbers_intro;
    let en = minning::i18n::ui(Lang::En).numbers_intro;
    assert!(
        zh.contains(&format!("{all}个数字中，有{dated}个注明是2022年的")),
        "{all} {dated}: {zh}"
    );
    assert!(
        en.contains(&format!("Of its {all} figures, {dated} are dated 2022")),
        "{all} {dated}: {en}"
    );
}
