//! What extraction reads of one report, built once before the stages run: the text with
//! its boundaries indexed, the map back to the user's file, the document and its
//! sections, the parts of the report (review, plan, problems), where the cue words of
//! the role and target rules stand, and the calendar its years are written in. The
//! stages ask it questions instead of searching the text again.

use super::cues::CueIndex;
use super::part::{Parts, skip_numbering};
use crate::input::Normalized;
use crate::text::{IndexedText, Segmented, uses_roc_calendar};

/// One report as extraction reads it.
pub struct Reading<'a> {
    /// The normalized text, its lines, sentences and clauses indexed.
    pub text: IndexedText<'a>,
    pub normalized: &'a Normalized,
    pub segmented: &'a Segmented,
    /// The part of the report each place belongs to.
    pub parts: Parts,
    /// Where the cue words of the role and target rules stand.
    pub cue_words: CueIndex,
    /// Whether the years are written in the ROC calendar (`112年`).
    pub roc: bool,
}

impl<'a> Reading<'a> {
    /// Reads the report once.
    pub fn new(normalized: &'a Normalized, segmented: &'a Segmented) -> Reading<'a> {
        let text = IndexedText::new(&normalized.text);
        Reading {
            parts: Parts::new(segmented),
            cue_words: CueIndex::new(&text),
            roc: uses_roc_calendar(&text),
            text,
            normalized,
            segmented,
        }
    }

    /// `at`, or where the text goes on after the section number `at` stands in (`(四)`,
    /// `5.`) and the white space after it.
    pub fn after_numbering(&self, at: usize) -> usize {
        skip_numbering(&self.text, self.segmented, at)
    }

    /// The line of the user's file that the normalized byte `offset` comes from.
    pub fn line(&self, offset: usize) -> usize {
        self.normalized.map.locate(offset).line
    }
}
