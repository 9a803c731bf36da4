//! Text structure: document metadata (title, agency, region, years, publication time)
//! and the section tree from the numbering (`一、` / `(一)` / `1.` / `一是`), with the
//! byte ranges that extraction needs to place each quantity in its section and clause.

mod clauses;
mod document;
mod numbering;
mod sections;
mod years;

pub use clauses::{clause_at, clauses, comma_clause_at, comma_clauses, sentence_at, sentences};
pub use document::document;
pub use sections::{SectionSpan, sections};

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
        self.sections
            .iter()
            .filter(|s| s.body.contains(&offset) || s.heading.contains(&offset))
            .max_by_key(|s| s.section.level)
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
