//! When: the article's date and a figure's period as each language writes
//! them (2022年7月 / July 2022, 每年 / per year). Build only.

use crate::lang::Lang;

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
