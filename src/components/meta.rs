//! The `<head>` tags that make a shared link preview as its page: canonical
//! address, language alternates, the oEmbed answer, Open Graph and Twitter
//! cards. Rendered at
//! build time into each page's head (`src/bin/prerender.rs`); the values
//! come from `share::PageMeta`.

use crate::lang::Lang;
use crate::share::{PageMeta, CARD_H, CARD_W};
use leptos::prelude::*;

fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh_CN",
        Lang::En => "en_US",
    }
}

#[component]
pub fn PageMetaTags(meta: PageMeta) -> impl IntoView {
    let other = match meta.lang {
        Lang::Zh => Lang::En,
        Lang::En => Lang::Zh,
    };
    // x-default: the story's own language.
    let default = meta
        .alternates
        .iter()
        .find(|(l, _)| *l == Lang::Zh)
        .map(|(_, u)| u.clone());
    // Open Graph's `property` is no attribute the view macro knows by name.
    let og = [
        ("og:type", "article".to_string()),
        ("og:site_name", meta.site_name.clone()),
        ("og:locale", locale(meta.lang).to_string()),
        ("og:locale:alternate", locale(other).to_string()),
        ("og:title", meta.title.clone()),
        ("og:description", meta.description.clone()),
        ("og:url", meta.url.clone()),
        ("og:image", meta.image.clone()),
        ("og:image:type", "image/png".to_string()),
        ("og:image:width", CARD_W.to_string()),
        ("og:image:height", CARD_H.to_string()),
        ("og:image:alt", meta.image_alt.clone()),
    ]
    .into_iter()
    .map(|(p, c)| leptos::html::meta().attr("property", p).attr("content", c))
    .collect_view();
    view! {
        <link rel="canonical" href=meta.url.clone()/>
        {meta.alternates.iter().map(|(l, u)| view! { <link rel="alternate" hreflang=l.tag() href=u.clone()/> }).collect_view()}
        {default.map(|u| view! { <link rel="alternate" hreflang="x-default" href=u/> })}
        // What a CMS embeds for the pasted link (WordPress, Ghost).
        {meta.oembed.clone().map(|u| view! { <link rel="alternate" type="application/json+oembed" href=u title=meta.title.clone()/> })}
        {og}
        <meta name="twitter:card" content="summary_large_image"/>
        <meta name="twitter:title" content=meta.title.clone()/>
        <meta name="twitter:description" content=meta.description.clone()/>
        <meta name="twitter:image" content=meta.image.clone()/>
        <meta name="twitter:image:alt" content=meta.image_alt/>
    }
}
