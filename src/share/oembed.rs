//! What a CMS makes of a pasted link: an oEmbed 1.0 answer (a static JSON
//! file per widget and language, written by the build) that every widget
//! page and every keyword step's page names in its head. WordPress keeps of
//! its `html` only a leading `<blockquote>` (shown until the frame speaks)
//! and the first `<iframe>`, which it sandboxes; Ghost inserts the `html`
//! as it is, so the `embed.js` after the frame sizes it there.

use crate::page::widgets::OfStory;
use crate::share::{self, CARD_H, CARD_W};
use crate::site::embed::{widget_url, ThemeChoice, Widget};
use crate::site::escape as esc;
use crate::site::route::lang_suffix;
use crate::story::{Lang, Story};
use serde::Serialize;

/// The folder the answers go to, beside `index.html`.
pub const DIR: &str = "oembed";
/// The width the answer's frame is given (hosts scale it down to their
/// column; the widget then tells them its height).
pub const WIDTH: u32 = 600;
/// How long a host may keep the answer, in seconds (a week).
pub const CACHE_AGE: u32 = 7 * 24 * 3600;

/// The answer's file, relative to the site: `oembed/w-funding.en.json`.
pub fn file(widget: &Widget, lang: Lang) -> String {
    format!("{DIR}/w-{}{}.json", widget.id(), lang_suffix(lang))
}

/// An oEmbed 1.0 `rich` answer.
#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Answer {
    pub version: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    pub provider_name: String,
    pub provider_url: String,
    pub html: String,
    pub width: u32,
    pub height: u32,
    pub thumbnail_url: String,
    pub thumbnail_width: u32,
    pub thumbnail_height: u32,
    pub cache_age: u32,
}

/// The answer for `widget` in `lang`; `site` is the site's absolute
/// address (`share::site_url`).
pub fn answer(story: &Story, widget: &Widget, lang: Lang, site: &str) -> Answer {
    let title = widget.page_title(story, lang);
    let height = widget.height_at_600(story, lang);
    let step = share::absolute(site, &widget.step(story).href(lang));
    // What a reader sees where the frame never loads: a link to the
    // widget's step of the story.
    let quote = format!(
        "<blockquote class=\"minning-embed\"><a href=\"{}\">{}</a></blockquote>",
        esc(&step),
        esc(&widget.title(story, lang))
    );
    // No theme: the widget follows the reader's system.
    let src = widget_url(site, &widget.id(), lang, ThemeChoice::Auto);
    let frame = format!(
        // width="100%": a theme that keeps a frame's width:height ratio on
        // resize (WordPress's Twenty Twenty-One) leaves it alone.
        "<iframe src=\"{}\" width=\"100%\" height=\"{height}\" title=\"{}\" frameborder=\"0\" scrolling=\"no\" \
         style=\"width:100%;max-width:{WIDTH}px;border:0\"></iframe>",
        esc(&src),
        esc(&title)
    );
    let sizer = format!(
        "<script src=\"{}\" async></script>",
        esc(&share::absolute(site, "embed.js"))
    );
    Answer {
        version: "1.0",
        kind: "rich",
        title,
        provider_name: crate::text::labels::dateline(&story.meta, lang),
        provider_url: share::absolute(site, &crate::site::route::Step::Cover.href(lang)),
        html: format!("{quote}{frame}{sizer}"),
        width: WIDTH,
        height,
        thumbnail_url: share::absolute(site, &share::widget_card(&widget.id(), lang)),
        thumbnail_width: CARD_W,
        thumbnail_height: CARD_H,
        cache_age: CACHE_AGE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::load::tests::story;

    #[test]
    fn answers_are_rich_with_a_quote_then_a_frame_of_the_widget_in_its_language() {
        let s = story();
        let site = "https://news.example/stories/minning/";
        for widget in crate::page::widgets::all(&s) {
            for lang in Lang::ALL {
                let a = answer(&s, &widget, lang, site);
                let json: serde_json::Value = serde_json::to_value(&a).unwrap();
                assert_eq!(
                    (json["version"].as_str(), json["type"].as_str()),
                    (Some("1.0"), Some("rich"))
                );
                let quote = a.html.find("<blockquote").expect("a blockquote");
                let frame = a.html.find("<iframe").expect("an iframe");
                assert!(quote < frame, "{}", a.html);
                let page = crate::site::route::widget_file(&widget.id(), lang);
                assert!(
                    a.html
                        .contains(&format!("src=\"{site}{page}?lang={}&amp;theme=auto\"", lang.tag())),
                    "{}",
                    a.html
                );
                assert!(a.thumbnail_url.starts_with(site) && a.provider_url.starts_with(site));
                assert_eq!(a.height, widget.height_at_600(&s, lang));
            }
        }
        assert_eq!(
            file(&Widget::Chart("funding".into()), Lang::En),
            "oembed/w-funding.en.json"
        );
    }
}
