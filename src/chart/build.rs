//! A chart's model from the story, in one language: every label, value,
//! hedge, period and tick written as the page shows it, with its table's
//! sentence and CSV (build only).

use super::measure::{axis_ticks, nice_max};
use super::table::{csv, describe};
use super::{Bar, ChartData, Facts, PanelData, Part};
use crate::lang::Lang;
use crate::story::{ChartDef, Figure, Keyword, Story};
use crate::text::{dates, labels, numbers, units};

/// Gathers a chart's bars from the story. Unknown figure ids are skipped
/// (validation reports them; a chart should still draw what it can).
pub fn chart_data(def: &ChartDef, story: &Story, lang: Lang) -> ChartData {
    let panels = def
        .panels
        .iter()
        .map(|panel| {
            let figures = panel.figures.iter().filter_map(|id| story.figure(id));
            panel_data(
                panel.title.get(lang),
                figures.map(|f| bar(story, f, lang)).collect(),
                lang,
            )
        })
        .collect();
    finish(ChartData {
        id: def.id.clone(),
        title: def.title.get(lang).to_string(),
        lang,
        panels,
        note: def.note.as_ref().map(|n| n.get(lang).to_string()),
        meta: labels::chart_meta(def, story, lang),
        description: String::new(),
        csv: String::new(),
        source: labels::retold_source(&story.meta, lang),
        period: def.period.clone(),
    })
}

/// Figures that are not a chart (a keyword card's key figures) as chart
/// data, each on its own (they are unlike), for their table and CSV.
pub fn figures_data(story: &Story, id: &str, title: &str, ids: &[String], lang: Lang) -> ChartData {
    noted_figures_data(story, id, title, ids, None, lang)
}

/// A keyword's key figures as chart data, with the keyword's note (what the
/// report leaves open about them, as its page says it), which their CSV
/// carries after its rows as a chart's CSV carries the chart's note.
pub fn keyword_data(story: &Story, k: &Keyword, id: &str, title: &str, lang: Lang) -> ChartData {
    let note = k.note.as_ref().map(|n| n.get(lang));
    noted_figures_data(story, id, title, &k.figures, note, lang)
}

fn noted_figures_data(
    story: &Story,
    id: &str,
    title: &str,
    ids: &[String],
    note: Option<&str>,
    lang: Lang,
) -> ChartData {
    let figures: Vec<&Figure> = ids.iter().filter_map(|id| story.figure(id)).collect();
    finish(ChartData {
        id: id.to_string(),
        title: title.to_string(),
        lang,
        panels: figures
            .iter()
            .map(|f| panel_data(title, vec![bar(story, f, lang)], lang))
            .collect(),
        note: note.filter(|n| !n.trim().is_empty()).map(str::to_string),
        meta: String::new(),
        description: String::new(),
        csv: String::new(),
        source: labels::retold_source(&story.meta, lang),
        // The figures' common period, if they share one; each row of the
        // table and CSV carries its own figure's period anyway.
        period: match figures.first() {
            Some(first) if figures.iter().all(|f| f.period == first.period) => first.period.clone(),
            _ => String::new(),
        },
    })
}

/// A panel with its axis's tick labels, all in one style.
fn panel_data(title: &str, bars: Vec<Bar>, lang: Lang) -> PanelData {
    let max = nice_max(
        bars.iter()
            .map(|b| b.value)
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max),
    );
    PanelData {
        title: title.to_string(),
        ticks: numbers::axis_labels(&axis_ticks(max), lang),
        bars,
    }
}

/// The chart with what is said of it: its sentence and its CSV.
fn finish(mut data: ChartData) -> ChartData {
    data.description = describe(&data);
    data.csv = csv(&data);
    data
}

fn bar(story: &Story, f: &Figure, lang: Lang) -> Bar {
    // The CSV's period, unit and hedge (共 and the article's hedge word).
    let facts = |f: &Figure| Facts {
        period: dates::period(&f.period, lang),
        unit: units::unit_of(f, lang),
        qualifier: units::hedge_words(f, lang),
    };
    let label = labels::sentence_case(f.label.get(lang), lang);
    let text = numbers::figure(f, lang);
    Bar {
        id: f.id.clone(),
        tip: labels::labelled(&label, &text, lang),
        part: story.part_of(&f.id).map(|p| {
            let label = labels::sentence_case(p.label.get(lang), lang);
            let text = numbers::figure(p, lang);
            Part {
                id: p.id.clone(),
                line: labels::labelled(&label, &text, lang),
                label,
                value: p.value,
                raw: p.value.to_string(),
                text,
                facts: facts(p),
            }
        }),
        label,
        phrase: f.label.get(lang).to_string(),
        value: f.value,
        raw: f.value.to_string(),
        text,
        facts: facts(f),
    }
}
