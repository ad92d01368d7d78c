//! The story's data: types that mirror `public/data/story.json`, parsing that
//! turns every failure into a readable message, and a `validate` step for what
//! serde cannot check (cross references, parts vs wholes, both languages).
//!
//! Nothing here touches the browser, so `cargo test` exercises all of it.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt;

/// Where the app finds its data, relative to the page's base URL so the site
/// works under any sub-path.
pub const STORY_PATH: &str = "data/story.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// Both languages, the story's own first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag used for `<html lang>` and the `lang` query parameter.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag {
            "zh-CN" | "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

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
pub struct Place {
    pub id: String,
    pub name: Text,
    pub lat: f64,
    pub lon: f64,
    /// Where the name goes beside the dot on the locator; a place without
    /// one is not drawn there (too close to another to label).
    #[serde(default)]
    pub label: Option<Side>,
    /// The name on the locator, where the full one is too long.
    #[serde(default)]
    pub short: Option<Text>,
    /// Drawn on the locator only beside this place (the ends of Taiwan,
    /// which only keyword two's distances need).
    #[serde(default)]
    pub only_with: Option<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    N,
    S,
    E,
    W,
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

/// Why the story could not be shown. Each variant reads as a sentence for the
/// visitor; `Display` gives the English, `message` either language.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request never got an answer (offline, blocked, DNS …).
    Network(String),
    /// No answer (or no whole body) within the deadline: the request was
    /// aborted rather than left hanging.
    Timeout {
        seconds: u32,
    },
    /// The server answered with an error status.
    Http {
        status: u16,
        url: String,
    },
    /// The server answered with a web page where JSON was expected: static
    /// hosts serve `index.html` with 200 for a missing file.
    NotJson {
        url: String,
    },
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Parsed, but the content breaks a rule; `path` names the field.
    Invalid(Vec<ValidationError>),
    /// A data file made for another version of the app: its fields would
    /// read as errors, so say that instead.
    Version {
        found: String,
        expected: u32,
    },
}

impl LoadError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (LoadError::Network(d), Lang::Zh) => format!("网络连接失败，无法读取数据。（{d}）"),
            (LoadError::Network(d), Lang::En) => {
                format!("The data could not be fetched: the network request failed. ({d})")
            }
            (LoadError::Timeout { seconds }, Lang::Zh) => {
                format!("数据在 {seconds} 秒内没有下载完成，网络可能太慢或已中断。请检查网络后重试。")
            }
            (LoadError::Timeout { seconds }, Lang::En) => format!(
                "The data did not arrive within {seconds} seconds: the network may be slow or down. Check the connection and try again."
            ),
            (LoadError::Http { status, url }, Lang::Zh) => {
                format!("数据文件读取失败：服务器返回 HTTP {status}（{url}）。")
            }
            (LoadError::Http { status, url }, Lang::En) => {
                format!("The data file could not be loaded: the server answered HTTP {status} ({url}).")
            }
            (LoadError::NotJson { url }, Lang::Zh) => {
                format!("数据文件缺失：服务器返回的是网页而不是数据（{url}）。")
            }
            (LoadError::NotJson { url }, Lang::En) => {
                format!("The data file is missing: the server sent a web page instead of data ({url}).")
            }
            (LoadError::Syntax { line, column, detail }, Lang::Zh) => {
                format!("数据文件已损坏：第 {line} 行第 {column} 列格式错误（{detail}）。")
            }
            (LoadError::Syntax { line, column, detail }, Lang::En) => {
                format!("The data file is damaged: a syntax error at line {line}, column {column} ({detail}).")
            }
            (LoadError::Version { found, expected }, Lang::Zh) => format!(
                "数据文件的版本（{found}）与本页面所需的版本（{expected}）不一致，请同时更新页面和数据文件。"
            ),
            (LoadError::Version { found, expected }, Lang::En) => format!(
                "The data file is version {found}, but this page reads version {expected}: deploy the page and its data together."
            ),
            (LoadError::Invalid(errors), lang) => {
                let list = errors
                    .iter()
                    .take(5)
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join("; ");
                let more = errors.len().saturating_sub(5);
                match lang {
                    Lang::Zh if more > 0 => format!("数据文件内容有误：{list}；另有 {more} 处。"),
                    Lang::Zh => format!("数据文件内容有误：{list}。"),
                    Lang::En if more > 0 => {
                        format!("The data file has wrong content: {list}; and {more} more.")
                    }
                    Lang::En => format!("The data file has wrong content: {list}."),
                }
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    pub path: String,
    pub problem: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Parses and validates a response body. `content_type` is the response's
/// header, if any: an HTML answer is reported as a missing file, not as a
/// syntax error at line 1.
/// The data format this app reads (`version` in story.json). 2: figures
/// carry a scope and no quote; charts a note; meta a context.
pub const SCHEMA_VERSION: u32 = 2;

/// Reads only `version`, before the rest: another version's file is named
/// as such, not as a list of confusing field errors. A body that is not a
/// JSON object falls through to the full parse, which reports it.
fn check_version(body: &str) -> Result<(), LoadError> {
    // The value is kept raw (no generic JSON value in the wasm): a number,
    // a string, anything, compared by its text.
    #[derive(Deserialize)]
    struct Versioned<'a> {
        #[serde(borrow)]
        version: Option<&'a serde_json::value::RawValue>,
    }
    let Ok(Versioned { version }) = serde_json::from_str::<Versioned>(body) else {
        return Ok(());
    };
    let found = version.map_or("none", |v| v.get().trim());
    if found == SCHEMA_VERSION.to_string() {
        return Ok(());
    }
    Err(LoadError::Version {
        found: found.chars().take(20).collect(),
        expected: SCHEMA_VERSION,
    })
}

