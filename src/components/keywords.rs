//! One view for every keyword step: the shared frame (heading, summary,
//! sections with their figures, charts, pager) plus the feature the page
//! model names for it, one component per kind: the 1+6 pairing diagram,
//! the two rows of dots. And a keyword as a card on its own (its widget).

use crate::components::chart::{Charts, GetData};
use crate::components::shell::{EmbedButton, Locator, Pager, StatList, StepHead};
use crate::lang::Lang;
use crate::page::{Dots, Feature, Keyword, Pair, Section, Site, Stat};
use crate::site::embed::Widget;
use crate::state::{dom_id, shown, step_heading_id};
use crate::text::ui::ui;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn KeywordView(site: Arc<Site>, k: Keyword) -> impl IntoView {
    let shown = shown();
    let lang = site.lang();
    let n = k.n;
    let feature = match k.feature {
        Some(Feature::Pairing(pairs)) => view! { <PairingDiagram lang=lang pairs=pairs/> }.into_any(),
        Some(Feature::Dots(dots)) => view! { <YouthPairs dots=dots/> }.into_any(),
        None => ().into_any(),
    };
    let sections = k
        .sections
        .into_iter()
        .map(|s| view! { <SectionBlock lang=lang section=s/> })
        .collect_view();
    view! {
        <article class="step keyword" data-keyword=move || shown.get().then_some(n) aria-labelledby=step_heading_id()>
            <StepHead head=k.head/>
            <div class="lede">
                <div>
                    <Lede lang=lang summary=k.summary stats=k.stats/>
                    <EmbedButton widget=Widget::Keyword(n).id()/>
                </div>
                <Locator site=site.clone() highlight=vec![k.place]/>
            </div>
            {feature}
            <div class="sections" class:changes=k.changes>{sections}</div>
            <Charts site=site.clone() ids=k.charts/>
            <Pager site=site/>
        </article>
    }
}

/// The keyword's summary and key figures: the heart of the step, and all
/// of the keyword card a reporter embeds.
#[component]
fn Lede(lang: Lang, summary: String, stats: Vec<Stat>) -> impl IntoView {
    view! {
        <p class="summary">{summary}</p>
        <div class="key-figures" aria-label=ui(lang).key_figures role="group">
            <StatList stats=stats/>
        </div>
    }
}

/// A keyword as a card on its own: numeral, heading, summary and key
/// figures with what the report leaves open about them, and its figures as
/// CSV. The widget page shows it alone.
#[component]
pub fn KeywordCard(site: Arc<Site>, n: u8) -> impl IntoView {
    let k = site.keyword(n).cloned()?;
    let lang = site.lang();
    let heading_id = dom_id(&format!("keyword-{n}-heading"));
    let labelled_by = heading_id.clone();
    Some(view! {
        <article class="keyword-card widget" data-keyword=n aria-labelledby=labelled_by>
            <p class="kicker"><span class="numeral" aria-hidden="true">{k.head.badge}</span>{k.head.kicker}</p>
            <h2 id=heading_id>{k.head.heading}</h2>
            <p class="sub">{k.head.sub}</p>
            <Lede lang=lang summary=k.summary stats=k.stats/>
            {k.note.map(|note| view! { <p class="chart-note">{note}</p> })}
            <GetData lang=lang id=Widget::Keyword(n).id()/>
        </article>
    })
}

#[component]
fn SectionBlock(lang: Lang, section: Section) -> impl IntoView {
    let t = ui(lang);
    let change = section.change.map(|(from, to)| {
        view! {
            <p class="change">
                <span class="change-from"><span class="change-tag">{t.before}</span>" "<span class="change-text">{from}</span></span>
                <span class="change-arrow" aria-hidden="true">"↓"</span>
                <span class="change-to"><span class="change-tag">{t.after}</span>" "{to}</span>
            </p>
        }
    });
    let tags = (!section.tags.is_empty()).then(
        || view! { <ul class="tags">{section.tags.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> },
    );
    view! {
        <section class="section">
            <h3>{section.title}</h3>
            {change}
            <p>{section.body}</p>
            {tags}
            <StatList stats=section.stats/>
        </section>
    }
}

/// A figure in a line of text: its value, then its label and period.
fn inline(f: Stat) -> impl IntoView {
    view! {
        <strong>{f.text}</strong>" "{f.label}
        {f.period.map(|p| view! { " "<span class="stat-period">{p}</span> })}
    }
}

/// 建发 with 闽宁镇, then six groups with six villages, and what each group
/// did, in figures.
#[component]
fn PairingDiagram(lang: Lang, pairs: Vec<Pair>) -> impl IntoView {
    let t = ui(lang);
    let rows = pairs
        .into_iter()
        .map(|p| {
            let projects = if p.projects.is_empty() {
                view! { <p class="muted">{t.no_project}</p> }.into_any()
            } else {
                let items = p
                    .projects
                    .into_iter()
                    .map(|pr| {
                        let figs = pr
                            .figures
                            .into_iter()
                            .map(|f| {
                                let id = f.id.clone();
                                view! { <li data-figure=id>{inline(f)}</li> }
                            })
                            .collect_view();
                        // Only what the article ties to this town or village
                        // sits in the pair; the rest says where it is, or
                        // that the report does not say.
                        let place = pr.place.map(|place| view! { <span class="project-place">{place}</span> });
                        view! { <div class="project"><p>{pr.name}{place}</p><ul class="project-figures">{figs}</ul></div> }
                    })
                    .collect_view();
                view! { <p class="pair-projects-label">{t.group_projects}</p>{items} }.into_any()
            };
            view! {
                <li class="pair" class:lead=p.lead data-soe=p.soe data-partner=p.partner>
                    <div class="pair-ends">
                        <span class="pair-soe">{p.soe_name}{p.lead.then(|| view! { <span class="badge">{t.lead}</span> })}</span>
                        <span class="pair-link" aria-hidden="true"></span>
                        <span class="pair-partner">{p.partner_name}</span>
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

/// Two counts as two rows of dots, each as long as its own. The report
/// does not say that each of one pairs with one of the other: no links.
#[component]
fn YouthPairs(dots: Dots) -> impl IntoView {
    let rows = dots
        .rows
        .into_iter()
        .map(|(class, n)| {
            let class = format!("dot {class}");
            view! { <div class="dot-row">{(0..n).map(|_| view! { <span class=class.clone()></span> }).collect_view()}</div> }
        })
        .collect_view();
    let lines = dots
        .lines
        .into_iter()
        .map(|f| view! { <span class="dots-line"><strong>{f.text}</strong>" "{f.label}</span> })
        .collect_view();
    view! {
        <figure class="feature dots" data-figure=dots.figure>
            <div class="dot-rows" aria-hidden="true">{rows}</div>
            <figcaption>
                {lines}
                <span class="muted">{dots.note}</span>
            </figcaption>
        </figure>
    }
}
