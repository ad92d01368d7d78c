//! Validation finds each kind of problem and names its field.

use super::*;
use crate::story::load::tests::story;

fn paths(story: &Story) -> Vec<String> {
    validate(story).into_iter().map(|e| e.path).collect()
}

#[test]
fn a_part_larger_than_its_whole_is_named_by_path() {
    let mut s = story();
    let i = s.figures.iter().position(|f| f.id == "labour-ningxia-lifted").unwrap();
    s.figures[i].value = 20000.0;
    assert_eq!(paths(&s), vec![format!("figures[{i}].value")]);
}

#[test]
fn keywords_must_be_one_to_five_once_each() {
    let mut s = story();
    s.keywords[4].n = 3;
    let p = paths(&s);
    assert!(p.contains(&"keywords".to_string()), "{p:?}");
    assert_eq!(
        p.iter().filter(|p| *p == "keywords").count(),
        2,
        "3 twice and 5 missing: {p:?}"
    );
}

#[test]
fn dangling_references_and_missing_language_are_found() {
    let mut s = story();
    s.charts[0].panels[0].figures[1] = "nope".into();
    s.keywords[2].figures[1] = "gone".into();
    s.keywords[1].summary.en = " ".into();
    s.pairings[0].soe = "nobody".into();
    s.figures[3].value = f64::NAN;
    s.figures[5].id = s.figures[4].id.clone();
    let p = paths(&s);
    for want in [
        "charts[0].panels[0].figures[1]",
        "keywords[2].figures[1]",
        "keywords[1].summary.en",
        "pairings[0].soe",
        "figures[3].value",
        "figures[5].id",
    ] {
        assert!(p.contains(&want.to_string()), "{want} not in {p:?}");
    }
}

#[test]
fn a_panel_mixing_units_or_scopes_is_rejected() {
    let mut s = story();
    let (i, j) = (0, 0);
    // Same unit (yuan), other scope: Pengyang's funds beside Ningxia's.
    s.charts[i].panels[j].figures.push("k4-funds".into());
    // Other unit: people beside yuan.
    s.charts[i].panels[j].figures.push("k4-jobs".into());
    let errors = validate(&s);
    let n = s.charts[i].panels[j].figures.len();
    let at = |k: usize| {
        errors
            .iter()
            .find(|e| e.path == format!("charts[{i}].panels[{j}].figures[{k}]"))
            .map(|e| e.problem.clone())
            .unwrap_or_default()
    };
    assert!(at(n - 2).contains("scope"), "{errors:?}");
    assert!(at(n - 1).contains("unit"), "{errors:?}");
}

#[test]
fn scopes_must_be_slugs_and_parts_share_their_wholes_scope() {
    let mut s = story();
    let whole = s.figures.iter().position(|f| f.id == "labour-ningxia").unwrap();
    let part = s.figures.iter().position(|f| f.id == "labour-ningxia-lifted").unwrap();
    s.figures[whole].scope = " ".into();
    s.figures[part].scope = "pengyang".into();
    let p = paths(&s);
    assert!(p.contains(&format!("figures[{whole}].scope")), "{p:?}");
    assert!(p.contains(&format!("figures[{part}].part_of")), "{p:?}");
}

#[test]
fn context_and_chart_notes_need_both_languages() {
    let mut s = story();
    s.meta.context[0].body.zh = String::new();
    let noted = s
        .charts
        .iter()
        .position(|c| c.note.is_some())
        .expect("a chart with a note");
    s.charts[noted].note.as_mut().unwrap().en = " ".into();
    let p = paths(&s);
    assert!(p.contains(&"meta.context[0].body.zh".to_string()), "{p:?}");
    assert!(p.contains(&format!("charts[{noted}].note.en")), "{p:?}");
}
