//! Projects: named facilities, programmes and project groups (STUB: to be completed).

use super::Mention;
use crate::input::Normalized;
use crate::model::Project;
use crate::text::Segmented;

/// Finds the projects of a report.
pub fn projects(
    _normalized: &Normalized,
    _segmented: &Segmented,
    _mentions: &[Mention],
) -> Vec<Project> {
    Vec::new()
}
