//! The not-found page (`404.html`), which a host serves for any missing
//! file: in a frame, a mistyped widget address (a `role="alert"` that says
//! there is no such widget, with the list of widgets); on its own, a
//! mistyped or old page address (the alert, and every step of the story).
//! Static only: the build renders it, `boot.js` picks the copy (framed or
//! not, the address's language) and fills in the address asked for.

use crate::components::shell::{Alert, Footer, Masthead};
use crate::page::Site;
use crate::site::route::{Page, Step, STEPS};
use crate::state::{main_hidden, Nav};
use crate::text::ui::{embed_ui, ui};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn NotFoundPage(site: Arc<Site>, framed: bool) -> impl IntoView {
    let lang = expect_context::<Nav>().lang.get_untracked();
    let (t, e) = (ui(lang), embed_ui(lang));
    // The address asked for (`boot.js` fills it in).
    let asked = || view! { <p class="alert-asked"><code data-asked></code></p> };
    if framed {
        return view! {
            <main hidden=main_hidden() class="embed" data-widget="not-found">
                <Alert title=e.no_widget message=e.no_widget_detail>
                    {asked()}
                    <a class="button" href=Page::Gallery.href(lang) target="_blank" rel="noopener">{e.all_widgets}</a>
                    <a class="button" href=Step::Cover.href(lang) target="_blank" rel="noopener">{e.read_story}</a>
                </Alert>
            </main>
        }
        .into_any();
    }
    let steps = STEPS
        .iter()
        .map(|s| {
            let label = site.step(&s.key()).map(|p| p.label.clone()).unwrap_or_default();
            view! { <li><a href=s.href(lang)>{label}</a></li> }
        })
        .collect_view();
    let page = Signal::stored(Some(Ok(site.clone())));
    view! {
        <Masthead page=page/>
        <main hidden=main_hidden() class="not-found">
            <Alert title=t.no_page message=t.no_page_detail>
                {asked()}
                <a class="button" href=Step::Cover.href(lang)>{t.to_cover}</a>
            </Alert>
            <nav aria-label=t.steps_heading>
                <h2>{t.steps_heading}</h2>
                <ol class="not-found-steps">{steps}</ol>
            </nav>
        </main>
        <Footer site=site/>
    }
    .into_any()
}
