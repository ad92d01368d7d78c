//! The widgets the story offers a reporter, read from the story (build
//! only): which there are, their titles, the step each comes from, and about
//! how tall each is at 600 px, for the snippets and the oEmbed answers.

use super::WidgetInfo;
use crate::chart::build::chart_data;
use crate::chart::{render_svg, Theme};
use crate::lang::Lang;
use crate::site::embed::Widget;
use crate::site::route::Step;
use crate::story::Story;
use crate::text::labels;

/// Every widget the story offers, in reading order: each keyword card,
/// then the charts.
pub fn all(story: &Story) -> Vec<Widget> {
    let mut keywords: Vec<u8> = story.keywords.iter().map(|k| k.n).collect();
    keywords.sort_unstable();
    keywords
        .into_iter()
        .map(Widget::Keyword)
        .chain(story.charts.iter().map(|c| Widget::Chart(c.id.clone())))
        .collect()
}

/// What the story says of a widget.
pub trait OfStory {
    /// The story step the widget comes from, for the "read the story" link.
    fn step(&self, story: &Story) -> Step;
    /// The widget's title as a reader sees it.
    fn title(&self, story: &Story, lang: Lang) -> String;
    /// The widget page's title: the widget's, then the story's (what the
    /// tab and a shared link's preview say).
    fn page_title(&self, story: &Story, lang: Lang) -> String;
    /// About how tall the widget is at 600 px wide, so that a host page
    /// that runs no script still shows it whole. Charts are measured by
    /// drawing them; a keyword card by the length of its text.
    fn height_at_600(&self, story: &Story, lang: Lang) -> u32;
    /// The widget as the page model lists it.
    fn info(&self, story: &Story, lang: Lang) -> WidgetInfo;
}

impl OfStory for Widget {
    fn step(&self, story: &Story) -> Step {
        match self {
            Widget::Keyword(n) => Step::Keyword(*n),
            Widget::Chart(id) => match story.chart(id).and_then(|c| c.keyword) {
                Some(n) => Step::Keyword(n),
                None => Step::Numbers,
            },
        }
    }

    fn title(&self, story: &Story, lang: Lang) -> String {
        match self {
            Widget::Chart(id) => story
                .chart(id)
                .map(|c| c.title.get(lang).to_string())
                .unwrap_or_default(),
            // Named as its step is ("Keyword 2 · …"): a heading may hold a
            // colon of its own.
            Widget::Keyword(n) => match story.keyword(*n) {
                Some(_) => labels::step_label(story, Step::Keyword(*n), lang),
                None => String::new(),
            },
        }
    }

    fn page_title(&self, story: &Story, lang: Lang) -> String {
        labels::part_title(&self.title(story, lang), story, lang)
    }

    fn height_at_600(&self, story: &Story, lang: Lang) -> u32 {
        // Title, caption line, source, links and padding around the chart.
        const CHROME: u32 = 190;
        match self {
            Widget::Chart(id) => story
                .chart(id)
                .map(|def| {
                    let svg = render_svg(&chart_data(def, story, lang), Theme::Light, 600 - 2 * 16, None).height;
                    // The note under the title beyond its first line, in
                    // small type: about 45 or 88 to a line.
                    let note = def
                        .note
                        .as_ref()
                        .map_or(0, |n| (note_lines(n.get(lang), lang).max(1) - 1) * 21);
                    svg + CHROME + note
                })
                .unwrap_or(400),
            Widget::Keyword(n) => story
                .keyword(*n)
                .map(|k| {
                    let chars = k.summary.get(lang).chars().count() as u32;
                    // About 36 CJK characters or 70 Latin ones to a line.
                    let per_line = if lang == Lang::Zh { 36 } else { 70 };
                    let stat_rows = (k.figures.len() as u32).div_ceil(3);
                    // The note, in smaller type: about 45 or 88 to a line.
                    let note = labels::keyword_card_note(k, lang).map_or(0, |n| 12 + note_lines(&n, lang) * 21);
                    CHROME + 110 + chars.div_ceil(per_line) * 28 + stat_rows * 70 + note
                })
                .unwrap_or(400),
        }
    }

    fn info(&self, story: &Story, lang: Lang) -> WidgetInfo {
        let snippet = |l: Lang| {
            let title = format!("{} — {}", self.title(story, l), labels::dateline(&story.meta, l));
            (l.tag().to_string(), title, self.height_at_600(story, l))
        };
        WidgetInfo {
            id: self.id(),
            title: self.title(story, lang),
            page_title: self.page_title(story, lang),
            step: self.step(story).key(),
            snippets: Lang::ALL.into_iter().map(snippet).collect(),
        }
    }
}

/// Lines a note takes in small type at 600 px: about 45 Chinese or 88
/// Latin characters to a line.
fn note_lines(text: &str, lang: Lang) -> u32 {
    (text.chars().count() as u32).div_ceil(if lang == Lang::Zh { 45 } else { 88 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chart_and_keyword_is_a_widget_with_a_title() {
        let s = crate::story::load::tests::story();
        let all = all(&s);
        assert_eq!(all.len(), s.charts.len() + s.keywords.len());
        for w in &all {
            assert_eq!(&Widget::parse(&w.id()), w);
            for lang in Lang::ALL {
                assert!(!w.title(&s, lang).is_empty(), "{w:?}");
                let h = w.height_at_600(&s, lang);
                assert!((200..3000).contains(&h), "{w:?} {h}");
            }
        }
        assert_eq!(Widget::Keyword(2).step(&s), Step::Keyword(2));
    }
}
