//! Widgets for reporters: which widget an embed URL asks for, and the
//! snippets a reporter pastes. Pure, so `cargo test` checks every string a
//! host page will see.
//!
//! A widget lives at `w/ID.html` (Chinese; `?lang=en` shows English too)
//! and `w/ID.en.html` beside the story's `index.html`, with `?theme=…`
//! (`route::Page::Widget`): a chart by its id in the data, or `keyword-N`.
//! `embed.html?id=ID` still answers for older snippets.

use super::escape;
use crate::chart::Theme;
use crate::lang::Lang;
use crate::page::{Site, WidgetInfo};

/// The attribute that marks a widget placeholder for `embed.js`.
pub const SCRIPT_ATTR: &str = "data-minning-widget";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Widget {
    Chart(String),
    Keyword(u8),
}

impl Widget {
    /// The widget an id names, by its form (`keyword-3`, a chart's id):
    /// whether the story has it is the page model's to say.
    pub fn parse(id: &str) -> Widget {
        match id.strip_prefix("keyword-").and_then(|n| n.parse::<u8>().ok()) {
            Some(n) => Widget::Keyword(n),
            None => Widget::Chart(id.to_string()),
        }
    }

    pub fn id(&self) -> String {
        match self {
            Widget::Chart(id) => id.clone(),
            Widget::Keyword(n) => format!("keyword-{n}"),
        }
    }
}

/// `theme=` in an embed URL: `auto` follows the reader's system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::Auto, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn parse(raw: &str) -> Option<ThemeChoice> {
        match raw {
            "auto" => Some(ThemeChoice::Auto),
            "light" => Some(ThemeChoice::Light),
            "dark" => Some(ThemeChoice::Dark),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        }
    }

    /// The theme to draw in, given whether the system prefers dark.
    pub fn resolve(self, system_dark: bool) -> Theme {
        match self {
            ThemeChoice::Light => Theme::Light,
            ThemeChoice::Dark => Theme::Dark,
            ThemeChoice::Auto if system_dark => Theme::Dark,
            ThemeChoice::Auto => Theme::Light,
        }
    }
}

/// What an embed URL asked for, with what was wrong with it. Bad values
/// fall back to defaults so the message itself can still be drawn.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct EmbedParams {
    pub id: String,
    pub lang: Lang,
    pub theme: ThemeChoice,
    pub transparent: bool,
    pub problems: Vec<EmbedProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedProblem {
    NoId,
    UnknownWidget(String),
    BadLang(String),
    BadTheme(String),
}

impl EmbedProblem {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (EmbedProblem::NoId, Lang::Zh) => "嵌入地址缺少组件编号（id）。".into(),
            (EmbedProblem::NoId, Lang::En) => "The embed link names no widget (id is missing).".into(),
            (EmbedProblem::UnknownWidget(id), Lang::Zh) => format!("没有编号为“{id}”的组件。"),
            (EmbedProblem::UnknownWidget(id), Lang::En) => format!("There is no widget called “{id}”."),
            (EmbedProblem::BadLang(l), Lang::Zh) => format!("不支持语言“{l}”（可用 zh-CN 或 en）。"),
            (EmbedProblem::BadLang(l), Lang::En) => format!("The language “{l}” is not available (use zh-CN or en)."),
            (EmbedProblem::BadTheme(t), Lang::Zh) => format!("不支持主题“{t}”（可用 auto、light 或 dark）。"),
            (EmbedProblem::BadTheme(t), Lang::En) => {
                format!("The theme “{t}” is not available (use auto, light or dark).")
            }
        }
    }
}

/// Keeps what a URL hands us short and printable before it is shown.
fn tame(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_control()).take(40).collect()
}

impl EmbedParams {
    /// Reads the query parameters (`get` returns a parameter's value). The
    /// widget id is checked against the story later, once it is loaded.
    pub fn parse(get: impl Fn(&str) -> Option<String>) -> EmbedParams {
        let mut p = EmbedParams::default();
        match get("lang").map(|l| l.trim().to_string()).filter(|l| !l.is_empty()) {
            None => {}
            Some(l) => match Lang::from_tag(&l) {
                Some(lang) => p.lang = lang,
                None => p.problems.push(EmbedProblem::BadLang(tame(&l))),
            },
        }
        match get("theme").map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) {
            None => {}
            Some(t) => match ThemeChoice::parse(&t) {
                Some(theme) => p.theme = theme,
                None => p.problems.push(EmbedProblem::BadTheme(tame(&t))),
            },
        }
        p.transparent = matches!(get("transparent").as_deref(), Some("1" | "true"));
        match get("id").map(|i| i.trim().to_string()).filter(|i| !i.is_empty()) {
            None => p.problems.push(EmbedProblem::NoId),
            Some(id) => p.id = id,
        }
        p
    }

    /// The widget, or why there is none; `problems` plus the id check.
    pub fn widget<'a>(&self, site: &'a Site) -> Result<&'a WidgetInfo, Vec<EmbedProblem>> {
        let mut problems = self.problems.clone();
        // An id that is no slug is not looked up at all.
        let found = if super::contract::is_widget_id(&self.id) {
            site.widget(&self.id)
        } else {
            None
        };
        if found.is_none() && !self.id.is_empty() {
            problems.push(EmbedProblem::UnknownWidget(tame(&self.id)));
        }
        match found {
            Some(w) if problems.is_empty() => Ok(w),
            _ => Err(problems),
        }
    }
}

