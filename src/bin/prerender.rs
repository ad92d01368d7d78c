//! Build step (a Trunk post-build hook, see `scripts/post-build`): renders
//! the app's own components to static HTML, natively with leptos's `ssr`
//! feature, and assembles the pages around them:
//! - a page per step and language (`index.html`, `step-3.en.html`, …:
//!   `route::Step::file`), each with its own title, description and share
//!   tags (`components::meta`) and a 1200×630 share card (`share/*.png`,
//!   drawn by `share` and rasterised here with resvg);
//! - `w/<id>.html`: each widget once per theme and language, with its card;
//! - `embed.html`: the older widget page (`?id=`), drawn by the app alone.
//!
//! Absolute addresses (canonical, `og:url`, `og:image`) start with the
//! build's `SITE_URL` (README "Deploy"); every other URL stays relative.
//! `boot.js` shows the copy the URL asks for before the first paint; the
//! app, fed the same data, renders the same components and takes over in
//! place (`browser::hand_over`). This file writes no markup of its own
//! beyond the wrapper of each copy and the page heads it edits.
//!
//! Usage: `prerender <story.json> <dir with index.html>`

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(data), Some(dir)) = (args.next(), args.next()) else {
        eprintln!("usage: prerender <story.json> <dir with index.html>");
        std::process::exit(2);
    };
    if let Err(e) = static_site::run(std::path::Path::new(&data), std::path::Path::new(&dir)) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod static_site {
    use leptos::prelude::*;
    use minning::charts::{Theme, Widths, STORY_WIDTHS, WIDGET_WIDTHS};
    use minning::components::{meta::PageMetaTags, story::StoryPage, widget::WidgetPage};
    use minning::data::{parse_story, Lang, Story};
    use minning::embed::{attr as esc, EmbedParams, ThemeChoice, Widget};
    use minning::i18n::{embed_ui, ui};
    use minning::route::{Page, EMBED_PAGE, STEPS};
    use minning::share::{self, PageMeta};
    use minning::state::{provide_shared, Mode, Nav, StorySignal};
    use std::path::Path;
    use std::sync::Arc;

    /// Where the rendered pages go in `index.html`.
    const MARKER: &str = "<!-- prerendered story -->";
    /// Where a page's share tags go in its head.
    const META_MARKER: &str = "<!-- page meta: canonical, hreflang, Open Graph, Twitter (src/share.rs) -->";
    const LANGS: [Lang; 2] = [Lang::Zh, Lang::En];
    /// The font the share cards are set in (Debian's fonts-noto-cjk, which
    /// scripts/setup installs).
    const CARD_FONT: &str = "Noto Sans CJK SC";

    pub fn run(data: &Path, dir: &Path) -> Result<(), String> {
        let raw = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
        // A data file the app would reject fails the build, not the reader.
        let story = Arc::new(
            parse_story(&raw, Some("application/json"), &data.display().to_string()).map_err(|e| e.to_string())?,
        );
        let site = share::site_url(std::env::var("SITE_URL").ok().as_deref())?;
        let index_path = dir.join("index.html");
        let template = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
        for marker in [MARKER, META_MARKER] {
            if !template.contains(marker) {
                return Err(format!("{} has no {marker} marker", index_path.display()));
            }
        }
        let cards = Cards::new()?;
        let card_dir = dir.join(share::CARD_DIR);
        std::fs::create_dir_all(&card_dir).map_err(|e| format!("{}: {e}", card_dir.display()))?;

        // The story: a page per step and language, each its own file.
        for lang in LANGS {
            for step in STEPS {
                let page = |story| view! { <StoryPage story=story attempt=RwSignal::new(0)/> }.into_any();
                let html = render(Nav::fixed(step, lang), STORY_WIDTHS, Theme::Light, page, &story, 0);
                let meta = share::step_meta(&story, step, lang, &site);
                let head = with_meta(&template, &meta);
                let body = wrap(&[(step.key() + "." + lang.tag(), lang, html)]);
                write(&dir.join(step.file(lang)), &head.replace(MARKER, &body))?;
                cards.write(
                    &share::step_card_svg(&story, step, lang),
                    &dir.join(share::step_card(step, lang)),
                )?;
            }
        }

        // Widgets, each a page of its own.
        let widget_dir = dir.join(minning::route::WIDGET_DIR);
        std::fs::create_dir_all(&widget_dir).map_err(|e| format!("{}: {e}", widget_dir.display()))?;
        let widgets = Widget::all(&story);
        for widget in &widgets {
            let id = widget.id();
            let mut copies = Vec::new();
            for lang in LANGS {
                for (theme, choice) in [(Theme::Light, ThemeChoice::Light), (Theme::Dark, ThemeChoice::Dark)] {
                    let params = EmbedParams {
                        id: id.clone(),
                        lang,
                        theme: choice,
                        ..EmbedParams::default()
                    };
                    let nav = Nav::fixed(widget.step(&story), lang);
                    let page =
                        |story| view! { <WidgetPage story=story attempt=RwSignal::new(0) params=params/> }.into_any();
                    let html = render(nav, WIDGET_WIDTHS, theme, page, &story, copies.len());
                    copies.push((format!("{}.{}", choice.tag(), lang.tag()), lang, html));
                }
            }
            let meta = share::widget_meta(&story, widget, &site);
            let page = widget_head(&with_meta(&template, &meta)).replace(MARKER, &wrap(&copies));
            write(&dir.join(Page::Widget(id.clone()).path()), &page)?;
            cards.write(
                &share::widget_card_svg(&story, widget),
                &dir.join(share::widget_card(&id)),
            )?;
        }

        // embed.js sends known ids to their pages.
        let ids: Vec<String> = widgets.iter().map(Widget::id).collect();
        let embed_js_path = dir.join("embed.js");
        if let Ok(js) = std::fs::read_to_string(&embed_js_path) {
            let list = serde_json::to_string(&ids).map_err(|e| e.to_string())?;
            write(&embed_js_path, &js.replacen("/* widget ids */ []", &list, 1))?;
        }

        // The older widget page: the app reads `?id=` and draws it.
        let loading = format!(
            "<div class=\"embed-static\"><p class=\"loading\"><span lang=\"zh-CN\">{}</span> <span lang=\"en\">{}</span></p></div>",
            esc(ui(Lang::Zh).loading),
            esc(ui(Lang::En).loading)
        );
        // A retelling, said as such, like every other page's title.
        let title = minning::format::part_title(embed_ui(Lang::Zh).embed, &story, Lang::Zh);
        let embed = set_description(&set_title(&template, &title), &title)
            .replacen(META_MARKER, "", 1)
            .replacen("<html lang=\"zh-CN\">", "<html lang=\"zh-CN\" data-kind=\"widget\">", 1);
        write(&dir.join(EMBED_PAGE), &embed.replace(MARKER, &loading))?;
        Ok(())
    }

    fn write(path: &Path, content: &str) -> Result<(), String> {
        std::fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// One page rendered by the app's components, with the contexts the app
    /// would provide, fixed: this step or widget, this language and theme.
    fn render(
        nav: Nav,
        widths: Widths,
        theme: Theme,
        page: impl FnOnce(StorySignal) -> AnyView,
        story: &Arc<Story>,
        copy: usize,
    ) -> String {
        let owner = Owner::new();
        let html = owner.with(|| {
            let mode = Mode::Static {
                prefix: format!("c{copy}-"),
                hidden: copy > 0,
            };
            provide_shared(nav, mode, theme, widths);
            page(Signal::stored(Some(Ok(story.clone())))).to_html()
        });
        // The renderer's empty placeholder comments (`<!>`) are for
        // hydration, which these pages do not use; HTML calls them bogus.
        html.replace("<!>", "")
    }

    /// The copies, each in its wrapper; all but the first `hidden` (the CSS
    /// shows the one `boot.js` names).
    fn wrap(copies: &[(String, Lang, String)]) -> String {
        copies
            .iter()
            .enumerate()
            .map(|(i, (key, lang, html))| {
                format!(
                    "<div class=\"static-page\" data-page=\"{key}\" id=\"page-{}\" lang=\"{}\"{}>{html}</div>",
                    key.replace('.', "-"),
                    lang.tag(),
                    if i == 0 { "" } else { " hidden" }
                )
            })
            .collect()
    }

    /// A page's head: its title, description and language, and the tags a
    /// link preview reads (the component renders them).
    fn with_meta(template: &str, meta: &PageMeta) -> String {
        let owner = Owner::new();
        let tags = owner.with(|| view! { <PageMetaTags meta=meta.clone()/> }.to_html().replace("<!>", ""));
        set_description(&set_title(template, &meta.title), &meta.description)
            .replacen(META_MARKER, &tags, 1)
            .replacen(
                "<html lang=\"zh-CN\">",
                &format!("<html lang=\"{}\">", meta.lang.tag()),
                1,
            )
    }

    /// A widget page's head: the story's, one folder down, marked so
    /// `boot.js` picks a theme and language.
    fn widget_head(page: &str) -> String {
        page.replacen("<html lang=\"zh-CN\">", "<html lang=\"zh-CN\" data-kind=\"widget\">", 1)
            .replacen("<base href=\"./\"", "<base href=\"../\"", 1)
    }

    /// The page's `<meta name="description">`, from the data.
    fn set_description(page: &str, text: &str) -> String {
        page.replacen(
            "<meta name=\"description\" content=\"\">",
            &format!("<meta name=\"description\" content=\"{}\">", esc(text)),
            1,
        )
    }

    fn set_title(page: &str, title: &str) -> String {
        match (page.find("<title>"), page.find("</title>")) {
            (Some(a), Some(b)) if a < b => format!("{}<title>{}{}", &page[..a], esc(title), &page[b..]),
            _ => page.to_string(),
        }
    }

    /// The share cards: SVG from `share`, rasterised to PNG with resvg in
    /// the system's Noto Sans CJK.
    struct Cards {
        options: resvg::usvg::Options<'static>,
    }

    impl Cards {
        fn new() -> Result<Cards, String> {
            let mut options = resvg::usvg::Options::default();
            let fonts = options.fontdb_mut();
            fonts.load_system_fonts();
            let has_font = fonts
                .faces()
                .any(|f| f.families.iter().any(|(name, _)| name == CARD_FONT));
            if !has_font {
                return Err(format!(
                    "the share cards need the {CARD_FONT} font (Debian: apt install fonts-noto-cjk; scripts/setup installs it)"
                ));
            }
            fonts.set_sans_serif_family(CARD_FONT);
            // A line that mixes scripts (an English source line with the
            // article's Chinese title) is set in one fallback font; resvg's
            // own choice is the first face with the character (a serif one
            // here): take the CJK sans of the nearest weight instead.
            let default = resvg::usvg::FontResolver::default_fallback_selector();
            options.font_resolver.select_fallback = Box::new(move |c, used, db| {
                let weight = used.first().and_then(|id| db.face(*id)).map(|f| i32::from(f.weight.0));
                db.faces()
                    .filter(|f| !used.contains(&f.id) && f.families.iter().any(|(name, _)| name == CARD_FONT))
                    .min_by_key(|f| weight.map_or(0, |w| (i32::from(f.weight.0) - w).abs()))
                    .map(|f| f.id)
                    .or_else(|| default(c, used, db))
            });
            Ok(Cards { options })
        }

        fn write(&self, svg: &str, path: &Path) -> Result<(), String> {
            let tree =
                resvg::usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("{}: {e}", path.display()))?;
            let mut pixmap = resvg::tiny_skia::Pixmap::new(share::CARD_W, share::CARD_H)
                .ok_or_else(|| format!("{}: no pixmap", path.display()))?;
            resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
            let png = pixmap.encode_png().map_err(|e| format!("{}: {e}", path.display()))?;
            std::fs::write(path, png).map_err(|e| format!("{}: {e}", path.display()))
        }
    }
}
