//! View code. Each page is a module of its own (`story`, `gallery`,
//! `widget`); what they share is in `shell`. Modules only import downwards:
//! shell ← chart ← keywords ← steps ← story, dialog ← story/gallery,
//! chart/keywords ← widget, shell ← notfound; `meta` (the shared link's
//! head tags) stands alone; nothing here imports `app`.

pub mod chart;
pub mod context;
pub mod dialog;
pub mod gallery;
pub mod keywords;
pub mod meta;
pub mod notfound;
pub mod shell;
pub mod steps;
pub mod story;
pub mod widget;
