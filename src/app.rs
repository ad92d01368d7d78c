//! The app's root: which page this is (the story, the reporters' gallery,
//! or one widget alone in `embed.html`), data loading, keyboard and swipe
//! navigation, and the hand-over from the static markup to the app.

use crate::browser;
use crate::components::chart::draw_ahead;
use crate::components::{
    embed::{EmbedDialog, EmbedPage, EmbedTarget, Gallery},
    shell::{Alert, Footer, Masthead, SkipLink},
    steps::{StepNav, StepView},
};
use crate::embed::ThemeChoice;
use crate::format;
use crate::i18n::ui;
use crate::route::Step;
use crate::state::{provide_shared, ChartCache, Nav, Printing, StoryResult, ThemeSignal, Viewport};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;
use wasm_bindgen::JsCast;

pub fn start() {
    // `embed.html` says so on its <body>; everything else is the story.
    let embed = browser::document()
        .and_then(|d| d.body())
        .and_then(|b| b.get_attribute("data-view"))
        .is_some_and(|v| v == "embed");
    let app = move || view! { <App embed=embed/> };
    match browser::document().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => leptos::mount::mount_to(root.unchecked_into(), app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

/// One router for every page (one copy of it in the wasm).
#[component]
pub fn App(embed: bool) -> impl IntoView {
    view! {
        <Router>
            {if embed { view! { <EmbedPage/> }.into_any() } else { view! { <StoryOrGallery/> }.into_any() }}
        </Router>
    }
}

/// The story's data, fetched once per attempt (retry bumps `attempt`).
pub fn story_resource(attempt: RwSignal<u32>) -> LocalResource<StoryResult> {
    LocalResource::new(move || {
        let n = attempt.get();
        async move { browser::fetch_story(n > 0).await.map(Arc::new) }
    })
}

/// Once the first answer (story or error) is drawn, the static markup
/// gives way to the app in one frame, so nothing on screen moves.
pub fn hand_over_when_ready(story: LocalResource<StoryResult>) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let ready = story.read().is_some();
        if ready {
            browser::hand_over();
        }
        ready
    });
}

#[component]
fn StoryOrGallery() -> impl IntoView {
    let query = use_query_map();
    let nav = Nav::from_router();
    let system_dark = browser::prefers("(prefers-color-scheme: dark)");
    let (theme, viewport) = provide_shared(nav, ThemeChoice::Auto.resolve(system_dark));
    watch_viewport(viewport, Some(theme));
    let printing = expect_context::<Printing>();
    let _before_print = window_event_listener_untyped("beforeprint", move |_| printing.0.set(true));
    let _after_print = window_event_listener_untyped("afterprint", move |_| printing.0.set(false));

    let attempt = RwSignal::new(0u32);
    let story = story_resource(attempt);
    hand_over_when_ready(story);
    Effect::new(move |_| browser::set_document_lang(nav.lang.get().tag()));

    let gallery = Memo::new(move |_| query.read().get_str("view") == Some("embeds"));
    move || {
        if gallery.get() {
            view! { <Gallery story=story attempt=attempt/> }.into_any()
        } else {
            view! { <StoryPage story=story attempt=attempt/> }.into_any()
        }
    }
}

#[component]
fn StoryPage(story: LocalResource<StoryResult>, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let (cache, theme) = (expect_context::<ChartCache>(), expect_context::<ThemeSignal>().0);
    EmbedTarget::provide();
    // Title and focus follow the step. Focus moves only when the step
    // changes on a drawn page: on page load the browser starts at the top,
    // and switching language should leave focus on the switch.
    Effect::new(move |shown: Option<Option<Result<Step, crate::route::BadStep>>>| {
        let lang = nav.lang.get();
        let step = nav.step.get();
        let story = story.read().as_ref().and_then(|r| r.as_ref().ok().cloned())?;
        browser::set_title(&format::page_title(&story, step.as_ref().ok().copied(), lang));
        if matches!(&shown, Some(Some(before)) if *before != step) {
            browser::focus_step_heading(!browser::prefers("(prefers-reduced-motion: reduce)"));
        }
        // The steps either side are where the reader goes next: draw their
        // charts while the browser has nothing else to do.
        let (here, theme) = (nav.step_or_nearest(), theme.get_untracked());
        browser::when_idle(move || {
            for next in [here.next(), here.prev()].into_iter().flatten() {
                draw_ahead(&story, next, lang, theme, cache);
            }
        });
        Some(step)
    });

    let _keys = window_event_listener(ev::keydown, move |ev: web_sys::KeyboardEvent| on_key(nav, &ev));
    let touch_start = StoredValue::new(None::<(i32, i32)>);
    let on_touch_start = move |ev: web_sys::TouchEvent| {
        touch_start.set_value(ev.touches().get(0).map(|t| (t.client_x(), t.client_y())));
    };
    let on_touch_end = move |ev: web_sys::TouchEvent| {
        let (Some((x0, y0)), Some(t)) = (touch_start.get_value(), ev.changed_touches().get(0)) else {
            return;
        };
        let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
        if dx.abs() > 60 && dx.abs() > 2 * dy.abs() && !touched_scrollable(&ev) {
            let current = nav.step_or_nearest();
            let target = if dx < 0 { current.next() } else { current.prev() };
            if let Some(target) = target {
                nav.go(target);
            }
        }
    };

    let step_view = Arc::new(move |s: Arc<crate::data::Story>| {
        view! {
            <EmbedDialog story=s.clone()/>
            <ErrorBoundary fallback=move |errors| {
                let lang = nav.lang.get_untracked();
                let message = errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>().join("; ");
                view! { <Alert title=ui(lang).crashed message=message><a class="button" href=nav.href(Step::Cover, lang)>{ui(lang).to_cover}</a></Alert> }
            }>
                <StepView story=s/>
            </ErrorBoundary>
        }
        .into_any()
    });
    view! {
        <SkipLink/>
        <Masthead story=story/>
        {move || story.get().and_then(Result::ok).map(|s| view! { <StepNav story=s/> })}
        <main id="main" tabindex="-1" on:touchstart=on_touch_start on:touchend=on_touch_end>
            <LinkProblems/>
            <Loaded story=story attempt=attempt render=step_view/>
        </main>
        {move || story.get().and_then(Result::ok).map(|s| view! { <Footer story=s/> })}
    }
}

