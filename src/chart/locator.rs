//! Where a step happens: the story's places as dots at their coordinates,
//! the highlighted ones larger, named beside them; lines from Xiamen to the
//! places it works with. No map and no boundaries: dots and names only.

use super::measure::{text_em, wrap};
use super::style::{bold, font, palette, px, Palette};
use super::Theme;
use crate::lang::Lang;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Deserialize;

/// A place, as the locator draws it: the story names it in both languages
/// (`N` = `story::Text`), the page model in the reader's.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Place<N = String> {
    pub id: String,
    pub name: N,
    pub lat: f64,
    pub lon: f64,
    /// Where the name goes beside the dot; a place without one is not drawn
    /// (too close to another to label).
    #[serde(default)]
    pub label: Option<Side>,
    /// The name on the locator, where the full one is too long.
    #[serde(default)]
    pub short: Option<N>,
    /// Drawn only beside this place (the ends of Taiwan, which only keyword
    /// two's distances need).
    #[serde(default)]
    pub only_with: Option<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
#[serde(rename_all = "lowercase")]
pub enum Side {
    N,
    S,
    E,
    W,
}

/// Places as dots at their coordinates on a plain background, with thin
/// lines from Xiamen to the partner places: where things happen, and how far
/// apart, without any map outline. `highlight` names the places of the step.
pub fn locator_svg(places: &[Place], highlight: &[&str], lang: Lang, theme: Theme, width: u32) -> String {
    let shown: Vec<&Place> = places
        .iter()
        .filter(|p| p.label.is_some() && p.lat.is_finite() && p.lon.is_finite())
        .filter(|p| p.only_with.as_deref().is_none_or(|with| highlight.contains(&with)))
        .collect();
    let width = width.clamp(240, 640) as f64;
    let pal = palette(theme);
    let (lat0, lat1) = shown
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.lat), b.max(p.lat)));
    let (lon0, lon1) = shown
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.lon), b.max(p.lon)));
    // Equirectangular, with longitude shrunk by the cosine of the middle
    // latitude so distances look roughly right.
    let squeeze = ((lat0 + lat1) / 2.0).to_radians().cos().abs().max(0.2);
    let (pad_x, pad_y) = (width * 0.2, 28.0);
    let span_x = ((lon1 - lon0) * squeeze).max(1e-6);
    let span_y = (lat1 - lat0).max(1e-6);
    let scale = (width - 2.0 * pad_x) / span_x;
    let height = (span_y * scale + 2.0 * pad_y).clamp(120.0, 900.0);
    let at = |p: &Place| (pad_x + (p.lon - lon0) * squeeze * scale, pad_y + (lat1 - p.lat) * scale);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width as u32, height as u32)).into_drawing_area();
        let labels = Labels {
            lang,
            width,
            wrap_px: pad_x * 1.6,
        };
        // Drawing into a String cannot fail for I/O reasons.
        let _ = draw(&root, &shown, &at, highlight, &labels, &pal);
    }
    svg
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// How names are set: their language, the drawing's width, and how wide a
/// name may run before it wraps.
struct Labels {
    lang: Lang,
    width: f64,
    wrap_px: f64,
}

fn draw(
    root: &Area,
    shown: &[&Place],
    at: &dyn Fn(&Place) -> (f64, f64),
    highlight: &[&str],
    labels: &Labels,
    pal: &Palette,
) -> Drawn {
    root.fill(&pal.background)?;
    if let Some(home) = shown.iter().find(|p| p.id == "xiamen") {
        let (hx, hy) = at(home);
        for p in shown.iter().filter(|p| !p.id.starts_with("taiwan") && p.id != "xiamen") {
            let (x, y) = at(p);
            root.draw(&PathElement::new(
                vec![(px(hx), px(hy)), (px(x), px(y))],
                pal.grid.stroke_width(1),
            ))?;
        }
    }
    let mut taken: Vec<Rect> = Vec::new();
    for p in shown {
        let (x, y) = at(p);
        let hot = highlight.contains(&p.id.as_str());
        let (r, color) = if hot { (7, &pal.part) } else { (4, &pal.bar) };
        root.draw(&Circle::new((px(x), px(y)), r, color.filled()))?;
        if hot {
            root.draw(&Circle::new((px(x), px(y)), 12, color.stroke_width(2)))?;
        }
        // Each dot keeps its own spot free of names.
        taken.push(Rect::around((x, y), if hot { 12.0 } else { 4.0 }));
    }
    // The step's places are named first, so theirs get the preferred sides.
    let order = shown.iter().filter(|p| highlight.contains(&p.id.as_str()));
    for p in order.chain(shown.iter().filter(|p| !highlight.contains(&p.id.as_str()))) {
        let hot = highlight.contains(&p.id.as_str());
        label(root, p, at(p), hot, labels, pal, &mut taken)?;
    }
    Ok(())
}

