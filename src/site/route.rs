//! Which page and view a URL asks for, and the one page table every
//! internal URL is built from. Every step has a file of its own per
//! language, beside `index.html` (`step-3.html`, `step-3.en.html`,
//! `numbers.html`, `index.en.html`: see [`Step::file`]), so a link-preview
//! crawler, a search engine and a reader without JavaScript each get that
//! step's page from a plain static host with no rewrite rules. Older links
//! (`?step=3&lang=en`) still work: `boot.js` sends them to the step's file,
//! and the app reads the query where one is left (a bad value is explained).
//! Widgets are files of their own per language (`w/<id>.html`,
//! `w/<id>.en.html`), so each holds its widget before any script runs;
//! `embed.html?id=<id>` still answers for older snippets.

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Cover,
    Keyword(u8),
    /// The closing "by the numbers" view of the data box.
    Numbers,
}

pub const STEPS: [Step; 7] = [
    Step::Cover,
    Step::Keyword(1),
    Step::Keyword(2),
    Step::Keyword(3),
    Step::Keyword(4),
    Step::Keyword(5),
    Step::Numbers,
];

/// A query value that names no step; the page says so and offers a way on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadStep {
    pub given: String,
    /// The step nearest to what was asked for (9 → 5, 0 → cover).
    pub nearest: Step,
}

impl Step {
    pub fn parse(raw: Option<&str>) -> Result<Step, BadStep> {
        let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
            return Ok(Step::Cover);
        };
        match raw {
            "cover" => return Ok(Step::Cover),
            "numbers" => return Ok(Step::Numbers),
            _ => {}
        }
        let bad = |nearest| BadStep {
            given: raw.chars().take(40).collect(),
            nearest,
        };
        // The keyword steps are the ones STEPS has: 1 to the last.
        let last = STEPS.iter().filter_map(|s| s.keyword()).max().unwrap_or(1);
        match raw.parse::<i64>() {
            Ok(n) if (1..=i64::from(last)).contains(&n) => Ok(Step::Keyword(n as u8)),
            Ok(n) if n > i64::from(last) => Err(bad(Step::Keyword(last))),
            _ => Err(bad(Step::Cover)),
        }
    }

    /// The query value for this step; `None` for the cover (a clean URL).
    pub fn query_value(self) -> Option<String> {
        match self {
            Step::Cover => None,
            Step::Keyword(n) => Some(n.to_string()),
            Step::Numbers => Some("numbers".into()),
        }
    }

    /// The keyword's number, for a keyword step.
    pub fn keyword(self) -> Option<u8> {
        match self {
            Step::Keyword(n) => Some(n),
            _ => None,
        }
    }

    /// The step's name in markup and keys: `cover`, `1`..`5`, `numbers`.
    pub fn key(self) -> String {
        self.query_value().unwrap_or_else(|| "cover".into())
    }

    /// The step's page in `lang`, a file beside `index.html`: `index.html`,
    /// `step-3.html`, `numbers.html`; English adds `.en` (`step-3.en.html`).
    pub fn file(self, lang: Lang) -> String {
        let stem = match self {
            Step::Cover => "index".to_string(),
            Step::Keyword(n) => format!("{STEP_PREFIX}{n}"),
            Step::Numbers => "numbers".to_string(),
        };
        format!("{stem}{}.html", lang_suffix(lang))
    }

    /// The link to the step's page, relative to the site's directory (the
    /// Chinese cover is the directory itself).
    pub fn href(self, lang: Lang) -> String {
        if self == Step::Cover && lang == Lang::Zh {
            "./".into()
        } else {
            self.file(lang)
        }
    }

    pub fn index(self) -> usize {
        STEPS.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        STEPS.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).and_then(|i| STEPS.get(i).copied())
    }
}

/// Every page the site has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// The story: a step's page (`index.html`, `step-3.en.html` …); the
    /// file names the step and language (`story_location`).
    Story,
    /// The reporters' gallery of widgets (`?view=embeds`).
    Gallery,
    /// One widget alone, by id (`w/<id>.html`, `w/<id>.en.html`, or
    /// `embed.html?id=<id>`; the id is empty when the URL names none).
    Widget(String),
}

/// Keyword pages are `step-<n>.html`.
const STEP_PREFIX: &str = "step-";
/// English pages end in `.en.html`.
const EN_SUFFIX: &str = ".en";

/// What a page's file name adds before `.html` in `lang`: nothing for
/// the story's own language, `.en` for English (`step-3.en.html`,
/// `w/funding.en.html`).
pub fn lang_suffix(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => EN_SUFFIX,
    }
}

