//! Document metadata from the title and heading lines (STUB: to be completed).

use std::ops::Range;

use crate::input::Normalized;
use crate::model::Document;

/// Title, agency, region, years and publication time, plus the furniture ranges.
pub fn document(normalized: &Normalized) -> (Document, Vec<Range<usize>>) {
    let title = normalized
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_string);
    (
        Document {
            title,
            ..Document::default()
        },
        Vec::new(),
    )
}
