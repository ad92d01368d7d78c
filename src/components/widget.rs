//! A widget page (`w/<id>.html`, `w/<id>.en.html`, or `embed.html?id=`):
//! one widget alone, sized to its content (`boot.js` tells a host its
//! height). Bad parameters show a message in the frame.

use crate::browser;
use crate::components::chart::ChartWidget;
use crate::components::keywords::KeywordCard;
use crate::components::shell::{answered, Alert, Loaded};
use crate::lang::Lang;
use crate::page::{Site, WidgetInfo};
use crate::site::embed::{EmbedParams, EmbedProblem, Widget};
use crate::site::route::Step;
use crate::state::{main_hidden, PageSignal, ThemeSignal};
use crate::text::ui::embed_ui;
use leptos::prelude::*;
use std::sync::Arc;

/// The widget `params` name, or why there is none; `page` is the page
/// model of the widget's language.
#[component]
pub fn WidgetPage(page: PageSignal, attempt: RwSignal<u32>, params: EmbedParams) -> impl IntoView {
    let theme_signal = expect_context::<ThemeSignal>();
    Effect::new(move |_| {
        let dark = theme_signal.0.get() == crate::chart::Theme::Dark;
        browser::set_root_attribute("data-theme", Some(if dark { "dark" } else { "light" }));
    });
    browser::set_root_attribute("data-transparent", params.transparent.then_some("1"));
    let lang = params.lang;
    browser::set_document_lang(lang.tag());
    let widget_id = params.id.clone();
    let widget_or_problem = Arc::new(move |s: Arc<Site>| match params.widget(&s) {
        Ok(w) => {
            let w = w.clone();
            view! { <WidgetView site=s widget=w/> }.into_any()
        }
        Err(problems) => view! { <Problems problems=problems lang=lang/> }.into_any(),
    });
    let answered = answered(page);
    view! {
        <main hidden=main_hidden() class="embed" data-widget=widget_id>
            {move || {
                let render = widget_or_problem.clone();
                answered.get().then(|| view! { <Loaded page=page attempt=attempt lang=Signal::stored(lang) render=render/> })
            }}
        </main>
    }
}

/// What is wrong with the widget's address, in its language (in both, for
/// a language we do not know).
#[component]
fn Problems(problems: Vec<EmbedProblem>, lang: Lang) -> impl IntoView {
    let langs: &[Lang] = if problems.iter().any(|p| matches!(p, EmbedProblem::BadLang(_))) {
        &Lang::ALL
    } else {
        std::slice::from_ref(&lang)
    };
    let in_lang = |l: Lang| {
        let gap = if l == Lang::Zh { "" } else { " " };
        problems.iter().map(|p| p.message(l)).collect::<Vec<_>>().join(gap)
    };
    let message = langs.iter().map(|l| in_lang(*l)).collect::<Vec<_>>().join(" / ");
    let title = langs
        .iter()
        .map(|l| embed_ui(*l).bad_embed)
        .collect::<Vec<_>>()
        .join(" / ");
    view! {
        <Alert title=title message=message>
            <a class="button" href=story_href(Step::Cover, lang) target="_blank" rel="noopener">{embed_ui(lang).read_story}</a>
        </Alert>
    }
}

/// The story's URL for a step, from wherever this page is (the widget
/// page's `<base>` is the story's directory).
fn story_href(step: Step, lang: Lang) -> String {
    browser::resolve(&step.href(lang))
}

#[component]
fn WidgetView(site: Arc<Site>, widget: WidgetInfo) -> impl IntoView {
    let lang = site.lang();
    let step = Step::parse(Some(&widget.step)).unwrap_or(Step::Cover);
    browser::set_title(&widget.page_title);
    // A chart carries its own source line; a keyword card gets one here.
    let (body, source) = match Widget::parse(&widget.id) {
        Widget::Keyword(n) => (
            view! { <KeywordCard site=site.clone() n=n/> }.into_any(),
            Some(site.chart_source.clone()),
        ),
        Widget::Chart(id) => (
            site.chart(&id)
                .cloned()
                .map(|c| view! { <ChartWidget site=site.clone() chart=c/> })
                .into_any(),
            None,
        ),
    };
    view! {
        {body}
        <p class="widget-foot">
            <a data-story-link href=story_href(step, lang) target="_blank" rel="noopener">
                {embed_ui(lang).read_story}" ↗"
            </a>
            {source.map(|s| view! { <span class="widget-source">{s}</span> })}
        </p>
    }
}
