//! The story page: masthead, step navigation, the step shown, footer (the
//! frame, `Page`, which the gallery shares); the keys and swipes that move
//! between steps; title and focus that follow.

use crate::browser;
use crate::components::dialog::EmbedDialog;
use crate::components::shell::{answered, EmbedTarget, Footer, LinkProblems, Loaded, Masthead, SkipLink};
use crate::components::steps::{StepNav, StepView};
use crate::page::Site;
use crate::site::route::{BadStep, Step};
use crate::state::{dom_id, is_live, main_hidden, Nav, PageSignal, Pages};
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn StoryPage(pages: Pages, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let live = is_live();
    EmbedTarget::provide();
    // The masthead, the tabs, the footer and the title speak the page's
    // language; while another loads, the one the reader had stays.
    let page = Signal::derive(move || {
        let lang = nav.lang.get();
        pages.get(lang).get().or_else(|| pages.get(lang.other()).get())
    });
    // Title and focus follow the step. Focus moves only when the step
    // changes on a drawn page: on page load the browser starts at the top,
    // and switching language should leave focus on the switch.
    Effect::new(move |shown: Option<Option<Result<Step, BadStep>>>| {
        let step = nav.step.get();
        let site = pages.get(nav.lang.get()).get().and_then(Result::ok)?;
        let key = step.as_ref().map_or_else(|_| Step::Cover.key(), |s| s.key());
        if let Some(s) = site.step(&key) {
            browser::set_title(&s.title);
        }
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

    // The story is drawn once the page's own language has answered; from
    // then on each step keeps its own language's model (StepView).
    let first = pages.get(nav.lang.get_untracked());
    let steps = Arc::new(move |_: Arc<Site>| {
        view! {
            // The dialog only opens in the app.
            {live.then(|| view! { <EmbedDialog page=page/> })}
            <StepView pages=pages attempt=attempt/>
        }
        .into_any()
    });
    view! {
        <Page page=page answered=answered(first) tabs=true>
            <main hidden=main_hidden() id=dom_id("main") tabindex="-1" on:touchstart=on_touch_start on:touchend=on_touch_end>
                <LinkProblems/>
                <Loaded page=first attempt=attempt lang=nav.lang render=steps.clone()/>
            </main>
        </Page>
    }
}

/// The frame of a page of the story's site: skip link, masthead, step
/// tabs (on the story), `children` (its `<main>`) and footer, once the
/// data has answered (`answered`).
#[component]
pub fn Page(
    page: PageSignal,
    answered: Memo<bool>,
    children: ChildrenFn,
    #[prop(optional)] tabs: bool,
) -> impl IntoView {
    move || {
        let children = children.clone();
        answered.get().then(move || {
            view! {
                <SkipLink/>
                <Masthead page=page/>
                {tabs.then_some(move || page.get().and_then(Result::ok).map(|s| view! { <StepNav site=s/> }))}
                {children()}
                {move || page.get().and_then(Result::ok).map(|s| view! { <Footer site=s/> })}
            }
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
