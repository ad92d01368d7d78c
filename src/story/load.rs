//! Reading the story file: readable errors for a file that is not JSON,
//! not whole, of another version, of the wrong shape, or against the rules
//! (`validate`). A data file the app would reject fails the build.

use super::validate::validate;
use super::Story;
use crate::page::load::{read_json, LoadError};

/// The story file, in the repository and beside the built site (where it
/// is the data behind the story, for anyone to reuse; the app reads the page
/// models instead).
pub const STORY_PATH: &str = "data/story.json";

/// The story format (`version` in story.json). 2: figures carry a scope
/// and no quote; charts a note; meta a context.
pub const SCHEMA_VERSION: u32 = 2;

/// Parses and validates the story file; `content_type` is what a server
/// said it is, if anything.
pub fn parse_story(body: &str, content_type: Option<&str>, url: &str) -> Result<Story, LoadError> {
    let story: Story = read_json(body, content_type, url, SCHEMA_VERSION, |_| Ok(()))?;
    let errors = validate(&story);
    if errors.is_empty() {
        Ok(story)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lang::Lang;

    /// The story file the repository ships.
    pub(crate) fn shipped() -> String {
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/story.json"))
            .expect("public/data/story.json is part of the repository")
    }

    pub(crate) fn story() -> Story {
        serde_json::from_str(&shipped()).expect("shipped data parses")
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
}
