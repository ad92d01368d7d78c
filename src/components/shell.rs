//! The parts every page shares: skip link, masthead with the language
//! switch, footer, the alert of every error state, the loading line, step
//! heading, pager and share bar, figures as a stat list, the place locator,
//! and the embed control, each laid out from the page model. Nothing here
//! imports another component module.

use crate::browser;
use crate::chart::locator::locator_svg;
use crate::chart::Rendered;
use crate::lang::Lang;
use crate::page::{Head, Site, Stat};
use crate::site::route::{self, Step};
use crate::state::{dom_id, hook, step_heading_id, ChartCache, Nav, PageSignal, ThemeSignal};
use crate::text::ui::{embed_ui, ui};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn SkipLink() -> impl IntoView {
    let nav = expect_context::<Nav>();
    // A button, not `href="#main"`: a fragment link would drop the query
    // string (and with it the step) under the page's <base>.
    let main_id = dom_id("main");
    let skip = move |_| {
        if let Some(main) = browser::document().and_then(|d| d.get_element_by_id(&main_id)) {
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! { <button type="button" class="skip" on:click=skip>{word(nav, |t| t.skip)}</button> }
}

/// The masthead of the page model `page` (the current language's).
#[component]
pub fn Masthead(page: PageSignal) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let site = move || page.get().and_then(Result::ok);
    let title = move || site().map_or_else(|| fallback_title(nav.lang.get()).to_string(), |s| s.title.clone());
    // The source line: publication and date, as the story's data gives them.
    let source = move || site().map_or_else(|| ui(nav.lang.get()).site.to_string(), |s| s.dateline.clone());
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
        <nav class="lang-switch" aria-label=word(nav, |t| t.lang_label)>
            {link(Lang::Zh, "中文")}
            {link(Lang::En, "EN")}
        </nav>
    }
}

#[component]
pub fn Footer(site: Arc<Site>) -> impl IntoView {
    let lang = site.lang();
    view! {
        <footer class="footer">
            <p class="source">{site.source.clone()}</p>
            <p>{site.reporters.clone()}</p>
            <p class="retold">{site.retold.clone()}</p>
            <p><a data-reporters href=route::Page::Gallery.href(lang)>
                {embed_ui(lang).for_reporters}
            </a></p>
        </footer>
    }
}

/// A word of the interface in the page's language, as it changes: one
/// closure (and one shape) for every such word.
pub fn word(
    nav: Nav,
    pick: fn(&crate::text::ui::Ui) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || pick(ui(nav.lang.get()))
}

/// A word of the embed controls in the page's language, as it changes.
pub fn embed_word(
    nav: Nav,
    pick: fn(&crate::text::ui::EmbedUi) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || pick(embed_ui(nav.lang.get()))
}

/// Every error state: a heading that says what happened, the detail, and
/// the ways on that the caller passes as children. The build also renders
/// it into each page as the `<template>` `boot.js` fills (its `data-slot`s)
/// for the alerts it shows before or without the app.
#[component]
pub fn Alert(#[prop(into)] title: String, #[prop(into)] message: String, children: Children) -> impl IntoView {
    view! {
        <div class="alert" role="alert">
            <p class="alert-title" data-slot="title">{title}</p>
            {(!message.is_empty()).then(|| view! { <p class="alert-message" data-slot="message">{message}</p> })}
            <div class="alert-actions" data-slot="actions">{children()}</div>
        </div>
    }
}

/// Whether the data has answered (the story, or an error) at least once.
/// Pages draw nothing before, so the app's hidden copy of the page, and
/// with it a second set of the public hooks (`[data-lang]`,
/// `[data-keyword]` …), exists only for the frame in which it takes over
/// from the static page.
pub fn answered(page: PageSignal) -> Memo<bool> {
    Memo::new(move |before: Option<&bool>| before.copied().unwrap_or(false) || page.with(Option::is_some))
}

/// The loading line, the load error with its retry button, or `render`
/// with the page model: everything that needs the data goes through here.
#[component]
pub fn Loaded(
    page: PageSignal,
    attempt: RwSignal<u32>,
    /// The language the loading line and the alert speak.
    lang: Signal<Lang>,
    // Boxed: one copy of this component in the wasm, whatever the page.
    render: Arc<dyn Fn(Arc<Site>) -> AnyView + Send + Sync>,
) -> impl IntoView {
    let retry = move |_| attempt.update(|n| *n += 1);
    move || match page.get() {
        Some(Ok(s)) => render(s),
        waiting => (move || {
            let lang = lang.get();
            let t = ui(lang);
            match &waiting {
                Some(Err(e)) => view! {
                    <Alert title=t.load_failed message=e.message(lang)>
                        <button type="button" class="button" data-retry on:click=retry>{t.retry}</button>
                    </Alert>
                }
                .into_any(),
                _ => view! { <p class="loading" aria-live="polite">{t.loading}</p> }.into_any(),
            }
        })
        .into_any(),
    }
}

