//! The reporters' gallery (`?view=embeds`): every widget with its title, a
//! live preview and its snippet — the page a reporter bookmarks.

use crate::browser;
use crate::components::dialog::{copy_code, snippet_for, Preview};
use crate::components::shell::{answered, Footer, Loaded, Masthead, SkipLink};
use crate::data::Story;
use crate::embed::{widget_url, SnippetForm, ThemeChoice, Widget};
use crate::i18n::{embed_ui, ui};
use crate::route::Step;
use crate::state::{dom_id, main_hidden, Nav, StorySignal};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GalleryPage(story: StorySignal, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    Effect::new(move |_| browser::set_title(embed_ui(nav.lang.get()).gallery_heading));
    let list = Arc::new(|s: Arc<Story>| view! { <GalleryList story=s/> }.into_any());
    let answered = answered(story);
    move || {
        let list = list.clone();
        answered.get().then(|| {
            view! {
                <SkipLink/>
                <Masthead story=story/>
                <main hidden=main_hidden() id=dom_id("main") tabindex="-1" class="gallery">
                    <Loaded story=story attempt=attempt render=list/>
                </main>
                {move || story.get().and_then(Result::ok).map(|s| view! { <Footer story=s/> })}
            }
        })
    }
}

#[component]
fn GalleryList(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let t = embed_ui(lang);
        let items = Widget::all(&story)
            .into_iter()
            .map(|w| {
                let id = w.id();
                let title = w.title(&story, lang);
                let code = snippet_for(&story, &w, lang, ThemeChoice::Auto, SnippetForm::Iframe);
                let src = widget_url(&browser::site_base(), &id, lang, ThemeChoice::Auto);
                let code_id = format!("code-{id}");
                let status = RwSignal::new(None::<&'static str>);
                let copy = {
                    let code = code.clone();
                    move |_| copy_code(code.clone(), lang, status)
                };
                view! {
                    <section class="gallery-item" data-widget=id.clone()>
                        <h2>{title.clone()}</h2>
                        <p class="muted">{crate::format::labelled(t.widget_id, &id, lang)}</p>
                        <Preview src=src title=title/>
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
}
