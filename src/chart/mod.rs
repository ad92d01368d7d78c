//! Charts: the model a chart is drawn from (every label and number already
//! written in the reader's language, at build time: `build`, natively), its
//! drawing with plotters' SVG backend (`draw`, in the browser and natively
//! alike, in the colours and fonts of `style`; labels are wrapped by an
//! estimate, `measure`, never measured through the DOM), the place locator
//! (`locator`), and its table, text and CSV (`table`).
//!
//! Every chart is a set of panels of horizontal bars. Each panel has its own
//! linear scale starting at zero, so 79,528 and 1,472 can both be read
//! without a log axis; the panel titles say that the scales differ.

use crate::lang::Lang;
use serde::Deserialize;

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod draw;
pub mod locator;
pub mod measure;
pub mod style;
pub mod table;
#[cfg(test)]
mod tests;

pub use draw::render_svg;
pub use measure::wrap;

/// One bar, already in the reader's language.
#[derive(Clone, Debug, PartialEq, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Bar {
    pub id: String,
    /// The label as it starts a line (sentence case in English).
    pub label: String,
    pub value: f64,
    /// The value as a number in text (the table's `data-value`).
    pub raw: String,
    /// The value as the story text writes it, hedge included.
    pub text: String,
    /// "Label: value", for the bar's focusable overlay.
    pub tip: String,
    /// A part shown inside the bar ("of whom lifted out of poverty").
    pub part: Option<Part>,
    /// The label as the data writes it, to read mid-sentence (build only).
    #[serde(skip)]
    pub phrase: String,
    /// Its row of the CSV (build only).
    #[serde(skip)]
    pub facts: Facts,
}

/// A figure's own period ("" if the article gives none), what it is counted
/// in ("期", "元") and its hedge as a word ("余" / "over"): the CSV's columns
/// beside the value (build only).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Facts {
    pub period: String,
    pub unit: String,
    pub qualifier: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Default)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Part {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub raw: String,
    pub text: String,
    /// "Label: value", as the key under the bar says it.
    pub line: String,
    #[serde(skip)]
    pub facts: Facts,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct PanelData {
    pub title: String,
    /// The axis's tick labels, 0 to the top of the scale (`measure::axis_ticks`).
    pub ticks: Vec<String>,
    pub bars: Vec<Bar>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ChartData {
    pub id: String,
    pub title: String,
    pub lang: Lang,
    pub panels: Vec<PanelData>,
    /// What the reader must know to compare the bars ("not additive").
    pub note: Option<String>,
    /// The caption line under the title (what the bars count, and when),
    /// which every copy of the chart carries: the page, a download, a
    /// widget's card.
    pub meta: String,
    /// One sentence for screen readers (`table::describe`).
    pub description: String,
    /// The chart's numbers as CSV (`table::csv`).
    pub csv: String,
    /// Where it comes from, for downloads.
    pub source: String,
    /// The period the chart's figures share, as the data writes it (build
    /// only).
    #[serde(skip)]
    pub period: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// A bar's place in the SVG, for focusable overlays with tooltips.
#[derive(Clone, Debug, PartialEq)]
pub struct Hotspot {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    pub svg: String,
    pub width: u32,
    pub height: u32,
    pub hotspots: Vec<Hotspot>,
}

/// The two widths a chart is drawn at, and the media query that picks the
/// wide one. The drawing scales to its column (`width: 100%`), so the static
/// page (which holds both, the CSS showing one) and the app (which draws the
/// one the query picks) lay a chart out the same by construction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Widths {
    pub narrow: u32,
    pub wide: u32,
    /// Must match the `@media` rules for `.w-narrow` / `.w-wide` in main.css.
    pub query: &'static str,
}

impl Widths {
    pub fn pick(self, wide: bool) -> u32 {
        if wide {
            self.wide
        } else {
            self.narrow
        }
    }
}

/// In the story, charts sit in a column that is wide from 900 px up.
pub const STORY_WIDTHS: Widths = Widths {
    narrow: 360,
    wide: 560,
    query: "(min-width: 900px)",
};

/// A widget's frame is its viewport: wide from 480 px up.
pub const WIDGET_WIDTHS: Widths = Widths {
    narrow: 360,
    wide: 560,
    query: "(min-width: 480px)",
};

pub const MIN_WIDTH: u32 = 300;
pub const MAX_WIDTH: u32 = 1400;
