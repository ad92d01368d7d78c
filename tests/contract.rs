//! The scripts and the Rust side agree: what the build writes into
//! `public/boot.js` and `public/embed.js` (`contract::json`) is what
//! `site::route`, `site::embed`, `site::contract` and `text::ui` say, and
//! the scripts hold no copy of their own of any of it (a step's file name, a
//! language, a number the Rust side owns, a word a reader sees).

use minning::lang::Lang;
use minning::site::contract::{self, DEADLINE_SECS, MAX_HEIGHT, PLACEHOLDER};
use minning::site::route::{lang_suffix, Step, EMBED_PAGE, STEPS, WIDGET_DIR};
use minning::text::ui::boot_ui;
use serde_json::Value;

fn script(name: &str) -> String {
    let path = format!("{}/public/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The script's code without its comments (which may name what they use).
fn code(js: &str) -> String {
    let mut out = String::new();
    let mut rest = js;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if rest.starts_with("//") && !out.ends_with(':') {
            rest = rest.split_once('\n').map_or("", |(_, r)| r);
            out.push('\n');
        } else {
            let c = rest.chars().next().unwrap_or(' ');
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

#[test]
fn the_contract_is_what_the_rust_side_says() {
    let ids = vec!["funding".to_string(), "keyword-3".to_string()];
    let c: Value = serde_json::from_str(&contract::json(&ids)).expect("the contract is JSON");
    assert_eq!(c["deadlineMs"], DEADLINE_SECS * 1000);
    assert_eq!(c["maxHeight"], MAX_HEIGHT);
    assert_eq!(c["widgets"], serde_json::json!(ids));
    assert_eq!(c["widgetDir"], WIDGET_DIR);
    assert_eq!(c["embedPage"], EMBED_PAGE);
    assert_eq!(c["defaultLang"], Lang::default().tag());
    let steps = c["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), STEPS.len(), "every step, and no other");
    for (step, s) in STEPS.iter().zip(steps) {
        assert_eq!(s["key"], step.key());
        for lang in Lang::ALL {
            assert_eq!(s["files"][lang.tag()], Step::file(*step, lang), "{step:?} {lang:?}");
            assert_eq!(s["hrefs"][lang.tag()], Step::href(*step, lang), "{step:?} {lang:?}");
        }
    }
    for lang in Lang::ALL {
        let l = &c["langs"][lang.tag()];
        assert_eq!(l["suffix"], lang_suffix(lang));
        let words = serde_json::to_value(boot_ui(lang)).expect("words");
        assert_eq!(l["text"], words, "{lang:?}");
        assert!(l["text"]["stalled"]
            .as_str()
            .is_some_and(|s| s.contains(&DEADLINE_SECS.to_string())));
    }
    // The id patterns say what contract::is_widget_id and is_child_id do.
    let pattern = c["idPattern"].as_str().expect("idPattern");
    assert_eq!(pattern, format!("^[a-z0-9-]{{1,{}}}$", contract::ID_MAX));
    for id in [
        "funding",
        "keyword-3",
        "",
        "Funding",
        "a b",
        &"a".repeat(contract::ID_MAX + 1),
    ] {
        let by_pattern = !id.is_empty()
            && id.len() <= contract::ID_MAX
            && id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
        assert_eq!(contract::is_widget_id(id), by_pattern, "{id:?}");
    }
}

#[test]
fn the_scripts_read_the_contract_and_copy_nothing_of_it() {
    let words: Vec<String> = Lang::ALL
        .iter()
        .flat_map(|l| {
            let v = serde_json::to_value(boot_ui(*l)).unwrap_or(Value::Null);
            v.as_object()
                .map(|o| {
                    o.values()
                        .filter_map(|w| w.as_str().map(str::to_string))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .collect();
    for name in ["boot.js", "embed.js"] {
        let js = script(name);
        assert_eq!(js.matches(PLACEHOLDER).count(), 1, "{name}: one place for the contract");
        let code = code(&js);
        let mut copies: Vec<String> = Vec::new();
        // Names and numbers the Rust side owns.
        for own in [
            "step-",
            ".en",
            "'en'",
            "\"en\"",
            "zh-CN",
            "'index",
            "\"index",
            "'numbers",
            "\"numbers",
            "embed.html",
            "'w/'",
            "\"w/\"",
            "datawrapper",
            "pymxPYMx",
            "iframe.resize",
            "embed-size",
            "[a-z0-9-]",
            "minning:",
        ] {
            if code.contains(own) {
                copies.push(own.to_string());
            }
        }
        for n in [DEADLINE_SECS * 1000, DEADLINE_SECS, MAX_HEIGHT] {
            if code.split(|c: char| !c.is_ascii_digit()).any(|d| d == n.to_string()) {
                copies.push(n.to_string());
            }
        }
        // Any word a reader sees: no Chinese at all, and none of the
        // contract's English sentences.
        if code.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
            copies.push("Chinese text".into());
        }
        for w in &words {
            if w.is_ascii() && w.len() > 8 && code.contains(w.as_str()) {
                copies.push(w.clone());
            }
        }
        assert!(copies.is_empty(), "{name} restates the Rust side: {copies:?}");
    }
}
