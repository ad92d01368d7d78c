//! The shipped data against the article: every figure traceable to the
//! article's wording, hedges (余/超过/超/多/近/约/预计/累计) carried over in the article's own words, and a sample
//! of values checked by hand against the text.
//!
//! The article's wording of each figure lives in `tests/fixtures/quotes.json`
//! (figure id → quote), written by `tools/gen_story.py` beside the data: the
//! app never shows it, so it does not ship.

mod common;

use minning::story::load::parse_story;
use minning::story::{Qualifier, Story, Unit};
use std::collections::BTreeMap;

/// Figure id → the article's wording of it.
fn quotes() -> BTreeMap<String, String> {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/quotes.json"))
        .expect("tests/fixtures/quotes.json exists (python3 tools/gen_story.py writes it)");
    serde_json::from_str(&raw).expect("quotes.json maps figure ids to strings")
}

#[test]
fn every_figure_has_a_quote_and_every_quote_a_figure() {
    let s = story();
    let q = quotes();
    for f in &s.figures {
        let quote = q
            .get(&f.id)
            .unwrap_or_else(|| panic!("{}: no quote in quotes.json", f.id));
        assert!(!quote.trim().is_empty(), "{}: empty quote", f.id);
    }
    for id in q.keys() {
        assert!(s.figure(id).is_some(), "quotes.json has {id}, which is not a figure");
    }
}

fn story() -> Story {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json"))
        .expect("public/data/story.json exists");
    parse_story(&raw, Some("application/json"), "story.json").expect("shipped data is valid")
}

#[test]
fn sample_figures_match_the_articles_wording() {
    let s = story();
    let cases: &[(&str, f64, Unit, Option<Qualifier>)] = &[
        ("funding-fiscal", 1.615e8, Unit::Yuan, Some(Qualifier::Cumulative)), // 累计…1.615亿元
        ("funding-social", 30_636_500.0, Unit::Yuan, None),                   // 3063.65万元
        ("funding-projects", 72.0, Unit::Count, None),
        ("industry-capital", 7.77e8, Unit::Yuan, None),
        ("industry-jobs-lifted", 683.0, Unit::Person, None),
        ("labour-xiamen", 79_528.0, Unit::Person, None),
        ("labour-trainees", 2910.0, Unit::PersonTime, None), // 2910人次
        (
            "consumption-farm-sales",
            8.86e8,
            Unit::Yuan,
            Some(Qualifier::Cumulative),
        ),
        ("k1-jianxing-output", 1.5e8, Unit::Yuan, Some(Qualifier::Expected)), // 预计达1.5亿元
        ("k1-xiashang-produce", 79.6, Unit::Tonne, None),
        ("k1-xiashang-sales", 3e6, Unit::Yuan, Some(Qualifier::ExceedsShort)), // 超300万元
        ("k1-wine-sales", 1e8, Unit::Yuan, Some(Qualifier::About)),            // 约1亿元
        ("k2-taiwan-span", 380.0, Unit::Kilometre, Some(Qualifier::About)),
        ("k2-xiamen-ningxia", 2000.0, Unit::Kilometre, Some(Qualifier::Exceeds)), // 超过2000公里
        ("k2-resources", 5.5e5, Unit::Yuan, Some(Qualifier::Plus)),               // 55万多元
        ("k5-enterprises", 30.0, Unit::Count, Some(Qualifier::Plus)),             // 30多家企业
        ("k1-fair-intent", 3e7, Unit::Yuan, Some(Qualifier::Over)),               // 3000余万元
        ("k3-park-area", 960_000.0, Unit::SquareMetre, Some(Qualifier::Nearly)),  // 近96万平方米
        ("k4-funds", 1.8e7, Unit::Yuan, Some(Qualifier::Over)),                   // 1800余万元
        ("k4-households", 354.0, Unit::Household, None),
        ("k5-flight-workers", 400.0, Unit::Person, Some(Qualifier::Nearly)),
        ("k5-vegetables", 6570.0, Unit::Tonne, None),
        ("k5-epidemic-supplies", 5.02e6, Unit::Yuan, Some(Qualifier::Over)), // 502万余元
        ("talent-trainees", 3348.0, Unit::PersonTime, None),
    ];
    for (id, value, unit, qualifier) in cases {
        let f = s.figure(id).unwrap_or_else(|| panic!("figure {id} is missing"));
        assert!((f.value - value).abs() < 1e-6, "{id}: {} != {value}", f.value);
        assert_eq!(f.unit, *unit, "{id}");
        assert_eq!(f.qualifier, *qualifier, "{id}");
    }
}

#[test]
fn every_figure_belongs_to_a_keyword_or_the_data_box() {
    let s = story();
    for section in [
        "k1",
        "k2",
        "k3",
        "k4",
        "k5",
        "pairing",
        "funding",
        "industry",
        "labour",
        "consumption",
        "talent",
    ] {
        assert!(s.figures_in(section).count() > 0, "no figures in {section}");
    }
}

