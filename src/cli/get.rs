//! `report get ID|NAME [FILE]`: one indicator's value and nothing else, for scripts. Also
//! home of the lookup `explain` shares: an id, an exact name (either script), an English
//! label or a lexicon alias; an unknown one gets the closest ids suggested.

use std::process::ExitCode;

use clap::Args;
use report::model::{Indicator, Report};
use report::render::number;

use super::output::to_stdout;
use super::{CliError, Global, InputArgs, RoleFilter};

const EXAMPLES: &str = "\
Examples:
  report get air.aqi_compliance_rate                 95.1
  report get air.aqi_compliance_rate --with-unit     95.1%
  report get 空气质量指数(AQI)达标率                   by the name in the text
  report get --all enforcement.penalty_cases a.txt   every mention, one per line
  report get --role target air.pm25_concentration    the year's goal, not its value";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct GetArgs {
    /// Indicator id (`air.aqi_compliance_rate`) or exact name.
    #[arg(value_name = "ID|NAME")]
    pub query: String,
    #[command(flatten)]
    pub input: InputArgs,
    /// Print the unit after the value (`95.1%`).
    #[arg(long)]
    pub with_unit: bool,
    /// Print every mention, not only the first.
    #[arg(long)]
    pub all: bool,
    /// Which values: the period's own (`actual`), or goals, forecasts, standards, earlier
    /// values, or `any`.
    #[arg(long, value_enum, default_value_t)]
    pub role: RoleFilter,
}

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

pub fn run(_global: &Global, args: GetArgs) -> Result<ExitCode, CliError> {
    let reports = args.input.load_all()?;
    let mut code = ExitCode::SUCCESS;
    let mut lines = Vec::new();
    for report in &reports {
        let all_roles = lookup(report, &args.query);
        if all_roles.is_empty() {
            code = not_found(report, &args.query);
            continue;
        }
        let mentions: Vec<&Indicator> = all_roles
            .iter()
            .copied()
            .filter(|i| args.role.admits(i.role))
            .collect();
        if mentions.is_empty() {
            let mut stated: Vec<&str> = all_roles.iter().map(|i| i.role.as_str()).collect();
            stated.dedup();
            eprintln!(
                "report: {}: '{}' has no {} value; the report states it as {} (see --role)",
                report.source.path,
                args.query,
                report::model::Role::ALL
                    .into_iter()
                    .find(|r| args.role.admits(*r))
                    .map_or("such", |r| r.as_str()),
                stated.join(", ")
            );
            code = ExitCode::from(1);
            continue;
        }
        let shown = if args.all {
            &mentions[..]
        } else {
            &mentions[..1]
        };
        for indicator in shown {
            let value = if args.with_unit {
                number::value_with_unit(indicator.value, &indicator.unit)
            } else {
                number::decimal(indicator.value)
            };
            lines.push(if reports.len() > 1 {
                format!("{}\t{value}", report.source.path)
            } else {
                value
            });
        }
    }
    to_stdout(|out| lines.iter().try_for_each(|line| writeln!(out, "{line}")))?;
    Ok(code)
}
