//! Numbers as the article writes them, in both languages: money in
//! 万/亿 and words, counts, hedges, periods, dates and axes.

use super::*;
use crate::text::dates::*;
use crate::text::units::*;
use Lang::{En, Zh};

fn yuan(v: f64, q: Option<Qualifier>, lang: Lang) -> String {
    quantity(v, Unit::Yuan, None, q, lang)
}

#[test]
fn chinese_money_uses_wan_and_yi_like_the_article() {
    assert_eq!(yuan(1.615e8, None, Zh), "1.615亿元");
    assert_eq!(yuan(3.06365e7, None, Zh), "3063.65万元");
    assert_eq!(yuan(7.77e8, None, Zh), "7.77亿元");
    assert_eq!(yuan(8.86e8, None, Zh), "8.86亿元");
    assert_eq!(yuan(5.67e7, None, Zh), "5670万元");
    assert_eq!(yuan(1e8, Some(Qualifier::About), Zh), "约1亿元");
    assert_eq!(yuan(1.8e7, Some(Qualifier::Over), Zh), "1800余万元");
    assert_eq!(yuan(3e4, Some(Qualifier::Over), Zh), "3万余元");
    assert_eq!(yuan(5.02e6, Some(Qualifier::Over), Zh), "502万余元");
    assert_eq!(yuan(3e7, Some(Qualifier::Over), Zh), "3000余万元");
    assert_eq!(yuan(1.615e8, Some(Qualifier::Cumulative), Zh), "累计1.615亿元");
    assert_eq!(yuan(5000.0, None, Zh), "5000元");
}

#[test]
fn chinese_counts_keep_digits_unless_round() {
    assert_eq!(quantity(5573.0, Unit::Person, None, None, Zh), "5573人");
    assert_eq!(quantity(79528.0, Unit::Person, None, None, Zh), "79528人");
    assert_eq!(quantity(79.6, Unit::Tonne, None, None, Zh), "79.6吨");
    assert_eq!(quantity(3e5, Unit::Bottle, None, None, Zh), "30万瓶");
    assert_eq!(
        quantity(9.6e5, Unit::SquareMetre, None, Some(Qualifier::Nearly), Zh),
        "近96万平方米"
    );
    assert_eq!(
        quantity(300.0, Unit::Person, None, Some(Qualifier::Over), Zh),
        "300余人"
    );
    let schools = Text {
        zh: "所".into(),
        en: "schools".into(),
    };
    assert_eq!(quantity(60.0, Unit::Count, Some(&schools), None, Zh), "60所");
    assert_eq!(quantity(60.0, Unit::Count, Some(&schools), None, En), "60 schools");
}

#[test]
fn english_money_is_yuan_in_words_never_a_yen_sign() {
    assert_eq!(yuan(1.615e8, None, En), "161.5 million yuan");
    assert_eq!(yuan(3.06365e7, None, En), "30.6365 million yuan");
    assert_eq!(yuan(5.02e6, Some(Qualifier::Over), En), "over 5.02 million yuan");
    assert_eq!(yuan(5.67e7, None, En), "56.7 million yuan");
    assert_eq!(yuan(7.77e8, None, En), "777 million yuan");
    assert_eq!(yuan(2.5e9, None, En), "2.5 billion yuan");
    assert_eq!(yuan(5000.0, None, En), "5,000 yuan");
    assert_eq!(yuan(5.5e5, Some(Qualifier::Over), En), "over 550,000 yuan");
    assert_eq!(yuan(1.8e7, Some(Qualifier::Over), En), "over 18 million yuan");
    assert_eq!(yuan(1e8, Some(Qualifier::About), En), "about 100 million yuan");
    assert_eq!(
        yuan(1.5e8, Some(Qualifier::Expected), En),
        "an expected 150 million yuan"
    );
    assert_eq!(
        yuan(1.615e8, Some(Qualifier::Cumulative), En),
        "a cumulative 161.5 million yuan"
    );
    for v in [0.0, 1.0, 999.0, 5.5e5, 3e7, 1.615e8, 2.5e9] {
        for q in [None, Some(Qualifier::Over), Some(Qualifier::Expected)] {
            assert!(!yuan(v, q, En).contains('¥'), "{v} {q:?}");
        }
    }
}

