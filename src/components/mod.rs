//! View code only: each module renders one part of the page from data the
//! pure modules prepared.

pub mod chart;
pub mod context;
pub mod embed;
pub mod keywords;
pub mod shell;
pub mod steps;
