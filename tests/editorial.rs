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
    fn walk(v: &Value, path: String, out: &mut Vec<(String, String, String)>) {
        match v {
            Value::Object(map) => {
                if let (Some(Value::String(zh)), Some(Value::String(en))) = (map.get("zh"), map.get("en")) {
                    out.push((path.clone(), zh.clone(), en.clone()));
                }
                for (k, child) in map {
                    walk(child, format!("{path}.{k}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let value: Value = serde_json::from_str(&raw()).unwrap();
    let mut out = Vec::new();
    walk(&value, String::new(), &mut out);
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
    // 闽宁 as a place is Minning Town or the Minning Industrial Park; as the
    // partnership it is Fujian–Ningxia.
    for (i, _) in s.match_indices("Minning") {
        let rest = &s[i + "Minning".len()..];
        if !(rest.starts_with(" Town") || rest.starts_with(" Industrial Park") || rest.starts_with("”")) {
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
fn figures_that_may_overlap_carry_a_note() {
    // Where the article gives no part-of relation but the populations may
    // overlap, the chart must say so.
    let s = story();
    for id in ["employment", "linxia"] {
        let c = s.chart(id).unwrap_or_else(|| panic!("chart {id}"));
        let note = c.note.as_ref().unwrap_or_else(|| panic!("{id} has no note"));
        assert!(note.zh.contains("不可相加"), "{id}: {}", note.zh);
        assert!(note.en.contains("not additive"), "{id}: {}", note.en);
    }
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
        let mut strings = Vec::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            if c == '"' {
                let mut lit = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            if let Some(e) = chars.next() {
                                lit.push(e);
                            }
                        }
                        '"' => break,
                        _ => lit.push(d),
                    }
                }
                strings.push(lit);
            }
        }
        out.push((name, strings));
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
}
