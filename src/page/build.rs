//! One language's page model from the story (build only): every step's
//! text, figures and features, every chart, every widget, the places, each
//! written as the page shows it. Whatever the views used to work out for
//! themselves is worked out here, once.

use super::{
    Body, ContextItem, Cover, Dots, Feature, Head, Keyword, Numbers, Pair, Project, Section, Site, Stat, StepPage,
    VERSION,
};
use crate::chart::build::{chart_data, keyword_data};
use crate::chart::locator::Place;
use crate::lang::Lang;
use crate::page::widgets::{self, OfStory};
use crate::site::embed::Widget;
use crate::site::route::{Step, STEPS};
use crate::story::{self, Figure, Story};
use crate::text::ui::ui;
use crate::text::{labels, numbers};

/// The page model of `lang`.
pub fn site(story: &Story, lang: Lang) -> Site {
    let (m, t) = (&story.meta, ui(lang));
    Site {
        version: VERSION,
        lang: lang.tag().to_string(),
        title: m.title.get(lang).to_string(),
        dateline: labels::dateline(m, lang),
        source: labels::labelled(t.source, &labels::source_line(m, lang), lang),
        chart_source: labels::labelled(t.source, &labels::dateline(m, lang), lang),
        reporters: m.reporters.get(lang).to_string(),
        retold: m.retold.get(lang).to_string(),
        steps: STEPS.iter().map(|s| step_page(story, *s, lang)).collect(),
        charts: story.charts.iter().map(|c| chart_data(c, story, lang)).collect(),
        widgets: widgets::all(story).iter().map(|w| w.info(story, lang)).collect(),
        places: story.places.iter().map(|p| place(p, lang)).collect(),
    }
}

fn step_page(story: &Story, step: Step, lang: Lang) -> StepPage {
    let body = match step {
        Step::Cover => Body::Cover(cover(story, lang)),
        Step::Keyword(n) => match story.keyword(n) {
            Some(k) => Body::Keyword(Box::new(keyword(story, k, lang))),
            // Validation guarantees a keyword per keyword step.
            None => Body::Cover(cover(story, lang)),
        },
        Step::Numbers => Body::Numbers(numbers_view(story, lang)),
    };
    StepPage {
        key: step.key(),
        tab: labels::step_tab(story, step, lang),
        label: labels::step_label(story, step, lang),
        title: labels::page_title(story, Some(step), lang),
        body,
    }
}

fn cover(story: &Story, lang: Lang) -> Cover {
    let m = &story.meta;
    let title = m.title.get(lang);
    Cover {
        // A Chinese headline breaks between its space-separated phrases,
        // never inside one (山海一家亲 / 逐梦振兴路); English wraps as usual.
        phrases: match lang {
            Lang::Zh => title.split(' ').map(str::to_string).collect(),
            Lang::En => vec![title.to_string()],
        },
        deck: m.deck.get(lang).to_string(),
        intro: m.intro.get(lang).to_string(),
        keywords: story
            .keywords
            .iter()
            .map(|k| (k.n, labels::numeral(k, lang), k.heading.get(lang).to_string()))
            .collect(),
        context: m
            .context
            .iter()
            .map(|item| ContextItem {
                title: item.title.get(lang).to_string(),
                body: item.body.get(lang).to_string(),
                general: item
                    .general
                    .as_ref()
                    .map(|g| labels::labelled(ui(lang).general_tag, g.get(lang), lang)),
            })
            .collect(),
    }
}

fn keyword(story: &Story, k: &story::Keyword, lang: Lang) -> Keyword {
    let title = Widget::Keyword(k.n).title(story, lang);
    Keyword {
        n: k.n,
        head: Head {
            badge: Some(labels::numeral(k, lang)),
            kicker: labels::keyword_name(k, lang),
            heading: k.heading.get(lang).to_string(),
            sub: k.subheading.get(lang).to_string(),
        },
        summary: k.summary.get(lang).to_string(),
        stats: stats(story, &k.figures, lang),
        note: labels::keyword_card_note(k, lang),
        place: k.place.clone(),
        feature: match k.feature {
            Some(story::Feature::Pairing) => Some(Feature::Pairing(pairs(story, lang))),
            Some(story::Feature::YouthPairs) => dots(story, lang).map(Feature::Dots),
            None => None,
        },
        changes: k.layout == Some(story::Layout::Changes),
        sections: k
            .sections
            .iter()
            .map(|s| Section {
                id: String::new(),
                title: s.title.get(lang).to_string(),
                change: s
                    .before
                    .as_ref()
                    .zip(s.after.as_ref())
                    .map(|(b, a)| (b.get(lang).to_string(), a.get(lang).to_string())),
                body: s.body.get(lang).to_string(),
                tags: s.items.iter().map(|i| i.get(lang).to_string()).collect(),
                stats: stats(story, &s.figures, lang),
            })
            .collect(),
        charts: story
            .charts
            .iter()
            .filter(|c| c.keyword == Some(k.n))
            .map(|c| c.id.clone())
            .collect(),
        csv: keyword_data(story, k, &Widget::Keyword(k.n).id(), &title, lang).csv,
    }
}

