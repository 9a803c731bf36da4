//! Audit: the report checks itself. Each named check (one file each, listed in
//! [`CHECKS`]) reads only the model — indicators, bare numbers, targets and the source
//! lines — and returns findings: a cross-check that holds is recorded as well as one that
//! fails, so a caller can show what was verified. Damaged text and unaccounted numbers
//! are found earlier (normalization and extraction) and arrive as diagnostics already.

mod capacity_vs_load;
mod change_direction;
mod decrease_over_100;
mod figures;
mod negative_count;
mod part_exceeds_whole;
mod parts;
mod prior_not_integer;
mod rate_vs_days;
mod ratio_mismatch;
mod share_over_100;
mod sum_mismatch;
mod target_missed;

pub use figures::{Audit, Clause, Figure};

use crate::model::{Diagnostic, Report, Severity};

/// The outcome of one check at one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    /// Verified: no diagnostic.
    Holds,
    Note,
    Warning,
    Error,
}

impl Verdict {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Verdict::Holds => None,
            Verdict::Note => Some(Severity::Note),
            Verdict::Warning => Some(Severity::Warning),
            Verdict::Error => Some(Severity::Error),
        }
    }
}

/// What one check found at one place of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The check's code (`sum-mismatch`).
    pub code: &'static str,
    pub verdict: Verdict,
    pub line: usize,
    pub column: usize,
    /// Span length in characters.
    pub length: usize,
    pub message: String,
    /// The arithmetic.
    pub notes: Vec<String>,
}

impl Finding {
    /// A finding at a figure's place.
    pub fn at(code: &'static str, verdict: Verdict, figure: &Figure<'_>, message: String) -> Self {
        Finding {
            code,
            verdict,
            line: figure.quantity.line,
            column: figure.quantity.column,
            length: figure.length(),
            message,
            notes: Vec::new(),
        }
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// The diagnostic to show, unless the check holds.
    pub fn diagnostic(&self) -> Option<Diagnostic> {
        Some(Diagnostic {
            code: self.code.to_string(),
            severity: self.verdict.severity()?,
            line: self.line,
            column: self.column,
            length: self.length,
            message: self.message.clone(),
            notes: self.notes.clone(),
        })
    }
}

/// A named check.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    pub code: &'static str,
    /// One line on what it verifies.
    pub summary: &'static str,
    pub run: fn(&Audit<'_>) -> Vec<Finding>,
}

/// Every check, in the order they run.
pub const CHECKS: &[Check] = &[
    share_over_100::CHECK,
    negative_count::CHECK,
    change_direction::CHECK,
    decrease_over_100::CHECK,
    sum_mismatch::CHECK,
    part_exceeds_whole::CHECK,
    ratio_mismatch::CHECK,
    rate_vs_days::CHECK,
    prior_not_integer::CHECK,
    capacity_vs_load::CHECK,
    target_missed::CHECK,
];

/// Every finding of every check, holding ones included, in input order.
pub fn findings(report: &Report) -> Vec<Finding> {
    let audit = Audit::new(report);
    let mut all: Vec<Finding> = CHECKS.iter().flat_map(|c| (c.run)(&audit)).collect();
    all.sort_by_key(|f| (f.line, f.column));
    all
}

/// Runs every check over the model: the diagnostics of the findings that do not hold.
pub fn run(report: &Report) -> Vec<Diagnostic> {
    findings(report)
        .iter()
        .filter_map(Finding::diagnostic)
        .collect()
}
