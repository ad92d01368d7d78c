//! The journey: step navigation, the step shown (cover, a keyword, the
//! closing data view). Keyword steps live in `keywords`; the pager, share
//! bar and step heading in `shell`.

use crate::browser;
use crate::components::chart::ChartFigure;
use crate::components::context::StoryContext;
use crate::components::keywords::KeywordView;
use crate::components::shell::{Locator, Pager, StatList, StepHead};
use crate::data::Lang;
use crate::data::Story;
use crate::format::{self, numeral};
use crate::i18n::ui;
use crate::route::{Step, STEPS};
use crate::state::{hook, step_heading_id, Mode, Nav, Printing, Shown};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn StepNav(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let item = move |step: Step| {
        let story = story.clone();
        let label = Memo::new(move |_| format::step_tab(&story, step, nav.lang.get()));
        let current = move || nav.step.get() == Ok(step);
        view! {
            <li>
                <a
                    href=move || nav.href(step, nav.lang.get())
                    class="step-link"
                    class:keyword=matches!(step, Step::Keyword(_))
                    aria-current=move || current().then_some("step")
                    data-step=step.key()
                >
                    <span class="step-num">{move || label.get().0}</span>
                    <span class="step-name">{move || label.get().1}</span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="step-nav" aria-label=move || ui(nav.lang.get()).steps_label>
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
pub fn StepView(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let printing = expect_context::<Printing>();
    let live = !use_context::<Mode>().is_some_and(|m| m.is_static());
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
                browser::when_idle(move || remember(s));
            }
        });
    }
    view! {
        <For each=slots key=|slot| *slot let((step, lang))>
            <StepSlot
                story=story.clone()
                step=step
                lang=lang
                shown=Signal::derive(move || printing.0.get() && here.get().1 == lang || here.get() == (step, lang))
            />
        </For>
    }
}

/// One step, as a page of its own: its navigation pinned to it, shown or
/// hidden.
#[component]
fn StepSlot(story: Arc<Story>, step: Step, lang: Lang, shown: Signal<bool>) -> impl IntoView {
    let nav = expect_context::<Nav>().pinned(step, lang);
    provide_context(nav);
    provide_context(Shown(shown));
    let body = match step {
        Step::Cover => view! { <Cover story=story/> }.into_any(),
        Step::Keyword(n) => view! { <KeywordView story=story n=n/> }.into_any(),
        Step::Numbers => view! { <NumbersView story=story/> }.into_any(),
    };
    view! { <div class="step-slot" data-slot=format!("{}.{}", step.key(), lang.tag()) hidden=move || !shown.get()>{body}</div> }
}

#[component]
fn Cover(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let t = ui(lang);
        let m = &story.meta;
        view! {
            <section class="cover" data-step="cover">
                <div class="cover-text">
                <p class="kicker">{format::dateline(m, lang)}</p>
                <h1 class="cover-title" data-step-heading=hook("") tabindex="-1">{phrases(m.title.get(lang), lang)}</h1>
                <p class="deck">{m.deck.get(lang).to_string()}</p>
                <p class="intro">{m.intro.get(lang).to_string()}</p>
                <ol class="cover-keywords">
                    {story.keywords.iter().map(|k| view! {
                        <li><a href=nav.href(Step::Keyword(k.n), lang)>
                            <span class="step-num">{numeral(k, lang)}</span>
                            <span>{k.heading.get(lang).to_string()}</span>
                        </a></li>
                    }).collect_view()}
                </ol>
                <p class="byline">{m.reporters.get(lang).to_string()}</p>
                <a class="button start" data-nav=hook("next") href=nav.href(Step::Keyword(1), lang)>{t.start}" →"</a>
                <p class="hint">{t.hint}</p>
                </div>
                <Locator story=story.clone() highlight=vec!["xiamen".to_string()]/>
            </section>
            <StoryContext story=story.clone()/>
        }
    }
}

#[component]
fn NumbersView(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let t = ui(lang);
        let sections = story
            .data_box
            .iter()
            .map(|b| {
                // Parts ("of whom …") show inside their whole's chart bar.
                let figures: Vec<String> = story
                    .figures_in(&b.id)
                    .filter(|f| f.part_of.is_none())
                    .map(|f| f.id.clone())
                    .collect();
                view! {
                    <section class="box-section" data-box=b.id.clone()>
                        <h3>{b.title.get(lang).to_string()}</h3>
                        <p>{b.note.get(lang).to_string()}</p>
                        <StatList story=story.clone() figures=figures/>
                    </section>
                }
            })
            .collect_view();
        let charts = story
            .charts
            .iter()
            .filter(|c| c.keyword.is_none())
            .map(|c| view! { <ChartFigure story=story.clone() id=c.id.clone()/> })
            .collect_view();
        view! {
            <article class="step numbers" data-step="numbers" aria-labelledby=step_heading_id()>
                <StepHead kicker=t.numbers heading=t.numbers_heading sub=t.numbers_intro/>
                <div class="box-grid">{sections}</div>
                <div class="charts">{charts}</div>
                <Pager story=story.clone()/>
            </article>
        }
    }
}

/// A Chinese headline breaks between its space-separated phrases, never
/// inside one (山海一家亲 / 逐梦振兴路); English wraps as usual.
fn phrases(title: &str, lang: crate::data::Lang) -> impl IntoView {
    match lang {
        crate::data::Lang::Zh => {
            let parts: Vec<String> = title.split(' ').map(str::to_string).collect();
            let last = parts.len().saturating_sub(1);
            parts
                .into_iter()
                .enumerate()
                .map(|(i, p)| view! { <span class="phrase">{p}</span>{(i < last).then_some(" ")} })
                .collect_view()
                .into_any()
        }
        crate::data::Lang::En => title.to_string().into_any(),
    }
}