pub fn parse_story(body: &str, content_type: Option<&str>, url: &str) -> Result<Story, LoadError> {
    let looks_html = content_type.is_some_and(|c| c.contains("text/html")) || body.trim_start().starts_with('<');
    if looks_html {
        return Err(LoadError::NotJson { url: url.to_string() });
    }
    check_version(body)?;
    let story: Story = serde_json::from_str(body).map_err(|e| match e.classify() {
        // Well-formed JSON of the wrong shape (a missing field, a string
        // where a number belongs) is wrong content, not a damaged file.
        serde_json::error::Category::Data => LoadError::Invalid(vec![ValidationError {
            path: format!("line {}, column {}", e.line(), e.column()),
            problem: e.to_string(),
        }]),
        _ => LoadError::Syntax {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        },
    })?;
    let errors = validate(&story);
    if errors.is_empty() {
        Ok(story)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// The largest value a figure may have: 10^13 (ten trillion yuan) is far
/// past anything in the story, and far below where formatting breaks.
pub const MAX_VALUE: f64 = 1e13;

/// The longest text any field may hold: the longest in the story is a
/// few hundred characters, and a runaway one would swamp the page.
pub const MAX_TEXT_CHARS: usize = 2000;

/// What no story text may contain, whatever it says: control characters and
/// bidirectional overrides (they can make a label read backwards or hide
/// text), and runaway length. Markup needs no rule: it is only ever shown as
/// text.
fn hostile(s: &str) -> Option<String> {
    let count = s.chars().count();
    if count > MAX_TEXT_CHARS {
        return Some(format!("{count} characters, more than {MAX_TEXT_CHARS}"));
    }
    let bidi =
        |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}');
    s.chars()
        .find(|&c| bidi(c) || (c.is_control() && c != '\n'))
        .map(|c| format!("contains the control character U+{:04X}", c as u32))
}

struct Checker {
    errors: Vec<ValidationError>,
}

impl Checker {
    fn fail(&mut self, path: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(ValidationError {
            path: path.into(),
            problem: problem.into(),
        });
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.zh.trim().is_empty() {
            self.fail(format!("{path}.zh"), "missing Chinese text");
        }
        if text.en.trim().is_empty() {
            self.fail(format!("{path}.en"), "missing English text");
        }
        for (lang, s) in [("zh", &text.zh), ("en", &text.en)] {
            if let Some(problem) = hostile(s) {
                self.fail(format!("{path}.{lang}"), problem);
            }
        }
    }

    fn unique<'a>(&mut self, path: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.fail(format!("{path}[{i}].id"), "empty id");
            }
            if !seen.insert(id) {
                self.fail(format!("{path}[{i}].id"), format!("duplicate id \"{id}\""));
            }
        }
        seen
    }

    fn refers(&mut self, path: String, id: &str, known: &HashSet<&str>, what: &str) {
        if !known.contains(id) {
            self.fail(path, format!("unknown {what} \"{id}\""));
        }
    }
}

