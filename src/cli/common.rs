//! Helpers more than one command uses: reading a source as reports (a JSON export or a
//! report text), the indicator lookup of `get` and `explain` (an id, an exact name in
//! either script, an English label or a lexicon alias; an unknown one gets the closest
//! ids suggested), and labels in the language asked for.

use std::path::PathBuf;
use std::process::ExitCode;

use report::Report;
use report::diff::export::{is_export, read_export};
use report::model::Indicator;

use super::{CliError, Lang, read_source};

/// Most ids suggested for an unknown query.
const SUGGESTIONS: usize = 3;
/// Similarity (Jaro-Winkler) from which an id is worth suggesting.
const SIMILAR: f64 = 0.75;

/// The mentions of the indicator a query names, in reading order; empty when none.
pub fn lookup<'r>(report: &'r Report, query: &str) -> Vec<&'r Indicator> {
    let query = query.trim();
    let simplified = hanconv::t2s(query);
    let matches = |pred: &dyn Fn(&Indicator) -> bool| -> Vec<&'r Indicator> {
        report.indicators.iter().filter(|i| pred(i)).collect()
    };
    let by_id = matches(&|i| i.id == query);
    if !by_id.is_empty() {
        return by_id;
    }
    let by_name = matches(&|i| {
        i.name == simplified
            || i.label_en
                .as_deref()
                .is_some_and(|l| l.eq_ignore_ascii_case(query))
    });
    if !by_name.is_empty() {
        return by_name;
    }
    match lexicon_id(&simplified) {
        Some(id) => matches(&|i| i.id == id),
        None => Vec::new(),
    }
}

/// The lexicon id whose name or alias is `name`.
fn lexicon_id(name: &str) -> Option<&'static str> {
    report::lexicon::indicators()
        .iter()
        .find(|e| e.name == name || e.aliases.iter().any(|a| hanconv::t2s(a) == name))
        .map(|e| e.id.as_str())
}

/// The ids closest to an unknown query, best first.
pub fn suggest(report: &Report, query: &str) -> Vec<String> {
    let query = hanconv::t2s(query.trim()).to_lowercase();
    let mut scored: Vec<(f64, &str)> = Vec::new();
    for indicator in &report.indicators {
        if scored.iter().any(|(_, id)| *id == indicator.id) {
            continue;
        }
        let score = similarity(&query, &indicator.id.to_lowercase(), &indicator.name);
        if score >= SIMILAR {
            scored.push((score, &indicator.id));
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(SUGGESTIONS)
        .map(|(_, id)| id.to_string())
        .collect()
}

/// How close a query is to an indicator, 0 to 1. Ids are compared after their category
/// prefix (every `air.` id shares `air.`, which says nothing about which one was meant);
/// a query in another category scores lower.
fn similarity(query: &str, id: &str, name: &str) -> f64 {
    let (query_category, query_local) = query.split_once('.').unwrap_or(("", query));
    let (category, local) = id.split_once('.').unwrap_or(("", id));
    let score = close(query_local, local).max(close(query, name));
    if query_category.is_empty() || query_category == category {
        score
    } else {
        score * 0.9
    }
}

/// Jaro-Winkler similarity, with containment counting as a near match.
fn close(query: &str, candidate: &str) -> f64 {
    if !query.is_empty() && candidate.contains(query) {
        return 0.95;
    }
    strsim::jaro_winkler(query, candidate)
}

/// Prints the one-line message for an unknown indicator and returns exit code 1.
pub fn not_found(report: &Report, query: &str) -> ExitCode {
    let suggestions = suggest(report, query);
    let hint = if suggestions.is_empty() {
        "`report indicators` lists them".to_string()
    } else {
        format!("did you mean {}?", suggestions.join(", "))
    };
    eprintln!(
        "report: {}: no indicator '{query}'; {hint}",
        report.source.path
    );
    ExitCode::from(1)
}

/// Reads one source as its reports: a JSON export holds one or more, a report text one.
pub fn load_reports(
    source: Option<&PathBuf>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Vec<Report>, CliError> {
    let (path, bytes) = read_source(source)?;
    if is_export(&bytes) {
        return read_export(&bytes).map_err(|e| CliError::input(&path, e.to_string()));
    }
    let options = report::Options {
        path: path.clone(),
        encoding,
    };
    report::analyze(&bytes, &options)
        .map(|r| vec![r])
        .map_err(|e| CliError::input(&path, e.to_string()))
}

/// A label in the language asked for.
pub fn label(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