/// The step and language a story location names. The file decides
/// (`step-3.en.html`); on `index.html` (or the bare directory) and wherever
/// the query still says `step` or `lang` (an older link), the query does:
/// `boot.js` has sent every valid old link to its file before this runs, so
/// what is left is a bad value, which the page explains.
pub fn story_location(
    path: &str,
    get: impl Fn(&str) -> Option<String>,
) -> (Result<Step, BadStep>, Result<Lang, BadLang>) {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.strip_suffix(".html").unwrap_or(file);
    let (stem, file_lang) = match stem.strip_suffix(EN_SUFFIX) {
        Some(stem) => (stem, Lang::En),
        None => (stem, Lang::Zh),
    };
    let file_step = match stem {
        "numbers" => Ok(Step::Numbers),
        _ => match stem.strip_prefix(STEP_PREFIX) {
            // `step-9.html`, which a host may answer with `index.html`.
            Some(n) => Step::parse(Some(n)).and_then(|s| match s {
                Step::Keyword(_) => Ok(s),
                _ => Step::parse(Some("0")),
            }),
            None => Ok(Step::Cover),
        },
    }
    .map_err(|bad| BadStep {
        given: file.chars().take(40).collect(),
        ..bad
    });
    let step = match get("step") {
        Some(raw) => Step::parse(Some(&raw)),
        None => file_step,
    };
    let lang = match get("lang") {
        Some(raw) => parse_lang(Some(&raw)),
        None => Ok(file_lang),
    };
    (step, lang)
}

/// The language a page's file name says (`.en.html`: English).
pub fn file_lang(path: &str) -> Lang {
    let file = path.rsplit('/').next().unwrap_or_default();
    let stem = file.strip_suffix(".html").unwrap_or(file);
    if stem.ends_with(EN_SUFFIX) {
        Lang::En
    } else {
        Lang::Zh
    }
}

/// The directory part of a path, with its trailing `/`.
pub fn dir_of(path: &str) -> &str {
    path.rfind('/').map_or("/", |i| &path[..=i])
}

/// The folder the widget pages are written to, beside `index.html`.
pub const WIDGET_DIR: &str = "w";
/// The older widget page, which takes the id from its query.
pub const EMBED_PAGE: &str = "embed.html";

/// A widget's page in `lang`, relative to the site's directory:
/// `w/funding.html`, `w/funding.en.html`.
pub fn widget_file(id: &str, lang: Lang) -> String {
    format!("{WIDGET_DIR}/{id}{}.html", lang_suffix(lang))
}

impl Page {
    /// The page a location names: its path (the last segments decide) and
    /// its query parameters (`get`).
    pub fn from_location(path: &str, get: impl Fn(&str) -> Option<String>) -> Page {
        let mut segments = path.rsplit('/');
        let file = segments.next().unwrap_or_default();
        let dir = segments.next().unwrap_or_default();
        if file == EMBED_PAGE {
            return Page::Widget(get("id").unwrap_or_default());
        }
        if dir == WIDGET_DIR {
            if let Some(stem) = file.strip_suffix(".html") {
                return Page::Widget(stem.strip_suffix(EN_SUFFIX).unwrap_or(stem).to_string());
            }
        }
        if get("view").as_deref() == Some("embeds") {
            return Page::Gallery;
        }
        Page::Story
    }

    /// The page's URL relative to the site's directory, in the story's
    /// language (a step's own file: [`Step::href`]).
    pub fn path(&self) -> String {
        match self {
            Page::Story | Page::Gallery => "./".into(),
            Page::Widget(id) => widget_file(id, Lang::Zh),
        }
    }

    /// The page's link in `lang`, relative to the site's directory.
    pub fn href(&self, lang: Lang) -> String {
        let mut parts = Vec::new();
        if *self == Page::Gallery {
            parts.push("view=embeds".to_string());
        }
        if lang != Lang::Zh {
            parts.push(format!("lang={}", lang.tag()));
        }
        let query = if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        };
        format!("{}{query}", self.path())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLang {
    pub given: String,
}

/// No `lang` means Chinese, the story's own language.
pub fn parse_lang(raw: Option<&str>) -> Result<Lang, BadLang> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(Lang::Zh),
        Some(tag) => Lang::from_tag(tag).ok_or_else(|| BadLang {
            given: tag.chars().take(40).collect(),
        }),
    }
}

#[cfg(test)]
mod tests;
