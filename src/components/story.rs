//! The story page: masthead, step navigation, the step shown, footer; the
//! keys and swipes that move between steps; title and focus that follow.

use crate::browser;
use crate::components::dialog::EmbedDialog;
use crate::components::shell::{answered, Alert, EmbedTarget, Footer, LinkProblems, Loaded, Masthead, SkipLink};
use crate::components::steps::{StepNav, StepView};
use crate::format;
use crate::i18n::ui;
use crate::route::{BadStep, Step};
use crate::state::{dom_id, main_hidden, Mode, Nav, StorySignal};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn StoryPage(story: StorySignal, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let live = !use_context::<Mode>().is_some_and(|m| m.is_static());
    EmbedTarget::provide();
    // Title and focus follow the step. Focus moves only when the step
    // changes on a drawn page: on page load the browser starts at the top,
    // and switching language should leave focus on the switch.
    Effect::new(move |shown: Option<Option<Result<Step, BadStep>>>| {
        let lang = nav.lang.get();
        let step = nav.step.get();
        let story = story.get().and_then(Result::ok)?;
        browser::set_title(&format::page_title(&story, step.as_ref().ok().copied(), lang));
        if matches!(&shown, Some(Some(before)) if *before != step) {
            browser::focus_step_heading(!browser::prefers("(prefers-reduced-motion: reduce)"));
        }
        // (The steps either side are mounted, hidden, while the browser is
        // idle: components::steps::StepView.)
        Some(step)
    });

    let _keys = browser::window_listener(ev::keydown, move |ev: web_sys::KeyboardEvent| on_key(nav, &ev));
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
            // The dialog only opens in the app.
            {live.then(|| view! { <EmbedDialog story=s.clone()/> })}
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
    let answered = answered(story);
    move || {
        let step_view = step_view.clone();
        answered.get().then(|| view! {
            <SkipLink/>
            <Masthead story=story/>
            {move || story.get().and_then(Result::ok).map(|s| view! { <StepNav story=s/> })}
            <main hidden=main_hidden() id=dom_id("main") tabindex="-1" on:touchstart=on_touch_start on:touchend=on_touch_end>
                <LinkProblems/>
                <Loaded story=story attempt=attempt render=step_view/>
            </main>
            {move || story.get().and_then(Result::ok).map(|s| view! { <Footer story=s/> })}
        })
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
