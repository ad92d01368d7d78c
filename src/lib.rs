//! 山海一家亲: an interactive retelling of Xiamen Daily's 2022-12-30 feature.
//!
//! `data`, `format`, `charts`, `route`, `embed`, `i18n` and `share` are pure and tested
//! natively. The view code (`components`, with `state` and `browser`)
//! compiles on both sides: in the browser it is the app; natively the build
//! renders it to the static pages. Only `app`, the browser's root (router,
//! data loading, hand-over), is wasm alone.

pub mod charts;
pub mod contract;
pub mod data;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod oembed;
pub mod route;
pub mod share;

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod browser;
pub mod components;
pub mod state;
