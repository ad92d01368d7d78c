//! The charts drawn from the shipped story: every chart in both languages
//! and widths, the article's money as written, parts inside their wholes,
//! notes, long labels, empty and extreme data, the table's CSV, the
//! locator, wrapping and scales.

use super::build::{chart_data, figures_data};
use super::locator::locator_svg;
use super::measure::{nice_max, text_em};
use super::table::{csv, describe};
use super::*;
use crate::story::Story;

fn story() -> Story {
    let raw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json")).unwrap();
    serde_json::from_str(&raw).unwrap()
}

fn count(svg: &str, needle: &str) -> usize {
    svg.matches(needle).count()
}

#[test]
fn every_chart_builds_in_both_languages_and_widths() {
    let s = story();
    assert!(s.charts.len() >= 4);
    for def in &s.charts {
        for lang in [Lang::Zh, Lang::En] {
            let data = chart_data(def, &s, lang);
            let bars: usize = data.panels.iter().map(|p| p.bars.len()).sum();
            let parts: usize = data
                .panels
                .iter()
                .flat_map(|p| &p.bars)
                .filter(|b| b.part.is_some())
                .count();
            for width in [320, 1200] {
                for theme in [Theme::Light, Theme::Dark] {
                    let r = render_svg(&data, theme, width, None);
                    assert!(r.svg.starts_with("<svg"), "{}", def.id);
                    assert_eq!(r.width, width);
                    assert_eq!(r.hotspots.len(), bars, "{}: one hotspot per bar", def.id);
                    // One background rect, one rect per bar, a hatched part adds
                    // a rect in the bar and one in its key.
                    assert_eq!(
                        count(&r.svg, "<rect"),
                        1 + bars + 2 * parts,
                        "{} {lang:?} {width}",
                        def.id
                    );
                    for bar in data.panels.iter().flat_map(|p| &p.bars) {
                        let label_start: String = bar.label.chars().take(4).collect();
                        assert!(r.svg.contains(&label_start), "{}: label {}", def.id, bar.label);
                        // The full value, or on a bar too short for it the
                        // number alone; the focusable value always has it all.
                        let value_drawn = r.svg.contains(&escape(&bar.text));
                        assert!(value_drawn, "{}: value {}", def.id, bar.text);
                        assert!(r.hotspots.iter().any(|h| h.label.contains(&bar.text)), "{}", bar.text);
                    }
                }
            }
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[test]
fn funding_chart_shows_the_articles_money_in_each_language() {
    let s = story();
    let def = s.chart("funding").unwrap();
    let zh = render_svg(&chart_data(def, &s, Lang::Zh), Theme::Light, 800, None).svg;
    for v in ["累计1.615亿元", "3063.65万元"] {
        assert!(zh.contains(v), "{v}");
    }
    let en = render_svg(&chart_data(def, &s, Lang::En), Theme::Light, 800, None).svg;
    for v in ["a cumulative 161.5 million yuan", "30.6365 million yuan"] {
        assert!(en.contains(v), "{v}");
    }
    assert!(!en.contains("亿"));
    assert!(!en.contains('¥'));
}

#[test]
fn employment_chart_shows_poverty_share_inside_bars() {
    let s = story();
    let data = chart_data(s.chart("employment").unwrap(), &s, Lang::Zh);
    assert_eq!(data.panels.len(), 1, "one scope, one panel");
    let with_part: Vec<(&str, f64)> = data
        .panels
        .iter()
        .flat_map(|p| &p.bars)
        .filter_map(|b| b.part.as_ref().map(|p| (b.id.as_str(), p.value)))
        .collect();
    // One count at one scope: jobs at the firms Xiamen brought in are another
    // measure and are not drawn beside it.
    assert_eq!(with_part, vec![("labour-ningxia", 5922.0)]);
    let bars: Vec<&str> = data
        .panels
        .iter()
        .flat_map(|p| &p.bars)
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(bars, vec!["labour-ningxia"]);
}

#[test]
fn a_chart_note_is_drawn_in_the_standalone_picture_only() {
    let s = story();
    for lang in [Lang::Zh, Lang::En] {
        let data = chart_data(s.chart("employment").unwrap(), &s, lang);
        let note = data.note.clone().expect("the employment chart says its bars overlap");
        let alone = render_svg(&data, Theme::Light, 1200, Some("source")).svg;
        let inline = render_svg(&data, Theme::Light, 1200, None).svg;
        let start: String = note.chars().take(12).collect();
        assert!(alone.contains(&start), "{note}");
        assert!(!inline.contains(&start), "the page shows the note itself");
    }
    // Mid-sentence, English labels keep their lower case.
    let en = describe(&chart_data(s.chart("pengyang").unwrap(), &s, Lang::En));
    assert!(en.contains(": training courses for technical professionals"), "{en}");
}

/// Six counts with long counter nouns in one panel (the data has no
/// such chart: schools beside towns are unlike kinds; this only tests
/// the drawing).
fn six_counts() -> crate::story::ChartDef {
    let text = |s: &str| crate::story::Text {
        zh: s.into(),
        en: s.into(),
    };
    crate::story::ChartDef {
        id: "six".into(),
        title: text("Six counts"),
        period: String::new(),
        panels: vec![crate::story::Panel {
            title: text("By kind"),
            figures: [
                "pairing-schools",
                "pairing-villages",
                "pairing-orgs",
                "pairing-enterprises",
                "pairing-towns",
                "pairing-hospitals",
            ]
            .map(String::from)
            .to_vec(),
        }],
        keyword: None,
        note: None,
    }
}

#[test]
fn a_value_keeps_its_counter_noun_at_phone_widths() {
    // "44" alone left the reader to find what is counted in the label.
    let s = story();
    let data = chart_data(&six_counts(), &s, Lang::En);
    for width in [STORY_WIDTHS.narrow, 390, STORY_WIDTHS.wide] {
        let svg = render_svg(&data, Theme::Light, width, None).svg;
        let drawn = |t: &str| svg.lines().any(|l| l.trim() == t);
        assert!(drawn("44 villages and communities") && !drawn("44"), "{width}");
    }
}

#[test]
fn a_summary_fits_one_figure_and_a_title_with_a_colon() {
    let s = story();
    // One figure: no count and no "largest".
    let en = describe(&chart_data(s.chart("employment").unwrap(), &s, Lang::En));
    assert!(!en.contains("largest") && !en.contains("1 figures"), "{en}");
    // …nor the title said again: just the value after it.
    assert!(en.ends_with("helped into jobs: 13,138 people."), "{en}");
    let zh = describe(&chart_data(s.chart("employment").unwrap(), &s, Lang::Zh));
    assert!(!zh.contains("最大") && !zh.contains("共1项"), "{zh}");
    // A title with a colon of its own is not followed by a second one.
    let zh = describe(&chart_data(s.chart("funding").unwrap(), &s, Lang::Zh));
    assert_eq!(zh.matches('：').count(), 1, "{zh}");
    // A few figures are each said, with their values.
    assert!(
        zh.contains("财政与社会力量。厦门投入宁夏的财政帮扶资金累计1.615亿元，社会力量"),
        "{zh}"
    );
    let en = describe(&chart_data(s.chart("funding").unwrap(), &s, Lang::En));
    assert_eq!(en.matches(": ").count(), 1, "{en}");
    assert!(
        en.contains(
            "non-government. Fiscal support funds Xiamen put into Ningxia, a cumulative 161.5 million yuan; support"
        ),
        "{en}"
    );
    let en = describe(&chart_data(&six_counts(), &s, Lang::En));
    assert!(en.contains(": six figures; the largest is"), "{en}");
}

#[test]
fn empty_and_extreme_data_do_not_panic() {
    let empty = ChartData {
        id: "x".into(),
        title: "t".into(),
        period: "2022".into(),
        lang: Lang::En,
        panels: vec![],
        note: Some("a note ".repeat(40)),
        meta: "yuan · 2022".into(),
        description: String::new(),
        csv: String::new(),
        source: "source".into(),
    };
    let r = render_svg(&empty, Theme::Light, 10, Some("source"));
    assert!(r.svg.contains("</svg>"));
    assert_eq!(r.width, MIN_WIDTH);
    let bar = |v: f64| Bar {
        id: "b".into(),
        label: "a very long label ".repeat(20),
        phrase: "a very long label".into(),
        value: v,
        text: v.to_string(),
        ..Bar::default()
    };
    let extreme = ChartData {
        panels: vec![
            PanelData {
                title: "p".into(),
                ticks: vec!["0".into(); 9],
                bars: vec![bar(0.0), bar(f64::MAX), bar(f64::NAN), bar(-5.0), bar(1e-300)],
            },
            PanelData {
                title: "empty".into(),
                ticks: vec![],
                bars: vec![],
            },
        ],
        ..empty
    };
    let r = render_svg(&extreme, Theme::Dark, 100_000, None);
    assert_eq!(r.width, MAX_WIDTH);
    assert_eq!(r.hotspots.len(), 5);
    assert!(!r.svg.contains("NaN\""), "no NaN coordinates");
    let _ = csv(&extreme);
    let _ = describe(&extreme);
}

#[test]
fn a_keyword_cards_figures_make_a_csv_with_their_own_units() {
    let s = story();
    let k = s.keyword(3).unwrap();
    let data = figures_data(&s, "keyword-3", "k3", &k.figures, Lang::En);
    assert_eq!(data.panels.len(), k.figures.len());
    let out = csv(&data);
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 1 + k.figures.len());
    for id in &k.figures {
        let f = s.figure(id).unwrap();
        assert!(
            rows.iter().any(
                |r| r.contains(&format!(",{},", crate::text::numbers::trim_decimals(f.value, 4)))
                    && r.contains(&format!(",\"{}\",", crate::text::units::unit_of(f, Lang::En)))
            ),
            "{id}"
        );
    }
}

#[test]
fn a_csv_row_names_what_its_count_counts() {
    // Courses are 期, not "个/家/所".
    let s = story();
    let out = csv(&chart_data(s.chart("pengyang").unwrap(), &s, Lang::Zh));
    let rows: Vec<&str> = csv_rows(&out).into_iter().skip(1).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.contains(",\"期\",")), "{out}");
}

