//! Our own words: no story string shares a run of 20 or more Chinese
//! characters with the article.
//!
//! Every string in `public/data/story.json` (the JSON is walked generically,
//! so fields added later are checked too) and every string literal of the
//! interface tables in `src/text/ui.rs` is compared with the article. Only Chinese
//! characters count, and everything else (punctuation, spaces, digits, Latin
//! letters) is dropped from both sides first, so turning a comma into a
//! semicolon or dropping a 的 between two copied halves does not hide a copied
//! sentence.
//!
//! Names, headings, slogans and plain lists may be the article's own: each
//! such run is listed in `tests/fixtures/copy_allowed.json` with the reason it
//! may stand. A shared run passes only if it lies inside one listed entry, and
//! every entry must still be needed (a stale entry fails too).
//!
//! The article is read from `ARTICLE_PATH` or `../shared/source/` beside the
//! crate, as `tests/article.rs` does; without it the test says so and passes.

mod common;

use serde_json::Value;
use std::collections::HashSet;

/// The shortest shared run that counts as copying.
const RUN: usize = 20;

fn is_han(c: char) -> bool {
    matches!(c,
        '\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FFFF}')
}

/// The Chinese characters of `s`, in order, with everything else dropped.
fn han(s: &str) -> Vec<char> {
    s.chars().filter(|c| is_han(*c)).collect()
}

/// Every (path, string) in the story file.
fn story_strings() -> Vec<(String, String)> {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json"))
        .expect("public/data/story.json exists");
    let value: Value = serde_json::from_str(&raw).expect("story.json is JSON");
    let mut out = Vec::new();
    common::walk(&value, &mut |path, v| {
        if let Value::String(s) = v {
            out.push((path.to_string(), s.clone()));
        }
    });
    out
}

/// Every string literal in src/text/ui.rs, named by the `const` table it sits
/// in and its position there. (Doc comments are not literals; the file's
/// other code holds no Chinese.)
fn interface_strings() -> Vec<(String, String)> {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/text/ui.rs")).expect("src/text/ui.rs");
    let mut out = Vec::new();
    let mut table = String::from("ui.rs");
    for line in src.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        if let Some(rest) = code.strip_prefix("const ") {
            table = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
        }
        let field: String = code
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        for lit in common::string_literals(code) {
            out.push((format!("i18n::{table}.{field}"), lit));
        }
    }
    out
}

#[derive(serde::Deserialize)]
struct Allowed {
    text: String,
    reason: String,
}

#[derive(serde::Deserialize)]
struct AllowList {
    #[allow(dead_code)]
    about: String,
    allowed: Vec<Allowed>,
}

fn allowed() -> Vec<Allowed> {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/copy_allowed.json"))
        .expect("tests/fixtures/copy_allowed.json exists");
    let list: AllowList = serde_json::from_str(&raw).expect("copy_allowed.json is {about, allowed: [{text, reason}]}");
    list.allowed
}

/// The maximal runs of at least `RUN` characters that `s` shares with the
/// article (both already reduced to Chinese characters), as strings.
fn shared_runs(s: &[char], article: &[char], windows: &HashSet<&[char]>) -> Vec<String> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i + RUN <= s.len() {
        if !windows.contains(&s[i..i + RUN]) {
            i += 1;
            continue;
        }
        // Grow the run while the article still holds it.
        let mut end = i + RUN;
        while end < s.len() && contains(article, &s[i..=end]) {
            end += 1;
        }
        runs.push(s[i..end].iter().collect());
        // Later starts inside this run give shorter copies of the same text.
        i = end - RUN + 1;
    }
    runs
}

fn contains(hay: &[char], needle: &[char]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn check(strings: &[(String, String)], article: &str, allowed: &[Allowed]) -> (Vec<String>, HashSet<usize>) {
    let article = han(article);
    let windows: HashSet<&[char]> = article.windows(RUN).collect();
    let allowed_han: Vec<String> = allowed.iter().map(|a| han(&a.text).into_iter().collect()).collect();
    let mut bad = Vec::new();
    let mut used = HashSet::new();
    for (path, s) in strings {
        for run in shared_runs(&han(s), &article, &windows) {
            match allowed_han.iter().position(|a| a.contains(&run)) {
                Some(k) => {
                    used.insert(k);
                }
                None => bad.push(format!(
                    "{path}: {} characters shared with the article: {run}",
                    run.chars().count()
                )),
            }
        }
    }
    (bad, used)
}

#[test]
fn no_story_string_copies_a_run_of_twenty_characters_from_the_article() {
    let Some(text) = common::article("check for copied runs") else {
        return;
    };
    let allowed = allowed();
    for a in &allowed {
        assert!(
            !a.reason.trim().is_empty(),
            "copy_allowed.json: “{}” needs a reason",
            a.text
        );
        assert!(
            text.contains(a.text.as_str()) || contains(&han(&text), &han(&a.text)),
            "copy_allowed.json: “{}” is not in the article",
            a.text
        );
    }
    let mut strings = story_strings();
    let interface = interface_strings();
    assert!(
        interface.len() > 100,
        "only {} interface strings found",
        interface.len()
    );
    strings.extend(interface);
    assert!(strings.len() > 500, "only {} strings found", strings.len());
    let (bad, used) = check(&strings, &text, &allowed);
    assert!(bad.is_empty(), "{} copied runs:\n{}", bad.len(), bad.join("\n"));
    let stale: Vec<&str> = allowed
        .iter()
        .enumerate()
        .filter(|(k, _)| !used.contains(k))
        .map(|(_, a)| a.text.as_str())
        .collect();
    assert!(
        stale.is_empty(),
        "copy_allowed.json entries no string needs any more: {stale:?}"
    );
}

#[test]
fn the_check_sees_through_punctuation_and_respects_the_list() {
    let article = "甲乙丙丁戊己庚辛壬癸,子丑寅卯辰巳午未申酉戌亥。天地玄黄宇宙洪荒";
    let copied = vec![(
        "x".to_string(),
        "见:甲乙丙丁戊己庚辛壬癸；子丑寅卯辰巳午未申酉戌亥!".to_string(),
    )];
    let (bad, _) = check(&copied, article, &[]);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(bad[0].contains("22 characters"), "{bad:?}");
    // Nineteen is fine.
    let short = vec![("x".to_string(), "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申".to_string())];
    assert!(check(&short, article, &[]).0.is_empty());
    // A listed name passes, and is marked as used.
    let list = [Allowed {
        text: "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥".into(),
        reason: "a list".into(),
    }];
    let (bad, used) = check(&copied, article, &list);
    assert!(bad.is_empty() && used.contains(&0), "{bad:?}");
}
