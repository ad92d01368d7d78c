//! View code: each lays out the page model (`page`), in the browser and at
//! build time alike. Each page is a module of its own (`story`, `gallery`,
//! `widget`, `notfound`); what they share is in `shell`. Modules only
//! import downwards: shell ← chart ← keywords ← steps ← story ← gallery,
//! dialog ← story/gallery, chart/keywords ← widget, shell ← notfound;
//! `meta` (the shared link's head tags) stands alone; `meta` and `notfound`
//! exist only at build time; nothing here imports `app`.

pub mod chart;
pub mod context;
pub mod dialog;
pub mod gallery;
pub mod keywords;
#[cfg(not(target_arch = "wasm32"))]
pub mod meta;
#[cfg(not(target_arch = "wasm32"))]
pub mod notfound;
pub mod shell;
pub mod steps;
pub mod story;
pub mod widget;
