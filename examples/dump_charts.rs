//! Writes every chart as SVG (both languages, light and dark) into a folder,
//! for looking at charts without the browser: `cargo run --example dump_charts -- /tmp/charts`.
use minning::charts::{chart_data, render_svg, Theme};
use minning::data::{parse_story, Lang};

fn main() -> Result<(), String> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "target/charts".into());
    let raw = std::fs::read_to_string("public/data/story.json").map_err(|e| e.to_string())?;
    let story = parse_story(&raw, None, "public/data/story.json").map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    for def in &story.charts {
        for (lang, theme, width) in [(Lang::Zh, Theme::Light, 390), (Lang::En, Theme::Dark, 720)] {
            let data = chart_data(def, &story, lang);
            let r = render_svg(&data, theme, width, Some("Source: Xiamen Daily"));
            let path = format!("{out}/{}-{}-{width}.svg", def.id, lang.tag());
            std::fs::write(&path, r.svg).map_err(|e| e.to_string())?;
        }
    }
    for (lang, theme) in [(Lang::Zh, Theme::Light), (Lang::En, Theme::Dark)] {
        let svg = minning::charts::locator_svg(&story.places, &["pengyang"], lang, theme, 380);
        std::fs::write(format!("{out}/locator-{}.svg", lang.tag()), svg).map_err(|e| e.to_string())?;
    }
    Ok(())
}
