//! Shared by the tests that read the source article.

/// The source article, from `ARTICLE_PATH` or the shared folder beside the
/// repository. Not part of the repository: the app's text is our own.
/// Without it, the caller's check is skipped with a note saying `what`.
#[allow(dead_code)] // each test file uses what it needs
pub fn article(what: &str) -> Option<String> {
    let path = std::env::var("ARTICLE_PATH").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/source/000_e63bd188ed18b9c8.txt").to_string()
    });
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("note: article not found at {path}; set ARTICLE_PATH to {what}");
            None
        }
    }
}

/// Calls `visit` with the path (`.keywords[2].heading`) and value of every
/// node of a JSON document, the root first.
#[allow(dead_code)] // each test file uses what it needs
pub fn walk(v: &serde_json::Value, visit: &mut impl FnMut(&str, &serde_json::Value)) {
    fn go(v: &serde_json::Value, path: String, visit: &mut impl FnMut(&str, &serde_json::Value)) {
        visit(&path, v);
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    go(child, format!("{path}.{k}"), visit);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    go(child, format!("{path}[{i}]"), visit);
                }
            }
            _ => {}
        }
    }
    go(v, String::new(), visit)
}

/// The double-quoted string literals in a piece of Rust source, unescaped
/// (`\"` and `\\`; the tables hold no other escapes).
#[allow(dead_code)] // each test file uses what it needs
pub fn string_literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut lit = String::new();
        while let Some(d) = chars.next() {
            match d {
                '\\' => {
                    if let Some(e) = chars.next() {
                        lit.push(e);
                    }
                }
                '"' => break,
                _ => lit.push(d),
            }
        }
        out.push(lit);
    }
    out
}
