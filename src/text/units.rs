//! What a number counts and how sure it is, in each language: units and
//! counters (元 / yuan, 人 / people, a count's own noun), and the article's
//! hedges as words (余, 超过, 近 … / over, nearly …). Build only.

use crate::lang::Lang;
use crate::story::{Figure, Qualifier, Text, Unit};

pub(super) fn zh_unit(unit: Unit, counter: Option<&Text>) -> &str {
    match unit {
        Unit::Yuan => "元",
        Unit::Person => "人",
        Unit::PersonTime => "人次",
        Unit::Household => "户",
        Unit::Tonne => "吨",
        Unit::SquareMetre => "平方米",
        Unit::Kilometre => "公里",
        Unit::Bottle => "瓶",
        Unit::Piece => "件",
        Unit::Count => counter.map_or("个", |c| c.zh.as_str()),
    }
}

/// The English unit after a number; plural unless the value is exactly one.
pub(super) fn en_unit(unit: Unit, counter: Option<&Text>, value: f64) -> String {
    let one = (value - 1.0).abs() < f64::EPSILON;
    let plural = |s: &str| if one { s.to_string() } else { format!("{s}s") };
    match unit {
        Unit::Yuan => String::new(),
        Unit::Person if one => "person".into(),
        Unit::Person => "people".into(),
        // 人次 counts attendances, not people: one person may attend several times.
        Unit::PersonTime => plural("attendance"),
        Unit::Household => plural("household"),
        Unit::Tonne => plural("tonne"),
        Unit::SquareMetre => "m²".into(),
        Unit::Kilometre => "km".into(),
        Unit::Bottle => plural("bottle"),
        Unit::Piece => plural("item"),
        Unit::Count => counter.map_or_else(String::new, |c| c.en.clone()),
    }
}

/// The unit's name for a caption or table header: "万元/亿元 (元)" is not
/// helpful, so money says 元 / yuan and counts say what they count.
pub fn unit_name(unit: Unit, lang: Lang) -> &'static str {
    match (unit, lang) {
        (Unit::Yuan, Lang::Zh) => "元",
        (Unit::Yuan, Lang::En) => "yuan",
        (Unit::Person, Lang::Zh) => "人",
        (Unit::Person, Lang::En) => "people",
        (Unit::PersonTime, Lang::Zh) => "人次",
        (Unit::PersonTime, Lang::En) => "attendances",
        (Unit::Household, Lang::Zh) => "户",
        (Unit::Household, Lang::En) => "households",
        (Unit::Tonne, Lang::Zh) => "吨",
        (Unit::Tonne, Lang::En) => "tonnes",
        (Unit::SquareMetre, Lang::Zh) => "平方米",
        (Unit::SquareMetre, Lang::En) => "m²",
        (Unit::Kilometre, Lang::Zh) => "公里",
        (Unit::Kilometre, Lang::En) => "km",
        (Unit::Bottle, Lang::Zh) => "瓶",
        (Unit::Bottle, Lang::En) => "bottles",
        (Unit::Piece, Lang::Zh) => "件",
        (Unit::Piece, Lang::En) => "items",
        (Unit::Count, Lang::Zh) => "个/家/所",
        (Unit::Count, Lang::En) => "count",
    }
}

/// What one figure is counted in: its counter for a count ("期" /
/// "courses"), else its unit's name.
pub fn unit_of(f: &Figure, lang: Lang) -> String {
    match (f.unit, &f.counter) {
        (Unit::Count, Some(c)) => c.get(lang).to_string(),
        (unit, _) => unit_name(unit, lang).to_string(),
    }
}

/// A hedge as one word, for a table column: the article's own word in
/// Chinese (余, 超过, 超, 多, 近, 约, 预计, 累计), its English.
pub fn qualifier_word(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Over, Lang::Zh) => "余",
        (Qualifier::Exceeds, Lang::Zh) => "超过",
        (Qualifier::ExceedsShort, Lang::Zh) => "超",
        (Qualifier::Plus, Lang::Zh) => "多",
        (Qualifier::Nearly, Lang::Zh) => "近",
        (Qualifier::About, Lang::Zh) => "约",
        (Qualifier::Expected, Lang::Zh) => "预计",
        (Qualifier::Cumulative, Lang::Zh) => "累计",
        (Qualifier::Over | Qualifier::Exceeds | Qualifier::ExceedsShort | Qualifier::Plus, Lang::En) => "over",
        (Qualifier::Nearly, Lang::En) => "nearly",
        (Qualifier::About, Lang::En) => "about",
        (Qualifier::Expected, Lang::En) => "expected",
        (Qualifier::Cumulative, Lang::En) => "cumulative",
    }
}

/// A figure's hedges as words, for a table's qualifier column: 共 before the
/// article's own word (共、余 / "in all, over"); "" if it has none.
pub fn hedge_words(f: &Figure, lang: Lang) -> String {
    let words: Vec<&str> = f
        .total
        .then(|| total_word(lang))
        .into_iter()
        .chain(f.qualifier.map(|q| qualifier_word(q, lang)))
        .collect();
    words.join(match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    })
}

/// What the article's 共 before a figure reads as: "共" / "in all".
pub fn total_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "共",
        Lang::En => "in all",
    }
}
