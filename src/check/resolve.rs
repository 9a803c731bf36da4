//! From what the user wrote to a stable indicator id, once for all reports: an id must
//! be known (lexicon or some report), a name must designate exactly one indicator.

use std::collections::BTreeMap;

use super::{CheckError, Origin, Subject, TargetSpec};
use crate::lexicon::{self, normalize_name};
use crate::model::{Indicator, Report};

/// A target whose subject is a known indicator id.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedTarget {
    pub spec: TargetSpec,
    pub id: String,
}

/// Resolves every target's subject, failing on the first unknown or ambiguous one.
pub fn resolve_targets(
    specs: Vec<TargetSpec>,
    reports: &[Report],
) -> Result<Vec<ResolvedTarget>, CheckError> {
    specs
        .into_iter()
        .map(|spec| {
            let id = resolve_subject(&spec.subject, &spec.origin, reports)?;
            Ok(ResolvedTarget { spec, id })
        })
        .collect()
}

fn resolve_subject(
    subject: &Subject,
    origin: &Origin,
    reports: &[Report],
) -> Result<String, CheckError> {
    match subject {
        Subject::Id(id) if is_known_id(id, reports) => Ok(id.clone()),
        Subject::Id(id) => Err(unknown_id(origin, id)),
        Subject::Name(name) => resolve_name(name, origin, reports),
        Subject::IdOrName(text) if is_known_id(text, reports) => Ok(text.clone()),
        Subject::IdOrName(text) if looks_like_id(text) => Err(unknown_id(origin, text)),
        Subject::IdOrName(text) => resolve_name(text, origin, reports),
    }
}

fn is_known_id(id: &str, reports: &[Report]) -> bool {
    lexicon::indicator(id).is_some() || all_indicators(reports).any(|i| i.id == id)
}

/// `category.snake_name`: lowercase ASCII words joined by dots.
fn looks_like_id(text: &str) -> bool {
    let mut parts = text.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_lowercase()));
    first_ok
        && text.contains('.')
        && text.split('.').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

fn unknown_id(origin: &Origin, id: &str) -> CheckError {
    let category = id.split('.').next().unwrap_or_default();
    let same_category: Vec<&str> = lexicon::indicators()
        .iter()
        .filter(|e| e.id.split('.').next() == Some(category))
        .map(|e| e.id.as_str())
        .collect();
    let hint = if same_category.is_empty() {
        String::new()
    } else {
        format!(" (known '{category}' ids: {})", same_category.join(", "))
    };
    CheckError::UnknownId {
        origin: origin.clone(),
        id: id.to_string(),
        hint,
    }
}

fn all_indicators(reports: &[Report]) -> impl Iterator<Item = &Indicator> {
    reports.iter().flat_map(|r| r.indicators.iter())
}

/// An exact lexicon name or alias wins; then an exact name in a report; then names
/// containing the text. More than one distinct id at the deciding step is an error.
fn resolve_name(name: &str, origin: &Origin, reports: &[Report]) -> Result<String, CheckError> {
    let wanted = normalize_name(name);
    let lexicon_exact: Vec<&str> = lexicon::indicators()
        .iter()
        .filter(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .any(|n| normalize_name(n) == wanted)
        })
        .map(|e| e.id.as_str())
        .collect();
    if let [id] = lexicon_exact.as_slice() {
        return Ok(id.to_string());
    }
    // id → a name to show for it
    let mut exact = BTreeMap::new();
    let mut partial = BTreeMap::new();
    for entry in lexicon::indicators() {
        for n in std::iter::once(&entry.name).chain(&entry.aliases) {
            if normalize_name(n).contains(&wanted) {
                partial
                    .entry(entry.id.clone())
                    .or_insert(entry.name.clone());
            }
        }
    }
    for indicator in all_indicators(reports) {
        let normalized = normalize_name(&indicator.name);
        if normalized == wanted {
            exact
                .entry(indicator.id.clone())
                .or_insert(indicator.name.clone());
        }
        if normalized.contains(&wanted) {
            partial
                .entry(indicator.id.clone())
                .or_insert(indicator.name.clone());
        }
    }
    let deciding = if exact.is_empty() { partial } else { exact };
    let mut ids = deciding.keys();
    match (ids.next(), ids.next()) {
        (Some(id), None) => Ok(id.clone()),
        (None, _) => Err(CheckError::UnknownName {
            origin: origin.clone(),
            name: name.to_string(),
        }),
        _ => Err(CheckError::Ambiguous {
            origin: origin.clone(),
            name: name.to_string(),
            candidates: list_candidates(&deciding),
        }),
    }
}

fn list_candidates(candidates: &BTreeMap<String, String>) -> String {
    const SHOWN: usize = 8;
    let mut listed: Vec<String> = candidates
        .iter()
        .take(SHOWN)
        .map(|(id, name)| format!("{id} ({name})"))
        .collect();
    if candidates.len() > SHOWN {
        listed.push(format!("and {} more", candidates.len() - SHOWN));
    }
    listed.join(", ")
}
