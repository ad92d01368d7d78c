//! The journey: step navigation, and the step shown (cover, a keyword, the
//! closing data view), each laid out from its language's page model.
//! Keyword steps live in `keywords`; the pager, share bar and step heading
//! in `shell`.

use crate::browser;
use crate::components::chart::Charts;
use crate::components::context::StoryContext;
use crate::components::keywords::KeywordView;
use crate::components::shell::{Alert, Locator, Pager, StatList, StepHead};
use crate::lang::Lang;
use crate::page::{Body, Cover, Numbers, Site};
use crate::site::route::{Step, STEPS};
use crate::state::{hook, is_live, step_heading_id, Nav, Pages, Printing, Shown};
use crate::text::ui::ui;
use leptos::prelude::*;
use std::sync::Arc;

/// The step tabs, in the language of `site` (the page's current one).
#[component]
pub fn StepNav(site: Arc<Site>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let lang = site.lang();
    let item = move |step: Step| {
        let (num, name) = site.step(&step.key()).map(|s| s.tab.clone()).unwrap_or_default();
        let current = move || nav.step.get() == Ok(step);
        view! {
            <li>
                <a
                    href=nav.href(step, lang)
                    class="step-link"
                    class:keyword=matches!(step, Step::Keyword(_))
                    aria-current=move || current().then_some("step")
                    data-step=step.key()
                >
                    <span class="step-num">{num}</span>
                    <span class="step-name">{name}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="step-nav" aria-label=ui(lang).steps_label>
            <ol>{STEPS.into_iter().map(item).collect_view()}</ol>
        </nav>
    }
}

/// The step shown. Every step the reader has seen stays mounted, hidden,
/// each a fixed page of its step and language (its own `Nav`, pinned), and
/// the app mounts the steps either side while the browser is idle: a step
/// change shows one and hides another, and rebuilds nothing. Printing shows
/// every step in order.
#[component]
pub fn StepView(pages: Pages, attempt: RwSignal<u32>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let printing = expect_context::<Printing>();
    let live = is_live();
    let here = Memo::new(move |_| (nav.step_or_nearest(), nav.lang.get()));
    let mounted = RwSignal::new(Vec::<(Step, Lang)>::new());
    let slots = move || {
        let (step, lang) = here.get();
        if printing.0.get() {
            return STEPS.iter().map(|s| (*s, lang)).collect::<Vec<_>>();
        }
        let mut slots = mounted.get();
        if !slots.contains(&(step, lang)) {
            slots.push((step, lang));
        }
        // In reading order, so that the page's order is the story's.
        slots.sort_by_key(|(s, l)| (*l != lang, s.index()));
        slots
    };
    if live {
        Effect::new(move |_| {
            let (step, lang) = here.get();
            pages.want(lang);
            // Only a step not yet mounted changes the list (and wakes `For`).
            // An idle moment may come after this view is gone: then nothing.
            let remember = move |s: Step| {
                if mounted.try_with_untracked(|m| !m.contains(&(s, lang))) == Some(true) {
                    mounted.try_update(|m| m.push((s, lang)));
                }
            };
            remember(step);
            // Where the reader goes next, one step per idle moment.
            for s in [step.next(), step.prev()].into_iter().flatten() {
                browser::when_idle(move || {
                    remember(s);
                    browser::when_idle(move || browser::lay_out_ahead(&slot_selector(s, lang)));
                });
            }
        });
    }
    view! {
        <For each=slots key=|slot| *slot let((step, lang))>
            <StepSlot
                pages=pages
                attempt=attempt
                step=step
                lang=lang
                shown=Signal::derive(move || printing.0.get() && here.get().1 == lang || here.get() == (step, lang))
            />
        </For>
    }
}

/// A step slot's name ("3.en"), and how to find it.
fn slot_name(step: Step, lang: Lang) -> String {
    format!("{}.{}", step.key(), lang.tag())
}

fn slot_selector(step: Step, lang: Lang) -> String {
    format!("[data-slot=\"{}\"]", slot_name(step, lang))
}

/// One step, as a page of its own: its navigation pinned to it, shown or
/// hidden; its language's page model, or why there is none yet.
#[component]
fn StepSlot(pages: Pages, attempt: RwSignal<u32>, step: Step, lang: Lang, shown: Signal<bool>) -> impl IntoView {
    let nav = expect_context::<Nav>().pinned(step, lang);
    provide_context(nav);
    provide_context(Shown(shown));
    let render = Arc::new(move |site: Arc<Site>| {
        let Some(page) = site.step(&step.key()).cloned() else {
            let t = ui(lang);
            return view! { <Alert title=t.bad_step message=String::new()>""</Alert> }.into_any();
        };
        match page.body {
            Body::Cover(c) => view! { <CoverView site=site cover=c/> }.into_any(),
            Body::Keyword(k) => view! { <KeywordView site=site k=*k/> }.into_any(),
            Body::Numbers(n) => view! { <NumbersView site=site numbers=n/> }.into_any(),
        }
    });
    view! {
        <div class="step-slot" data-slot=slot_name(step, lang) hidden=move || !shown.get()>
            <crate::components::shell::Loaded page=pages.get(lang) attempt=attempt lang=Signal::stored(lang) render=render/>
        </div>
    }
}

#[component]
fn CoverView(site: Arc<Site>, cover: Cover) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let lang = site.lang();
    let t = ui(lang);
    let keywords = cover
        .keywords
        .into_iter()
        .map(|(n, numeral, heading)| {
            view! {
                <li><a href=nav.href(Step::Keyword(n), lang)>
                    <span class="step-num">{numeral}</span>
                    <span>{heading}</span>
                </a></li>
            }
        })
        .collect_view();
    view! {
        <section class="cover" data-step="cover">
            <div class="cover-text">
            <p class="kicker">{site.dateline.clone()}</p>
            <h1 class="cover-title" data-step-heading=hook("") tabindex="-1">{phrases(cover.phrases)}</h1>
            <p class="deck">{cover.deck}</p>
            <p class="intro">{cover.intro}</p>
            <ol class="cover-keywords">{keywords}</ol>
            <p class="byline">{site.reporters.clone()}</p>
            <a class="button start" data-nav=hook("next") href=nav.href(Step::Keyword(1), lang)>{t.start}" →"</a>
            <p class="hint">{t.hint}</p>
            </div>
            <Locator site=site.clone() highlight=vec!["xiamen".to_string()]/>
        </section>
        <StoryContext lang=lang items=cover.context/>
    }
}

#[component]
fn NumbersView(site: Arc<Site>, numbers: Numbers) -> impl IntoView {
    let sections = numbers
        .boxes
        .into_iter()
        .map(|b| {
            view! {
                <section class="box-section" data-box=b.id>
                    <h3>{b.title}</h3>
                    <p>{b.body}</p>
                    <StatList stats=b.stats/>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="step numbers" data-step="numbers" aria-labelledby=step_heading_id()>
            <StepHead head=numbers.head/>
            <div class="box-grid">{sections}</div>
            <Charts site=site.clone() ids=numbers.charts/>
            <Pager site=site.clone()/>
        </article>
    }
}

/// The title in its phrases: a Chinese headline breaks between them, never
/// inside one (山海一家亲 / 逐梦振兴路); a title of one phrase wraps as usual.
fn phrases(phrases: Vec<String>) -> impl IntoView {
    if phrases.len() < 2 {
        return phrases.concat().into_any();
    }
    let last = phrases.len() - 1;
    phrases
        .into_iter()
        .enumerate()
        .map(|(i, p)| view! { <span class="phrase">{p}</span>{(i < last).then_some(" ")} })
        .collect_view()
        .into_any()
}
