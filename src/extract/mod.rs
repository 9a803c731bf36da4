//! Extraction: numbers → quantities (value, unit, base value, comparator) → indicators
//! (name, category, id, change, period), projects and targets. Every digit or numeral of
//! the text ends as a quantity or a classified [`NonQuantity`]; nothing is dropped.

pub mod category;
pub mod change;
pub mod classify;
pub mod name;
pub mod number;
pub mod project;
pub mod quantity;
pub mod scan;
pub mod target;
pub mod unit;

use std::ops::Range;

use crate::input::Normalized;
use crate::model::{Diagnostic, Indicator, NonQuantity, Project, Target};
use crate::text::Segmented;

/// An indicator with its place in the normalized text, for the later stages.
#[derive(Debug, Clone)]
pub struct Mention {
    pub indicator: Indicator,
    /// Byte range of the quantity's surface text in the normalized text.
    pub span: Range<usize>,
    /// Byte range of its clause.
    pub clause: Range<usize>,
}

/// Everything extraction found.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    pub indicators: Vec<Indicator>,
    pub non_quantities: Vec<NonQuantity>,
    pub projects: Vec<Project>,
    pub targets: Vec<Target>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Runs extraction over normalized, segmented text.
pub fn extract(normalized: &Normalized, segmented: &Segmented) -> Extraction {
    let mentions: Vec<Mention> = Vec::new();
    let projects = project::projects(normalized, segmented, &mentions);
    let targets = target::targets(normalized, segmented, &mentions);
    Extraction {
        indicators: mentions.into_iter().map(|m| m.indicator).collect(),
        projects,
        targets,
        ..Extraction::default()
    }
}