/// The widget's own page in `lang` (which the query says too): `base` is
/// the site's directory URL (ends in `/`).
pub fn widget_url(base: &str, id: &str, lang: Lang, theme: ThemeChoice) -> String {
    let page = super::route::widget_file(id, lang);
    format!("{base}{page}?lang={}&theme={}", lang.tag(), theme.tag())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SnippetForm {
    /// An iframe and a few lines of inline script that size it.
    #[default]
    Iframe,
    /// A placeholder and the site's `embed.js`, for hosts that forbid
    /// inline script.
    Script,
}

/// What a reporter pastes.
pub struct Snippet<'a> {
    pub base: &'a str,
    pub id: &'a str,
    pub title: &'a str,
    pub lang: Lang,
    pub theme: ThemeChoice,
    pub height: u32,
}

/// The inline sizer: accepts a message only from its own iframe, and only a
/// sane height in Datawrapper's shape (an object, or the same as JSON).
fn sizer() -> String {
    use super::contract::{HEIGHT_KEY, MAX_HEIGHT};
    format!(
        "<script>(function(){{var f=document.currentScript.previousElementSibling;\
window.addEventListener(\"message\",function(e){{if(!f||e.source!==f.contentWindow)return;\
var d=e.data;if(typeof d===\"string\"){{try{{d=JSON.parse(d)}}catch(x){{return}}}}\
var h=d&&d[\"{HEIGHT_KEY}\"];if(!h||typeof h!==\"object\")return;\
for(var k in h){{var v=Number(h[k]);if(v>0&&v<{MAX_HEIGHT})f.style.height=Math.ceil(v)+\"px\"}}}})}})();</script>"
    )
}

impl Snippet<'_> {
    pub fn render(&self, form: SnippetForm) -> String {
        match form {
            SnippetForm::Iframe => format!(
                "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{h}\" \
                 scrolling=\"no\" data-minning-embed=\"{id}\" style=\"width:100%;border:0\"></iframe>\n{sizer}",
                src = escape(&widget_url(self.base, self.id, self.lang, self.theme)),
                title = escape(self.title),
                h = self.height,
                id = escape(self.id),
                sizer = sizer(),
            ),
            SnippetForm::Script => format!(
                "<div {SCRIPT_ATTR}=\"{id}\" data-lang=\"{lang}\" data-theme=\"{theme}\" data-height=\"{h}\" \
                 data-title=\"{title}\"></div>\n<script src=\"{base}embed.js\" async></script>",
                id = escape(self.id),
                lang = self.lang.tag(),
                theme = self.theme.tag(),
                h = self.height,
                title = escape(self.title),
                base = escape(self.base),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        crate::page::build::site(&crate::story::load::tests::story(), Lang::En)
    }

    fn params(q: &[(&str, &str)]) -> EmbedParams {
        let owned: Vec<(String, String)> = q.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        EmbedParams::parse(|k| owned.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()))
    }

    #[test]
    fn bad_parameters_are_each_reported_and_shown_tamed() {
        let s = site();
        let p = params(&[
            ("id", "funding"),
            ("lang", "en"),
            ("theme", "dark"),
            ("transparent", "1"),
        ]);
        assert_eq!(p.widget(&s).map(|w| w.id.as_str()), Ok("funding"));
        assert!(params(&[("id", "keyword-9")]).widget(&s).is_err());
        assert_eq!((p.lang, p.theme, p.transparent), (Lang::En, ThemeChoice::Dark, true));

        let p = params(&[("id", "nope"), ("lang", "fr"), ("theme", "purple")]);
        let problems = p.widget(&s).unwrap_err();
        assert_eq!(
            problems,
            vec![
                EmbedProblem::BadLang("fr".into()),
                EmbedProblem::BadTheme("purple".into()),
                EmbedProblem::UnknownWidget("nope".into())
            ]
        );
        assert_eq!(params(&[]).widget(&s).unwrap_err(), vec![EmbedProblem::NoId]);
        let hostile = params(&[("id", &format!("<script>{}", "x".repeat(500)))]);
        let problems = hostile.widget(&s).unwrap_err();
        let EmbedProblem::UnknownWidget(shown) = &problems[0] else {
            panic!("{problems:?}")
        };
        assert_eq!(shown.chars().count(), 40);
    }

    #[test]
    fn snippets_name_the_widget_and_escape_what_they_carry() {
        let snippet = Snippet {
            base: "https://news.example/stories/minning/",
            id: "funding",
            title: "Money \"for\" <Ningxia> & more",
            lang: Lang::En,
            theme: ThemeChoice::Auto,
            height: 612,
        };
        let iframe = snippet.render(SnippetForm::Iframe);
        assert!(iframe.starts_with(
            "<iframe src=\"https://news.example/stories/minning/w/funding.en.html?lang=en&amp;theme=auto\""
        ));
        assert!(iframe.contains("title=\"Money &quot;for&quot; &lt;Ningxia&gt; &amp; more\""));
        assert!(iframe.contains("height=\"612\"") && iframe.contains("loading=\"lazy\""));
        assert!(iframe.contains("e.source!==f.contentWindow"));
        let script = snippet.render(SnippetForm::Script);
        assert!(script.starts_with("<div data-minning-widget=\"funding\" data-lang=\"en\""));
        assert!(script.contains("<script src=\"https://news.example/stories/minning/embed.js\" async></script>"));
        assert!(!script.contains("<script>"), "no inline script in the script form");
    }
}