#[test]
fn person_times_are_attendances() {
    assert_eq!(quantity(2910.0, Unit::PersonTime, None, None, En), "2,910 attendances");
    assert_eq!(quantity(1.0, Unit::PersonTime, None, None, En), "1 attendance");
    assert_eq!(quantity(2910.0, Unit::PersonTime, None, None, Zh), "2910人次");
    assert_eq!(unit_name(Unit::PersonTime, En), "attendances");
    assert_eq!(unit_name(Unit::PersonTime, Zh), "人次");
    for unit in [Unit::PersonTime, Unit::Person, Unit::Yuan] {
        assert!(!unit_name(unit, En).contains("trainee"));
        assert!(!unit_name(unit, En).contains("person-time"));
    }
}

#[test]
fn each_over_word_renders_as_the_article_writes_it() {
    let firms = Text {
        zh: "家".into(),
        en: "firms".into(),
    };
    // 超 (销售额超300万元) and 超过 (超过2000公里) go before the number.
    assert_eq!(yuan(3e6, Some(Qualifier::ExceedsShort), Zh), "超300万元");
    assert_eq!(
        quantity(2000.0, Unit::Kilometre, None, Some(Qualifier::Exceeds), Zh),
        "超过2000公里"
    );
    // 多 goes where 余 would (55万多元, 30多家).
    assert_eq!(yuan(5.5e5, Some(Qualifier::Plus), Zh), "55万多元");
    assert_eq!(
        quantity(30.0, Unit::Count, Some(&firms), Some(Qualifier::Plus), Zh),
        "30多家"
    );
    assert_eq!(yuan(1.8e7, Some(Qualifier::Plus), Zh), "1800多万元");
    // 余 is unchanged.
    assert_eq!(yuan(3e6, Some(Qualifier::Over), Zh), "300余万元");
    // English says "over" for all of them.
    assert_eq!(yuan(3e6, Some(Qualifier::ExceedsShort), En), "over 3 million yuan");
    assert_eq!(
        quantity(2000.0, Unit::Kilometre, None, Some(Qualifier::Exceeds), En),
        "over 2,000 km"
    );
    assert_eq!(yuan(5.5e5, Some(Qualifier::Plus), En), "over 550,000 yuan");
    assert_eq!(
        quantity(30.0, Unit::Count, Some(&firms), Some(Qualifier::Plus), En),
        "over 30 firms"
    );
    // Each Chinese form carries exactly its own word.
    for (q, word, others) in [
        (Qualifier::Over, "余", ["超", "多"]),
        (Qualifier::Exceeds, "超过", ["余", "多"]),
        (Qualifier::ExceedsShort, "超", ["余", "多"]),
        (Qualifier::Plus, "多", ["余", "超"]),
    ] {
        for v in [30.0, 300.0, 3e4, 5.5e5, 3e6, 1.8e7, 1e8] {
            let zh = yuan(v, Some(q), Zh);
            assert!(zh.contains(word), "{q:?} {v}: {zh}");
            assert!(!others.iter().any(|o| zh.contains(o)), "{q:?} {v}: {zh}");
            assert!(!zh.contains("超过") || q == Qualifier::Exceeds, "{q:?} {v}: {zh}");
        }
    }
}

#[test]
fn english_counts_have_separators_and_plurals() {
    assert_eq!(quantity(79528.0, Unit::Person, None, None, En), "79,528 people");
    assert_eq!(quantity(1.0, Unit::Person, None, None, En), "1 person");
    assert_eq!(
        quantity(2000.0, Unit::Kilometre, None, Some(Qualifier::Over), En),
        "over 2,000 km"
    );
    assert_eq!(quantity(79.6, Unit::Tonne, None, None, En), "79.6 tonnes");
    assert_eq!(
        quantity(9.6e5, Unit::SquareMetre, None, Some(Qualifier::Nearly), En),
        "nearly 960,000 m²"
    );
}

#[test]
fn axis_labels_keep_one_style() {
    let t = |max: f64, n: usize| (0..=n).map(|i| max * i as f64 / n as f64).collect::<Vec<_>>();
    assert_eq!(axis_labels(&t(1e4, 4), En), ["0", "2.5K", "5K", "7.5K", "10K"]);
    assert_eq!(axis_labels(&t(1e4, 4), Zh), ["0", "0.25万", "0.5万", "0.75万", "1万"]);
    assert_eq!(axis_labels(&t(2e4, 4), Zh), ["0", "0.5万", "1万", "1.5万", "2万"]);
    assert_eq!(
        axis_labels(&t(5000.0, 5), Zh),
        ["0", "1000", "2000", "3000", "4000", "5000"]
    );
    assert_eq!(axis_labels(&t(2e4, 4), En), ["0", "5K", "10K", "15K", "20K"]);
    assert_eq!(axis_labels(&t(1e5, 4), Zh), ["0", "2.5万", "5万", "7.5万", "10万"]);
    assert_eq!(axis_labels(&t(2e8, 4), Zh), ["0", "0.5亿", "1亿", "1.5亿", "2亿"]);
    assert_eq!(axis_labels(&t(2e8, 4), En), ["0", "50M", "100M", "150M", "200M"]);
    assert_eq!(axis_labels(&t(250.0, 5), En), ["0", "50", "100", "150", "200", "250"]);
    assert_eq!(
        axis_labels(&t(5000.0, 5), En),
        ["0", "1,000", "2,000", "3,000", "4,000", "5,000"]
    );
}

