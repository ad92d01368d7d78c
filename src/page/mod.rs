//! The page model: everything a reader of one language sees that is the
//! same for every reader — every label, number and unit as written, every
//! hedge and period, each step's text and title, each chart's bars, table,
//! description and CSV — worked out natively at build time from the story
//! (`build`, from `story` and `text`) and written to `data/page.<lang>.json`.
//! The static pages are rendered from it; the browser loads it (`load`) and
//! its views only lay it out, draw the charts and handle the reader.

use crate::chart::locator::Place;
use crate::chart::ChartData;
use crate::lang::Lang;
use serde::Deserialize;

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod load;
#[cfg(not(target_arch = "wasm32"))]
pub mod widgets;

/// The page model's format (`version` in each file); the loader names
/// another as such.
pub const VERSION: u32 = 1;

/// The page model of `lang`, relative to the site's directory.
pub fn data_file(lang: Lang) -> String {
    format!("data/page.{}.json", lang.tag())
}

/// A widget's data as CSV, a file the build writes beside the page
/// models: `data/csv/minning-funding-en.csv`.
pub fn csv_file(id: &str, lang: Lang) -> String {
    format!("data/csv/minning-{id}-{}.csv", lang.tag())
}

/// Serialised natively (the build writes it), read in both.
macro_rules! model {
    ($($item:item)*) => {
        $(
            #[derive(Clone, Debug, PartialEq, Deserialize)]
            #[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
            $item
        )*
    };
}