#[test]
fn csv_has_bom_header_and_a_row_per_value() {
    let s = story();
    let data = chart_data(s.chart("employment").unwrap(), &s, Lang::Zh);
    let out = csv(&data);
    assert!(out.starts_with('\u{feff}'));
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 1 + 1 + 1, "header, one bar, the part inside it");
    // A Chinese header sets Chinese brackets (round 20: 数值(含修饰语)).
    assert!(!rows[0].contains(['(', ')']), "{}", rows[0]);
    assert!(rows.iter().any(|r| r.contains("13138") && r.contains("13138人")));
    // Every part names the whole it is counted in; a whole names none.
    for lang in [Lang::Zh, Lang::En] {
        for def in &s.charts {
            let data = chart_data(def, &s, lang);
            let out = csv(&data);
            for b in data.panels.iter().flat_map(|p| &p.bars) {
                let whole = csv_rows(&out)
                    .into_iter()
                    .find(|r| r.contains(&format!("\"{}\"", b.label)));
                assert!(whole.is_some_and(|r| r.ends_with(",\"\"")), "{}: {out}", b.id);
                if let Some(part) = &b.part {
                    let row = csv_rows(&out)
                        .into_iter()
                        .find(|r| r.contains(&format!("\"{}\"", part.label)));
                    assert!(
                        row.is_some_and(|r| r.ends_with(&format!(",\"{}\"", b.label))),
                        "{}: {out}",
                        part.id
                    );
                }
            }
        }
    }
    // After the rows, the note and where it comes from.
    let tail = out.split("\r\n\r\n").nth(1).unwrap_or_default();
    assert!(tail.contains("注：斜纹部分"), "{out}");
    assert!(
        tail.contains("来源：改写自厦门日报（2022年12月30日）《山海一家亲 逐梦振兴路》"),
        "{out}"
    );
}