/// Checks what the types cannot: see the module doc. Returns every problem
/// found, each with the path of the offending field.
pub fn validate(story: &Story) -> Vec<ValidationError> {
    let mut c = Checker { errors: Vec::new() };
    let m = &story.meta;
    for (name, text) in [
        ("title", &m.title),
        ("deck", &m.deck),
        ("intro", &m.intro),
        ("publication", &m.publication),
        ("reporters", &m.reporters),
        ("retold", &m.retold),
    ] {
        c.text(&format!("meta.{name}"), text);
    }
    for (i, item) in m.context.iter().enumerate() {
        c.text(&format!("meta.context[{i}].title"), &item.title);
        c.text(&format!("meta.context[{i}].body"), &item.body);
        if let Some(g) = &item.general {
            c.text(&format!("meta.context[{i}].general"), g);
        }
    }

    let figure_ids = c.unique("figures", story.figures.iter().map(|f| f.id.as_str()));
    let box_ids = c.unique("box", story.data_box.iter().map(|b| b.id.as_str()));
    let soe_ids = c.unique("soes", story.soes.iter().map(|e| e.id.as_str()));
    let partner_ids = c.unique("partners", story.partners.iter().map(|e| e.id.as_str()));
    let place_ids = c.unique("places", story.places.iter().map(|p| p.id.as_str()));
    c.unique("charts", story.charts.iter().map(|ch| ch.id.as_str()));

    // Keywords 1..5, each exactly once.
    for n in 1..=5u8 {
        let count = story.keywords.iter().filter(|k| k.n == n).count();
        if count != 1 {
            c.fail("keywords", format!("keyword {n} appears {count} times, expected once"));
        }
    }
    for (i, k) in story.keywords.iter().enumerate() {
        let p = format!("keywords[{i}]");
        if !(1..=5).contains(&k.n) {
            c.fail(format!("{p}.n"), format!("{} is not a keyword number (1..5)", k.n));
        }
        if k.numeral.trim().is_empty() {
            c.fail(format!("{p}.numeral"), "empty numeral");
        }
        c.text(&format!("{p}.heading"), &k.heading);
        c.text(&format!("{p}.subheading"), &k.subheading);
        c.text(&format!("{p}.summary"), &k.summary);
        for (j, s) in k.sections.iter().enumerate() {
            let sp = format!("{p}.sections[{j}]");
            c.text(&format!("{sp}.title"), &s.title);
            c.text(&format!("{sp}.body"), &s.body);
            for (name, t) in [("before", &s.before), ("after", &s.after)] {
                if let Some(t) = t {
                    c.text(&format!("{sp}.{name}"), t);
                }
            }
            for (m, item) in s.items.iter().enumerate() {
                c.text(&format!("{sp}.items[{m}]"), item);
            }
            for (m, f) in s.figures.iter().enumerate() {
                c.refers(format!("{sp}.figures[{m}]"), f, &figure_ids, "figure");
            }
        }
        for (j, f) in k.figures.iter().enumerate() {
            c.refers(format!("{p}.figures[{j}]"), f, &figure_ids, "figure");
        }
        c.refers(format!("{p}.place"), &k.place, &place_ids, "place");
    }
    for (i, b) in story.data_box.iter().enumerate() {
        c.text(&format!("box[{i}].title"), &b.title);
        c.text(&format!("box[{i}].note"), &b.note);
    }

    for (i, f) in story.figures.iter().enumerate() {
        let p = format!("figures[{i}]");
        c.text(&format!("{p}.label"), &f.label);
        if !f.value.is_finite() || f.value < 0.0 {
            c.fail(
                format!("{p}.value"),
                format!("{} is not a finite, non-negative number", f.value),
            );
        } else if f.value > MAX_VALUE {
            c.fail(
                format!("{p}.value"),
                format!("{} is larger than any figure in the story could be", f.value),
            );
        }
        let keyword_section = matches!(f.section.as_str(), "k1" | "k2" | "k3" | "k4" | "k5");
        if !keyword_section && !box_ids.contains(f.section.as_str()) {
            c.fail(format!("{p}.section"), format!("unknown section \"{}\"", f.section));
        }
        match (&f.counter, f.unit) {
            (None, Unit::Count) => c.fail(format!("{p}.counter"), "a count needs a counter (what is counted)"),
            (Some(t), _) => c.text(&format!("{p}.counter"), t),
            _ => {}
        }
        let slug = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == ':')
        };
        if !slug(&f.scope) {
            c.fail(
                format!("{p}.scope"),
                format!("\"{}\" is not a scope slug (a-z, 0-9, - and :)", f.scope),
            );
        }
        if let Some(whole_id) = &f.part_of {
            match story.figure(whole_id) {
                None => c.fail(format!("{p}.part_of"), format!("unknown figure \"{whole_id}\"")),
                Some(whole) if whole.unit != f.unit => {
                    c.fail(format!("{p}.part_of"), "part and whole have different units")
                }
                Some(whole) if whole.scope != f.scope => {
                    c.fail(format!("{p}.part_of"), "part and whole have different scopes")
                }
                Some(whole) if f.value > whole.value => c.fail(
                    format!("{p}.value"),
                    format!(
                        "part {} is larger than its whole {} ({})",
                        f.value, whole.value, whole.id
                    ),
                ),
                _ => {}
            }
        }
    }

    for (i, e) in story.soes.iter().chain(&story.partners).enumerate() {
        let (list, j) = if i < story.soes.len() {
            ("soes", i)
        } else {
            ("partners", i - story.soes.len())
        };
        c.text(&format!("{list}[{j}].name"), &e.name);
    }
    for (i, pl) in story.pairings.iter().enumerate() {
        let p = format!("pairings[{i}]");
        c.refers(format!("{p}.soe"), &pl.soe, &soe_ids, "SOE");
        c.refers(format!("{p}.partner"), &pl.partner, &partner_ids, "partner");
        for (j, pr) in pl.projects.iter().enumerate() {
            c.text(&format!("{p}.projects[{j}].name"), &pr.name);
            for (k, f) in pr.figures.iter().enumerate() {
                c.refers(format!("{p}.projects[{j}].figures[{k}]"), f, &figure_ids, "figure");
            }
            if let Some(at) = &pr.at {
                c.refers(format!("{p}.projects[{j}].at"), at, &partner_ids, "partner");
            }
        }
    }
    for (i, pl) in story.places.iter().enumerate() {
        c.text(&format!("places[{i}].name"), &pl.name);
        if let Some(short) = &pl.short {
            c.text(&format!("places[{i}].short"), short);
        }
        if !(-90.0..=90.0).contains(&pl.lat) || !(-180.0..=180.0).contains(&pl.lon) {
            c.fail(format!("places[{i}]"), "coordinates out of range");
        }
        if let Some(with) = &pl.only_with {
            c.refers(format!("places[{i}].only_with"), with, &place_ids, "place");
        }
    }
    for (i, ch) in story.charts.iter().enumerate() {
        let p = format!("charts[{i}]");
        c.text(&format!("{p}.title"), &ch.title);
        if ch.panels.is_empty() {
            c.fail(format!("{p}.panels"), "a chart needs at least one panel");
        }
        if let Some(n) = ch.keyword {
            if !(1..=5).contains(&n) {
                c.fail(format!("{p}.keyword"), format!("{n} is not a keyword number (1..5)"));
            }
        }
        if let Some(note) = &ch.note {
            c.text(&format!("{p}.note"), note);
        }
        for (j, panel) in ch.panels.iter().enumerate() {
            c.text(&format!("{p}.panels[{j}].title"), &panel.title);
            if panel.figures.is_empty() {
                c.fail(format!("{p}.panels[{j}].figures"), "a panel needs at least one figure");
            }
            let first = panel.figures.first().and_then(|id| story.figure(id));
            for (k, f) in panel.figures.iter().enumerate() {
                let fp = format!("{p}.panels[{j}].figures[{k}]");
                match (story.figure(f), first) {
                    (None, _) => c.fail(fp, format!("unknown figure \"{f}\"")),
                    // One scale per panel only makes sense for one unit …
                    (Some(fig), Some(first)) if fig.unit != first.unit => {
                        c.fail(fp, "figures in one panel must share a unit")
                    }
                    // … and bars side by side only compare within one scope.
                    (Some(fig), Some(first)) if fig.scope != first.scope => c.fail(
                        fp,
                        format!(
                            "figures in one panel must share a scope (\"{}\" beside \"{}\")",
                            fig.scope, first.scope
                        ),
                    ),
                    _ => {}
                }
            }
        }
    }
    c.errors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json"))
            .expect("public/data/story.json is part of the repository")
    }

    #[test]
    fn shipped_story_parses_and_validates() {
        let story = parse_story(&shipped(), Some("application/json"), STORY_PATH);
        assert!(story.is_ok(), "{:?}", story.err());
    }

    #[test]
    fn html_answer_is_reported_as_missing_file() {
        let err = parse_story("<!DOCTYPE html><html></html>", Some("text/html"), "data/story.json");
        assert_eq!(
            err,
            Err(LoadError::NotJson {
                url: "data/story.json".into()
            })
        );
        // Some hosts send HTML with no content type at all.
        let err = parse_story("\n <html>", None, "x");
        assert!(matches!(err, Err(LoadError::NotJson { .. })));
    }

    #[test]
    fn syntax_error_names_line_and_column() {
        let err = parse_story("{\n  \"version\": 1,\n  oops\n}", None, "x");
        match err {
            Err(LoadError::Syntax { line, column, .. }) => {
                assert_eq!(line, 3);
                assert_eq!(column, 3);
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn wrong_shape_is_wrong_content_not_a_damaged_file() {
        let raw = shipped().replacen("\"n\":1", "\"n\":\"one\"", 1);
        match parse_story(&raw, None, "x") {
            Err(LoadError::Invalid(errors)) => assert!(errors[0].problem.contains("invalid type"), "{errors:?}"),
            other => panic!("expected invalid content, got {other:?}"),
        }
    }

    #[test]
    fn another_versions_file_names_both_versions() {
        let current = format!("\"version\":{SCHEMA_VERSION}");
        for (other, shown) in [("\"version\":99", "99"), ("\"version\":\"2.0\"", "\"2.0\"")] {
            let raw = shipped().replacen(&current, other, 1);
            let err = parse_story(&raw, None, "x").unwrap_err();
            assert_eq!(
                err,
                LoadError::Version {
                    found: shown.into(),
                    expected: SCHEMA_VERSION
                }
            );
            let en = err.message(Lang::En);
            assert!(en.contains(shown) && en.contains(&SCHEMA_VERSION.to_string()), "{en}");
        }
        let unversioned = shipped().replacen(&format!("{current},"), "", 1);
        assert!(matches!(
            parse_story(&unversioned, None, "x"),
            Err(LoadError::Version { .. })
        ));
    }

    fn story() -> Story {
        serde_json::from_str(&shipped()).expect("shipped data parses")
    }

    fn paths(story: &Story) -> Vec<String> {
        validate(story).into_iter().map(|e| e.path).collect()
    }

    #[test]
    fn a_part_larger_than_its_whole_is_named_by_path() {
        let mut s = story();
        let i = s.figures.iter().position(|f| f.id == "labour-ningxia-lifted").unwrap();
        s.figures[i].value = 20000.0;
        assert_eq!(paths(&s), vec![format!("figures[{i}].value")]);
    }

    #[test]
    fn keywords_must_be_one_to_five_once_each() {
        let mut s = story();
        s.keywords[4].n = 3;
        let p = paths(&s);
        assert!(p.contains(&"keywords".to_string()), "{p:?}");
        assert_eq!(
            p.iter().filter(|p| *p == "keywords").count(),
            2,
            "3 twice and 5 missing: {p:?}"
        );
    }

    #[test]
    fn dangling_references_and_missing_language_are_found() {
        let mut s = story();
        s.charts[0].panels[0].figures[1] = "nope".into();
        s.keywords[2].figures[1] = "gone".into();
        s.keywords[1].summary.en = " ".into();
        s.pairings[0].soe = "nobody".into();
        s.figures[3].value = f64::NAN;
        s.figures[5].id = s.figures[4].id.clone();
        let p = paths(&s);
        for want in [
            "charts[0].panels[0].figures[1]",
            "keywords[2].figures[1]",
            "keywords[1].summary.en",
            "pairings[0].soe",
            "figures[3].value",
            "figures[5].id",
        ] {
            assert!(p.contains(&want.to_string()), "{want} not in {p:?}");
        }
    }

    #[test]
    fn a_panel_mixing_units_or_scopes_is_rejected() {
        let mut s = story();
        let (i, j) = (0, 0);
        // Same unit (yuan), other scope: Pengyang's funds beside Ningxia's.
        s.charts[i].panels[j].figures.push("k4-funds".into());
        // Other unit: people beside yuan.
        s.charts[i].panels[j].figures.push("k4-jobs".into());
        let errors = validate(&s);
        let n = s.charts[i].panels[j].figures.len();
        let at = |k: usize| {
            errors
                .iter()
                .find(|e| e.path == format!("charts[{i}].panels[{j}].figures[{k}]"))
                .map(|e| e.problem.clone())
                .unwrap_or_default()
        };
        assert!(at(n - 2).contains("scope"), "{errors:?}");
        assert!(at(n - 1).contains("unit"), "{errors:?}");
    }

    #[test]
    fn scopes_must_be_slugs_and_parts_share_their_wholes_scope() {
        let mut s = story();
        let whole = s.figures.iter().position(|f| f.id == "labour-ningxia").unwrap();
        let part = s.figures.iter().position(|f| f.id == "labour-ningxia-lifted").unwrap();
        s.figures[whole].scope = " ".into();
        s.figures[part].scope = "pengyang".into();
        let p = paths(&s);
        assert!(p.contains(&format!("figures[{whole}].scope")), "{p:?}");
        assert!(p.contains(&format!("figures[{part}].part_of")), "{p:?}");
    }

    #[test]
    fn context_and_chart_notes_need_both_languages() {
        let mut s = story();
        s.meta.context[0].body.zh = String::new();
        let noted = s
            .charts
            .iter()
            .position(|c| c.note.is_some())
            .expect("a chart with a note");
        s.charts[noted].note.as_mut().unwrap().en = " ".into();
        let p = paths(&s);
        assert!(p.contains(&"meta.context[0].body.zh".to_string()), "{p:?}");
        assert!(p.contains(&format!("charts[{noted}].note.en")), "{p:?}");
    }

    #[test]
    fn validation_message_lists_paths_in_both_languages() {
        let err = LoadError::Invalid(vec![ValidationError {
            path: "keywords[2].figures[4]".into(),
            problem: "unknown figure \"x\"".into(),
        }]);
        assert!(err.message(Lang::En).contains("keywords[2].figures[4]"));
        assert!(err.message(Lang::Zh).contains("keywords[2].figures[4]"));
    }

    #[test]
    fn a_timeout_names_the_deadline_and_what_to_do_in_both_languages() {
        let err = LoadError::Timeout { seconds: 12 };
        let (zh, en) = (err.message(Lang::Zh), err.message(Lang::En));
        assert!(zh.contains("12 秒") && zh.contains("重试"), "{zh}");
        assert!(en.contains("12 seconds") && en.contains("try again"), "{en}");
        assert!(!zh.chars().any(|c| ",.:;()?!".contains(c)), "{zh}");
        assert_eq!(err.to_string(), en);
    }
}
