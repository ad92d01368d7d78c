//! A widget page (`w/<id>.html`, `w/<id>.en.html`, or `embed.html?id=`):
//! one widget alone, sized to its content (`boot.js` tells a host its
//! height). Bad parameters show a message in the frame.

use crate::browser;
use crate::components::chart::{source_line, ChartFigure};
use crate::components::keywords::KeywordCard;
use crate::components::shell::{answered, Alert, Loaded};
use crate::data::{Lang, Story};
use crate::embed::{EmbedParams, EmbedProblem, Widget};
use crate::i18n::embed_ui;
use crate::route::Step;
use crate::state::{main_hidden, StorySignal, ThemeSignal};
use leptos::prelude::*;
use std::sync::Arc;

/// The widget `params` name, or why there is none.
#[component]
pub fn WidgetPage(story: StorySignal, attempt: RwSignal<u32>, params: EmbedParams) -> impl IntoView {
    let theme_signal = expect_context::<ThemeSignal>();
    Effect::new(move |_| {
        let dark = theme_signal.0.get() == crate::charts::Theme::Dark;
        browser::set_root_attribute("data-theme", Some(if dark { "dark" } else { "light" }));
    });
    browser::set_root_attribute("data-transparent", params.transparent.then_some("1"));
    let lang = params.lang;
    browser::set_document_lang(lang.tag());
    let widget_id = params.id.clone();
    let widget_or_problem = Arc::new(move |s: Arc<Story>| match params.widget(&s) {
        Ok(w) => view! { <WidgetView story=s widget=w lang=lang/> }.into_any(),
        Err(problems) => {
            // A language we do not know: say it in both.
            let langs: &[Lang] = if problems.iter().any(|p| matches!(p, EmbedProblem::BadLang(_))) {
                &[Lang::Zh, Lang::En]
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
            .into_any()
        }
    });
    let answered = answered(story);
    view! {
        <main hidden=main_hidden() class="embed" data-widget=widget_id>
            {move || {
                let render = widget_or_problem.clone();
                answered.get().then(|| view! { <Loaded story=story attempt=attempt render=render/> })
            }}
        </main>
    }
}

/// The story's URL for a step, from wherever this page is (the widget
/// page's `<base>` is the story's directory).
fn story_href(step: Step, lang: Lang) -> String {
    browser::resolve(&step.href(lang))
}

#[component]
fn WidgetView(story: Arc<Story>, widget: Widget, lang: Lang) -> impl IntoView {
    let step = widget.step(&story);
    browser::set_title(&widget.page_title(&story, lang));
    // A chart carries its own source line; a keyword card gets one here.
    let (body, source) = match &widget {
        Widget::Chart(id) => (
            view! { <ChartFigure story=story.clone() id=id.clone() widget=true/> }.into_any(),
            None,
        ),
        Widget::Keyword(n) => (
            view! { <KeywordCard story=story.clone() n=*n widget=true/> }.into_any(),
            Some(source_line(&story, lang)),
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
