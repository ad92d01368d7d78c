//! The page frame: skip link, masthead with the language switch, footer
//! with the source, and the alert used by every error state.

use crate::data::Lang;
use crate::format;
use crate::i18n::ui;
use crate::route::Step;
use crate::state::{Nav, StoryResult};
use leptos::prelude::*;

#[component]
pub fn SkipLink() -> impl IntoView {
    let nav = expect_context::<Nav>();
    // A button, not `href="#main"`: a fragment link would drop the query
    // string (and with it the step) under the page's <base>.
    let skip = move |_| {
        if let Some(main) = crate::browser::document().and_then(|d| d.get_element_by_id("main")) {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! { <button type="button" class="skip" on:click=skip>{move || ui(nav.lang.get()).skip}</button> }
}

#[component]
pub fn Masthead(story: LocalResource<StoryResult>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let title = move || {
        let lang = nav.lang.get();
        story
            .get()
            .and_then(|r| r.ok())
            .map(|s| s.meta.title.get(lang).to_string())
            .unwrap_or_else(|| fallback_title(lang).into())
    };
    // The source line: publication and date, as the story's data gives them.
    let source = move || {
        let lang = nav.lang.get();
        match story.get().and_then(|r| r.ok()) {
            Some(s) => format::dateline(&s.meta, lang),
            None => ui(lang).site.to_string(),
        }
    };
    // On the cover the big title is the page's h1; elsewhere the masthead's.
    let on_cover = move || nav.step.get() == Ok(Step::Cover);
    view! {
        <header class="masthead">
            <div class="masthead-inner">
                <a class="brand" href=move || nav.href(Step::Cover, nav.lang.get())>{source}</a>
                {move || if on_cover() {
                    view! { <p class="masthead-title">{title}</p> }.into_any()
                } else {
                    view! { <h1 class="masthead-title">{title}</h1> }.into_any()
                }}
                <LangSwitch/>
            </div>
        </header>
    }
}

fn fallback_title(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "山海一家亲 逐梦振兴路",
        Lang::En => "Mountains and sea, one family",
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let nav = expect_context::<Nav>();
    // The accessible name is the visible text (WCAG 2.5.3, Label in Name),
    // so "EN" is what voice-control users say; `lang` tells screen readers
    // how to read it.
    let link = move |lang: Lang, label: &'static str| {
        view! {
            <a
                class="lang"
                data-lang=lang.tag()
                hreflang=lang.tag()
                lang=lang.tag()
                aria-current=move || (nav.lang.get() == lang).then_some("true")
                href=move || nav.href(nav.step_or_nearest(), lang)
            >
                {label}
            </a>
        }
    };
    view! {
        <nav class="lang-switch" aria-label=move || ui(nav.lang.get()).lang_label>
            {link(Lang::Zh, "中文")}
            {link(Lang::En, "EN")}
        </nav>
    }
}

#[component]
pub fn Footer(story: std::sync::Arc<crate::data::Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let m = &story.meta;
        let t = ui(lang);
        view! {
            <footer class="footer">
                <p class="source">
                    {format::labelled(
                        t.source,
                        &format!("{} {} · {}", m.publication.get(lang), format::date(&m.date, lang), m.title.get(lang)),
                        lang,
                    )}
                </p>
                <p>{m.reporters.get(lang).to_string()}</p>
                <p class="retold">{m.retold.get(lang).to_string()}</p>
                <p><a data-reporters href=format!("./?view=embeds{}", if lang == Lang::En { "&lang=en" } else { "" })>
                    {crate::i18n::embed_ui(lang).for_reporters}
                </a></p>
            </footer>
        }
    }
}

/// Every error state: a heading that says what happened, the detail, and
/// the ways on that the caller passes as children.
#[component]
pub fn Alert(#[prop(into)] title: String, #[prop(into)] message: String, children: Children) -> impl IntoView {
    view! {
        <div class="alert" role="alert">
            <p class="alert-title">{title}</p>
            {(!message.is_empty()).then(|| view! { <p class="alert-message">{message}</p> })}
            <div class="alert-actions">{children()}</div>
        </div>
    }
}
