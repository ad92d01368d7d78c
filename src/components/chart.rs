//! A chart in its figure: caption, the SVG drawn by `charts`, focusable
//! values with tooltips, a text description, a data table and downloads.

use crate::browser;
use crate::charts;
use crate::components::shell::{Alert, EmbedButton};
use crate::data::{Lang, Story};
use crate::embed::{data_url, Widget};
use crate::format;
use crate::i18n::{embed_ui, ui};
use crate::state::{dom_id, ChartCache, ChartWidths, Mode, Nav, ThemeSignal};
use leptos::prelude::*;
use std::sync::Arc;

pub fn source_line(story: &Story, lang: Lang) -> String {
    format::labelled(ui(lang).source, &format::dateline(&story.meta, lang), lang)
}

/// A chart with everything around it. `widget` is the embed view: the
/// figure alone with a "get the data" link instead of the tools, and no
/// embed control of its own.
#[component]
pub fn ChartFigure(story: Arc<Story>, id: String, #[prop(optional)] widget: bool) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let Some(def) = story.chart(&id).cloned() else {
        let lang = nav.lang.get_untracked();
        return view! { <Alert title=format!("{}: {id}", ui(lang).crashed) message=String::new()>""</Alert> }
            .into_any();
    };
    let theme = expect_context::<ThemeSignal>().0;
    let widths = expect_context::<ChartWidths>();
    let cache = expect_context::<ChartCache>();
    // A static page holds both widths (the CSS shows the one the viewport
    // picks); the app draws the one its media query picks, the same.
    let drawn_widths = move || {
        if use_context::<Mode>().is_some_and(|m| m.is_static()) {
            vec![widths.widths.narrow, widths.widths.wide]
        } else {
            vec![widths.now()]
        }
    };
    let width = Memo::new(move |_| widths.now());
    let def = Arc::new(def);
    let data = {
        let (story, def) = (story.clone(), def.clone());
        Memo::new(move |_| charts::chart_data(&def, &story, nav.lang.get()))
    };
    let drawing = {
        let (story, id) = (story.clone(), id.clone());
        move |w: u32| cache.chart(&story, &id, nav.lang.get(), theme.get(), w)
    };
    let rendered = {
        let drawing = drawing.clone();
        Memo::new(move |_| drawing(width.get()))
    };
    let wide = widths.widths.wide;
    // The values' hotspots belong to the drawing the app shows.
    let live = !use_context::<Mode>().is_some_and(|m| m.is_static());
    let svgs = move || {
        drawn_widths()
            .into_iter()
            .filter_map(|w| {
                let class = if w == wide { "w-wide" } else { "w-narrow" };
                drawing(w).map(|r| view! { <div class=class inner_html=r.svg.clone()></div> })
            })
            .collect_view()
    };
    // Figures that may overlap say so on the chart, under its title.
    let d_note = {
        let def = def.clone();
        move |lang: Lang| def.note.as_ref().map(|n| n.get(lang).to_string())
    };
    let show_table = RwSignal::new(false);
    let caption_id = dom_id(&format!("chart-{id}-caption"));
    let desc_id = dom_id(&format!("chart-{id}-desc"));
    let table_id = dom_id(&format!("chart-{id}-table"));

    // A download that fails says so beside the buttons.
    let download_error = RwSignal::new(None::<String>);
    let report = move |result: Result<(), String>| download_error.set(result.err());
    let download = {
        let (story, id) = (story.clone(), id.clone());
        move |kind: &'static str| {
            let lang = nav.lang.get_untracked();
            let d = data.get_untracked();
            let name = format!("minning-{id}-{}.{kind}", lang.tag());
            let w = width.get_untracked();
            let standalone = charts::render_svg(&d, theme.get_untracked(), w, Some(&source_line(&story, lang)));
            match kind {
                "csv" => report(browser::download_text(
                    &name,
                    "text/csv;charset=utf-8",
                    &charts::csv(&d),
                )),
                "svg" => report(browser::download_text(
                    &name,
                    "image/svg+xml;charset=utf-8",
                    &standalone.svg,
                )),
                _ => leptos::task::spawn_local(async move {
                    report(browser::download_png(&name, &standalone.svg, standalone.width, standalone.height, 2).await)
                }),
            }
        }
    };
    let dl = move |kind: &'static str| {
        let download = download.clone();
        move |_| download(kind)
    };

    let story_for_view = story.clone();
    view! {
        <figure class="chart" data-chart=id.clone() aria-labelledby=caption_id.clone()>
            <figcaption id=caption_id.clone()>
                <span class="chart-title">{
                    let def = def.clone();
                    move || def.title.get(nav.lang.get()).to_string()
                }</span>
                <span class="chart-meta">{
                    let (def, story) = (def.clone(), story.clone());
                    move || format::chart_meta(&def, &story, nav.lang.get())
                }</span>
                {move || d_note(nav.lang.get()).map(|n| view! { <span class="chart-note">{n}</span> })}
            </figcaption>
            <div class="chart-canvas">
                <div class="chart-svg" role="img" aria-label=move || data.with(|d| d.title.clone()) aria-describedby=desc_id.clone()>
                    {svgs}
                </div>
                <div class="hotspots">
                    {move || rendered.get().filter(|_| live).map(|r| r.hotspots.iter().map(|h| {
                        // Set through CSSOM (style: directives), which a
                        // strict style-src allows; a style attribute it blocks.
                        let pct = |v: f64, of: u32| format!("{:.3}%", v / of as f64 * 100.0);
                        view! {
                            <button type="button" class="hotspot" aria-label=h.label.clone()
                                style:left=pct(h.x, r.width) style:top=pct(h.y, r.height)
                                style:width=pct(h.w, r.width) style:height=pct(h.h, r.height)>
                                <span class="tooltip" aria-hidden="true">{h.label.clone()}</span>
                            </button>
                        }
                    }).collect_view())}
                </div>
            </div>
            <p id=desc_id class="sr-only">{move || data.with(charts::describe)}</p>
            <p class="chart-source">{move || source_line(&story_for_view, nav.lang.get())}</p>
            {if widget {
                view! { <GetData data=data.get_untracked()/> }.into_any()
            } else {
                view! {
                <div class="chart-tools">
                    <button type="button" class="button ghost" aria-expanded=move || show_table.get().to_string() aria-controls=table_id.clone()
                        on:click=move |_| show_table.update(|s| *s = !*s)>
                        {move || { let t = ui(nav.lang.get()); if show_table.get() { t.hide_table } else { t.show_table } }}
                    </button>
                    <span class="download-label">{move || ui(nav.lang.get()).download}</span>
                    <button type="button" class="button ghost" data-download="svg" on:click=dl("svg")>"SVG"</button>
                    <button type="button" class="button ghost" data-download="png" on:click=dl("png")>"PNG"</button>
                    <button type="button" class="button ghost" data-download="csv" on:click=dl("csv")>"CSV"</button>
                    <EmbedButton widget=Widget::Chart(id.clone())/>
                {move || download_error.get().map(|e| {
                        let message = format!("{}: {e}", ui(nav.lang.get()).download_failed);
                        view! { <span class="download-status" role="alert">{message}</span> }
                    })}
                </div>
                }.into_any()
            }}
            <div id=table_id class="table-wrap" class:sr-only=move || !show_table.get()
                // A wide table scrolls sideways on a phone; keyboard users need to reach it.
                tabindex=move || show_table.get().then_some("0")>
                <DataTable data=data/>
            </div>
        </figure>
    }
    .into_any()
}

/// A widget's "get the data" link: its values as CSV, in a `data:` URL,
/// named like the chart downloads (`minning-<id>-<lang>.csv`).
#[component]
pub fn GetData(data: charts::ChartData) -> impl IntoView {
    let href = data_url("text/csv;charset=utf-8", &charts::csv(&data));
    let name = format!("minning-{}-{}.csv", data.id, data.lang.tag());
    view! {
        <p class="widget-links"><a data-get-data href=href download=name>{embed_ui(data.lang).get_data}</a></p>
    }
}

#[component]
fn DataTable(data: Memo<charts::ChartData>) -> impl IntoView {
    move || {
        let d = data.get();
        let t = ui(d.lang);
        let rows = d
            .rows()
            .map(|row| {
                view! {
                    <tr data-figure=row.id.to_string() class:part=row.is_part>
                        <td>{row.panel.to_string()}</td>
                        <th scope="row">{row.label.to_string()}</th>
                        <td class="num" data-value=row.value.to_string()>{row.text.to_string()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table>
                <caption>{d.title.clone()}</caption>
                <thead><tr><th scope="col">"　"</th><th scope="col">{t.figure}</th><th scope="col">{t.value}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}
