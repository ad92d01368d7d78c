//! The app's root: URL state (step and language in the query string),
//! data loading, keyboard and swipe navigation, and the page shell.

use crate::browser;
use crate::charts::Theme;
use crate::components::{
    chart::ChartCache,
    shell::{Alert, Footer, Masthead, SkipLink},
    steps::{StepNav, StepView},
};
use crate::data::{Lang, LoadError, Story};
use crate::i18n::ui;
use crate::route::{self, BadStep, Step};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// True while the browser prints the page.
#[derive(Clone, Copy)]
pub struct Printing(pub RwSignal<bool>);

pub type StoryResult = Result<Arc<Story>, LoadError>;

/// Where the visitor is, read from the URL, and how to get elsewhere.
#[derive(Clone, Copy)]
pub struct Nav {
    pub step: Memo<Result<Step, BadStep>>,
    pub lang: Memo<Lang>,
    pub bad_lang: Memo<Option<String>>,
    path: Memo<String>,
    // Kept from `use_navigate` so that window listeners, which run outside
    // the router's reactive scope, can navigate too.
    navigate: StoredValue<NavigateFn, LocalStorage>,
}

type NavigateFn = Box<dyn Fn(&str)>;

impl Nav {
    /// The link to `step` in `lang`, on the page's own path.
    pub fn href(&self, step: Step, lang: Lang) -> String {
        let path = self.path.get_untracked();
        let q = route::query(step, lang);
        if q.is_empty() {
            path
        } else {
            format!("{path}{q}")
        }
    }

    /// The current step, or the nearest valid one for a bad link.
    pub fn step_or_nearest(&self) -> Step {
        self.step.get().unwrap_or_else(|bad| bad.nearest)
    }

    pub fn go(&self, step: Step) {
        let href = self.href(step, self.lang.get_untracked());
        self.navigate.with_value(|navigate| navigate(&href));
    }
}

pub fn start() {
    console_error_panic_hook::set_once();
    match browser::document().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => leptos::mount::mount_to(root.unchecked_into(), App).forget(),
        None => leptos::mount::mount_to_body(App),
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <StoryPage/>
        </Router>
    }
}

