//! A chart in its figure: caption, the SVG drawn by `charts`, focusable
//! values with tooltips, a text description, a data table and downloads.

use crate::browser;
use crate::charts::{self};
use crate::components::embed::EmbedButton;
use crate::components::shell::Alert;
use crate::data::{Lang, Story};
use crate::embed::Widget;
use crate::format;
use crate::i18n::{embed_ui, ui};
use crate::state::{ChartCache, Nav, ThemeSignal, Viewport};
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;

/// Draws the charts of `step` into the cache at the width charts are drawn
/// now, so that moving there paints at once. Called when the browser is idle.
pub fn draw_ahead(story: &Story, step: crate::route::Step, lang: Lang, theme: charts::Theme, cache: ChartCache) {
    let width = cache.last_width();
    if width == 0 {
        return;
    }
    let keyword = match step {
        crate::route::Step::Keyword(n) => Some(n),
        crate::route::Step::Numbers => None,
        crate::route::Step::Cover => return,
    };
    for def in story.charts.iter().filter(|c| c.keyword == keyword) {
        cache.get_or_draw((def.id.clone(), lang, theme, width), || {
            charts::render_svg(&charts::chart_data(def, story, lang), theme, width, None)
        });
    }
}

/// Widths snap to 10 px so a scrollbar appearing does not redraw everything.
fn snap(width: i32) -> u32 {
    (width.max(0) as u32 / 10) * 10
}

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
    let viewport = expect_context::<Viewport>().0;
    let cache = expect_context::<ChartCache>();
    let canvas = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0u32);
    Effect::new(move |_| {
        viewport.track();
        if let Some(el) = canvas.get() {
            width.set(snap(el.client_width()));
        }
    });
    let def = Arc::new(def);
    let data = {
        let (story, def) = (story.clone(), def.clone());
        Memo::new(move |_| charts::chart_data(&def, &story, nav.lang.get()))
    };
    let rendered = {
        let id = id.clone();
        Memo::new(move |_| {
            let w = width.get();
            (w > 0).then(|| {
                let key = (id.clone(), nav.lang.get(), theme.get(), w);
                cache.get_or_draw(key, || {
                    data.with(|d| charts::render_svg(d, theme.get_untracked(), w, None))
                })
            })
        })
    };
    // Figures that may overlap say so on the chart, under its title.
    let d_note = {
        let def = def.clone();
        move |lang: Lang| def.note.as_ref().map(|n| n.get(lang).to_string())
    };
    let show_table = RwSignal::new(false);
    let caption_id = format!("chart-{id}-caption");
    let desc_id = format!("chart-{id}-desc");
    let table_id = format!("chart-{id}-table");

    // A download that fails says so beside the buttons.
    let download_error = RwSignal::new(None::<String>);
    let report = move |result: Result<(), String>| download_error.set(result.err());
    let download = {
        let (story, id) = (story.clone(), id.clone());
        move |kind: &'static str| {
            let lang = nav.lang.get_untracked();
            let d = data.get_untracked();
            let name = format!("minning-{id}-{}.{kind}", lang.tag());
            let w = width.get_untracked().max(charts::MIN_WIDTH);
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
            <div class="chart-canvas" node_ref=canvas>
                <div class="chart-svg" role="img" aria-label=move || data.with(|d| d.title.clone()) aria-describedby=desc_id.clone()
                    inner_html=move || rendered.get().map(|r| r.svg.clone()).unwrap_or_default()></div>
                <div class="hotspots">
                    {move || rendered.get().map(|r| r.hotspots.iter().map(|h| {
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

/// A widget's "get the data" link: its values as CSV, in a `blob:` URL,
/// named like the chart downloads (`minning-<id>-<lang>.csv`).
#[component]
pub fn GetData(data: charts::ChartData) -> impl IntoView {
    let href = browser::blob_url(&charts::csv(&data), "text/csv;charset=utf-8").ok()?;
    let name = format!("minning-{}-{}.csv", data.id, data.lang.tag());
    Some(view! {
        <p class="widget-links"><a data-get-data href=href download=name>{embed_ui(data.lang).get_data}</a></p>
    })
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
