//! Numbers as a reader of each language expects them, with their units,
//! hedges, periods and dates (build only: the page model carries them
//! written out).
//!
//! Chinese follows the article: money in 万元/亿元 (1.615亿元, 3063.65万元),
//! other quantities in full digits (79528人) unless the article itself
//! rounds to 万 (30万瓶, 96万平方米): that is, at 100,000 and above when the
//! value is a round thousand. Hedges sit where the article puts them:
//! 1800余万元, 近96万平方米, 约1亿元.
//!
//! English writes money as wire copy does, in words and never with "¥"
//! (which readers take for yen): "million"/"billion" from one million up,
//! as exact as the article (161.5 million yuan, 30.6365 million yuan, 777 million
//! yuan), thousands separators below that (550,000 yuan; 79,528 people),
//! and words for hedges (over 18 million yuan, nearly 960,000 m², about 100
//! million yuan). Chart axes use a compact form without the unit ("150M");
//! the chart's caption names the unit ("yuan").

use crate::lang::Lang;
use crate::story::{Figure, Qualifier, Text, Unit};

/// Formats `value` with at most `decimals` decimals, dropping trailing zeros.
pub fn trim_decimals(value: f64, decimals: usize) -> String {
    let s = format!("{value:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Inserts thousands separators into the integer part of a plain number.
pub fn group_thousands(plain: &str) -> String {
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// The number alone, with 万/亿 or million/billion as a reader expects,
/// but without unit or hedge: "1.615亿" / "161.5 million".
/// `money` selects the money rules (万 from 10,000 up in Chinese).
fn scaled_number(value: f64, lang: Lang, money: bool) -> String {
    match lang {
        Lang::Zh => {
            let round_thousand = (value % 1000.0).abs() < 1e-9;
            if value >= 1e8 && (money || round_thousand) {
                format!("{}亿", trim_decimals(value / 1e8, 4))
            } else if (money && value >= 1e4) || (value >= 1e5 && round_thousand) {
                format!("{}万", trim_decimals(value / 1e4, 2))
            } else {
                trim_decimals(value, 2)
            }
        }
        Lang::En => {
            if value >= 1e9 {
                format!("{} billion", trim_decimals(value / 1e9, 4))
            } else if value >= 1e6 && money {
                // As exact as the article (to the 万): 30.6365 million, not
                // a rounded 30.64 that the report does not give.
                format!("{} million", trim_decimals(value / 1e6, 4))
            } else {
                group_thousands(&trim_decimals(value, 2))
            }
        }
    }
}

fn zh_unit(unit: Unit, counter: Option<&Text>) -> &str {
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
fn en_unit(unit: Unit, counter: Option<&Text>, value: f64) -> String {
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

/// A value with its unit and hedge, as the text of the story shows it.
pub fn quantity(value: f64, unit: Unit, counter: Option<&Text>, qualifier: Option<Qualifier>, lang: Lang) -> String {
    let money = unit == Unit::Yuan;
    let number = scaled_number(value, lang, money);
    match lang {
        Lang::Zh => {
            let unit = zh_unit(unit, counter);
            // 余 and 多 follow the number. Where they go follows the article:
            // after round digits and before the magnitude (1800余万元,
            // 300余人, 30多家), after the magnitude otherwise (3万余元,
            // 502万余元, 55万多元).
            let after = match qualifier {
                Some(Qualifier::Over) => Some('余'),
                Some(Qualifier::Plus) => Some('多'),
                _ => None,
            };
            let body = match after {
                Some(h) => match number.char_indices().last() {
                    Some((i, c)) if c == '万' || c == '亿' => {
                        let digits = &number[..i];
                        if digits.len() > 1 && digits.ends_with('0') && !digits.contains('.') {
                            format!("{digits}{h}{c}{unit}")
                        } else {
                            format!("{number}{h}{unit}")
                        }
                    }
                    _ => format!("{number}{h}{unit}"),
                },
                None => format!("{number}{unit}"),
            };
            match qualifier {
                Some(Qualifier::Exceeds) => format!("超过{body}"),
                Some(Qualifier::ExceedsShort) => format!("超{body}"),
                Some(Qualifier::Nearly) => format!("近{body}"),
                Some(Qualifier::About) => format!("约{body}"),
                Some(Qualifier::Expected) => format!("预计{body}"),
                Some(Qualifier::Cumulative) => format!("累计{body}"),
                _ => body,
            }
        }
        Lang::En => {
            let unit = en_unit(unit, counter, value);
            let body = if money {
                format!("{number} yuan")
            } else if unit.is_empty() {
                number
            } else {
                format!("{number} {unit}")
            };
            match qualifier {
                // 余, 超过, 超 and 多 all read "over" in English.
                Some(Qualifier::Over | Qualifier::Exceeds | Qualifier::ExceedsShort | Qualifier::Plus) => {
                    format!("over {body}")
                }
                Some(Qualifier::Nearly) => format!("nearly {body}"),
                Some(Qualifier::About) => format!("about {body}"),
                Some(Qualifier::Expected) => format!("an expected {body}"),
                Some(Qualifier::Cumulative) => format!("{body} in total"),
                None => body,
            }
        }
    }
}

/// What the article's 共 before a figure reads as: "共" / "in all".
pub fn total_word(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "共",
        Lang::En => "in all",
    }
}

/// A written value said as a total where the article gives one:
/// 共1800余万元 / "over 18 million yuan in all".
fn as_total(text: String, total: bool, lang: Lang) -> String {
    match (total, lang) {
        (false, _) => text,
        (true, Lang::Zh) => format!("{}{text}", total_word(lang)),
        (true, Lang::En) => format!("{text} {}", total_word(lang)),
    }
}

/// A figure as the story's text shows it: value, unit, hedge and, where
/// the article says 共, that it is a total.
pub fn figure(f: &Figure, lang: Lang) -> String {
    as_total(
        quantity(f.value, f.unit, f.counter.as_ref(), f.qualifier, lang),
        f.total,
        lang,
    )
}

/// A figure as a chart bar writes it where the full text does not fit: in
/// English without a count's noun ("30", which the label above names), in
/// Chinese whole, since the counter is part of the number (30期, never 30个
/// for courses). Hedges and totals stay.
pub fn figure_short(f: &Figure, lang: Lang) -> String {
    match lang {
        Lang::Zh => figure(f, lang),
        Lang::En => as_total(quantity(f.value, f.unit, None, f.qualifier, lang), f.total, lang),
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

/// A figure as it reads in a line of text, in two parts: what is set in
/// bold and the rest of its label. The bold part always says what is
/// counted: in Chinese the value with its unit (150个 | 建兴项目可提供的就业
/// 岗位); in English the value runs on into the label up to the noun it
/// counts ("150 jobs" | "the Jianxing project can offer", "3 other city- or
/// district-level state-owned enterprises" | "investing with ITG"), so
/// that neither a bare "150" stands in bold nor "150 jobs jobs" is said.
/// A total in English opens with "a total of".
pub fn inline_parts(f: &Figure, lang: Lang) -> (String, String) {
    let label = f.label.get(lang).to_string();
    if lang != Lang::En {
        return (figure(f, lang), label);
    }
    let plain = quantity(f.value, f.unit, f.counter.as_ref(), f.qualifier, lang);
    let total = |bold: String| if f.total { format!("a total of {bold}") } else { bold };
    // The counter ("villages and communities") or the unit's word ("people").
    let nouns = f
        .counter
        .iter()
        .map(|c| c.en.clone())
        .chain(plain.rsplit(' ').next().map(str::to_string));
    for noun in nouns {
        let Some(number) = plain.strip_suffix(&format!(" {noun}")) else {
            continue;
        };
        if noun.is_empty() || !number.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        if let Some(end) = word_end(&label, &noun) {
            let rest = label[end..].trim_start().to_string();
            return (total(format!("{number} {}", &label[..end])), rest);
        }
    }
    (total(plain), label)
}

/// Where the first whole-word `noun` in `label` ends, matched without case.
fn word_end(label: &str, noun: &str) -> Option<usize> {
    // ASCII case only, so that byte offsets in `lower` are those of `label`.
    let lower = label.to_ascii_lowercase();
    let noun = noun.to_ascii_lowercase();
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    lower.match_indices(&noun).map(|(i, _)| i).find_map(|i| {
        let end = i + noun.len();
        (boundary(lower[..i].chars().next_back()) && boundary(lower[end..].chars().next())).then_some(end)
    })
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

/// Tick labels for one chart axis, all in one style: every label of an
/// axis uses the same magnitude word or none ("0, 2.5K, 5K, 7.5K, 10K" or
/// "0, 2500, 5000, 7500, 10000"), never a mix such as "7,500, 10K".
pub fn axis_labels(ticks: &[f64], lang: Lang) -> Vec<String> {
    let max = ticks.iter().copied().filter(|v| v.is_finite()).fold(0.0, f64::max);
    let (div, suffix): (f64, &str) = match lang {
        Lang::Zh if max >= 1e8 => (1e8, "亿"),
        // Person counts from 10,000 up read in 万, as the 亿 of money do.
        Lang::Zh if max >= 1e4 => (1e4, "万"),
        Lang::Zh => (1.0, ""),
        Lang::En if max >= 1e9 => (1e9, "B"),
        Lang::En if max >= 1e6 => (1e6, "M"),
        Lang::En if max >= 1e4 => (1e3, "K"),
        Lang::En => (1.0, ""),
    };
    ticks
        .iter()
        .map(|&v| {
            if v == 0.0 || !v.is_finite() {
                return "0".to_string();
            }
            let n = trim_decimals(v / div, 2);
            match lang {
                Lang::En if suffix.is_empty() => group_thousands(&n),
                _ => format!("{n}{suffix}"),
            }
        })
        .collect()
}

/// A figure's `period` as each language writes it. The data uses a few
/// fixed values ("2022", "2022-07", "per year", "to date"); anything else is
/// shown as it is, and "" stays empty (the article gives no period).
pub fn period(p: &str, lang: Lang) -> String {
    match (p, lang) {
        ("", _) => String::new(),
        ("per year", Lang::Zh) => "每年".into(),
        ("to date", Lang::Zh) => "截至报道时".into(),
        ("to date", Lang::En) => "as of the report".into(),
        (p, Lang::Zh) if p.len() == 4 && p.chars().all(|c| c.is_ascii_digit()) => format!("{p}年"),
        (p, _) if p.len() == 7 && p.as_bytes()[4] == b'-' => {
            let shown = date(&format!("{p}-01"), lang);
            match lang {
                // 2022年7月1日 → 2022年7月.
                Lang::Zh => shown.trim_end_matches("1日").to_string(),
                // A month without a day is spelled out, as wire style has
                // it: "July 2022", not "Jul 2022".
                Lang::En => {
                    const FULL: [&str; 12] = [
                        "January",
                        "February",
                        "March",
                        "April",
                        "May",
                        "June",
                        "July",
                        "August",
                        "September",
                        "October",
                        "November",
                        "December",
                    ];
                    let month = p[5..].parse::<usize>().ok().and_then(|m| FULL.get(m.wrapping_sub(1)));
                    match month {
                        Some(name) => format!("{name} {}", &p[..4]),
                        None => shown,
                    }
                }
            }
        }
        (p, _) => p.to_string(),
    }
}

/// "2022-12-30" as 2022年12月30日 / 30 Dec 2022; anything else unchanged.
pub fn date(iso: &str, lang: Lang) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_string();
    };
    let (Ok(m), Ok(d)) = (m.parse::<usize>(), d.parse::<u32>()) else {
        return iso.to_string();
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match (lang, MONTHS.get(m.wrapping_sub(1))) {
        (Lang::Zh, Some(_)) => format!("{y}年{m}月{d}日"),
        (Lang::En, Some(name)) => format!("{d} {name} {y}"),
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
            "161.5 million yuan in total"
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
    fn a_bar_keeps_its_chinese_counter() {
        let courses = count(30.0, ("培训", "training courses Xiamen ran"), ("期", "courses"), false);
        assert_eq!(figure_short(&courses, Zh), "30期");
        assert_eq!(figure_short(&courses, En), "30");
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
}
