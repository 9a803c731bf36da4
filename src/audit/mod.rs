//! Audit: the report checks itself — damaged text, unaccounted numbers, arithmetic that
//! does not add up (STUB: to be completed).

use crate::model::{Diagnostic, Report};

/// Runs every check over the model.
pub fn run(_report: &Report) -> Vec<Diagnostic> {
    Vec::new()
}
