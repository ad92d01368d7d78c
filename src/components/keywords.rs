//! One view for every keyword step: the shared frame (heading, summary,
//! sections with their figures, charts, pager) plus the feature the data
//! names for it (`Keyword::feature`), one component per kind: the 1+6
//! pairing diagram, the 11 ↔ 11 youth pairs.

use crate::components::chart::{ChartFigure, GetData};
use crate::components::shell::{EmbedButton, Locator, Pager, StatList, StepHead};
use crate::data::{Feature, Lang, Layout, Section, Story};
use crate::embed::Widget;
use crate::format::{self, numeral};
use crate::i18n::ui;
use crate::state::{dom_id, shown, step_heading_id, Nav};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn KeywordView(story: Arc<Story>, n: u8) -> impl IntoView {
    let nav = expect_context::<Nav>();
    let shown = shown();
    move || {
        let lang = nav.lang.get();
        let t = ui(lang);
        let Some(k) = story.keyword(n).cloned() else {
            // Validation guarantees keywords 1..5; this is for a data file
            // that slipped past it.
            return view! { <p role="alert">{t.bad_step}</p> }.into_any();
        };
        // What the keyword shows besides its sections is named in the data.
        let feature = match k.feature {
            Some(Feature::Pairing) => view! { <PairingDiagram story=story.clone()/> }.into_any(),
            Some(Feature::YouthPairs) => view! { <YouthPairs story=story.clone()/> }.into_any(),
            None => ().into_any(),
        };
        let charts = story
            .charts
            .iter()
            .filter(|c| c.keyword == Some(n))
            .map(|c| view! { <ChartFigure story=story.clone() id=c.id.clone()/> })
            .collect_view();
        let sections = k
            .sections
            .iter()
            .map(|s| view! { <SectionBlock story=story.clone() section=s.clone() lang=lang/> })
            .collect_view();
        view! {
            <article class="step keyword" data-keyword=move || shown.get().then_some(n) aria-labelledby=step_heading_id()>
                <StepHead
                    badge=numeral(&k, lang)
                    kicker=format::keyword_name(&k, lang)
                    heading=k.heading.get(lang)
                    sub=k.subheading.get(lang)
                />
                <div class="lede">
                    <div>
                        <Lede story=story.clone() k=k.clone() lang=lang/>
                        <EmbedButton widget=Widget::Keyword(n)/>
                    </div>
                    <Locator story=story.clone() highlight=vec![k.place.clone()]/>
                </div>
                {feature}
                <div class="sections" class:changes=k.layout == Some(Layout::Changes)>{sections}</div>
                <div class="charts">{charts}</div>
                <Pager story=story.clone()/>
            </article>
        }
        .into_any()
    }
}

/// The keyword's summary and key figures: the heart of the step, and all
/// of the keyword card a reporter embeds.
#[component]
fn Lede(story: Arc<Story>, k: crate::data::Keyword, lang: Lang) -> impl IntoView {
    let t = ui(lang);
    view! {
        <p class="summary">{k.summary.get(lang).to_string()}</p>
        <div class="key-figures" aria-label=t.key_figures role="group">
            <StatList story=story figures=k.figures.clone()/>
        </div>
    }
}

/// A keyword as a card on its own: numeral, heading, summary and key
/// figures. The embed view shows it alone.
#[component]
pub fn KeywordCard(story: Arc<Story>, n: u8, #[prop(optional)] widget: bool) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let k = story.keyword(n).cloned()?;
        Some(view! {
            <article class="keyword-card" class:widget=widget data-keyword=n aria-labelledby=dom_id(&format!("keyword-{n}-heading"))>
                <p class="kicker"><span class="numeral" aria-hidden="true">{numeral(&k, lang)}</span>{format::keyword_name(&k, lang)}</p>
                <h2 id=dom_id(&format!("keyword-{n}-heading"))>{k.heading.get(lang).to_string()}</h2>
                <p class="sub">{k.subheading.get(lang).to_string()}</p>
                <Lede story=story.clone() k=k.clone() lang=lang/>
                {widget.then(|| {
                    // The card's figures as CSV, like a chart's "get the data".
                    let title = Widget::Keyword(n).title(&story, lang);
                    let data = crate::charts::figures_data(&story, &format!("keyword-{n}"), &title, &k.figures, lang);
                    view! { <GetData data=data/> }
                })}
            </article>
        })
    }
}

