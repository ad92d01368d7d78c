//! The site's addresses and what its pages and scripts agree on, in the
//! browser and at build time alike: which page and step a URL names and
//! every internal URL (`route`), the contract with the page's scripts
//! (`contract`), and what a widget's embed URL asks for and the snippets a
//! reporter pastes (`embed`).

pub mod contract;
pub mod embed;
pub mod route;

/// Escapes text for HTML: an attribute value in double quotes, or text.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
