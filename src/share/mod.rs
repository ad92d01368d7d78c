//! What a page is when it leaves the site: a shared link's head tags and
//! card (`meta`, `card`), and what a CMS embeds for a pasted link
//! (`oembed`). Build only.

pub mod card;
pub mod meta;
pub mod oembed;

pub use card::{step_card_svg, widget_card_svg};
pub use meta::*;