#[component]
fn SectionBlock(story: Arc<Story>, section: Section, lang: Lang) -> impl IntoView {
    let t = ui(lang);
    let change = match (&section.before, &section.after) {
        (Some(b), Some(a)) => Some(view! {
            <p class="change">
                <span class="change-from"><span class="change-tag">{t.before}</span>" "<span class="change-text">{b.get(lang).to_string()}</span></span>
                <span class="change-arrow" aria-hidden="true">"↓"</span>
                <span class="change-to"><span class="change-tag">{t.after}</span>" "{a.get(lang).to_string()}</span>
            </p>
        }),
        _ => None,
    };
    let items = (!section.items.is_empty()).then(|| {
        view! { <ul class="tags">{section.items.iter().map(|i| view! { <li>{i.get(lang).to_string()}</li> }).collect_view()}</ul> }
    });
    view! {
        <section class="section">
            <h3>{section.title.get(lang).to_string()}</h3>
            {change}
            <p>{section.body.get(lang).to_string()}</p>
            {items}
            <StatList story=story figures=section.figures.clone()/>
        </section>
    }
}

/// 建发 with 闽宁镇, then six groups with six villages, and what each pair
/// did together, in figures.
#[component]
fn PairingDiagram(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let t = ui(lang);
        let rows = story
            .pairings
            .iter()
            .map(|p| {
                let soe = story.soe(&p.soe).map(|e| e.name.get(lang).to_string()).unwrap_or_default();
                let partner = story.partner(&p.partner).map(|e| e.name.get(lang).to_string()).unwrap_or_default();
                let projects = if p.projects.is_empty() {
                    view! { <p class="muted">{t.no_project}</p> }.into_any()
                } else {
                    let items = p
                        .projects
                        .iter()
                        .map(|pr| {
                            let figs = pr
                                .figures
                                .iter()
                                .filter_map(|id| story.figure(id))
                                .map(|f| view! {
                                    <li data-figure=f.id.clone()>
                                        <strong>{format::figure_before_label(f, lang)}</strong>" "{f.label.get(lang).to_string()}
                                        {format::period_note(f, lang).map(|p| view! { " "<span class="stat-period">{p}</span> })}
                                    </li>
                                })
                                .collect_view();
                            // Only what the article ties to this town or village sits
                            // in the pair; the rest says where it is, or that the
                            // report does not say.
                            let place = format::project_place(&story, p, pr, lang)
                                .map(|place| view! { <span class="project-place">{place}</span> });
                            view! { <div class="project"><p>{pr.name.get(lang).to_string()}{place}</p><ul class="project-figures">{figs}</ul></div> }
                        })
                        .collect_view();
                    view! { <p class="pair-projects-label">{t.group_projects}</p>{items} }.into_any()
                };
                view! {
                    <li class="pair" class:lead=p.lead data-soe=p.soe.clone() data-partner=p.partner.clone()>
                        <div class="pair-ends">
                            <span class="pair-soe">{soe}{p.lead.then(|| view! { <span class="badge">{t.lead}</span> })}</span>
                            <span class="pair-link" aria-hidden="true"></span>
                            <span class="pair-partner">{partner}</span>
                        </div>
                        <div class="pair-projects">{projects}</div>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="feature pairing" aria-labelledby=dom_id("pairing-heading")>
                <h3 id=dom_id("pairing-heading")>{t.pairing_heading}</h3>
                <ol class="pairs">{rows}</ol>
            </section>
        }
    }
}

/// 11 Xiamen organisations and 11 Jingyuan villages, drawn as two rows of
/// dots. The report does not say that each pairs with one: no links.
#[component]
fn YouthPairs(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let (Some(orgs), Some(villages)) = (story.figure("k2-orgs"), story.figure("k2-jingyuan-villages")) else {
            return ().into_any();
        };
        // A row of dots per count, each as long as its own.
        let dots = |f: &crate::data::Figure| f.value.clamp(0.0, 50.0) as usize;
        let (n_orgs, n_villages) = (dots(orgs), dots(villages));
        // Each count with what it counts; then what the report leaves open.
        let line = |f: &crate::data::Figure| {
            view! { <span class="dots-line"><strong>{format::figure_before_label(f, lang)}</strong>" "{f.label.get(lang).to_string()}</span> }
        };
        let (orgs_line, villages_line) = (line(orgs), line(villages));
        let note = ui(lang).pairs_unmatched;
        view! {
            <figure class="feature dots" data-figure="k2-orgs">
                <div class="dot-rows" aria-hidden="true">
                    <div class="dot-row">{(0..n_orgs).map(|_| view! { <span class="dot org"></span> }).collect_view()}</div>
                    <div class="dot-row">{(0..n_villages).map(|_| view! { <span class="dot village"></span> }).collect_view()}</div>
                </div>
                <figcaption>
                    {orgs_line}
                    {villages_line}
                    <span class="muted">{note}</span>
                </figcaption>
            </figure>
        }
        .into_any()
    }
}
