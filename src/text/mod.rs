//! Words: the interface's own (`ui`, in the app and the build), and the
//! story's numbers and labels as each language writes them (`numbers`,
//! `labels`, at build time only).

#[cfg(not(target_arch = "wasm32"))]
pub mod labels;
#[cfg(not(target_arch = "wasm32"))]
pub mod numbers;
pub mod ui;
