//! Every URL the site builds parses back to its page, step and language;
//! older links and bad values are named.

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