/// A box on the drawing: a name's or a dot's, which no other name may cover.
#[derive(Clone, Copy, Debug)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn around((x, y): (f64, f64), r: f64) -> Rect {
        Rect {
            x0: x - r,
            y0: y - r,
            x1: x + r,
            y1: y + r,
        }
    }

    fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }

    fn inside(&self, width: f64) -> bool {
        self.x0 >= 2.0 && self.x1 <= width - 2.0 && self.y0 >= 0.0
    }
}

/// Where a name of `w` × `h` px goes on `side` of a dot at `(x, y)`: the
/// anchor its text is drawn from, its alignment, and the box it covers.
fn spot(side: Side, (x, y): (f64, f64), gap: f64, (w, h): (f64, f64)) -> ((f64, f64), HPos, VPos, Rect) {
    let line = 15.0;
    match side {
        Side::E => (
            (x + gap, y),
            HPos::Left,
            VPos::Center,
            Rect {
                x0: x + gap,
                y0: y - line / 2.0,
                x1: x + gap + w,
                y1: y - line / 2.0 + h,
            },
        ),
        Side::W => (
            (x - gap, y),
            HPos::Right,
            VPos::Center,
            Rect {
                x0: x - gap - w,
                y0: y - line / 2.0,
                x1: x - gap,
                y1: y - line / 2.0 + h,
            },
        ),
        Side::N => (
            (x, y - gap - (h - line)),
            HPos::Center,
            VPos::Bottom,
            Rect {
                x0: x - w / 2.0,
                y0: y - gap - h,
                x1: x + w / 2.0,
                y1: y - gap,
            },
        ),
        Side::S => (
            (x, y + gap),
            HPos::Center,
            VPos::Top,
            Rect {
                x0: x - w / 2.0,
                y0: y + gap,
                x1: x + w / 2.0,
                y1: y + gap + h,
            },
        ),
    }
}

/// A place's name beside its dot: on its own side where that is free and on
/// the drawing, else on the first side that is (opposite, then across),
/// else on the first side on the drawing, else on its own side. `taken`
/// holds the boxes already used.
fn label(
    root: &Area,
    p: &Place,
    (x, y): (f64, f64),
    hot: bool,
    labels: &Labels,
    pal: &Palette,
    taken: &mut Vec<Rect>,
) -> Drawn {
    let name = p.short.as_ref().unwrap_or(&p.name);
    let gap = if hot { 16.0 } else { 8.0 };
    let lines = wrap(name, 12.0, labels.wrap_px);
    let longest = lines.iter().map(|l| text_em(l) * 13.0).fold(0.0, f64::max);
    let size = (longest, lines.len() as f64 * 15.0);
    let own = p.label.unwrap_or(Side::E);
    let others = match own {
        Side::E => [Side::W, Side::N, Side::S],
        Side::W => [Side::E, Side::N, Side::S],
        Side::N => [Side::S, Side::E, Side::W],
        Side::S => [Side::N, Side::E, Side::W],
    };
    let rect_at = |side: &Side| spot(*side, (x, y), gap, size).3;
    let inside = |side: &Side| rect_at(side).inside(labels.width);
    let free = |side: &Side| !taken.iter().any(|t| t.overlaps(&rect_at(side)));
    let sides = || std::iter::once(own).chain(others);
    let side = sides()
        .find(|s| inside(s) && free(s))
        .or_else(|| sides().find(inside))
        .unwrap_or(own);
    let (pos, h, v, rect) = spot(side, (x, y), gap, size);
    taken.push(rect);
    let style = if hot {
        bold(labels.lang, 13.0, &pal.text, h)
    } else {
        font(labels.lang, 12.0, &pal.muted, h, v)
    };
    let style = style.pos(Pos::new(h, v));
    for (i, line) in lines.into_iter().enumerate() {
        root.draw(&Text::new(
            line,
            (px(pos.0), px(pos.1 + i as f64 * 15.0)),
            style.clone(),
        ))?;
    }
    Ok(())
}
