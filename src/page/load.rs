//! The browser's loader of the page model, and why a load failed, as a
//! sentence in either language: no answer, no answer in time, an error
//! status, a web page where data belongs, a damaged file, another version's
//! file, or the wrong shape (with where). The same errors serve the build's
//! reading of the story (`story::load`).

use super::{Site, VERSION};
use crate::lang::Lang;
use serde::Deserialize;
use std::fmt;

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

/// The largest value a chart may draw: 10^13 (ten trillion yuan) is far
/// past anything in the story, and far below where drawing breaks.
pub const MAX_VALUE: f64 = 1e13;

/// The longest text any field may hold: the longest in the story is a few
/// hundred characters, and a runaway one would swamp the page.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Whether a character may not appear in any text, whatever it says:
/// control characters (but a line break) and bidirectional overrides, which
/// can make a label read backwards or hide text. Markup needs no rule: it
/// is only ever shown as text.
pub fn hostile_char(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
        || (c.is_control() && c != '\n')
}

fn invalid(line: usize, column: usize, problem: impl Into<String>) -> LoadError {
    LoadError::Invalid(vec![ValidationError {
        path: format!("line {line}, column {column}"),
        problem: problem.into(),
    }])
}

/// Reads only `version`, before the rest: another version's file is named
/// as such, not as a list of confusing field errors. A body that is not a
/// JSON object falls through to the full parse, which reports it.
fn check_version(body: &str, expected: u32) -> Result<(), LoadError> {
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
    if found == expected.to_string() {
        return Ok(());
    }
    Err(LoadError::Version {
        found: found.chars().take(20).collect(),
        expected,
    })
}

/// Every string in the file, read as the JSON writes it (escapes decoded
/// as far as the rules need): none holds a hostile character or runs past
/// `MAX_TEXT_CHARS`. One pass over the text, whatever the file's shape.
fn check_text(body: &str) -> Result<(), LoadError> {
    let (mut line, mut column, mut in_string, mut len) = (1, 0, false, 0usize);
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        column += 1;
        if c == '\n' {
            (line, column) = (line + 1, 0);
        }
        if !in_string {
            in_string = c == '"';
            len = 0;
            continue;
        }
        let shown = match c {
            '"' => {
                in_string = false;
                continue;
            }
            '\\' => {
                column += 1;
                match chars.next() {
                    Some('u') => {
                        let hex: String = chars.by_ref().take(4).collect();
                        column += 4;
                        u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('?')
                    }
                    Some('n') => '\n',
                    Some(other) => other,
                    None => break,
                }
            }
            c => c,
        };
        len += 1;
        if hostile_char(shown) {
            let problem = format!("contains the control character U+{:04X}", shown as u32);
            return Err(invalid(line, column, problem));
        }
        if len > MAX_TEXT_CHARS {
            return Err(invalid(
                line,
                column,
                format!("a text longer than {MAX_TEXT_CHARS} characters"),
            ));
        }
    }
    Ok(())
}

/// A JSON answer in the format `version`, read as `T`: a web page where
/// JSON belongs is a missing file (static hosts answer a missing file with
/// `index.html`), another version's file says so, `check` reads the text
/// before it is parsed, and the wrong shape is wrong content, with where.
pub fn read_json<T: serde::de::DeserializeOwned>(
    body: &str,
    content_type: Option<&str>,
    url: &str,
    version: u32,
    check: impl FnOnce(&str) -> Result<(), LoadError>,
) -> Result<T, LoadError> {
    let looks_html = content_type.is_some_and(|c| c.contains("text/html")) || body.trim_start().starts_with('<');
    if looks_html {
        return Err(LoadError::NotJson { url: url.to_string() });
    }
    check_version(body, version)?;
    check(body)?;
    serde_json::from_str(body).map_err(|e| match e.classify() {
        // Well-formed JSON of the wrong shape (a missing field, a string
        // where a number belongs) is wrong content, not a damaged file.
        serde_json::error::Category::Data => invalid(e.line(), e.column(), e.to_string()),
        _ => LoadError::Syntax {
            line: e.line(),
            column: e.column(),
            detail: e.to_string(),
        },
    })
}

/// Parses and checks the page model of `lang` (`url` names it in messages).
pub fn load(body: &str, content_type: Option<&str>, url: &str, lang: Lang) -> Result<Site, LoadError> {
    let site: Site = read_json(body, content_type, url, VERSION, check_text)?;
    check_site(&site, lang)?;
    Ok(site)
}

/// What the shape cannot say: the file's language, every step once in
/// order (`route::STEPS`), and values a chart can draw.
fn check_site(site: &Site, lang: Lang) -> Result<(), LoadError> {
    let mut errors = Vec::new();
    let mut fail = |path: String, problem: String| errors.push(ValidationError { path, problem });
    if site.lang != lang.tag() {
        fail(
            "lang".into(),
            format!("\"{}\" where \"{}\" belongs", site.lang, lang.tag()),
        );
    }
    let keys: Vec<&str> = site.steps.iter().map(|s| s.key.as_str()).collect();
    let want: Vec<String> = crate::site::route::STEPS.iter().map(|s| s.key()).collect();
    if keys != want {
        fail("steps".into(), format!("{keys:?} where the steps {want:?} belong"));
    }
    for (i, chart) in site.charts.iter().enumerate() {
        for (j, panel) in chart.panels.iter().enumerate() {
            for (k, bar) in panel.bars.iter().enumerate() {
                let values = [Some(bar.value), bar.part.as_ref().map(|p| p.value)];
                if values.into_iter().flatten().any(|v| !(0.0..=MAX_VALUE).contains(&v)) {
                    let path = format!("charts[{i}].panels[{j}].bars[{k}].value");
                    fail(path, format!("{} is not a value from 0 to {MAX_VALUE}", bar.value));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(LoadError::Invalid(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
