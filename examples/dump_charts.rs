//! Writes every chart and the locator as SVG (both languages, light and
//! dark) into a folder, for looking at them without the browser:
//! `cargo run --example dump_charts -- /tmp/charts`.
use minning::chart::locator::locator_svg;
use minning::chart::{render_svg, Theme};
use minning::lang::Lang;
use minning::page::build::site;
use minning::story::load::parse_story;

fn main() -> Result<(), String> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/charts".into());
    let raw = std::fs::read_to_string("public/data/story.json").map_err(|e| e.to_string())?;
    let story = parse_story(&raw, None, "public/data/story.json").map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for (lang, theme, width) in [(Lang::Zh, Theme::Light, 390), (Lang::En, Theme::Dark, 720)] {
        let page = site(&story, lang);
        for data in &page.charts {
            let r = render_svg(data, theme, width, Some(&page.chart_source));
            let path = format!("{out}/{}-{}-{width}.svg", data.id, lang.tag());
            std::fs::write(&path, r.svg).map_err(|e| e.to_string())?;
        }
        // Each step's locator, at the width the step draws it.
        for place in ["minning", "jingyuan", "pengyang", "linxia"] {
            let svg = locator_svg(&page.places, &[place], lang, theme, 320);
            let path = format!("{out}/locator-{place}-{}.svg", lang.tag());
            std::fs::write(path, svg).map_err(|e| e.to_string())?;
        }
    }
    Ok(())
}
