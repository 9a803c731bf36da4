//! Targets: achieved targets, plans and forecasts (STUB: to be completed).

use super::Mention;
use crate::input::Normalized;
use crate::model::Target;
use crate::text::Segmented;

/// Finds the targets of a report.
pub fn targets(
    _normalized: &Normalized,
    _segmented: &Segmented,
    _mentions: &[Mention],
) -> Vec<Target> {
    Vec::new()
}
