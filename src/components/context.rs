//! Background a newcomer needs, from `meta.context`: what the report takes
//! for granted (东西部协作, 两县一镇, why a town is called 闽宁 …) and what it
//! mentions that the steps leave out. Each item's `general` part is general
//! knowledge from outside the report, and is marked as such.

use crate::data::Story;
use crate::format;
use crate::i18n::ui;
use crate::state::{dom_id, Nav};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn StoryContext(story: Arc<Story>) -> impl IntoView {
    let nav = expect_context::<Nav>();
    move || {
        let lang = nav.lang.get();
        let items = story
            .meta
            .context
            .iter()
            .map(|item| {
                let general = item.general.as_ref().map(|g| {
                    view! {
                        <p class="context-general">{format::labelled(ui(lang).general_tag, g.get(lang), lang)}</p>
                    }
                });
                view! {
                    <div>
                        <dt>{item.title.get(lang).to_string()}</dt>
                        <dd>
                            <p>{item.body.get(lang).to_string()}</p>
                            {general}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <section class="context" aria-labelledby=dom_id("context-heading")>
                <h2 id=dom_id("context-heading")>{ui(lang).context_heading}</h2>
                <dl>{items}</dl>
            </section>
        }
    }
}
