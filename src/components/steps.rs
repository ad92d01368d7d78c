//! The journey: step navigation, the cover, the closing data view, the
//! pager and the share bar. Keyword steps live in `keywords`.

use crate::browser;
use crate::components::chart::ChartFigure;
use crate::components::context::StoryContext;
use crate::components::keywords::{KeywordView, Locator, StatList};
use crate::data::Story;
use crate::format::{self, numeral};
use crate::i18n::ui;
use crate::route::{Step, STEPS};
use crate::state::{Nav, Printing};
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
                    data-step=step.query_value().unwrap_or_else(|| "cover".into())
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

#[component]
pub fn StepView(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let printing = expect_context::<Printing>();
    move || {
        if printing.0.get() {
            return view! {
                <Cover story=story.clone()/>
                {(1..=5).map(|n| view! { <KeywordView story=story.clone() n=n/> }).collect_view()}
                <NumbersView story=story.clone()/>
            }
            .into_any();
        }
        match nav.step_or_nearest() {
            Step::Cover => view! { <Cover story=story.clone()/> }.into_any(),
            Step::Keyword(n) => view! { <KeywordView story=story.clone() n=n/> }.into_any(),
            Step::Numbers => view! { <NumbersView story=story.clone()/> }.into_any(),
        }
    }
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
                <h1 class="cover-title" data-step-heading tabindex="-1">{phrases(m.title.get(lang), lang)}</h1>
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
                <a class="button start" data-nav="next" href=nav.href(Step::Keyword(1), lang)>{t.start}" →"</a>
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
            <article class="step numbers" data-step="numbers" aria-labelledby="step-heading">
                <StepHead kicker=t.numbers heading=t.numbers_heading sub=t.numbers_intro/>
                <div class="box-grid">{sections}</div>
                <div class="charts">{charts}</div>
                <Pager story=story.clone()/>
            </article>
        }
    }
}

/// Previous / next at the end of a step, with the share bar.
#[component]
pub fn Pager(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let label = move |step: Step| format::step_label(&story, step, nav.lang.get_untracked());
    let lang = nav.lang.get_untracked();
    let t = ui(lang);
    let current = nav.step_or_nearest();
    view! {
        <nav class="pager" aria-label=t.pager_label>
            {current.prev().map(|p| view! {
                <a class="button pager-prev" data-nav="prev" rel="prev" href=nav.href(p, lang)>
                    <span class="pager-dir">"← "{t.prev}</span>
                    <span class="pager-label">{label(p)}</span>
                </a>
            })}
            {match current.next() {
                Some(n) => view! {
                    <a class="button pager-next" data-nav="next" rel="next" href=nav.href(n, lang)>
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
    let t = move || ui(nav.lang.get());
    let copy = move |_| {
        let t = ui(nav.lang.get_untracked());
        leptos::task::spawn_local(async move {
            let ok = browser::copy_text(&browser::current_href()).await.is_ok();
            status.set(Some(if ok { t.copied } else { t.copy_failed }));
        });
    };
    let share = move |_| {
        let t = ui(nav.lang.get_untracked());
        leptos::task::spawn_local(async move {
            let title = browser::document().map(|d| d.title()).unwrap_or_default();
            let url = browser::current_href();
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
            <button type="button" class="button ghost" data-share on:click=share>{move || t().share}</button>
            <button type="button" class="button ghost" data-copy-link on:click=copy>{move || t().copy_link}</button>
            <span class="share-status" role="status" aria-live="polite">{move || status.get()}</span>
        </div>
    }
}

/// A step's heading block. Its h2 is where focus lands on a step change.
#[component]
pub fn StepHead(
    #[prop(into)] kicker: String,
    #[prop(into)] heading: String,
    #[prop(into)] sub: String,
    /// The keyword's numeral, drawn as a badge before the kicker.
    #[prop(optional)]
    badge: Option<String>,
) -> impl IntoView {
    view! {
        <header class="step-head">
            <p class="kicker">{badge.map(|b| view! { <span class="numeral" aria-hidden="true">{b}</span> })}{kicker}</p>
            <h2 id="step-heading" data-step-heading tabindex="-1">{heading}</h2>
            <p class="sub">{sub}</p>
        </header>
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
