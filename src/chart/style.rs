//! How a drawing looks: the two themes' colours, the font stacks of each
//! language, and text styles at the pixel size a reader should see.

use super::Theme;
use crate::lang::Lang;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub(super) struct Palette {
    pub(super) background: RGBColor,
    pub(super) text: RGBColor,
    pub(super) muted: RGBColor,
    pub(super) grid: RGBColor,
    pub(super) bar: RGBColor,
    pub(super) part: RGBColor,
    pub(super) on_bar: RGBColor,
}

// Blue and orange stay apart for the common colour-vision deficiencies, and
// the part is also hatched, so nothing relies on colour alone.
pub(super) fn palette(theme: Theme) -> Palette {
    match theme {
        Theme::Light => Palette {
            background: RGBColor(255, 255, 255),
            text: RGBColor(26, 26, 26),
            muted: RGBColor(84, 84, 84),
            grid: RGBColor(214, 214, 214),
            bar: RGBColor(31, 94, 140),
            part: RGBColor(204, 102, 0),
            on_bar: RGBColor(255, 255, 255),
        },
        Theme::Dark => Palette {
            background: RGBColor(28, 30, 34),
            text: RGBColor(238, 238, 238),
            muted: RGBColor(190, 190, 190),
            grid: RGBColor(70, 72, 78),
            bar: RGBColor(110, 176, 226),
            part: RGBColor(255, 176, 90),
            on_bar: RGBColor(16, 16, 16),
        },
    }
}

/// CJK fonts first where a platform has them; plain sans-serif last.
pub const FONT_STACK: &str =
    "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, Hiragino Sans GB, sans-serif";

/// For English, Latin fonts first: CJK fonts set quotes and dashes full-width.
pub const FONT_STACK_LATIN: &str = "Noto Sans, Helvetica Neue, Arial, Noto Sans CJK SC, sans-serif";

pub(super) fn font_stack(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => FONT_STACK,
        Lang::En => FONT_STACK_LATIN,
    }
}

// plotters' SVG backend divides the size by 1.24 when it writes it; these
// take the pixel size the reader should see.
pub(super) fn font<'a>(lang: Lang, size: f64, color: &'a RGBColor, h: HPos, v: VPos) -> TextStyle<'a> {
    TextStyle::from((font_stack(lang), size * 1.24).into_font())
        .color(color)
        .pos(Pos::new(h, v))
}

pub(super) fn bold<'a>(lang: Lang, size: f64, color: &'a RGBColor, h: HPos) -> TextStyle<'a> {
    TextStyle::from((font_stack(lang), size * 1.24, FontStyle::Bold).into_font())
        .color(color)
        .pos(Pos::new(h, VPos::Center))
}

pub(super) fn px(v: f64) -> i32 {
    v.round() as i32
}