/// The hedge a quote's wording implies, as the data must record it: each
/// "more than" word has its own variant (余 → Over, 超过 → Exceeds,
/// 超 → ExceedsShort, 多 → Plus), so the text can say it as the article does.
fn hedge(quote: &str) -> Option<Qualifier> {
    if quote.contains("累计") {
        Some(Qualifier::Cumulative)
    } else if quote.contains("预计") {
        Some(Qualifier::Expected)
    } else if quote.contains('余') {
        Some(Qualifier::Over)
    } else if quote.contains("超过") {
        Some(Qualifier::Exceeds)
    } else if quote.contains('超') {
        Some(Qualifier::ExceedsShort)
    } else if quote.contains('多') {
        Some(Qualifier::Plus)
    } else if quote.contains('近') {
        Some(Qualifier::Nearly)
    } else if quote.contains('约') {
        Some(Qualifier::About)
    } else {
        None
    }
}

#[test]
fn qualifiers_follow_the_quoted_wording() {
    let q = quotes();
    for f in story().figures {
        let quote = q.get(&f.id).map_or("", String::as_str);
        assert_eq!(f.qualifier, hedge(quote), "{}: quote “{quote}”", f.id);
    }
}

/// A hedged figure, as the Chinese text shows it, reads as the article wrote
/// it: "超300万元" not "300余万元", "30多家" not "30余家".
#[test]
fn hedged_figures_read_as_the_article_wrote_them() {
    let q = quotes();
    let mut checked = 0;
    for f in story().figures {
        let Some(qualifier) = f.qualifier else { continue };
        // 预计 and 累计 sit apart from the number in the article's sentence
        // (年产值预计达1.5亿元); the others sit right against it.
        if matches!(qualifier, Qualifier::Expected | Qualifier::Cumulative) {
            continue;
        }
        let quote = q.get(&f.id).map_or("", String::as_str);
        // The value as the article writes it, 共 aside (共安排帮扶专项资金
        // 1800余万元: the verb stands between; tests/editorial.rs checks 共).
        let zh = minning::text::numbers::quantity(
            f.value,
            f.unit,
            f.counter.as_ref(),
            f.qualifier,
            minning::lang::Lang::Zh,
        );
        assert!(
            quote.contains(&zh),
            "{}: shown as “{zh}”, the article says “{quote}”",
            f.id
        );
        let en = minning::text::numbers::figure(&f, minning::lang::Lang::En);
        let word = match qualifier {
            Qualifier::Over | Qualifier::Exceeds | Qualifier::ExceedsShort | Qualifier::Plus => "over ",
            Qualifier::Nearly => "nearly ",
            Qualifier::About => "about ",
            Qualifier::Expected | Qualifier::Cumulative => unreachable!(),
        };
        assert!(en.starts_with(word), "{}: English “{en}” should start “{word}”", f.id);
        checked += 1;
    }
    assert!(checked >= 14, "only {checked} hedged figures checked");
}

#[test]
fn every_quote_is_in_the_article_and_every_number_is_in_the_data() {
    let Some(article) = common::article("check quotes against it") else {
        return;
    };
    let q = quotes();
    for (id, quote) in &q {
        assert!(
            article.contains(quote.as_str()),
            "{id}: “{quote}” is not in the article"
        );
    }
    // Every run of digits in the article, but for dates, sits in some quote.
    let quotes: Vec<&str> = q.values().map(String::as_str).collect();
    let chars: Vec<char> = article.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        let after: String = chars[i..(i + 1).min(chars.len())].iter().collect();
        let is_date =
            number.len() == 4 && (after == "年" || after == "-") || chars.get(start.wrapping_sub(1)) == Some(&'-');
        if is_date {
            continue;
        }
        assert!(
            quotes.iter().any(|q| q.contains(&number)),
            "the article's number {number} is not in the data"
        );
    }
}

/// Whose or where each of these is, as the article's sentence says it.
#[test]
fn sample_scopes_match_the_articles_wording() {
    let s = story();
    for (id, scope) in [
        // 累计向宁夏投入财政帮扶资金1.615亿元，社会力量投入帮扶资金…，实施帮扶项目72个，
        // 有力推动了协作地区乡村振兴: Ningxia is named for the fiscal funds only,
        // so the panel's scope is the sentence's (its label names Ningxia).
        ("funding-fiscal", "partner-areas"),
        ("funding-social", "partner-areas"),
        ("industry-invested", "two-counties-one-town"), // 实际在“两县一镇”落地投资企业
        ("industry-jobs", "two-counties-one-town"),     // (those firms) 吸纳农村劳动力就业
        ("labour-xiamen", "in-xiamen"),                 // 在我市稳定就业三个月以上的…
        ("labour-ningxia", "two-counties-one-town"),    // 帮助“两县一镇”实现农村劳动力就业
        ("consumption-farm-sales", "two-counties-one-town"),
        ("k4-funds", "pengyang"), // 促进彭阳县示范村提档升级 … 专项资金
        ("k4-workshops", "pengyang"),
        // 援建帮扶车间30个: the data box says who, not where.
        ("industry-workshops", "xiamen"),
        ("k4-consumption", "pengyang"),
        ("k5-workers", "linxia"),
        ("k2-orgs", "jingyuan"),
        ("k1-xiangyu-capital", "soe:xiangyu"),
        ("k1-fair-intent", "soe:itg"),
    ] {
        assert_eq!(s.figure(id).map(|f| f.scope.as_str()), Some(scope), "{id}");
    }
}
