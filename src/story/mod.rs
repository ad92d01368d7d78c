//! The story as its authors write it (`public/data/story.json`, from
//! `tools/gen_story.py`): facts, figures with unit, hedge, scope and period,
//! both languages side by side. Read only at build time: `load` parses it,
//! `validate` checks what the types cannot, and `page::build` turns it into
//! each language's page model, which is all the browser ever loads.

use serde::Deserialize;

pub use crate::chart::locator::Side;
pub use crate::lang::Lang;

/// A place, named in both languages.
pub type Place = crate::chart::locator::Place<Text>;

pub mod load;
pub mod validate;

/// A text in both languages.
#[derive(Clone, Debug, Deserialize, PartialEq, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Yuan,
    Person,
    PersonTime,
    Household,
    Tonne,
    SquareMetre,
    Kilometre,
    Bottle,
    Piece,
    /// A plain count; the figure's `counter` names what is counted.
    Count,
}

/// How the article hedged a figure, one variant per Chinese word so that the
/// text says it as the article does: 余 (`Over`: 1800余万元, 300余人), 超过
/// (`Exceeds`: 超过2000公里), 超 (`ExceedsShort`: 超300万元), 多 (`Plus`:
/// 55万多元, 30多家), 近 (nearly), 约/大约 (about), 预计 (expected), 累计
/// (cumulative total). English says "over" for all four "more than" words.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Over,
    Exceeds,
    ExceedsShort,
    Plus,
    Nearly,
    About,
    Expected,
    Cumulative,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// `k1`..`k5` for a keyword, or the id of a data-box section.
    pub section: String,
    pub label: Text,
    /// In base units: yuan, persons, tonnes, m², km …
    pub value: f64,
    pub unit: Unit,
    #[serde(default)]
    pub qualifier: Option<Qualifier>,
    /// The article gives the figure as a total (共: 共安排…1800余万元,
    /// 共引导企业…113家): shown as 共 / "in all" wherever the value is
    /// written, beside its `qualifier` (a figure may have both).
    #[serde(default)]
    pub total: bool,
    /// Measure word and English noun for `Unit::Count`.
    #[serde(default)]
    pub counter: Option<Text>,
    /// The id of the whole this figure is a part of (683 of 2452 …).
    #[serde(default)]
    pub part_of: Option<String>,
    /// What the figure is counted in, as a slug: "pengyang",
    /// "two-counties-one-town", "soe:itg" … A chart panel holds one scope.
    /// (The article's wording of each figure is in tests/fixtures/quotes.json.)
    pub scope: String,
    pub period: String,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub title: Text,
    pub body: Text,
    /// Figures that belong to this part of the keyword.
    #[serde(default)]
    pub figures: Vec<String>,
    /// A "from … to …" change, as in the three breaks of keyword 3.
    #[serde(default)]
    pub before: Option<Text>,
    #[serde(default)]
    pub after: Option<Text>,
    /// Short named things: the 1+1+1 team, Pengyang's seven products.
    #[serde(default)]
    pub items: Vec<Text>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Keyword {
    pub n: u8,
    pub numeral: String,
    pub heading: Text,
    pub subheading: Text,
    pub summary: Text,
    pub sections: Vec<Section>,
    /// Figures shown as the keyword's key numbers.
    pub figures: Vec<String>,
    /// The place the keyword happens in (an id in `places`).
    pub place: String,
    /// What the keyword shows besides its sections, by kind.
    #[serde(default)]
    pub feature: Option<Feature>,
    /// How its sections are laid out.
    #[serde(default)]
    pub layout: Option<Layout>,
    /// What the report leaves open about the keyword's figures, as the page
    /// says it (in its summary, sections, project places, notes): carried
    /// after the rows of the keyword's CSV, as a chart's note is.
    #[serde(default)]
    pub note: Option<Text>,
}

/// A keyword's own figure; each kind is drawn by one view component.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Feature {
    /// The SOE ↔ town/village pairings (`pairings`), with their projects.
    Pairing,
    /// Organizations paired with villages, as two rows of matched dots
    /// (the figures `k2-orgs` and `k2-jingyuan-villages`).
    YouthPairs,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Sections read as changes, before → after.
    Changes,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BoxSection {
    pub id: String,
    pub title: Text,
    pub note: Text,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Entity {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub kind: Option<String>,
}

/// A project of a pairing's SOE that the article names. It belongs to the
/// SOE, not necessarily to the SOE's partner: `at` is the town or village
/// (an id in `partners`) the article ties it to, if any.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Project {
    pub name: Text,
    pub figures: Vec<String>,
    #[serde(default)]
    pub at: Option<String>,
    /// Where the project is, in words, when it is in no partner town or
    /// village (ITG's trade-fair area and products hall).
    #[serde(default)]
    pub place: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Pairing {
    pub soe: String,
    pub partner: String,
    pub lead: bool,
    /// Projects of this SOE named in the article, wherever they are: see
    /// `Project::at` for the ones tied to a place.
    pub projects: Vec<Project>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Panel {
    pub title: Text,
    pub figures: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ChartDef {
    pub id: String,
    pub title: Text,
    pub period: String,
    /// Each panel has its own scale, so large and small values both read.
    pub panels: Vec<Panel>,
    /// The keyword step the chart belongs to; none means the data box.
    #[serde(default)]
    pub keyword: Option<u8>,
    /// Shown under the title, e.g. that the bars overlap and do not add up.
    #[serde(default)]
    pub note: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub deck: Text,
    pub intro: Text,
    pub publication: Text,
    pub date: String,
    pub reporters: Text,
    pub retold: Text,
    /// Background a newcomer needs, in the app's own words.
    pub context: Vec<ContextItem>,
}

/// One background item: what the article says (`body`) and, kept apart so
/// the app can mark it, any general knowledge from outside it (`general`).
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContextItem {
    pub title: Text,
    pub body: Text,
    #[serde(default)]
    pub general: Option<Text>,
}

#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub version: u32,
    pub meta: Meta,
    pub keywords: Vec<Keyword>,
    #[serde(rename = "box")]
    pub data_box: Vec<BoxSection>,
    pub figures: Vec<Figure>,
    pub soes: Vec<Entity>,
    pub partners: Vec<Entity>,
    pub pairings: Vec<Pairing>,
    pub places: Vec<Place>,
    pub charts: Vec<ChartDef>,
}

impl Story {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn keyword(&self, n: u8) -> Option<&Keyword> {
        self.keywords.iter().find(|k| k.n == n)
    }

    pub fn chart(&self, id: &str) -> Option<&ChartDef> {
        self.charts.iter().find(|c| c.id == id)
    }

    pub fn soe(&self, id: &str) -> Option<&Entity> {
        self.soes.iter().find(|e| e.id == id)
    }

    pub fn partner(&self, id: &str) -> Option<&Entity> {
        self.partners.iter().find(|e| e.id == id)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// Figures of one data-box section or keyword (`k1`..`k5`), in data order.
    pub fn figures_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Figure> + 'a {
        self.figures.iter().filter(move |f| f.section == section)
    }

    /// The parts recorded for a whole (e.g. "of whom lifted out of poverty").
    pub fn part_of<'a>(&'a self, whole: &'a str) -> Option<&'a Figure> {
        self.figures.iter().find(|f| f.part_of.as_deref() == Some(whole))
    }
}