/// The loading line, the load error with its retry button, or `render`
/// with the story: every page that needs the data goes through here.
#[component]
pub fn Loaded(
    story: LocalResource<StoryResult>,
    attempt: RwSignal<u32>,
    // Boxed: one copy of this component in the wasm, whatever the page.
    render: Arc<dyn Fn(Arc<crate::data::Story>) -> AnyView + Send + Sync>,
) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let retry = move |_| attempt.update(|n| *n += 1);
    move || {
        let lang = nav.lang.get();
        let t = ui(lang);
        match story.get() {
            None => view! { <p class="loading" aria-live="polite">{t.loading}</p> }.into_any(),
            Some(Err(e)) => view! {
                <Alert title=t.load_failed message=e.message(lang)>
                    <button type="button" class="button" data-retry on:click=retry>{t.retry}</button>
                </Alert>
            }
            .into_any(),
            Some(Ok(s)) => render(s),
        }
    }
}

/// An unknown step or language in the URL: say so, and offer a way on.
#[component]
fn LinkProblems() -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let t = ui(lang);
        let bad_step = nav.step.get().err();
        let bad_lang = nav.bad_lang.get();
        if bad_step.is_none() && bad_lang.is_none() {
            return ().into_any();
        }
        let mut lines = Vec::new();
        if let Some(bad) = &bad_step {
            lines.push(format!("{}: “{}”", t.bad_step, bad.given));
        }
        if let Some(given) = &bad_lang {
            lines.push(format!("{}: “{}” (中文 / English)", t.bad_lang, given));
        }
        let nearest = bad_step
            .as_ref()
            .map(|b| b.nearest)
            .unwrap_or_else(|| nav.step_or_nearest());
        view! {
            <Alert title=lines.join(" · ") message=String::new()>
                <a class="button" href=nav.href(Step::Cover, lang)>{t.to_cover}</a>
                {(nearest != Step::Cover).then(|| view! { <a class="button" href=nav.href(nearest, lang)>{t.to_nearest}</a> })}
            </Alert>
        }
        .into_any()
    }
}

fn on_key(nav: Nav, ev: &web_sys::KeyboardEvent) {
    if ev.default_prevented() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
        return;
    }
    // Keys belong to whatever field the visitor is typing in, and to an
    // open dialog.
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
                || el.closest("dialog").ok().flatten().is_some()
        });
    if typing {
        return;
    }
    let current = nav.step_or_nearest();
    let target = match ev.key().as_str() {
        "ArrowRight" => current.next(),
        "ArrowLeft" => current.prev(),
        "Home" => Some(Step::Cover),
        "End" => Some(Step::Numbers),
        _ => return,
    };
    if let Some(target) = target.filter(|t| *t != current || nav.step.get_untracked().is_err()) {
        ev.prevent_default();
        nav.go(target);
    }
}

/// A swipe that starts on something that scrolls sideways (a wide table)
/// scrolls it rather than turning the page.
fn touched_scrollable(ev: &web_sys::TouchEvent) -> bool {
    let mut node = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    while let Some(el) = node {
        if el.scroll_width() > el.client_width() + 1
            && el.tag_name() != "HTML"
            && el.tag_name() != "BODY"
            && el.id() != "main"
        {
            return true;
        }
        node = el.parent_element();
    }
    false
}

/// Keeps a debounced viewport width (charts redraw when it changes) and,
/// where the page follows the system, the colour scheme up to date.
pub fn watch_viewport(viewport: Viewport, theme: Option<ThemeSignal>) {
    let width = || {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0) as u32
    };
    viewport.0.set(width());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let _resize = window_event_listener(ev::resize, move |_| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle =
            set_timeout_with_handle(move || viewport.0.set(width()), std::time::Duration::from_millis(150)).ok();
        pending.set_value(handle);
    });
    if let Some(theme) = theme {
        browser::on_media_change("(prefers-color-scheme: dark)", move |dark| {
            theme.0.set(ThemeChoice::Auto.resolve(dark));
        });
    }
}