#[test]
fn a_csv_keeps_each_hedge_in_a_column_of_its_own() {
    let s = story();
    for (lang, word) in [(Lang::Zh, "\"累计\""), (Lang::En, "\"cumulative\"")] {
        let out = csv(&chart_data(s.chart("funding").unwrap(), &s, lang));
        let fiscal = csv_rows(&out)[1];
        assert!(fiscal.contains(&format!(",161500000,{word},")), "{fiscal}");
    }
}

/// The header and the data rows of a CSV, without what follows them.
fn csv_rows(out: &str) -> Vec<&str> {
    out.split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .trim_end()
        .split("\r\n")
        .collect()
}

#[test]
fn wrapping_respects_width_and_words() {
    let lines = wrap("rural workers from central and western China", 14.0, 140.0);
    assert!(lines.len() > 1);
    assert!(lines.iter().all(|l| !l.starts_with(' ') && !l.ends_with(' ')));
    assert_eq!(lines.join(" "), "rural workers from central and western China");
    let zh = wrap("在厦稳定就业三个月以上的中西部农村劳动力", 14.0, 140.0);
    assert_eq!(zh.concat(), "在厦稳定就业三个月以上的中西部农村劳动力");
    assert!(zh.iter().all(|l| text_em(l) <= 10.0));
    // No line starts with a closing bracket or mark, or ends with an opening one.
    let label = "厦门组织的乡村振兴干部培训（彭阳县示范村一节所列）：“闽才宁用”，共3期";
    for px in (60..400).step_by(6) {
        let lines = wrap(label, 12.0, px as f64);
        assert_eq!(lines.concat(), label);
        for l in &lines {
            assert!(!l.starts_with(['）', '”', '：', '，']), "{px}: {lines:?}");
            assert!(l.chars().nth(1) != Some('）'), "{px}: {lines:?}");
            assert!(!l.ends_with(['（', '“']), "{px}: {lines:?}");
        }
        // A bracket that fits on a line is never broken inside.
        let bracket = "（彭阳县示范村一节所列）：";
        if text_em(bracket) * 12.0 <= px as f64 {
            assert!(lines.iter().any(|l| l.contains(bracket)), "{px}: {lines:?}");
        }
    }
}

