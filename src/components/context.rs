//! Background a newcomer needs (the page model's `Cover::context`): what the
//! report takes for granted (东西部协作, 两县一镇, why a town is called 闽宁 …)
//! and what it mentions that the steps leave out. Each item's `general` part
//! is general knowledge from outside the report, and is marked as such.

use crate::lang::Lang;
use crate::page::ContextItem;
use crate::state::dom_id;
use crate::text::ui::ui;
use leptos::prelude::*;

#[component]
pub fn StoryContext(lang: Lang, items: Vec<ContextItem>) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|item| {
            view! {
                <div>
                    <dt>{item.title}</dt>
                    <dd>
                        <p>{item.body}</p>
                        {item.general.map(|g| view! { <p class="context-general">{g}</p> })}
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
