//! Which view a URL asks for. The step lives in the query string
//! (`?step=3&lang=en`) because static hosts have no rewrite rules: the path
//! must stay the one that serves `index.html`.

use crate::data::Lang;

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

/// The query string for a step in a language, with a leading `?` (or empty).
/// Chinese is the default and stays out of the URL.
pub fn query(step: Step, lang: Lang) -> String {
    let mut parts = Vec::new();
    if let Some(v) = step.query_value() {
        parts.push(format!("step={v}"));
    }
    if lang != Lang::Zh {
        parts.push(format!("lang={}", lang.tag()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
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
    fn queries_round_trip() {
        for step in STEPS {
            for lang in [Lang::Zh, Lang::En] {
                let q = query(step, lang);
                let pairs: Vec<(&str, &str)> = q
                    .trim_start_matches('?')
                    .split('&')
                    .filter_map(|kv| kv.split_once('='))
                    .collect();
                let get = |k: &str| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| *v);
                assert_eq!(Step::parse(get("step")), Ok(step));
                assert_eq!(parse_lang(get("lang")), Ok(lang));
            }
        }
        assert_eq!(query(Step::Cover, Lang::Zh), "");
        assert_eq!(query(Step::Keyword(2), Lang::En), "?step=2&lang=en");
    }

    #[test]
    fn languages_parse() {
        assert_eq!(parse_lang(Some("en")), Ok(Lang::En));
        assert_eq!(parse_lang(Some("zh-CN")), Ok(Lang::Zh));
        assert_eq!(parse_lang(Some("fr")), Err(BadLang { given: "fr".into() }));
    }
}
