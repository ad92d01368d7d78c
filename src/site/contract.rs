//! What the page's two scripts (`public/boot.js`, which runs before the app
//! and wherever the app cannot, and `public/embed.js`, the host pages'
//! loader) must agree on with the Rust side, stated once, here: the step
//! pages and their files, the widget pages, the deadline, the height cap and
//! the message shapes a framed page posts, the id patterns, and the words
//! the scripts show. The build (`src/bin/prerender.rs`) writes [`json`] into
//! both scripts in place of their [`PLACEHOLDER`]; the scripts hold no copy
//! of any of it, and `tests/contract.rs` checks that they do not.

/// What each script says where the build writes the contract.
pub const PLACEHOLDER: &str = "/*contract*/{}";

/// How long the reader waits for the app (the glue and the wasm, in
/// `boot.js`) and then for the data (in the app), in seconds, before the
/// page says so. The slow-phone profile (README "Performance") has both
/// within about 2.5 s; 12 s leaves room for a much worse network.
pub const DEADLINE_SECS: u32 = 12;

/// A widget's height, in CSS px, at or above which a height message is
/// not believed (by `embed.js`, the snippet's sizer and the dialog's preview).
pub const MAX_HEIGHT: u32 = 20_000;

/// The longest widget id; an id is lower-case letters, digits and `-`.
pub const ID_MAX: usize = 64;

/// The longest pym.js child id, which the host chooses (an element id).
pub const CHILD_ID_MAX: usize = 100;

/// The key of the one height message every reader of heights here reads
/// (Datawrapper's shape: `{"datawrapper-height": {"<id>": px}}`).
pub const HEIGHT_KEY: &str = "datawrapper-height";

/// The height messages a framed widget posts its host, as JSON with
/// placeholders (`$ID`, `$SRC`, `$H`), in every shape hosts already listen
/// for: Datawrapper's, the Flourish/embedly-style resize, AMP's embed-size.
/// The same fill ([`fill`]) runs in `boot.js`.
pub const HEIGHT_MESSAGES: [&str; 3] = [
    "{\"datawrapper-height\":{\"$ID\":$H}}",
    "{\"context\":\"iframe.resize\",\"src\":\"$SRC\",\"height\":$H}",
    "{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":$H}",
];

/// pym.js's height message, a string, sent when the host named the frame.
pub const PYM_MESSAGE: &str = "pymxPYMx$CHILDxPYMxheightxPYMx$H";

/// WordPress's embed protocol (`wp-includes/js/wp-embed.js`): the host posts
/// `ready` with the secret it put in the frame's fragment (`#?secret=…`);
/// the frame answers with its height, and asks the host to open a link it
/// cannot open itself (a sandbox without popups).
pub const WP_HEIGHT: &str = "{\"message\":\"height\",\"value\":$H,\"secret\":\"$SECRET\"}";
pub const WP_LINK: &str = "{\"message\":\"link\",\"value\":\"$URL\",\"secret\":\"$SECRET\"}";
pub const WP_READY: &str = "ready";

/// The event the app fires on the document when the data did not arrive in
/// time on a page whose static text stays: `boot.js` says so over it.
pub const DATA_STALLED_EVENT: &str = "minning:data-stalled";

/// Whether `id` could be a widget id (it is looked up only if so).
pub fn is_widget_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_MAX
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// pym's child ids are element ids chosen by the host: letters, digits,
/// `-`, `_`, `.` and `:`. Anything else would break its message format.
pub fn is_child_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= CHILD_ID_MAX
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// Fills a message template: `"$NAME"` (quoted) becomes the value as a JSON
/// string, a bare `$NAME` the value as it is. `boot.js` fills the same
/// templates the same way.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in vars {
        let quoted = serde_json::to_string(value).unwrap_or_else(|_| "\"\"".into());
        out = out.replace(&format!("\"${name}\""), &quoted);
        out = out.replace(&format!("${name}"), value);
    }
    out
}

#[cfg(not(target_arch = "wasm32"))]
pub use build::json;

