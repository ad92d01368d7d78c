//! Which page and view a URL asks for, and the one page table every
//! internal URL is built from. Every step has a file of its own per
//! language, beside `index.html` (`step-3.html`, `step-3.en.html`,
//! `numbers.html`, `index.en.html`: see [`Step::file`]), so a link-preview
//! crawler, a search engine and a reader without JavaScript each get that
//! step's page from a plain static host with no rewrite rules. Older links
//! (`?step=3&lang=en`) still work: `boot.js` sends them to the step's file,
//! and the app reads the query where one is left (a bad value is explained).
//! Widgets are files of their own (`w/<id>.html`), so each holds its widget
//! before any script runs; `embed.html?id=<id>` still answers for older
//! snippets.

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
        match raw.parse::<i64>() {
            Ok(n @ 1..=5) => Ok(Step::Keyword(n as u8)),
            Ok(n) if n > 5 => Err(bad(Step::Keyword(5))),
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
    /// The story (`index.html`); the step comes from the query.
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

    /// The page's URL relative to the site's directory (the story's steps
    /// add their query with [`query`]).
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
mod tests {
    use super::*;

    #[test]
    fn steps_parse() {
        assert_eq!(Step::parse(None), Ok(Step::Cover));
        assert_eq!(Step::parse(Some("")), Ok(Step::Cover));
        assert_eq!(Step::parse(Some("3")), Ok(Step::Keyword(3)));
        assert_eq!(Step::parse(Some("numbers")), Ok(Step::Numbers));
        assert_eq!(Step::parse(Some("9")).map_err(|e| e.nearest), Err(Step::Keyword(5)));
        assert_eq!(Step::parse(Some("0")).map_err(|e| e.nearest), Err(Step::Cover));
        assert_eq!(Step::parse(Some("-2")).map_err(|e| e.nearest), Err(Step::Cover));
        let abc = Step::parse(Some("abc")).unwrap_err();
        assert_eq!((abc.given.as_str(), abc.nearest), ("abc", Step::Cover));
        assert_eq!(Step::parse(Some(&"x".repeat(500))).unwrap_err().given.len(), 40);
    }

    #[test]
    fn steps_walk_in_order() {
        assert_eq!(Step::Cover.prev(), None);
        assert_eq!(Step::Cover.next(), Some(Step::Keyword(1)));
        assert_eq!(Step::Keyword(5).next(), Some(Step::Numbers));
        assert_eq!(Step::Numbers.next(), None);
        assert_eq!(Step::Numbers.prev(), Some(Step::Keyword(5)));
    }

    #[test]
    fn old_queries_still_name_their_step() {
        for step in STEPS {
            for lang in [Lang::Zh, Lang::En] {
                let (s, l) = (step.query_value(), (lang != Lang::Zh).then(|| lang.tag().to_string()));
                let get = |k: &str| match k {
                    "step" => s.clone(),
                    "lang" => l.clone(),
                    _ => None,
                };
                assert_eq!(story_location("/site/", get), (Ok(step), Ok(lang)));
            }
        }
    }

    #[test]
    fn pages_from_locations() {
        let none = |_: &str| None;
        let q = |k: &str| match k {
            "id" => Some("funding".to_string()),
            "view" => Some("embeds".to_string()),
            _ => None,
        };
        assert_eq!(Page::from_location("/stories/minning/", none), Page::Story);
        assert_eq!(Page::from_location("/stories/minning/index.html", none), Page::Story);
        assert_eq!(Page::from_location("/stories/minning/", q), Page::Gallery);
        assert_eq!(Page::from_location("/s/embed.html", q), Page::Widget("funding".into()));
        assert_eq!(Page::from_location("/s/embed.html", none), Page::Widget(String::new()));
        assert_eq!(
            Page::from_location("/s/w/keyword-3.html", none),
            Page::Widget("keyword-3".into())
        );
        for page in [Page::Story, Page::Gallery, Page::Widget("funding".into())] {
            for lang in [Lang::Zh, Lang::En] {
                let href = page.href(lang);
                let (path, query) = href.split_once('?').unwrap_or((&href, ""));
                let get = |k: &str| {
                    query
                        .split('&')
                        .filter_map(|kv| kv.split_once('='))
                        .find(|(key, _)| *key == k)
                        .map(|(_, v)| v.to_string())
                };
                assert_eq!(Page::from_location(&format!("/site/{path}"), get), page, "{href}");
            }
        }
        assert_eq!(Page::Gallery.href(Lang::En), "./?view=embeds&lang=en");
        assert_eq!(Page::Widget("funding".into()).path(), "w/funding.html");
        assert_eq!(
            Page::from_location("/s/w/funding.en.html", none),
            Page::Widget("funding".into())
        );
        assert_eq!(widget_file("funding", Lang::En), "w/funding.en.html");
    }

    #[test]
    fn step_files_round_trip() {
        let none = |_: &str| None;
        let mut files = std::collections::HashSet::new();
        for step in STEPS {
            for lang in [Lang::Zh, Lang::En] {
                let file = step.file(lang);
                assert!(files.insert(file.clone()), "{file} twice");
                assert_eq!(
                    story_location(&format!("/s/m/{file}"), none),
                    (Ok(step), Ok(lang)),
                    "{file}"
                );
                let href = step.href(lang);
                assert_eq!(
                    story_location(&format!("/s/m/{}", href.trim_start_matches("./")), none),
                    (Ok(step), Ok(lang))
                );
            }
        }
        assert_eq!(Step::Keyword(3).file(Lang::En), "step-3.en.html");
        assert_eq!(Step::Cover.href(Lang::Zh), "./");
        assert_eq!(Step::Cover.href(Lang::En), "index.en.html");
        assert_eq!(Step::Numbers.file(Lang::Zh), "numbers.html");
    }

    #[test]
    fn old_links_and_bad_files() {
        let q = |step: &'static str, lang: &'static str| {
            move |k: &str| match k {
                "step" if !step.is_empty() => Some(step.to_string()),
                "lang" if !lang.is_empty() => Some(lang.to_string()),
                _ => None,
            }
        };
        assert_eq!(
            story_location("/s/", q("3", "en")),
            (Ok(Step::Keyword(3)), Ok(Lang::En))
        );
        assert_eq!(
            story_location("/s/index.html", q("numbers", "")),
            (Ok(Step::Numbers), Ok(Lang::Zh))
        );
        assert_eq!(
            story_location("/s/step-2.en.html", q("", "")),
            (Ok(Step::Keyword(2)), Ok(Lang::En))
        );
        // What is left in a query is a bad value, and it is explained.
        assert!(story_location("/s/", q("9", "")).0.is_err());
        assert!(story_location("/s/step-2.html", q("", "fr")).1.is_err());
        // A missing step file that a host answered with index.html.
        let bad = story_location("/s/step-9.html", q("", "")).0.unwrap_err();
        assert_eq!((bad.given.as_str(), bad.nearest), ("step-9.html", Step::Keyword(5)));
        assert_eq!(
            story_location("/s/step-0.html", q("", "")).0.map_err(|e| e.nearest),
            Err(Step::Cover)
        );
        assert_eq!(dir_of("/s/m/step-3.html"), "/s/m/");
        assert_eq!(dir_of("/s/m/"), "/s/m/");
    }

    #[test]
    fn languages_parse() {
        assert_eq!(parse_lang(Some("en")), Ok(Lang::En));
        assert_eq!(parse_lang(Some("zh-CN")), Ok(Lang::Zh));
        assert_eq!(parse_lang(Some("fr")), Err(BadLang { given: "fr".into() }));
    }
}
