//! A chart in its figure: caption, the SVG drawn in the browser from the
//! chart's model, focusable values with tooltips, a text description, a
//! data table and downloads.

use crate::browser;
use crate::chart::{render_svg, ChartData};
use crate::components::shell::EmbedButton;
use crate::lang::Lang;
use crate::page::Site;
use crate::state::{dom_id, is_live, ChartCache, ChartWidths, ThemeSignal};
use crate::text::ui::{embed_ui, ui};
use leptos::prelude::*;
use std::sync::Arc;

/// A step's charts, by id, each with everything around it.
#[component]
pub fn Charts(site: Arc<Site>, ids: Vec<String>) -> impl IntoView {
    let charts = ids
        .iter()
        .filter_map(|id| site.chart(id).cloned())
        .map(|c| view! { <ChartFigure site=site.clone() chart=c/> })
        .collect_view();
    view! { <div class="charts">{charts}</div> }
}

/// A chart with everything around it, as a story step shows it.
#[component]
pub fn ChartFigure(site: Arc<Site>, chart: ChartData) -> impl IntoView {
    let data = Arc::new(chart);
    let show_table = RwSignal::new(false);
    let tools = view! { <ChartTools site=site.clone() data=data.clone() show_table=show_table/> }.into_any();
    view! { <Figure site=site data=data foot=tools show_table=show_table/> }
}

/// A chart as its widget shows it: the figure alone, with a "get the data"
/// link instead of the tools.
#[component]
pub fn ChartWidget(site: Arc<Site>, chart: ChartData) -> impl IntoView {
    let get = view! { <GetData lang=chart.lang id=chart.id.clone()/> }.into_any();
    view! { <Figure site=site data=Arc::new(chart) foot=get show_table=RwSignal::new(false)/> }
}

#[component]
fn Figure(site: Arc<Site>, data: Arc<ChartData>, foot: AnyView, show_table: RwSignal<bool>) -> impl IntoView {
    let theme = expect_context::<ThemeSignal>().0;
    let widths = expect_context::<ChartWidths>();
    let cache = expect_context::<ChartCache>();
    let live = is_live();
    // A static page holds both widths (the CSS shows the one the viewport
    // picks); the app draws the one its media query picks, the same.
    let drawn_widths = move || {
        if live {
            vec![widths.now()]
        } else {
            vec![widths.widths.narrow, widths.widths.wide]
        }
    };
    let drawing = {
        let data = data.clone();
        move |w: u32| cache.chart(&data, theme.get(), w)
    };
    let rendered = {
        let drawing = drawing.clone();
        Memo::new(move |_| drawing(widths.now()))
    };
    let wide = widths.widths.wide;
    let svgs = move || {
        drawn_widths()
            .into_iter()
            .map(|w| {
                let class = if w == wide { "w-wide" } else { "w-narrow" };
                view! { <div class=class inner_html=drawing(w).svg.clone()></div> }
            })
            .collect_view()
    };
    let id = &data.id;
    let (caption_id, desc_id, table_id) = (
        dom_id(&format!("chart-{id}-caption")),
        dom_id(&format!("chart-{id}-desc")),
        dom_id(&format!("chart-{id}-table")),
    );
    // The values' hotspots belong to the drawing the app shows.
    let hotspots = move || {
        rendered
            .get()
            .hotspots
            .iter()
            .map(|h| {
                // Set through CSSOM (style: directives), which a strict
                // style-src allows; a style attribute it blocks.
                let r = rendered.get();
                let pct = |v: f64, of: u32| percent(v, of);
                view! {
                    <button type="button" class="hotspot" aria-label=h.label.clone()
                        style:left=pct(h.x, r.width) style:top=pct(h.y, r.height)
                        style:width=pct(h.w, r.width) style:height=pct(h.h, r.height)>
                        <span class="tooltip" aria-hidden="true">{h.label.clone()}</span>
                    </button>
                }
            })
            .collect_view()
    };
    let (chart_id, labelled_by) = (data.id.clone(), caption_id.clone());
    view! {
        <figure class="chart" data-chart=chart_id aria-labelledby=labelled_by>
            <figcaption id=caption_id>
                <span class="chart-title">{data.title.clone()}</span>
                <span class="chart-meta">{data.meta.clone()}</span>
                {data.note.clone().map(|n| view! { <span class="chart-note">{n}</span> })}
            </figcaption>
            <div class="chart-canvas">
                <div class="chart-svg" role="img" aria-label=data.title.clone() aria-describedby=desc_id.clone()>
                    {svgs}
                </div>
                <div class="hotspots">{live.then_some(hotspots)}</div>
            </div>
            <p id=desc_id class="sr-only">{data.description.clone()}</p>
            <p class="chart-source">{site.chart_source.clone()}</p>
            {foot}
            <DataTable data=data table_id=table_id show_table=show_table/>
        </figure>
    }
}

