//! Shared by the tests that read the source article.

/// The source article, from `ARTICLE_PATH` or the shared folder beside the
/// repository. Not part of the repository: the app's text is our own.
/// Without it, the caller's check is skipped with a note saying `what`.
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
