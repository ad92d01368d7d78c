//! The reporters' gallery (`?view=embeds`): every widget with its title, a
//! live preview and its snippet — the page a reporter bookmarks.

use crate::browser;
use crate::components::dialog::{copy_code, snippet_for, Preview};
use crate::components::shell::{answered, Loaded};
use crate::components::story::Page;
use crate::page::Site;
use crate::site::embed::{widget_url, SnippetForm, ThemeChoice};
use crate::site::route::Step;
use crate::state::{dom_id, main_hidden, Nav, PageSignal};
use crate::text::ui::{embed_ui, labelled, ui};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GalleryPage(page: PageSignal, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    Effect::new(move |_| browser::set_title(embed_ui(nav.lang.get()).gallery_heading));
    let list = Arc::new(|s: Arc<Site>| view! { <GalleryList site=s/> }.into_any());
    view! {
        <Page page=page answered=answered(page)>
            <main hidden=main_hidden() id=dom_id("main") tabindex="-1" class="gallery">
                <Loaded page=page attempt=attempt lang=nav.lang render=list.clone()/>
            </main>
        </Page>
    }
}

#[component]
fn GalleryList(site: Arc<Site>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let lang = site.lang();
    let t = embed_ui(lang);
    let items = site
        .widgets
        .iter()
        .map(|w| {
            let code = snippet_for(w, lang, ThemeChoice::Auto, SnippetForm::Iframe);
            let src = widget_url(&browser::site_base(), &w.id, lang, ThemeChoice::Auto);
            let code_id = format!("code-{}", w.id);
            let status = RwSignal::new(None::<&'static str>);
            let copy = {
                let code = code.clone();
                move |_| copy_code(code.clone(), lang, status)
            };
            view! {
                <section class="gallery-item" data-widget=w.id.clone()>
                    <h2>{w.title.clone()}</h2>
                    <p class="muted">{labelled(t.widget_id, &w.id, lang)}</p>
                    <Preview src=src title=w.title.clone()/>
                    <label for=code_id.clone()>{t.code}</label>
                    <textarea id=code_id class="embed-code" data-embed-code readonly rows="5" prop:value=code></textarea>
                    <div class="embed-actions">
                        <button type="button" class="button ghost" on:click=copy>{t.copy}</button>
                        <span class="embed-status" role="status" aria-live="polite">{move || status.get()}</span>
                    </div>
                </section>
            }
        })
        .collect_view();
    view! {
        <header class="step-head">
            <h2 id=dom_id("step-heading") data-step-heading tabindex="-1">{t.gallery_heading}</h2>
            <p class="sub">{t.gallery_intro}</p>
            <p><a href=nav.href(Step::Cover, lang)>{ui(lang).to_cover}</a></p>
        </header>
        <div class="gallery-grid">{items}</div>
    }
}