/// The table toggle, the downloads and the embed control.
#[component]
fn ChartTools(site: Arc<Site>, data: Arc<ChartData>, show_table: RwSignal<bool>) -> impl IntoView {
    let theme = expect_context::<ThemeSignal>().0;
    let widths = expect_context::<ChartWidths>();
    let t = ui(data.lang);
    // A download that fails says so beside the buttons.
    let download_error = RwSignal::new(None::<String>);
    let report = move |result: Result<(), String>| download_error.set(result.err());
    let download = {
        let data = data.clone();
        move |kind: &'static str| {
            let name = format!("minning-{}-{}.{kind}", data.id, data.lang.tag());
            let standalone = render_svg(
                &data,
                theme.get_untracked(),
                widths.now_untracked(),
                Some(&site.chart_source),
            );
            match kind {
                "csv" => report(browser::download_text(&name, "text/csv;charset=utf-8", &data.csv)),
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
    let table_id = dom_id(&format!("chart-{}-table", data.id));
    view! {
        <div class="chart-tools">
            <button type="button" class="button ghost" aria-expanded=move || show_table.get().to_string() aria-controls=table_id
                on:click=move |_| show_table.update(|s| *s = !*s)>
                {move || if show_table.get() { t.hide_table } else { t.show_table }}
            </button>
            <span class="download-label">{t.download}</span>
            <button type="button" class="button ghost" data-download="svg" on:click=dl("svg")>"SVG"</button>
            <button type="button" class="button ghost" data-download="png" on:click=dl("png")>"PNG"</button>
            <button type="button" class="button ghost" data-download="csv" on:click=dl("csv")>"CSV"</button>
            <EmbedButton widget=data.id.clone()/>
            {move || download_error.get().map(|e| {
                let message = format!("{}: {e}", t.download_failed);
                view! { <span class="download-status" role="alert">{message}</span> }
            })}
        </div>
    }
}

/// A widget's "get the data" link: its values as CSV, a file the build
/// wrote (`page::csv_file`), named like the chart downloads.
#[component]
pub fn GetData(lang: Lang, id: String) -> impl IntoView {
    let file = crate::page::csv_file(&id, lang);
    let name = file.rsplit('/').next().unwrap_or_default().to_string();
    view! {
        <p class="widget-links"><a data-get-data href=file download=name>{embed_ui(lang).get_data}</a></p>
    }
}

#[component]
fn DataTable(data: Arc<ChartData>, table_id: String, show_table: RwSignal<bool>) -> impl IntoView {
    let t = ui(data.lang);
    let rows = data
        .rows()
        .map(|row| {
            view! {
                <tr data-figure=row.id.to_string() class:part=row.whole.is_some()>
                    <td>{row.panel.to_string()}</td>
                    <th scope="row">{row.label.to_string()}</th>
                    <td class="num" data-value=row.raw.to_string()>{row.text.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div id=table_id class="table-wrap" class:sr-only=move || !show_table.get()
            // A wide table scrolls sideways on a phone; keyboard users need to reach it.
            tabindex=move || show_table.get().then_some("0")>
            <table>
                <caption>{data.title.clone()}</caption>
                <thead><tr><th scope="col">"　"</th><th scope="col">{t.figure}</th><th scope="col">{t.value}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// `v` as a percentage of `of`, to a thousandth ("12.345%"), written with
/// integers (no float formatting in the wasm for this).
fn percent(v: f64, of: u32) -> String {
    let thousandths = (v / f64::from(of.max(1)) * 100_000.0).round() as i64;
    let sign = if thousandths < 0 { "-" } else { "" };
    let t = thousandths.abs();
    format!("{sign}{}.{:03}%", t / 1000, t % 1000)
}
