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

use super::units::{en_unit, total_word, zh_unit};
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
                Some(Qualifier::Cumulative) => format!("a cumulative {body}"),
                None => body,
            }
        }
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

#[cfg(test)]
mod tests;
