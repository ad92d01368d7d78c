//! Words: the interface's own (`ui`, in the app and the build), and, at
//! build time only, the story's numbers, units and hedges, dates and labels
//! as each language writes them (`numbers`, `units`, `dates`, `labels`).

#[cfg(not(target_arch = "wasm32"))]
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
pub mod labels;
#[cfg(not(target_arch = "wasm32"))]
pub mod numbers;
pub mod ui;
#[cfg(not(target_arch = "wasm32"))]
pub mod units;