model! {
    /// One language's page model.
    pub struct Site {
        pub version: u32,
        /// The language's tag (`zh-CN`, `en`).
        pub lang: String,
        /// The story's title.
        pub title: String,
        /// "改写自厦门日报（2022年12月30日）" / "Retold from Xiamen Daily, 30 Dec 2022".
        pub dateline: String,
        /// The footer's source line, with its label.
        pub source: String,
        /// A chart's and a widget's source line, with its label.
        pub chart_source: String,
        pub reporters: String,
        pub retold: String,
        /// The steps, in reading order (`route::STEPS`).
        pub steps: Vec<StepPage>,
        pub charts: Vec<ChartData>,
        pub widgets: Vec<WidgetInfo>,
        /// The places the locator draws.
        pub places: Vec<Place>,
    }

    /// A step: its tab, its name, the page's title, and what it shows.
    pub struct StepPage {
        /// `route::Step::key`: `cover`, `1`..`5`, `numbers`.
        pub key: String,
        /// The step navigation's tab: number and name.
        pub tab: (String, String),
        /// Its full name (the pager).
        pub label: String,
        /// The document's title.
        pub title: String,
        pub body: Body,
    }

    /// What a step shows, by kind.
    pub enum Body {
        Cover(Cover),
        Keyword(Box<Keyword>),
        Numbers(Numbers),
    }

    /// A step's heading block.
    pub struct Head {
        /// A keyword's numeral, drawn as a badge.
        pub badge: Option<String>,
        pub kicker: String,
        pub heading: String,
        pub sub: String,
    }

    pub struct Cover {
        /// The title in the phrases a line may break between.
        pub phrases: Vec<String>,
        pub deck: String,
        pub intro: String,
        /// Each keyword's number, numeral and heading.
        pub keywords: Vec<(u8, String, String)>,
        pub context: Vec<ContextItem>,
    }

    /// Background for newcomers; `general` is marked as general knowledge.
    pub struct ContextItem {
        pub title: String,
        pub body: String,
        pub general: Option<String>,
    }

    pub struct Keyword {
        pub n: u8,
        pub head: Head,
        pub summary: String,
        /// The key figures.
        pub stats: Vec<Stat>,
        /// What the report leaves open about the key figures, which the
        /// keyword card (a widget, often read alone) says under them.
        pub note: Option<String>,
        /// The place the locator highlights.
        pub place: String,
        pub feature: Option<Feature>,
        /// Sections read as changes, before → after.
        pub changes: bool,
        pub sections: Vec<Section>,
        /// Chart ids.
        pub charts: Vec<String>,
        /// The keyword card's figures as CSV (the widget's "get the data").
        pub csv: String,
    }

    /// A keyword's own figure, by kind.
    pub enum Feature {
        /// The SOE ↔ town/village pairings, with their projects.
        Pairing(Vec<Pair>),
        /// Two counts as two rows of dots (no pairs drawn: the report
        /// gives none).
        Dots(Dots),
    }

    pub struct Pair {
        pub soe: String,
        pub partner: String,
        pub soe_name: String,
        pub partner_name: String,
        pub lead: bool,
        pub projects: Vec<Project>,
    }

    pub struct Project {
        pub name: String,
        /// Where it is, where that is not the pair's own town or village.
        pub place: Option<String>,
        /// Each figure's value before its label (`Stat::text`).
        pub figures: Vec<Stat>,
    }

    pub struct Dots {
        pub figure: String,
        /// Each row: its class and how many dots.
        pub rows: Vec<(String, u32)>,
        /// Each count with what it counts (value before label).
        pub lines: Vec<Stat>,
        pub note: String,
    }

    /// A keyword's section, or a section of the data box.
    pub struct Section {
        /// A data-box section's id (`data-box`); empty in a keyword.
        pub id: String,
        pub title: String,
        /// From, to.
        pub change: Option<(String, String)>,
        pub body: String,
        pub tags: Vec<String>,
        pub stats: Vec<Stat>,
    }

    pub struct Numbers {
        pub head: Head,
        pub boxes: Vec<Section>,
        pub charts: Vec<String>,
    }

    /// A figure as the page shows it.
    pub struct Stat {
        pub id: String,
        /// The data's value, as a number in text (`data-value`).
        pub value: String,
        /// The value as the text writes it, with unit and hedge.
        pub text: String,
        pub label: String,
        /// The period, where the article dates it and the label does not.
        pub period: Option<String>,
        /// A part of it ("of whom …"): its id and "label: value".
        pub part: Option<(String, String)>,
    }

    /// A widget a reporter can embed.
    pub struct WidgetInfo {
        pub id: String,
        pub title: String,
        /// The page's title (the tab, a shared link).
        pub page_title: String,
        /// The step it comes from (`route::Step::key`).
        pub step: String,
        /// What its snippet says in each language (a reporter may copy it
        /// in the other): the language's tag, the iframe's title, and about
        /// how tall it is at 600 px.
        pub snippets: Vec<(String, String, u32)>,
    }
}

impl WidgetInfo {
    /// Its snippet's title and height in `lang`.
    pub fn snippet(&self, lang: Lang) -> (&str, u32) {
        self.snippets
            .iter()
            .find(|(tag, _, _)| tag == lang.tag())
            .map_or((self.title.as_str(), 400), |(_, title, h)| (title.as_str(), *h))
    }
}

impl Site {
    pub fn lang(&self) -> Lang {
        Lang::from_tag(&self.lang).unwrap_or_default()
    }

    pub fn step(&self, key: &str) -> Option<&StepPage> {
        self.steps.iter().find(|s| s.key == key)
    }

    pub fn chart(&self, id: &str) -> Option<&ChartData> {
        self.charts.iter().find(|c| c.id == id)
    }

    pub fn widget(&self, id: &str) -> Option<&WidgetInfo> {
        self.widgets.iter().find(|w| w.id == id)
    }

    /// The steps' keys, in order.
    pub fn step_index(&self, key: &str) -> usize {
        self.steps.iter().position(|s| s.key == key).unwrap_or(0)
    }

    /// A keyword's step.
    pub fn keyword(&self, n: u8) -> Option<&Keyword> {
        self.steps.iter().find_map(|s| match &s.body {
            Body::Keyword(k) if k.n == n => Some(&**k),
            _ => None,
        })
    }
}