#[component]
fn StoryPage() -> impl IntoView {
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();

    let step = Memo::new(move |_| Step::parse(query.read().get_str("step")));
    let lang_parsed = Memo::new(move |_| route::parse_lang(query.read().get_str("lang")));
    let nav = Nav {
        step,
        lang: Memo::new(move |_| lang_parsed.get().unwrap_or_default()),
        bad_lang: Memo::new(move |_| lang_parsed.get().err().map(|e| e.given)),
        path: location.pathname,
        navigate: StoredValue::new_local(Box::new(move |href: &str| {
            navigate(
                href,
                NavigateOptions {
                    resolve: false,
                    ..Default::default()
                },
            )
        })),
    };
    provide_context(nav);
    let theme = RwSignal::new(if browser::prefers("(prefers-color-scheme: dark)") {
        Theme::Dark
    } else {
        Theme::Light
    });
    provide_context(theme);
    provide_context(ChartCache::default());
    // Printing shows every step in order, not just the current one.
    let printing = Printing(RwSignal::new(false));
    provide_context(printing);
    let _before_print = window_event_listener_untyped("beforeprint", move |_| printing.0.set(true));
    let _after_print = window_event_listener_untyped("afterprint", move |_| printing.0.set(false));
    let viewport = RwSignal::new(0u32);
    provide_context(viewport);
    watch_viewport(viewport, theme);

    let attempt = RwSignal::new(0u32);
    let story: LocalResource<StoryResult> = LocalResource::new(move || {
        attempt.track();
        async move { browser::fetch_story().await.map(Arc::new) }
    });

    Effect::new(move |_| browser::set_document_lang(nav.lang.get().tag()));
    // Once the app can show something, the static cover from index.html goes.
    Effect::new(move |_| {
        if story.read().is_some() {
            if let Some(el) = browser::document().and_then(|d| d.get_element_by_id("static")) {
                el.remove();
            }
        }
    });
    // Title and focus follow the step. Focus moves only when the step
    // changes on a drawn page: on page load the browser starts at the top,
    // and switching language should leave focus on the switch.
    Effect::new(move |shown: Option<Option<Result<Step, BadStep>>>| {
        let lang = nav.lang.get();
        let step = nav.step.get();
        let story = story.read().as_ref().and_then(|r| r.as_ref().ok().cloned())?;
        browser::set_title(&page_title(&story, step.as_ref().ok().copied(), lang));
        if matches!(&shown, Some(Some(before)) if *before != step) {
            browser::focus_step_heading(!browser::prefers("(prefers-reduced-motion: reduce)"));
        }
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

    let retry = move |_| attempt.update(|n| *n += 1);
    view! {
        <SkipLink/>
        <Masthead story=story/>
        {move || match story.get() {
            Some(Ok(s)) => view! { <StepNav story=s/> }.into_any(),
            _ => ().into_any(),
        }}
        <main id="main" tabindex="-1" on:touchstart=on_touch_start on:touchend=on_touch_end>
            <LinkProblems/>
            {move || {
                let lang = nav.lang.get();
                let t = ui(lang);
                match story.get() {
                    None => view! { <p class="loading" aria-live="polite">{t.loading}</p> }.into_any(),
                    Some(Err(e)) => view! {
                        <Alert title=t.load_failed message=e.message(lang)>
                            <button type="button" class="button" data-retry on:click=retry>{t.retry}</button>
                        </Alert>
                    }.into_any(),
                    Some(Ok(s)) => view! {
                        <ErrorBoundary fallback=move |errors| {
                            let message = errors.get().into_iter().map(|(_, e)| e.to_string()).collect::<Vec<_>>().join("; ");
                            view! { <Alert title=ui(nav.lang.get_untracked()).crashed message=message><a class="button" href=nav.href(Step::Cover, nav.lang.get_untracked())>{ui(nav.lang.get_untracked()).to_cover}</a></Alert> }
                        }>
                            <StepView story=s.clone()/>
                        </ErrorBoundary>
                    }.into_any(),
                }
            }}
        </main>
        {move || match story.get() {
            Some(Ok(s)) => view! { <Footer story=s/> }.into_any(),
            _ => ().into_any(),
        }}
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

pub fn page_title(story: &Story, step: Option<Step>, lang: Lang) -> String {
    let title = story.meta.title.get(lang);
    let t = ui(lang);
    match step {
        Some(Step::Keyword(n)) => match story.keyword(n) {
            Some(k) => format!("{} {} · {} | {title}", t.keyword, numeral(k, lang), k.heading.get(lang)),
            None => title.to_string(),
        },
        Some(Step::Numbers) => format!("{} | {title}", t.numbers_heading),
        _ => format!("{title} | {}", story.meta.publication.get(lang)),
    }
}

/// 一..五 in Chinese, 1..5 in English.
pub fn numeral(k: &crate::data::Keyword, lang: Lang) -> String {
    match lang {
        Lang::Zh => k.numeral.clone(),
        Lang::En => k.n.to_string(),
    }
}

fn on_key(nav: Nav, ev: &web_sys::KeyboardEvent) {
    if ev.default_prevented() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
        return;
    }
    // Keys belong to whatever field the visitor is typing in.
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.is_content_editable()
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

/// Keeps a debounced viewport width (charts redraw when it changes) and the
/// colour scheme up to date.
fn watch_viewport(viewport: RwSignal<u32>, theme: RwSignal<Theme>) {
    let width = || {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0) as u32
    };
    viewport.set(width());
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let _resize = window_event_listener(ev::resize, move |_| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || viewport.set(width()), std::time::Duration::from_millis(150)).ok();
        pending.set_value(handle);
    });
    browser::on_media_change("(prefers-color-scheme: dark)", move |dark| {
        theme.set(if dark { Theme::Dark } else { Theme::Light });
    });
}
