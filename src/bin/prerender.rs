//! Build step (a Trunk post-build hook, see `scripts/post-build`): renders
//! the app's own components to static HTML, natively with leptos's `ssr`
//! feature, and assembles the pages around them in the shell (`index.html`,
//! whose named markers it fills; a missing marker fails the build):
//! - a page per step and language (`index.html`, `step-3.en.html`, …:
//!   `route::Step::file`), each with its own title, description and share
//!   tags (`components::meta`) and a 1200×630 share card (`share/*.png`,
//!   drawn by `share` and rasterised here with resvg);
//! - a page per widget and language (`w/<id>.html` holding both languages,
//!   `w/<id>.en.html` English alone), each theme a copy, with its card and
//!   its oEmbed answer (`oembed/*.json`);
//! - `embed.html`, the older widget page (`?id=`), drawn by the app alone;
//! - `404.html`, which hosts serve for a missing file;
//! - the contract (`contract::json`) in `boot.js` and `embed.js`.
//!
//! Absolute addresses (canonical, `og:url`, `og:image`, oEmbed) start with
//! the build's `SITE_URL` (README "Deploy"); every other URL stays relative
//! (the not-found page, served at any address, takes the site's path as its
//! base). `boot.js` shows the copy the URL asks for before the first paint;
//! the app, fed the same data, renders the same components and takes over in
//! place (`browser::hand_over`). This file writes no markup of its own
//! beyond the wrapper of each copy.
//!
//! - each language's page model (`data/page.<lang>.json`: `page::build`),
//!   from which every page here is rendered and which the browser loads.
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
    use minning::chart::{Theme, Widths, STORY_WIDTHS, WIDGET_WIDTHS};
    use minning::components::shell::Alert;
    use minning::components::{meta::PageMetaTags, notfound::NotFoundPage, story::StoryPage, widget::WidgetPage};
    use minning::lang::Lang;
    use minning::page::widgets::{self, OfStory};
    use minning::page::{self as model, Site};
    use minning::share::{self, oembed, PageMeta};
    use minning::site::contract;
    use minning::site::embed::{EmbedParams, ThemeChoice, Widget};
    use minning::site::escape as esc;
    use minning::site::route::{self, Step, EMBED_PAGE, STEPS};
    use minning::state::{provide_shared, Mode, Nav, Pages};
    use minning::story::load::parse_story;
    use minning::story::Story;
    use minning::text::labels;
    use minning::text::ui::{embed_ui, ui};
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    /// The font the share cards are set in (Debian's fonts-noto-cjk, which
    /// scripts/setup installs).
    const CARD_FONT: &str = "Noto Sans CJK SC";

    pub fn run(data: &Path, dir: &Path) -> Result<(), String> {
        let site = Build::new(data, dir)?;
        site.page_models()?;
        site.story_pages()?;
        let widgets = site.widget_pages()?;
        site.embed_page()?;
        site.not_found_page()?;
        let ids: Vec<String> = widgets.iter().map(Widget::id).collect();
        let json = contract::json(&ids);
        for script in ["boot.js", "embed.js"] {
            let path = dir.join(script);
            let js = read(&path)?;
            if !js.contains(contract::PLACEHOLDER) {
                return Err(format!("{} has no {} to fill", path.display(), contract::PLACEHOLDER));
            }
            write(&path, &js.replacen(contract::PLACEHOLDER, &json, 1))?;
        }
        Ok(())
    }

    fn read(path: &Path) -> Result<String, String> {
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn write(path: &Path, content: &str) -> Result<(), String> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(path, content).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// The page shell (`index.html` as Trunk built it) and its markers.
    struct Shell(String);

    /// What a page puts in the shell's markers.
    struct Fill<'a> {
        lang: Lang,
        kind: &'a str,
        base: &'a str,
        title: &'a str,
        description: &'a str,
        meta: String,
        /// The language whose page model the app loads first, if an app runs.
        preload: Option<Lang>,
        body: String,
    }

    impl Shell {
        const MARKERS: [&'static str; 9] = [
            "lang",
            "kind",
            "base",
            "title",
            "description",
            "meta",
            "preload",
            "body",
            "alert",
        ];

        fn load(path: &Path) -> Result<Shell, String> {
            let html = read(path)?;
            for name in Shell::MARKERS {
                let count = html.matches(&format!("{{{{{name}}}}}")).count();
                if count != 1 {
                    return Err(format!(
                        "{} has the marker {{{{{name}}}}} {count} times, not once",
                        path.display()
                    ));
                }
            }
            Ok(Shell(html))
        }

        /// The shell with each marker filled, in one pass (what a page
        /// brings is never read as a marker).
        fn page(&self, fill: &Fill, alert: &str) -> String {
            let value = |name: &str| -> String {
                match name {
                    "lang" => fill.lang.tag().to_string(),
                    "kind" => fill.kind.to_string(),
                    "base" => esc(fill.base),
                    "title" => esc(fill.title),
                    "description" => esc(fill.description),
                    "meta" => fill.meta.clone(),
                    // The page model the app loads first; none where no app runs.
                    "preload" => fill.preload.map_or_else(String::new, |lang| {
                        let file = model::data_file(lang);
                        format!("<link rel=\"preload\" href=\"{file}\" as=\"fetch\" crossorigin fetchpriority=\"low\">")
                    }),
                    "body" => fill.body.clone(),
                    "alert" => alert.to_string(),
                    other => format!("{{{{{other}}}}}"),
                }
            };
            let mut out = String::with_capacity(self.0.len() + fill.body.len());
            let mut rest = self.0.as_str();
            while let Some(start) = rest.find("{{") {
                let Some(len) = rest[start..].find("}}") else { break };
                out.push_str(&rest[..start]);
                out.push_str(&value(&rest[start + 2..start + len]));
                rest = &rest[start + len + 2..];
            }
            out.push_str(rest);
            out
        }
    }

    struct Build {
        story: Story,
        /// Each language's page model, which every page is rendered from
        /// and the browser loads.
        sites: Vec<Arc<Site>>,
        /// The deployment's absolute address (`SITE_URL`), ending in `/`.
        site: String,
        dir: PathBuf,
        shell: Shell,
        /// The app's alert, empty, for `boot.js` to fill.
        alert: String,
        cards: Cards,
    }

    impl Build {
        fn new(data: &Path, dir: &Path) -> Result<Build, String> {
            let raw = read(data)?;
            // A data file the app would reject fails the build, not the reader.
            let story =
                parse_story(&raw, Some("application/json"), &data.display().to_string()).map_err(|e| e.to_string())?;
            let alert = Owner::new().with(|| view! { <Alert title="" message=" ">""</Alert> }.to_html());
            Ok(Build {
                sites: Lang::ALL
                    .iter()
                    .map(|l| Arc::new(model::build::site(&story, *l)))
                    .collect(),
                story,
                site: share::site_url(std::env::var("SITE_URL").ok().as_deref())?,
                dir: dir.to_path_buf(),
                shell: Shell::load(&dir.join("index.html"))?,
                alert: alert.replace("<!>", ""),
                cards: Cards::new()?,
            })
        }

        fn write_page(&self, rel: &str, fill: &Fill) -> Result<(), String> {
            write(&self.dir.join(rel), &self.shell.page(fill, &self.alert))
        }

        /// A page with the head tags of `meta`.
        fn fill<'a>(&self, meta: &'a PageMeta, kind: &'a str, base: &'a str, body: String) -> Fill<'a> {
            Fill {
                lang: meta.lang,
                kind,
                base,
                title: &meta.title,
                description: &meta.description,
                meta: Owner::new().with(|| view! { <PageMetaTags meta=meta.clone()/> }.to_html().replace("<!>", "")),
                preload: Some(meta.lang),
                body,
            }
        }

        fn site(&self, lang: Lang) -> &Arc<Site> {
            &self.sites[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)]
        }

        /// Each language's page model, which the browser loads.
        fn page_models(&self) -> Result<(), String> {
            for site in &self.sites {
                let json = serde_json::to_string(site.as_ref()).map_err(|e| e.to_string())?;
                write(&self.dir.join(model::data_file(site.lang())), &json)?;
                // Each widget's data, which its "get the data" link names.
                let keywords = site.steps.iter().filter_map(|s| match &s.body {
                    model::Body::Keyword(k) => Some((Widget::Keyword(k.n).id(), &k.csv)),
                    _ => None,
                });
                for (id, csv) in site.charts.iter().map(|c| (c.id.clone(), &c.csv)).chain(keywords) {
                    write(&self.dir.join(model::csv_file(&id, site.lang())), csv)?;
                }
            }
            Ok(())
        }

        /// The story: a page per step and language, each its own file.
        fn story_pages(&self) -> Result<(), String> {
            for lang in Lang::ALL {
                for step in STEPS {
                    let page = |pages| view! { <StoryPage pages=pages attempt=RwSignal::new(0)/> }.into_any();
                    let html = render(
                        Nav::fixed(step, lang),
                        STORY_WIDTHS,
                        Theme::Light,
                        page,
                        self.site(lang),
                        0,
                    );
                    let meta = share::step_meta(&self.story, step, lang, &self.site);
                    let body = wrap(&[(step.key() + "." + lang.tag(), lang, html)]);
                    self.write_page(&step.file(lang), &self.fill(&meta, "story", "./", body))?;
                    let card = share::step_card_svg(&self.story, step, lang);
                    self.cards.write(&card, &self.dir.join(share::step_card(step, lang)))?;
                }
            }
            Ok(())
        }

        /// Widgets, each a page per language: the story's own language's
        /// page holds both (older links say `?lang=en`), the other its own.
        fn widget_pages(&self) -> Result<Vec<Widget>, String> {
            let widgets = widgets::all(&self.story);
            for widget in &widgets {
                let id = widget.id();
                for lang in Lang::ALL {
                    let langs: &[Lang] = if lang == Lang::default() { &Lang::ALL } else { &[lang] };
                    let mut copies = Vec::new();
                    for copy_lang in langs {
                        for choice in [ThemeChoice::Light, ThemeChoice::Dark] {
                            let html = self.widget_copy(widget, *copy_lang, choice, copies.len());
                            copies.push((format!("{}.{}", choice.tag(), copy_lang.tag()), *copy_lang, html));
                        }
                    }
                    let meta = share::widget_meta(&self.story, widget, lang, &self.site);
                    self.write_page(
                        &route::widget_file(&id, lang),
                        &self.fill(&meta, "widget", "../", wrap(&copies)),
                    )?;
                    let card = share::widget_card_svg(&self.story, widget, lang);
                    self.cards.write(&card, &self.dir.join(share::widget_card(&id, lang)))?;
                    let answer = oembed::answer(&self.story, widget, lang, &self.site);
                    let json = serde_json::to_string_pretty(&answer).map_err(|e| e.to_string())?;
                    write(&self.dir.join(oembed::file(widget, lang)), &json)?;
                }
            }
            Ok(widgets)
        }

        fn widget_copy(&self, widget: &Widget, lang: Lang, choice: ThemeChoice, copy: usize) -> String {
            let params = EmbedParams {
                id: widget.id(),
                lang,
                theme: choice,
                ..EmbedParams::default()
            };
            let theme = choice.resolve(false);
            let nav = Nav::fixed(widget.step(&self.story), lang);
            let page = |pages: Pages| {
                let page = pages.get(lang);
                view! { <WidgetPage page=page attempt=RwSignal::new(0) params=params/> }.into_any()
            };
            render(nav, WIDGET_WIDTHS, theme, page, self.site(lang), copy)
        }

        /// The older widget page: the app reads `?id=` and draws it.
        fn embed_page(&self) -> Result<(), String> {
            let loading = format!(
                "<div class=\"embed-static\"><p class=\"loading\"><span lang=\"zh-CN\">{}</span> <span lang=\"en\">{}</span></p></div>",
                esc(ui(Lang::Zh).loading),
                esc(ui(Lang::En).loading)
            );
            let lang = Lang::default();
            let title = labels::part_title(embed_ui(lang).embed, &self.story, lang);
            let fill = Fill {
                lang,
                kind: "widget",
                base: "./",
                title: &title,
                description: &title,
                meta: String::new(),
                preload: Some(lang),
                body: loading,
            };
            self.write_page(EMBED_PAGE, &fill)
        }

        /// The page hosts serve for any missing file: framed, no such
        /// widget; on its own, no such page, in each language. Served at any
        /// address, it takes the site's own path as its base.
        fn not_found_page(&self) -> Result<(), String> {
            let mut copies = Vec::new();
            for framed in [false, true] {
                for lang in Lang::ALL {
                    let site = self.site(lang).clone();
                    let page = move |_| view! { <NotFoundPage site=site framed=framed/> }.into_any();
                    let nav = Nav::fixed(Step::Cover, lang);
                    let html = render(nav, STORY_WIDTHS, Theme::Light, page, self.site(lang), copies.len());
                    let key = format!("{}.{}", if framed { "widget" } else { "page" }, lang.tag());
                    copies.push((key, lang, html));
                }
            }
            let lang = Lang::default();
            let t = ui(lang);
            let title = labels::part_title(t.no_page, &self.story, lang);
            let fill = Fill {
                lang,
                kind: "not-found",
                base: &share::site_path(&self.site),
                title: &title,
                description: t.no_page_detail,
                meta: String::new(),
                preload: None,
                body: wrap(&copies),
            };
            self.write_page("404.html", &fill)
        }
    }

    /// One page rendered by the app's components from a language's page
    /// model, with the contexts the app would provide, fixed: this step or
    /// widget, this language and theme.
    fn render(
        nav: Nav,
        widths: Widths,
        theme: Theme,
        page: impl FnOnce(Pages) -> AnyView,
        site: &Arc<Site>,
        copy: usize,
    ) -> String {
        let owner = Owner::new();
        let html = owner.with(|| {
            let mode = Mode::Static {
                prefix: format!("c{copy}-"),
                hidden: copy > 0,
            };
            provide_shared(nav, mode, theme, widths);
            page(Pages::fixed(site.clone())).to_html()
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
            write_bytes(path, &png)
        }
    }

    fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    }
}
