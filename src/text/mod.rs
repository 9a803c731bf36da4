//! Text structure: document metadata (title, agency, region, years, publication time)
//! and the section tree from the numbering (`一、` / `(一)` / `1.` / `一是`), with the
//! byte ranges that extraction needs to place each quantity in its section and clause.

mod clauses;
mod document;
mod numbering;
mod sections;
mod spans;
mod years;

pub use clauses::{Bound, IndexedText, LOOKBACK};
pub use document::document;
pub use sections::{SectionSpan, sections};
pub use spans::SpanSet;
pub use years::{
    CHINESE_YEAR_DIGITS, PREVIOUS_YEAR, WRITTEN_YEAR, YEAR, chinese_year, ends_with_written_year,
    is_chinese_year_digit, uses_roc_calendar,
};

use std::ops::Range;

use crate::input::Normalized;
use crate::model::Document;

/// The segmented document.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub document: Document,
    /// Sections in reading order.
    pub sections: Vec<SectionSpan>,
    /// Byte ranges of page furniture in the normalized text (publication timestamp line,
    /// view counters): numbers there are metadata, not quantities.
    pub furniture: Vec<Range<usize>>,
}

impl Segmented {
    /// The innermost section containing the normalized byte offset.
    pub fn section_at(&self, offset: usize) -> Option<&SectionSpan> {
        self.enclosing(offset).into_iter().next()
    }

    /// The sections containing the normalized byte offset, innermost first. Sections are
    /// in reading order and top-level sections do not nest, so the walk back stops at the
    /// first top-level section: a lookup costs the size of one chapter, not the document.
    pub fn enclosing(&self, offset: usize) -> Vec<&SectionSpan> {
        let after = self.sections.partition_point(|s| s.heading.start <= offset);
        let mut found: Vec<&SectionSpan> = Vec::new();
        for s in self.sections[..after].iter().rev() {
            let contains = s.heading.contains(&offset) || s.body.contains(&offset);
            let deeper_than_found = found
                .last()
                .is_none_or(|f| s.section.level < f.section.level);
            if contains && deeper_than_found {
                found.push(s);
            }
            if s.section.level == 1 {
                break;
            }
        }
        found
    }
}

/// Segments normalized text.
pub fn segment(normalized: &Normalized) -> Segmented {
    let (document, furniture) = document(normalized);
    Segmented {
        document,
        sections: sections(normalized),
        furniture,
    }
}
