//! 山海一家亲: an interactive retelling of Xiamen Daily's 2022-12-30 feature.
//!
//! What is the same for every reader is worked out natively at build time:
//! the story (`story`: model, load, validate) and its words and numbers
//! (`text`) become each language's page model (`page`), its charts' models
//! (`chart::build`) and what a shared or pasted link shows (`share`). The
//! browser loads the page model and lays it out (`components`), draws the
//! charts (`chart`), and handles the reader (`app`, `browser`, `state`);
//! `site` (the addresses and the scripts' contract) serves both sides. The
//! build-only modules do not exist in the wasm: the compiler keeps them out.

pub mod chart;
pub mod lang;
pub mod page;
pub mod site;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod share;
#[cfg(not(target_arch = "wasm32"))]
pub mod story;

#[cfg(target_arch = "wasm32")]
pub mod app;
pub mod browser;
pub mod components;
pub mod state;
