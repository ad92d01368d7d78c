//! Build step (a Trunk post-build hook, see `scripts/post-build`): writes the
//! whole story as static HTML into the built `index.html`, from the same data
//! and with the same `format` and `charts` code the app uses, and makes
//! `embed.html` for widgets.
//!
//! The static story is what visitors without JavaScript read, and what
//! everyone sees while the wasm loads: `boot.js` shows only the step and
//! language the URL asks for, and the app takes over in place (see
//! `browser::hand_over`). It mirrors the app's markup and classes so the
//! hand-over does not move anything.
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
    use minning::charts::{chart_data, locator_svg, render_svg, Theme};
    use minning::data::{parse_story, Keyword, Lang, Section, Story};
    // The one HTML escaper (& < > "), for text and attribute values alike.
    use minning::embed::attr as esc;
    use minning::format::{self, numeral};
    use minning::i18n::{embed_ui, ui};
    use minning::route::{self, Step, STEPS};
    use std::fmt::Write;
    use std::path::Path;

    /// Where the generated markup goes in `index.html`.
    const MARKER: &str = "<!-- prerendered story -->";
    /// The widths static charts are drawn at: a phone's column, and a
    /// desktop's (the CSS shows the one that fits), so the app's redraw at
    /// the exact width hardly changes a chart's size.
    const CHART_WIDTHS: [(u32, &str); 2] = [(360, "w-phone"), (560, "w-wide")];

    pub fn run(data: &Path, dir: &Path) -> Result<(), String> {
        let raw = std::fs::read_to_string(data).map_err(|e| format!("{}: {e}", data.display()))?;
        // A data file the app would reject fails the build, not the reader.
        let story =
            parse_story(&raw, Some("application/json"), &data.display().to_string()).map_err(|e| e.to_string())?;
        let index_path = dir.join("index.html");
        let index = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
        if !index.contains(MARKER) {
            return Err(format!("{} has no {MARKER} marker", index_path.display()));
        }
        let mut story_html = String::new();
        for lang in [Lang::Zh, Lang::En] {
            story_html.push_str(&whole_story(&story, lang));
        }
        std::fs::write(&index_path, index.replace(MARKER, &story_html)).map_err(|e| e.to_string())?;
        let embed = embed_page(&index, &story);
        std::fs::write(dir.join("embed.html"), embed).map_err(|e| e.to_string())?;
        Ok(())
    }

    /// `embed.html`: the same head (styles, loader, policy), a body that
    /// tells the app to show one widget, and a loading line meanwhile.
    fn embed_page(index: &str, story: &Story) -> String {
        let title = format!("{} · {}", embed_ui(Lang::Zh).embed, story.meta.title.zh);
        let loading = format!(
            "<div class=\"embed-static\"><p class=\"loading\"><span lang=\"zh-CN\">{}</span> <span lang=\"en\">{}</span></p></div>",
            esc(ui(Lang::Zh).loading),
            esc(ui(Lang::En).loading)
        );
        let page = index
            .replace("<body>", "<body data-view=\"embed\">")
            .replace(MARKER, &loading);
        match (page.find("<title>"), page.find("</title>")) {
            (Some(a), Some(b)) if a < b => format!("{}<title>{}{}", &page[..a], esc(&title), &page[b..]),
            _ => page,
        }
    }

    /// A link to a step, relative to the page (static hosts, any sub-path),
    /// with the step's id as fragment: without JavaScript every step is on
    /// the page, and the link scrolls to the one it names.
    fn href(step: Step, lang: Lang) -> String {
        format!("./{}#{}-{}", route::query(step, lang), lang.tag(), step_key(step)).replace("&", "&amp;")
    }

    fn step_key(step: Step) -> String {
        step.query_value().unwrap_or_else(|| "cover".into())
    }

    /// Masthead, step navigation, every step and the footer, in one
    /// language, marked so `boot.js` and the CSS show the one asked for.
    fn whole_story(story: &Story, lang: Lang) -> String {
        let mut h = String::new();
        let _ = write!(
            h,
            "<div class=\"static-lang\" data-static-lang=\"{}\" lang=\"{}\">",
            lang.tag(),
            lang.tag()
        );
        h.push_str(&masthead(story, lang));
        h.push_str(&step_nav(story, lang));
        h.push_str("<main>");
        for step in STEPS {
            // An id per step and language, so the static links (which carry
            // it as a fragment) land on the step even without JavaScript.
            let _ = write!(
                h,
                "<div class=\"static-step\" data-static-step=\"{key}\" id=\"{}-{key}\">",
                lang.tag(),
                key = step_key(step)
            );
            match step {
                Step::Cover => {
                    h.push_str(&cover(story, lang));
                    h.push_str(&context(story, lang));
                }
                Step::Keyword(n) => {
                    if let Some(k) = story.keyword(n) {
                        h.push_str(&keyword(story, k, lang));
                    }
                }
                Step::Numbers => h.push_str(&numbers(story, lang)),
            }
            h.push_str(&pager(story, step, lang));
            h.push_str("</div>");
        }
        h.push_str("</main>");
        h.push_str(&footer(story, lang));
        h.push_str("</div>");
        h
    }

    fn masthead(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let mut switch = String::new();
        for (l, label) in [(Lang::Zh, "中文"), (Lang::En, "EN")] {
            let current = if l == lang { " aria-current=\"true\"" } else { "" };
            let _ = write!(
                switch,
                "<a class=\"lang\" hreflang=\"{tag}\" lang=\"{tag}\"{current} href=\"{href}\">{label}</a>",
                tag = l.tag(),
                href = href(Step::Cover, l)
            );
        }
        format!(
            "<header class=\"masthead\"><div class=\"masthead-inner\"><a class=\"brand\" href=\"{}\">{}</a>\
             <p class=\"masthead-title\">{}</p><nav class=\"lang-switch\" aria-label=\"{}\">{switch}</nav></div></header>",
            href(Step::Cover, lang),
            esc(&format::dateline(&story.meta, lang)),
            esc(story.meta.title.get(lang)),
            esc(t.lang_label)
        )
    }

    fn step_nav(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let mut items = String::new();
        for step in STEPS {
            let (num, name) = format::step_tab(story, step, lang);
            let class = if matches!(step, Step::Keyword(_)) {
                "step-link keyword"
            } else {
                "step-link"
            };
            let _ = write!(
                items,
                "<li><a href=\"{}\" class=\"{class}\" data-static-nav=\"{}\"><span class=\"step-num\">{}</span><span class=\"step-name\">{}</span></a></li>",
                href(step, lang),
                step_key(step),
                esc(&num),
                esc(&name)
            );
        }
        format!(
            "<nav class=\"step-nav\" aria-label=\"{}\"><ol>{items}</ol></nav>",
            esc(t.steps_label)
        )
    }

    fn locator(story: &Story, highlight: &str, lang: Lang) -> String {
        let t = ui(lang);
        format!(
            "<figure class=\"locator\"><div class=\"locator-svg\" role=\"img\" aria-label=\"{}\">{}</div><figcaption>{}</figcaption></figure>",
            esc(t.where_heading),
            locator_svg(&story.places, &[highlight], lang, Theme::Light, 320),
            esc(t.where_note)
        )
    }

    fn cover(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let m = &story.meta;
        let title = match lang {
            // Breaks between the headline's phrases, never inside one.
            Lang::Zh => m
                .title
                .zh
                .split(' ')
                .map(|p| format!("<span class=\"phrase\">{}</span>", esc(p)))
                .collect::<Vec<_>>()
                .join(" "),
            Lang::En => esc(&m.title.en),
        };
        let keywords: String = story
            .keywords
            .iter()
            .map(|k| {
                format!(
                    "<li><a href=\"{}\"><span class=\"step-num\">{}</span><span>{}</span></a></li>",
                    href(Step::Keyword(k.n), lang),
                    esc(&numeral(k, lang)),
                    esc(k.heading.get(lang))
                )
            })
            .collect();
        format!(
            "<section class=\"cover\"><div class=\"cover-text\"><p class=\"kicker\">{}</p>\
             <h1 class=\"cover-title\">{title}</h1><p class=\"deck\">{}</p><p class=\"intro\">{}</p>\
             <ol class=\"cover-keywords\">{keywords}</ol><p class=\"byline\">{}</p>\
             <a class=\"button start\" href=\"{}\">{} →</a><p class=\"hint\">{}</p></div>{}</section>",
            esc(&format::dateline(m, lang)),
            esc(m.deck.get(lang)),
            esc(m.intro.get(lang)),
            esc(m.reporters.get(lang)),
            href(Step::Keyword(1), lang),
            esc(t.start),
            esc(t.hint),
            locator(story, "xiamen", lang)
        )
    }

    /// The background a newcomer needs (`meta.context`).
    fn context(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let items: String = story
            .meta
            .context
            .iter()
            .map(|item| {
                let general = item.general.as_ref().map_or_else(String::new, |g| {
                    format!(
                        "<p class=\"context-general\">{}</p>",
                        esc(&format::labelled(t.general_tag, g.get(lang), lang))
                    )
                });
                format!(
                    "<div><dt>{}</dt><dd><p>{}</p>{general}</dd></div>",
                    esc(item.title.get(lang)),
                    esc(item.body.get(lang))
                )
            })
            .collect();
        format!(
            "<section class=\"context\"><h2>{}</h2><dl>{items}</dl></section>",
            esc(t.context_heading)
        )
    }

    fn stats(story: &Story, ids: &[String], lang: Lang) -> String {
        let items: String = ids
            .iter()
            .filter_map(|id| story.figure(id))
            .map(|f| {
                let part = story.part_of(&f.id).map_or_else(String::new, |p| {
                    format!(
                        "<span class=\"stat-part\">{}</span>",
                        esc(&format::labelled(&format::sentence_case(p.label.get(lang), lang), &format::figure(p, lang), lang))
                    )
                });
                format!(
                    "<li class=\"stat\" data-static-figure=\"{}\"><span class=\"stat-value\">{}</span><span class=\"stat-label\">{}</span>{part}</li>",
                    esc(&f.id),
                    esc(&format::figure(f, lang)),
                    esc(&format::sentence_case(f.label.get(lang), lang))
                )
            })
            .collect();
        format!("<ul class=\"stats\">{items}</ul>")
    }

    fn step_head(kicker: &str, badge: Option<&str>, heading: &str, sub: &str) -> String {
        let badge = badge.map_or_else(String::new, |b| {
            format!("<span class=\"numeral\" aria-hidden=\"true\">{}</span>", esc(b))
        });
        format!(
            "<header class=\"step-head\"><p class=\"kicker\">{badge}{}</p><h2>{}</h2><p class=\"sub\">{}</p></header>",
            esc(kicker),
            esc(heading),
            esc(sub)
        )
    }

    fn keyword(story: &Story, k: &Keyword, lang: Lang) -> String {
        let t = ui(lang);
        let mut h = format!("<article class=\"step keyword\" data-static-keyword=\"{}\">", k.n);
        h.push_str(&step_head(
            &format!("{} {}", t.keyword, numeral(k, lang)),
            Some(&numeral(k, lang)),
            k.heading.get(lang),
            k.subheading.get(lang),
        ));
        let _ = write!(
            h,
            "<div class=\"lede\"><div><p class=\"summary\">{}</p><div class=\"key-figures\" role=\"group\" aria-label=\"{}\">{}</div>{}</div>{}</div>",
            esc(k.summary.get(lang)),
            esc(t.key_figures),
            stats(story, &k.figures, lang),
            embed_placeholder(lang),
            locator(story, &k.place, lang)
        );
        if k.n == 1 {
            h.push_str(&pairings(story, lang));
        }
        let class = if k.n == 3 { "sections changes" } else { "sections" };
        let _ = write!(h, "<div class=\"{class}\">");
        for s in &k.sections {
            h.push_str(&section(story, s, lang));
        }
        h.push_str("</div>");
        h.push_str(&charts(story, Some(k.n), lang));
        h.push_str("</article>");
        h
    }

    fn section(story: &Story, s: &Section, lang: Lang) -> String {
        let t = ui(lang);
        let mut h = format!("<section class=\"section\"><h3>{}</h3>", esc(s.title.get(lang)));
        if let (Some(b), Some(a)) = (&s.before, &s.after) {
            let _ = write!(
                h,
                "<p class=\"change\"><span class=\"change-from\"><span class=\"change-tag\">{}</span>{}</span>\
                 <span class=\"change-arrow\" aria-hidden=\"true\">↓</span>\
                 <span class=\"change-to\"><span class=\"change-tag\">{}</span>{}</span></p>",
                esc(t.before),
                esc(b.get(lang)),
                esc(t.after),
                esc(a.get(lang))
            );
        }
        let _ = write!(h, "<p>{}</p>", esc(s.body.get(lang)));
        if !s.items.is_empty() {
            h.push_str("<ul class=\"tags\">");
            for i in &s.items {
                let _ = write!(h, "<li>{}</li>", esc(i.get(lang)));
            }
            h.push_str("</ul>");
        }
        h.push_str(&stats(story, &s.figures, lang));
        h.push_str("</section>");
        h
    }

    /// Who pairs with whom, as a plain list (the app draws it as a diagram).
    fn pairings(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let mut rows = String::new();
        for p in &story.pairings {
            let soe = story.soe(&p.soe).map(|e| e.name.get(lang)).unwrap_or_default();
            let partner = story.partner(&p.partner).map(|e| e.name.get(lang)).unwrap_or_default();
            let lead = if p.lead {
                format!("<span class=\"badge\">{}</span>", esc(t.lead))
            } else {
                String::new()
            };
            let projects: String = p
                .projects
                .iter()
                .map(|pr| {
                    let place = format::project_place(story, p, pr, lang).map_or_else(String::new, |pl| {
                        format!("<span class=\"project-place\">{}</span>", esc(&pl))
                    });
                    let figures: String = pr
                        .figures
                        .iter()
                        .filter_map(|id| story.figure(id))
                        .map(|f| {
                            format!(
                                "<li><strong>{}</strong> {}</li>",
                                esc(&format::figure(f, lang)),
                                esc(f.label.get(lang))
                            )
                        })
                        .collect();
                    format!(
                        "<div class=\"project\"><p>{}{place}</p><ul class=\"project-figures\">{figures}</ul></div>",
                        esc(pr.name.get(lang))
                    )
                })
                .collect();
            let projects = if projects.is_empty() {
                format!("<p class=\"muted\">{}</p>", esc(t.no_project))
            } else {
                format!(
                    "<p class=\"pair-projects-label\">{}</p>{projects}",
                    esc(t.group_projects)
                )
            };
            let _ = write!(
                rows,
                "<li class=\"pair{}\"><div class=\"pair-ends\"><span class=\"pair-soe\">{}{lead}</span>\
                 <span class=\"pair-link\" aria-hidden=\"true\"></span><span class=\"pair-partner\">{}</span></div>\
                 <div class=\"pair-projects\">{projects}</div></li>",
                if p.lead { " lead" } else { "" },
                esc(soe),
                esc(partner)
            );
        }
        format!(
            "<section class=\"feature pairing\"><h3>{}</h3><ol class=\"pairs\">{rows}</ol></section>",
            esc(t.pairing_heading)
        )
    }

    /// The app's controls under a chart, inert and unannounced, shown only
    /// while the app loads (not without JavaScript): the page keeps its
    /// geometry when the app takes over.
    fn chart_tools_placeholder(lang: Lang) -> String {
        let t = ui(lang);
        let b = |label: &str| {
            format!(
                "<button type=\"button\" class=\"button ghost\" disabled tabindex=\"-1\">{}</button>",
                esc(label)
            )
        };
        format!(
            "<div class=\"chart-tools js-only\" aria-hidden=\"true\">{}<span class=\"download-label\">{}</span>{}{}{}{}</div>",
            b(t.show_table),
            esc(t.download),
            b("SVG"),
            b("PNG"),
            b("CSV"),
            embed_placeholder(lang)
        )
    }

    fn embed_placeholder(lang: Lang) -> String {
        format!(
            "<button type=\"button\" class=\"button ghost embed-button js-only\" disabled tabindex=\"-1\" aria-hidden=\"true\">{}</button>",
            esc(embed_ui(lang).embed)
        )
    }

    /// The step's charts as static SVG, with their tables for screen readers.
    fn charts(story: &Story, keyword: Option<u8>, lang: Lang) -> String {
        let t = ui(lang);
        let mut h = String::from("<div class=\"charts\">");
        for def in story.charts.iter().filter(|c| c.keyword == keyword) {
            let data = chart_data(def, story, lang);
            let svg: String = CHART_WIDTHS
                .iter()
                .map(|(w, class)| {
                    format!(
                        "<div class=\"{class}\">{}</div>",
                        render_svg(&data, Theme::Light, *w, None).svg
                    )
                })
                .collect();
            let rows: String = data
                .rows()
                .map(|r| {
                    format!(
                        "<tr><td>{}</td><th scope=\"row\">{}</th><td class=\"num\">{}</td></tr>",
                        esc(r.panel),
                        esc(r.label),
                        esc(r.text)
                    )
                })
                .collect();
            let _ = write!(
                h,
                "<figure class=\"chart\" data-static-chart=\"{id}\"><figcaption><span class=\"chart-title\">{title}</span>\
                 <span class=\"chart-meta\">{period}</span>{note}</figcaption>\
                 <div class=\"chart-canvas\"><div class=\"chart-svg static-chart\" aria-hidden=\"true\">{svg}</div></div>\
                 <p class=\"chart-source\">{source}</p>{tools}\
                 <div class=\"table-wrap sr-only\"><table><caption>{title}</caption><thead><tr><th scope=\"col\">　</th>\
                 <th scope=\"col\">{fig}</th><th scope=\"col\">{val}</th></tr></thead><tbody>{rows}</tbody></table></div></figure>",
                id = esc(&def.id),
                note = def.note.as_ref().map_or_else(String::new, |n| format!("<span class=\"chart-note\">{}</span>", esc(n.get(lang)))),
                title = esc(def.title.get(lang)),
                period = esc(&format::chart_meta(def, story, lang)),
                source = esc(&format::labelled(t.source, &format::dateline(&story.meta, lang), lang)),
                fig = esc(t.figure),
                val = esc(t.value),
                tools = chart_tools_placeholder(lang),
            );
        }
        h.push_str("</div>");
        h
    }

    fn numbers(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let mut h = String::from("<article class=\"step numbers\">");
        h.push_str(&step_head(t.numbers, None, t.numbers_heading, t.numbers_intro));
        h.push_str("<div class=\"box-grid\">");
        for b in &story.data_box {
            let ids: Vec<String> = story
                .figures_in(&b.id)
                .filter(|f| f.part_of.is_none())
                .map(|f| f.id.clone())
                .collect();
            let _ = write!(
                h,
                "<section class=\"box-section\" data-static-box=\"{}\"><h3>{}</h3><p>{}</p>{}</section>",
                esc(&b.id),
                esc(b.title.get(lang)),
                esc(b.note.get(lang)),
                stats(story, &ids, lang)
            );
        }
        h.push_str("</div>");
        h.push_str(&charts(story, None, lang));
        h.push_str("</article>");
        h
    }

    fn pager(story: &Story, step: Step, lang: Lang) -> String {
        let t = ui(lang);
        let mut h = format!("<nav class=\"pager\" aria-label=\"{}\">", esc(t.pager_label));
        if let Some(p) = step.prev() {
            let _ = write!(
                h,
                "<a class=\"button pager-prev\" rel=\"prev\" href=\"{}\"><span class=\"pager-dir\">← {}</span><span class=\"pager-label\">{}</span></a>",
                href(p, lang),
                esc(t.prev),
                esc(&format::step_label(story, p, lang))
            );
        }
        match step.next() {
            Some(n) => {
                let _ = write!(
                    h,
                    "<a class=\"button pager-next\" rel=\"next\" href=\"{}\"><span class=\"pager-dir\">{} →</span><span class=\"pager-label\">{}</span></a>",
                    href(n, lang),
                    esc(t.next),
                    esc(&format::step_label(story, n, lang))
                );
            }
            None => {
                let _ = write!(
                    h,
                    "<a class=\"button pager-next\" href=\"{}\"><span class=\"pager-dir\">{}</span><span class=\"pager-label\">{}</span></a>",
                    href(Step::Cover, lang),
                    esc(t.end),
                    esc(t.again)
                );
            }
        }
        h.push_str("</nav>");
        h
    }

    fn footer(story: &Story, lang: Lang) -> String {
        let t = ui(lang);
        let m = &story.meta;
        let source = format!(
            "{} {} · {}",
            m.publication.get(lang),
            format::date(&m.date, lang),
            m.title.get(lang)
        );
        let reporters_href = match lang {
            Lang::Zh => "./?view=embeds",
            Lang::En => "./?view=embeds&amp;lang=en",
        };
        format!(
            "<footer class=\"footer\"><p class=\"source\">{}</p><p>{}</p><p class=\"retold\">{}</p><p><a href=\"{reporters_href}\">{}</a></p></footer>",
            esc(&format::labelled(t.source, &source, lang)),
            esc(m.reporters.get(lang)),
            esc(m.retold.get(lang)),
            esc(embed_ui(lang).for_reporters)
        )
    }
}