#[test]
fn periods_in_each_language() {
    assert_eq!(period("2022", Zh), "2022年");
    assert_eq!(period("2022", En), "2022");
    assert_eq!(period("2022-07", Zh), "2022年7月");
    assert_eq!(period("2022-07", En), "July 2022");
    assert_eq!(period("per year", Zh), "每年");
    assert_eq!(period("to date", En), "as of the report");
    assert_eq!(period("", Zh), "");
}

fn count(value: f64, label: (&str, &str), counter: (&str, &str), total: bool) -> Figure {
    Figure {
        id: "x".into(),
        section: "k1".into(),
        label: Text {
            zh: label.0.into(),
            en: label.1.into(),
        },
        value,
        unit: Unit::Count,
        qualifier: None,
        total,
        counter: Some(Text {
            zh: counter.0.into(),
            en: counter.1.into(),
        }),
        part_of: None,
        scope: "xiamen".into(),
        period: String::new(),
    }
}

#[test]
fn a_total_is_said_with_its_value_and_its_hedge() {
    let mut funds = count(1.8e7, ("资金", "funds"), ("", ""), true);
    funds.unit = Unit::Yuan;
    funds.counter = None;
    funds.qualifier = Some(Qualifier::Over);
    assert_eq!(figure(&funds, Zh), "共1800余万元");
    assert_eq!(figure(&funds, En), "over 18 million yuan in all");
    assert_eq!(hedge_words(&funds, Zh), "共、余");
    assert_eq!(hedge_words(&funds, En), "in all, over");
    funds.total = false;
    assert_eq!(hedge_words(&funds, Zh), "余");
}

#[test]
fn a_bar_keeps_its_counter_in_both_languages() {
    let courses = count(30.0, ("培训", "training courses Xiamen ran"), ("期", "courses"), false);
    assert_eq!(figure(&courses, Zh), "30期");
    assert_eq!(figure(&courses, En), "30 courses");
    let mut people = count(213.0, ("专技人才", "technical professionals"), ("", ""), false);
    people.unit = Unit::Person;
    people.counter = None;
    assert_eq!(figure(&people, En), "213 people");
}

#[test]
fn an_inline_value_says_what_it_counts() {
    let jobs = count(150.0, ("就业岗位", "jobs the project can offer"), ("个", "jobs"), false);
    assert_eq!(
        inline_parts(&jobs, En),
        ("150 jobs".into(), "the project can offer".into())
    );
    assert_eq!(inline_parts(&jobs, Zh), ("150个".into(), "就业岗位".into()));
    let partners = count(
        3.0,
        ("", "other state-owned enterprises investing"),
        ("家", "enterprises"),
        false,
    );
    assert_eq!(
        inline_parts(&partners, En),
        ("3 other state-owned enterprises".into(), "investing".into())
    );
    let firms = count(113.0, ("", "firms Xiamen steered"), ("家", "firms"), true);
    assert_eq!(
        inline_parts(&firms, En),
        ("a total of 113 firms".into(), "Xiamen steered".into())
    );
    // A noun inside another word is not the noun.
    let towns = count(2.0, ("", "townships"), ("个", "towns"), false);
    assert_eq!(inline_parts(&towns, En), ("2 towns".into(), "townships".into()));
}

#[test]
fn thousands_grouping() {
    assert_eq!(group_thousands("1234567.5"), "1,234,567.5");
    assert_eq!(group_thousands("999"), "999");
    assert_eq!(group_thousands("-1000"), "-1,000");
}

#[test]
fn dates() {
    assert_eq!(date("2022-12-30", Zh), "2022年12月30日");
    assert_eq!(date("2022-12-30", En), "30 Dec 2022");
    assert_eq!(date("2022-13-30", En), "2022-13-30");
    assert_eq!(date("soon", En), "soon");
}
