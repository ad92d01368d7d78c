//! The floor app (see Cargo.toml): what any Leptos app with the story's
//! crates weighs, so the bench can say what the story adds to it.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::hooks::use_params_map;
use leptos_router::path;
use plotters::prelude::*;
use serde::Deserialize;

#[derive(Deserialize, Clone)]
struct Step {
    title: String,
    body: String,
    bars: Vec<(String, f64)>,
}

#[derive(Deserialize, Clone)]
struct Data {
    steps: Vec<Step>,
}

fn main() {
    leptos::mount::mount_to_body(App)
}

#[component]
fn App() -> impl IntoView {
    let data = LocalResource::new(|| async {
        let text = gloo_net::http::Request::get("data.json").send().await.ok()?.text().await.ok()?;
        serde_json::from_str::<Data>(&text).ok()
    });
    view! {
        <Router>
            <nav>{(1..=5).map(|n| view! { <A href=format!("./?step={n}")>{n}</A>" " }).collect_view()}</nav>
            <Routes fallback=move || view! { <StepView data=data/> }>
                <Route path=path!("/step/:n") view=move || view! { <StepView data=data/> }/>
            </Routes>
        </Router>
    }
}

#[component]
fn StepView(data: LocalResource<Option<Data>>) -> impl IntoView {
    let params = use_params_map();
    move || {
        let n = params.read().get("n").and_then(|n| n.parse::<usize>().ok()).unwrap_or(1);
        data.get().flatten().and_then(|d| d.steps.get(n.saturating_sub(1)).cloned()).map(|s| {
            view! {
                <article>
                    <h2>{s.title.clone()}</h2>
                    <p>{s.body.clone()}</p>
                    <figure inner_html=chart(&s.bars)></figure>
                </article>
            }
        })
    }
}

/// One horizontal bar chart, drawn with plotters' SVG backend.
fn chart(bars: &[(String, f64)]) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (600, 40 + 40 * bars.len() as u32)).into_drawing_area();
        let max = bars.iter().map(|b| b.1).fold(1.0, f64::max);
        let _ = root.fill(&WHITE);
        for (i, (label, value)) in bars.iter().enumerate() {
            let y = 20 + 40 * i as i32;
            let w = (value / max * 380.0) as i32;
            let _ = root.draw(&Rectangle::new([(200, y), (200 + w, y + 28)], BLUE.filled()));
            let _ = root.draw(&Text::new(label.clone(), (10, y + 8), ("sans-serif", 14).into_font()));
            let _ = root.draw(&Text::new(format!("{value}"), (206 + w, y + 8), ("sans-serif", 14).into_font()));
        }
    }
    svg
}
