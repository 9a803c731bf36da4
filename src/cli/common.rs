//! Helpers more than one command uses: the filters of `indicators` and `compare`
//! (category, text, id, year and period), the indicator lookup of `get` and `explain` (an
//! id, an exact name in either script, an English label or a lexicon alias; an unknown
//! one gets the closest ids suggested). Reading sources is `super::load`'s.

use std::process::ExitCode;

use clap::Args;
use report::model::Category;
use report::render::labels;
use report::render::rows::in_section;

use report::Report;
use report::model::Indicator;

use super::CliError;

/// Most ids suggested for an unknown query.
const SUGGESTIONS: usize = 3;
/// Similarity (Jaro-Winkler) from which an id is worth suggesting.
const SIMILAR: f64 = 0.75;

/// The mentions of the indicator a query names, in reading order; empty when none.
pub fn lookup<'r>(report: &'r Report, query: &str) -> Vec<&'r Indicator> {
    let query = query.trim();
    let simplified = report::lexicon::script::t2s(query);
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
        .find(|e| {
            e.name == name
                || e.aliases
                    .iter()
                    .any(|a| report::lexicon::script::t2s(a) == name)
        })
        .map(|e| e.id.as_str())
}

/// The ids closest to an unknown query, best first.
pub fn suggest(report: &Report, query: &str) -> Vec<String> {
    let query = report::lexicon::script::t2s(query.trim()).to_lowercase();
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

#[derive(Debug, Args, Clone, Default)]
pub struct SelectArgs {
    /// Only these categories, comma-separated, by id or Chinese label (air/大气, water/水,
    /// soil, waste, climate, radiation, enforcement, investment, public, general).
    #[arg(long, value_delimiter = ',', value_name = "CATEGORY")]
    pub category: Vec<String>,
    /// Only indicators whose name, English label or clause contains TEXT (traditional
    /// characters match their simplified form).
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
    /// Only these indicator ids, comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub id: Vec<String>,
    #[command(flatten)]
    pub years: YearArgs,
}

/// Filters by time: the year a report is about, the period a value is about.
#[derive(Debug, Args, Clone, Default)]
pub struct YearArgs {
    /// Only reports about these years, comma-separated (the document's year).
    #[arg(long, value_delimiter = ',', value_name = "YEAR")]
    pub year: Vec<i32>,
    /// Only values about these years, comma-separated (each value's own period).
    #[arg(long, value_delimiter = ',', value_name = "YEAR")]
    pub period: Vec<i32>,
}

impl YearArgs {
    /// Whether the report is about one of the years asked for.
    pub fn accepts_report(&self, report: &Report) -> bool {
        self.year.is_empty() || report.document.year.is_some_and(|y| self.year.contains(&y))
    }

    /// Keeps only the reports about the years asked for.
    pub fn retain(&self, reports: &mut Vec<Report>) {
        reports.retain(|r| self.accepts_report(r));
    }
}

/// The validated filters.
pub struct Filter {
    categories: Vec<Category>,
    pub section: Option<String>,
    grep: Option<String>,
    pub ids: Vec<String>,
    periods: Vec<i32>,
}

impl Filter {
    /// Category, text, id and period filters, as `compare` takes them too.
    pub fn of(select: &SelectArgs) -> Result<Filter, CliError> {
        Ok(Filter {
            categories: select
                .category
                .iter()
                .map(|text| {
                    labels::parse_category(text)
                        .ok_or_else(|| CliError::Usage(labels::unknown_category(text.trim())))
                })
                .collect::<Result<_, _>>()?,
            section: None,
            grep: select.grep.as_deref().map(fold),
            ids: select.id.clone(),
            periods: select.years.period.clone(),
        })
    }

    pub fn accepts(&self, indicator: &Indicator) -> bool {
        (self.categories.is_empty() || self.categories.contains(&indicator.category))
            && (self.periods.is_empty()
                || indicator.period.is_some_and(|p| self.periods.contains(&p)))
            && self
                .section
                .as_deref()
                .is_none_or(|s| in_section(indicator.section.as_deref(), s))
            && (self.ids.is_empty() || self.ids.contains(&indicator.id))
            && self.grep.as_deref().is_none_or(|text| {
                [
                    Some(&indicator.name),
                    Some(&indicator.evidence),
                    indicator.label_en.as_ref(),
                ]
                .into_iter()
                .flatten()
                .any(|field| fold(field).contains(text))
            })
    }
}

/// Simplified characters and lower-case Latin letters, so `臭氧`, `臭氧` and `AQI`/`aqi`
/// find the same things.
fn fold(text: &str) -> String {
    report::lexicon::script::t2s(text).to_lowercase()
}
