//! The section tree from heading numbering (STUB: to be completed).

use std::ops::Range;

use crate::input::Normalized;
use crate::model::Section;

/// A section with its byte ranges in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionSpan {
    pub section: Section,
    /// The numbering (`(四)`, `1.`, `一是`): its digits are section numbers.
    pub number: Range<usize>,
    /// The heading (numbering and title).
    pub heading: Range<usize>,
    /// From the end of the heading to the start of the next section of the same or a
    /// higher level.
    pub body: Range<usize>,
}

/// Finds the numbered headings.
pub fn sections(_normalized: &Normalized) -> Vec<SectionSpan> {
    Vec::new()
}
