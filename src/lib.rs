//! 山海一家亲: an interactive retelling of Xiamen Daily's 2022-12-30 feature.
//!
//! `data`, `format`, `charts`, `route`, `embed` and `i18n` are pure and tested
//! natively; the view code (`app`, `components`, `browser`) and the shared
//! reactive state (`state`) only exist in the wasm build.

pub mod charts;
pub mod data;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod state;