#[test]
fn locator_draws_labelled_places_only() {
    let s = story();
    for lang in [Lang::Zh, Lang::En] {
        let places = crate::page::build::site(&s, lang).places;
        let svg = locator_svg(&places, &["pengyang"], lang, Theme::Light, 360);
        let labelled = s
            .places
            .iter()
            .filter(|p| p.label.is_some() && p.only_with.is_none())
            .count();
        // Two circles for the highlighted place (dot and ring), one for the rest.
        assert_eq!(count(&svg, "<circle"), labelled + 1);
        let linxia = s.place("linxia").unwrap();
        assert!(svg.contains(&escape(linxia.short.as_ref().unwrap_or(&linxia.name).get(lang))));
        assert!(!svg.contains(s.place("guyuan").unwrap().name.get(lang)));
    }
    // Nothing to draw is not a panic.
    assert!(locator_svg(&[], &[], Lang::En, Theme::Dark, 0).contains("</svg>"));
}

/// The boxes of an SVG's `<text>` elements, estimated as `locator` sets them:
/// `(x0, y0, x1, y1, text)`.
fn text_boxes(svg: &str) -> Vec<(f64, f64, f64, f64, String)> {
    let attr = |tag: &str, name: &str| -> Option<String> {
        let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(tag[from..].split('"').next()?.to_string())
    };
    svg.split("<text")
        .skip(1)
        .filter_map(|rest| {
            let (tag, after) = rest.split_once('>')?;
            let text = after.split('<').next()?.trim().to_string();
            let (x, y): (f64, f64) = (attr(tag, "x")?.parse().ok()?, attr(tag, "y")?.parse().ok()?);
            let size: f64 = attr(tag, "font-size")?.parse().ok()?;
            let w = text_em(&text) * size;
            let x0 = match attr(tag, "text-anchor").as_deref() {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            let y0 = match attr(tag, "dy").as_deref() {
                Some("0.76em") => y,
                Some("-0.5ex") => y - size,
                _ => y - size / 2.0,
            };
            Some((x0, y0, x0 + w, y0 + size, text))
        })
        .collect()
}

#[test]
fn locator_names_do_not_cover_each_other() {
    let s = story();
    for lang in [Lang::Zh, Lang::En] {
        let places = crate::page::build::site(&s, lang).places;
        for hot in ["minning", "jingyuan", "pengyang", "linxia"] {
            for width in [320, 480, 640] {
                let svg = locator_svg(&places, &[hot], lang, Theme::Light, width);
                let boxes = text_boxes(&svg);
                assert!(boxes.len() >= 5, "{hot} {width}: {boxes:?}");
                for (i, a) in boxes.iter().enumerate() {
                    assert!(
                        a.0 >= 0.0 && a.2 <= width as f64,
                        "{hot} {width} {lang:?}: {a:?} runs off"
                    );
                    for b in &boxes[i + 1..] {
                        // Within a pixel: the drawing rounds to whole pixels.
                        let apart = a.2 <= b.0 + 1.0 || b.2 <= a.0 + 1.0 || a.3 <= b.1 + 1.0 || b.3 <= a.1 + 1.0;
                        assert!(apart, "{hot} {width} {lang:?}: {a:?} covers {b:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn nice_maxima() {
    assert_eq!(nice_max(79528.0), 100000.0);
    assert_eq!(nice_max(5573.0), 10000.0);
    assert_eq!(nice_max(1.615e8), 2e8);
    assert_eq!(nice_max(213.0), 250.0);
    assert_eq!(nice_max(0.0), 1.0);
    assert_eq!(nice_max(f64::NAN), 1.0);
    // A subnormal maximum: 10^-324 underflows to 0, which once made the
    // scale infinite and the hatching of a part endless.
    assert_eq!(nice_max(5e-324), 1.0);
}
