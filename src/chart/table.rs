//! A chart as text: its rows as the data table lists them (both sides),
//! and, worked out at build time, one sentence for screen readers and the
//! CSV a reader downloads.

#[cfg(not(target_arch = "wasm32"))]
use super::Bar;
use super::{ChartData, Facts};
#[cfg(not(target_arch = "wasm32"))]
use crate::lang::Lang;
#[cfg(not(target_arch = "wasm32"))]
use crate::text::{labels, numbers};

/// One value of a chart as a table shows it: a bar, or the part inside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    pub id: &'a str,
    pub panel: &'a str,
    pub label: &'a str,
    pub value: f64,
    /// The value as a number in text (`data-value`).
    pub raw: &'a str,
    pub text: &'a str,
    /// Its period, unit and hedge for the CSV.
    pub facts: &'a Facts,
    /// For a part, the label of the whole it is counted in (the CSV's
    /// last column: a part is not a row to add to its whole).
    pub whole: Option<&'a str>,
}

impl ChartData {
    /// Every value in drawing order, each part right after its whole: the
    /// data table and the CSV list the same rows.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.panels.iter().flat_map(|p| {
            p.bars.iter().flat_map(move |b| {
                let whole = Row {
                    id: &b.id,
                    panel: &p.title,
                    label: &b.label,
                    value: b.value,
                    raw: &b.raw,
                    text: &b.text,
                    facts: &b.facts,
                    whole: None,
                };
                let part = b.part.as_ref().map(|x| Row {
                    id: &x.id,
                    label: &x.label,
                    value: x.value,
                    raw: &x.raw,
                    text: &x.text,
                    facts: &x.facts,
                    whole: Some(&b.label),
                    ..whole.clone()
                });
                std::iter::once(whole).chain(part)
            })
        })
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// One sentence for screen readers: what the chart shows, and its figures
/// (up to three) or how many there are and the largest.
/// Labels mid-sentence keep the data's lower case. (The chart's note is not
/// repeated here: the page shows it as text beside the chart.)
pub fn describe(data: &ChartData) -> String {
    let bars: Vec<&Bar> = data.panels.iter().flat_map(|p| &p.bars).collect();
    let largest = bars.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    let count = bars.len();
    // A title that already holds a colon ("…资金：财政与社会力量") takes the
    // summary after a full stop, not a second colon.
    let title = data.title.trim_end_matches(['。', '.', '：', ':']);
    let (lead_zh, lead_en) = if title.contains('：') || title.contains(": ") {
        (format!("{title}。"), format!("{title}. "))
    } else {
        (format!("{title}："), format!("{title}: "))
    };
    match (data.lang, largest) {
        (_, None) => String::new(),
        // One figure: the title already says what it counts.
        (Lang::Zh, Some(b)) if count == 1 => format!("{lead_zh}{}。", b.text),
        (Lang::En, Some(b)) if count == 1 => format!("{lead_en}{}.", b.text),
        // A few figures: each, in the chart's order.
        (Lang::Zh, Some(_)) if count <= 3 => {
            let items: Vec<String> = bars.iter().map(|b| format!("{}{}", b.phrase, b.text)).collect();
            format!("{lead_zh}{}。", items.join("，"))
        }
        (Lang::En, Some(_)) if count <= 3 => {
            let items: Vec<String> = bars.iter().map(|b| format!("{}, {}", b.phrase, b.text)).collect();
            let list = items.join("; ");
            let list = if lead_en.ends_with(". ") {
                labels::sentence_case(&list, Lang::En)
            } else {
                list
            };
            format!("{lead_en}{list}.")
        }
        (Lang::Zh, Some(b)) => format!("{lead_zh}共{count}项数据，最大的是{}（{}）。", b.phrase, b.text),
        (Lang::En, Some(b)) => {
            // Wire style spells out one to nine, capitalised to start a sentence.
            let n = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
                .get(count.wrapping_sub(2))
                .map_or_else(|| count.to_string(), |w| w.to_string());
            let n = if lead_en.ends_with(". ") {
                labels::sentence_case(&n, Lang::En)
            } else {
                n
            };
            format!("{lead_en}{n} figures; the largest is {} ({}).", b.phrase, b.text)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
/// The chart's numbers as CSV, UTF-8 with a byte-order mark so that Excel
/// opens Chinese labels correctly.
pub fn csv(data: &ChartData) -> String {
    let head = match data.lang {
        // The value column is a bare number; its hedge (余, 近 … / over,
        // nearly …) is in the qualifier column, and the value column after
        // it holds the app's own wording of both.
        // A part's last cell names the whole it is counted in.
        Lang::Zh => "分组,指标,数值,修饰语,单位,数值（含修饰语）,时期,所属总数",
        Lang::En => "panel,figure,value,qualifier,unit,value as shown,period,part of",
    };
    let mut out = format!("\u{feff}{head}\r\n");
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    for row in data.rows() {
        let cells = [
            quote(row.panel),
            quote(row.label),
            numbers::trim_decimals(row.value, 4),
            quote(&row.facts.qualifier),
            quote(&row.facts.unit),
            quote(row.text),
            quote(&row.facts.period),
            quote(row.whole.unwrap_or_default()),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    // After a blank line, what the page says around the rows (each row has
    // its own unit and period already): the note and the source, each a
    // line of one cell.
    let (note, source) = match data.lang {
        Lang::Zh => ("注", "来源"),
        Lang::En => ("Note", "Source"),
    };
    out.push_str("\r\n");
    for (name, text) in [(note, data.note.as_deref()), (source, Some(data.source.as_str()))] {
        if let Some(text) = text.filter(|t| !t.is_empty()) {
            out.push_str(&quote(&labels::labelled(name, text, data.lang)));
            out.push_str("\r\n");
        }
    }
    out
}