/// The SOEs and their towns and villages, with what each group did, in
/// figures: each value before its label, as a list item reads.
fn pairs(story: &Story, lang: Lang) -> Vec<Pair> {
    let name = |e: Option<&story::Entity>| e.map(|e| e.name.get(lang).to_string()).unwrap_or_default();
    story
        .pairings
        .iter()
        .map(|p| Pair {
            soe: p.soe.clone(),
            partner: p.partner.clone(),
            soe_name: name(story.soe(&p.soe)),
            partner_name: name(story.partner(&p.partner)),
            lead: p.lead,
            projects: p
                .projects
                .iter()
                .map(|pr| Project {
                    name: pr.name.get(lang).to_string(),
                    place: labels::project_place(story, p, pr, lang),
                    figures: pr
                        .figures
                        .iter()
                        .filter_map(|id| story.figure(id))
                        .map(|f| inline(f, lang))
                        .collect(),
                })
                .collect(),
        })
        .collect()
}

/// Organizations and villages as two rows of dots, each as long as its own
/// count: the report gives the two counts, not who pairs with whom.
fn dots(story: &Story, lang: Lang) -> Option<Dots> {
    let (orgs, villages) = (story.figure("k2-orgs")?, story.figure("k2-jingyuan-villages")?);
    let count = |f: &Figure| f.value.clamp(0.0, 50.0) as u32;
    Some(Dots {
        figure: orgs.id.clone(),
        rows: vec![("org".into(), count(orgs)), ("village".into(), count(villages))],
        lines: vec![inline(orgs, lang), inline(villages, lang)],
        note: ui(lang).pairs_unmatched.to_string(),
    })
}

fn numbers_view(story: &Story, lang: Lang) -> Numbers {
    let t = ui(lang);
    Numbers {
        head: Head {
            badge: None,
            kicker: t.numbers.to_string(),
            heading: t.numbers_heading.to_string(),
            sub: t.numbers_intro.to_string(),
        },
        boxes: story
            .data_box
            .iter()
            .map(|b| {
                // Parts ("of whom …") show inside their whole's chart bar.
                let ids: Vec<String> = story
                    .figures_in(&b.id)
                    .filter(|f| f.part_of.is_none())
                    .map(|f| f.id.clone())
                    .collect();
                Section {
                    id: b.id.clone(),
                    title: b.title.get(lang).to_string(),
                    change: None,
                    body: b.note.get(lang).to_string(),
                    tags: Vec::new(),
                    stats: stats(story, &ids, lang),
                }
            })
            .collect(),
        charts: story
            .charts
            .iter()
            .filter(|c| c.keyword.is_none())
            .map(|c| c.id.clone())
            .collect(),
    }
}

/// Figures as a stat list shows them: each number exactly the data's value,
/// written with its unit and hedge; the whole label as it starts a line
/// (with where the report lists it: a stat is often read alone); the period
/// where the article dates it and the label does not; a part of it.
fn stats(story: &Story, ids: &[String], lang: Lang) -> Vec<Stat> {
    ids.iter()
        .filter_map(|id| story.figure(id))
        .map(|f| {
            let part = story.part_of(&f.id).map(|p| {
                let label = labels::sentence_case(p.label.get(lang), lang);
                (p.id.clone(), labels::labelled(&label, &numbers::figure(p, lang), lang))
            });
            Stat {
                text: numbers::figure(f, lang),
                label: labels::sentence_case(f.label.get(lang), lang),
                part,
                ..inline(f, lang)
            }
        })
        .collect()
}

/// A figure as it reads in a line of text: its value (in bold, saying what
/// it counts) before the rest of its label (`numbers::inline_parts`).
fn inline(f: &Figure, lang: Lang) -> Stat {
    let (text, label) = numbers::inline_parts(f, lang);
    Stat {
        id: f.id.clone(),
        value: f.value.to_string(),
        text,
        label,
        period: labels::period_note(f, lang),
        part: None,
    }
}

fn place(p: &story::Place, lang: Lang) -> Place {
    Place {
        id: p.id.clone(),
        name: p.name.get(lang).to_string(),
        lat: p.lat,
        lon: p.lon,
        label: p.label,
        short: p.short.as_ref().map(|s| s.get(lang).to_string()),
        only_with: p.only_with.clone(),
    }
}