/// An unknown step or language in the URL: say so, and offer a way on.
#[component]
pub fn LinkProblems() -> impl IntoView {
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

/// A step's heading block, with a keyword's numeral as a badge. Its h2 is
/// where focus lands on a step change.
#[component]
pub fn StepHead(head: Head) -> impl IntoView {
    view! {
        <header class="step-head">
            <p class="kicker">{head.badge.map(|b| view! { <span class="numeral" aria-hidden="true">{b}</span> })}{head.kicker}</p>
            <h2 id=step_heading_id() data-step-heading=hook("") tabindex="-1">{head.heading}</h2>
            <p class="sub">{head.sub}</p>
        </header>
    }
}

/// Previous / next at the end of a step, with the share bar.
#[component]
pub fn Pager(site: Arc<Site>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let label = move |step: Step| site.step(&step.key()).map(|s| s.label.clone()).unwrap_or_default();
    let lang = nav.lang.get_untracked();
    let t = ui(lang);
    let current = nav.step_or_nearest();
    view! {
        <nav class="pager" aria-label=t.pager_label>
            {current.prev().map(|p| view! {
                <a class="button pager-prev" data-nav=hook("prev") rel="prev" href=nav.href(p, lang)>
                    <span class="pager-dir">"← "{t.prev}</span>
                    <span class="pager-label">{label(p)}</span>
                </a>
            })}
            {match current.next() {
                Some(n) => view! {
                    <a class="button pager-next" data-nav=hook("next") rel="next" href=nav.href(n, lang)>
                        <span class="pager-dir">{t.next}" →"</span>
                        <span class="pager-label">{label(n)}</span>
                    </a>
                }.into_any(),
                None => view! {
                    <a class="button pager-next" href=nav.href(Step::Cover, lang)>
                        <span class="pager-dir">{t.end}</span>
                        <span class="pager-label">{t.again}</span>
                    </a>
                }.into_any(),
            }}
        </nav>
        <ShareBar/>
    }
}

#[component]
fn ShareBar() -> impl IntoView {
    let nav = expect_context::<Nav>();
    let status = RwSignal::new(None::<&'static str>);
    let t = ui(nav.lang.get_untracked());
    // The step's own page, which previews as that step in a chat app
    // (whatever else the address bar holds).
    let link = move || browser::resolve(&nav.href(nav.step_or_nearest(), nav.lang.get_untracked()));
    let copy = move |_| {
        let t = ui(nav.lang.get_untracked());
        let url = link();
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&url).await.is_ok();
            status.set(Some(if ok { t.copied } else { t.copy_failed }));
        });
    };
    let share = move |_| {
        let t = ui(nav.lang.get_untracked());
        let url = link();
        leptos::task::spawn_local(async move {
            let title = browser::document().map(|d| d.title()).unwrap_or_default();
            match browser::share(&title, &url).await {
                Ok(true) => {}
                // No share sheet here: copying is the next best thing.
                Ok(false) | Err(_) => {
                    let ok = browser::copy_text(&url).await.is_ok();
                    status.set(Some(if ok { t.copied } else { t.copy_failed }));
                }
            }
        });
    };
    view! {
        <div class="share">
            <button type="button" class="button ghost" data-share=hook("") on:click=share>{t.share}</button>
            <button type="button" class="button ghost" data-copy-link=hook("") on:click=copy>{t.copy_link}</button>
            <span class="share-status" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}

/// Figures as big numbers with their labels; each number is exactly the
/// data's value, written with its unit and hedge.
#[component]
pub fn StatList(stats: Vec<Stat>) -> impl IntoView {
    let stats = stats
        .into_iter()
        .map(|f| {
            view! {
                <li class="stat" data-figure=f.id data-value=f.value>
                    <span class="stat-value">{f.text}</span>
                    <span class="stat-label">{f.label}</span>
                    // The period, where the article dates the figure and the
                    // label does not already say it.
                    {f.period.map(|p| view! { <span class="stat-period">{p}</span> })}
                    // A part of this figure ("of whom …") reads with it.
                    {f.part.map(|(id, line)| view! { <span class="stat-part" data-figure=id>{line}</span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="stats">{stats}</ul> }
}

/// Where the step happens: places as dots at their coordinates, no map.
#[component]
pub fn Locator(site: Arc<Site>, highlight: Vec<String>) -> impl IntoView {
    let theme = expect_context::<ThemeSignal>().0;
    let cache = expect_context::<ChartCache>();
    let lang = site.lang();
    // Drawn once per place, language and theme: a step change reuses it.
    let svg = move || {
        let theme = theme.get();
        let key = (format!("locator:{}", highlight.join(",")), lang, theme, 320);
        cache
            .cached(key, || {
                let ids: Vec<&str> = highlight.iter().map(String::as_str).collect();
                Rendered {
                    svg: locator_svg(&site.places, &ids, lang, theme, 320),
                    width: 320,
                    height: 0,
                    hotspots: Vec::new(),
                }
            })
            .svg
            .clone()
    };
    let t = ui(lang);
    view! {
        <figure class="locator">
            <div class="locator-svg" role="img" aria-label=t.where_heading inner_html=svg></div>
            <figcaption>{t.where_note}</figcaption>
        </figure>
    }
}

/// Which widget's embed dialog is open, and the control that opened it
/// (focus goes back there when the dialog closes).
#[derive(Clone, Copy)]
pub struct EmbedTarget(
    pub RwSignal<Option<String>>,
    pub StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
);

impl EmbedTarget {
    pub fn provide() -> EmbedTarget {
        let target = EmbedTarget(RwSignal::new(None), StoredValue::new_local(None));
        provide_context(target);
        target
    }
}

/// The control on a chart or keyword card (`widget`: its id). Without an
/// `EmbedTarget` in context (the widget page itself) it draws nothing.
#[component]
pub fn EmbedButton(widget: String) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let target = use_context::<EmbedTarget>()?;
    let open = move |ev: leptos::ev::MouseEvent| {
        let opener = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
        target.1.set_value(opener);
        target.0.set(Some(widget.clone()));
    };
    Some(view! {
        <button type="button" class="button ghost embed-button" data-embed aria-haspopup="dialog" on:click=open>
            {embed_ui(nav.lang.get_untracked()).embed}
        </button>
    })
}