/// The contract as the scripts read it (native: the build writes it).
#[cfg(not(target_arch = "wasm32"))]
mod build {
    use super::*;
    use crate::lang::Lang;
    use crate::site::route::{self, Step, STEPS};
    use crate::text::ui::boot_ui;
    use serde_json::{json, Map, Value};

    /// Every step's key, its file and its link in each language.
    fn steps() -> Value {
        STEPS
            .iter()
            .map(|s: &Step| {
                let per = |f: fn(Step, Lang) -> String| -> Map<String, Value> {
                    Lang::ALL
                        .iter()
                        .map(|l| (l.tag().to_string(), Value::from(f(*s, *l))))
                        .collect()
                };
                json!({ "key": s.key(), "files": per(Step::file), "hrefs": per(Step::href) })
            })
            .collect()
    }

    /// The contract, as one JSON object; `widgets` are the ids the build
    /// wrote pages for.
    pub fn json(widgets: &[String]) -> String {
        let langs: Map<String, Value> = Lang::ALL
            .iter()
            .map(|l| {
                let words = serde_json::to_value(boot_ui(*l)).unwrap_or(Value::Null);
                (
                    l.tag().to_string(),
                    json!({ "suffix": route::lang_suffix(*l), "text": words }),
                )
            })
            .collect();
        json!({
            "deadlineMs": DEADLINE_SECS * 1000,
            "maxHeight": MAX_HEIGHT,
            "idPattern": format!("^[a-z0-9-]{{1,{ID_MAX}}}$"),
            "childIdPattern": format!("^[A-Za-z0-9_.:-]{{1,{CHILD_ID_MAX}}}$"),
            "heightKey": HEIGHT_KEY,
            "heightMessages": HEIGHT_MESSAGES,
            "pymMessage": PYM_MESSAGE,
            "wpHeight": WP_HEIGHT,
            "wpLink": WP_LINK,
            "wpReady": WP_READY,
            "dataStalledEvent": DATA_STALLED_EVENT,
            "defaultLang": Lang::default().tag(),
            "langs": langs,
            "themes": crate::site::embed::ThemeChoice::ALL.iter().map(|t| t.tag()).collect::<Vec<_>>(),
            "steps": steps(),
            "widgetDir": route::WIDGET_DIR,
            "embedPage": route::EMBED_PAGE,
            "widgets": widgets,
        })
        .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_to_the_shapes_hosts_read() {
        let vars = [("ID", "funding"), ("SRC", "https://x/w/\"q\".html"), ("H", "480")];
        let parsed: Vec<serde_json::Value> = HEIGHT_MESSAGES
            .iter()
            .map(|t| serde_json::from_str(&fill(t, &vars)).expect("valid JSON"))
            .collect();
        assert_eq!(parsed[0][HEIGHT_KEY]["funding"], 480);
        assert_eq!(parsed[1]["context"], "iframe.resize");
        assert_eq!(parsed[1]["src"], "https://x/w/\"q\".html");
        assert_eq!(parsed[1]["height"], 480);
        assert_eq!(
            (parsed[2]["sentinel"].clone(), parsed[2]["type"].clone()),
            ("amp".into(), "embed-size".into())
        );
        assert_eq!(
            fill(PYM_MESSAGE, &[("CHILD", "c-1"), ("H", "480")]),
            "pymxPYMxc-1xPYMxheightxPYMx480"
        );
        let wp: serde_json::Value = serde_json::from_str(&fill(WP_HEIGHT, &[("H", "480"), ("SECRET", "abc")])).unwrap();
        assert_eq!(
            (wp["message"].as_str(), wp["value"].as_u64(), wp["secret"].as_str()),
            (Some("height"), Some(480), Some("abc"))
        );
        let link: serde_json::Value =
            serde_json::from_str(&fill(WP_LINK, &[("URL", "https://x/"), ("SECRET", "abc")])).unwrap();
        assert_eq!(link["message"], "link");
        assert_eq!(link["value"], "https://x/");
    }

    #[test]
    fn ids() {
        assert!(is_widget_id("keyword-3"));
        assert!(!is_widget_id("Keyword"));
        assert!(!is_widget_id(&"a".repeat(ID_MAX + 1)));
        assert!(is_child_id("example-1"));
        assert!(!is_child_id("a b"));
    }
}
