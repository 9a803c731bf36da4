//! `report check`: evaluate targets against reports, for CI.
//!
//! Targets come from a TOML file (`--targets`, see docs/targets.md) and/or `--expect`
//! expressions. Each target is evaluated on each report; the exit code is 0 when every
//! error-severity target is met, 1 when one is missed, 2 on a bad targets file, an
//! unknown indicator id or unreadable input.
//!
//! Examples:
//!   report check --targets targets.toml city-2022.txt
//!   report check --expect 'air.aqi_compliance_rate >= 95' --expect '罚没金额 > 3000万元'
//!   report check --targets targets.toml --format junit reports/*.txt > junit.xml
//!   report check --targets targets.toml --format github city-2022.txt

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use comfy_table::Table;
use report::Report;
use report::check::{
    CheckError, CheckOptions, Outcome, ReportOutcomes, TargetSpec, Verdict, evaluate, github,
    junit, parse_expectation, parse_targets_file, resolve_targets,
};
use report::model::Severity;
use serde::Serialize;

use super::common::{label, load_reports};
use super::{CliError, Global, InputArgs, Lang};

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Targets file (TOML, `[[target]]` tables; see docs/targets.md).
    #[arg(long, value_name = "FILE")]
    pub targets: Option<PathBuf>,
    /// A target as an expression: `air.aqi_compliance_rate >= 95`, `罚没金额 > 3000万元`.
    /// Repeatable.
    #[arg(long = "expect", value_name = "EXPR")]
    pub expect: Vec<String>,
    /// A target whose indicator a report does not mention is skipped, not failed.
    #[arg(long)]
    pub allow_missing: bool,
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Table,
    Json,
    Junit,
    Github,
}

pub fn run(global: &Global, args: CheckArgs) -> Result<ExitCode, CliError> {
    let specs = read_targets(&args)?;
    let reports = load_all(&args.input)?;
    let targets = resolve_targets(specs, &reports).map_err(check_error)?;
    let options = CheckOptions {
        allow_missing: args.allow_missing,
    };
    let results = evaluate(&targets, &reports, options);
    let mut out = io::stdout().lock();
    match args.format {
        CheckFormat::Table => write_table(&mut out, &results, global.lang)?,
        CheckFormat::Json => {
            let document = JsonResults {
                passed: !fails_run(&results),
                reports: &results,
            };
            serde_json::to_writer_pretty(&mut out, &document).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        CheckFormat::Junit => {
            let xml = junit::check_to_junit(&results)
                .map_err(|e| CliError::Usage(format!("cannot write JUnit XML: {e}")))?;
            writeln!(out, "{xml}")?;
        }
        CheckFormat::Github => {
            for line in github::check_annotations(&results) {
                writeln!(out, "{line}")?;
            }
            writeln!(out, "{}", summary(&results))?;
        }
    }
    Ok(if fails_run(&results) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[derive(Serialize)]
struct JsonResults<'a> {
    passed: bool,
    reports: &'a [ReportOutcomes],
}

/// The targets of the file, then those of the expressions, in order.
fn read_targets(args: &CheckArgs) -> Result<Vec<TargetSpec>, CliError> {
    if args.targets.is_none() && args.expect.is_empty() {
        return Err(CliError::Usage(
            "check needs targets: give --targets FILE and/or --expect 'EXPR'".to_string(),
        ));
    }
    let mut specs = Vec::new();
    if let Some(path) = &args.targets {
        let shown = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            let problem = match e.kind() {
                io::ErrorKind::NotFound => "no such targets file".to_string(),
                _ => format!("cannot read targets file: {e}"),
            };
            CliError::input(&shown, problem)
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| CliError::input(&shown, "targets file is not UTF-8"))?;
        specs.extend(parse_targets_file(&shown, &text).map_err(check_error)?);
    }
    for expression in &args.expect {
        specs.push(parse_expectation(expression).map_err(check_error)?);
    }
    Ok(specs)
}

fn load_all(input: &InputArgs) -> Result<Vec<Report>, CliError> {
    let encoding = input.encoding()?;
    let mut reports = Vec::new();
    for source in input.sources() {
        reports.extend(load_reports(source.as_ref(), encoding)?);
    }
    Ok(reports)
}

/// Check errors already start with the file or expression they are about.
fn check_error(error: CheckError) -> CliError {
    CliError::Usage(error.to_string())
}

fn fails_run(results: &[ReportOutcomes]) -> bool {
    results
        .iter()
        .flat_map(|r| &r.outcomes)
        .any(Outcome::fails_run)
}

fn write_table(out: &mut impl Write, results: &[ReportOutcomes], lang: Lang) -> io::Result<()> {
    let mut table = Table::new();
    table.set_header(vec![
        label(lang, "报告", "report"),
        label(lang, "目标", "target"),
        label(lang, "实际", "actual"),
        label(lang, "结论", "verdict"),
    ]);
    for report in results {
        for outcome in &report.outcomes {
            let actual = match (&outcome.actual, outcome.line) {
                (Some(actual), Some(line)) => format!("{actual} (line {line})"),
                (Some(actual), None) => actual.clone(),
                (None, _) => "—".to_string(),
            };
            table.add_row(vec![
                report.report.clone(),
                outcome.target.clone(),
                actual,
                verdict_cell(outcome),
            ]);
        }
    }
    writeln!(out, "{table}")?;
    writeln!(out, "{}", summary(results))
}

fn verdict_cell(outcome: &Outcome) -> String {
    let word = match (outcome.verdict, outcome.severity) {
        (Verdict::Pass, _) => return "pass".to_string(),
        (Verdict::Skipped, _) => return "skipped (not found)".to_string(),
        (Verdict::NotFound, Severity::Error) => "NOT FOUND",
        (Verdict::NotFound, _) => "warning: not found",
        (_, Severity::Error) => "FAIL",
        _ => "warning",
    };
    if outcome.verdict == Verdict::NotFound {
        word.to_string()
    } else {
        format!("{word}: {}", outcome.reason)
    }
}

/// `3 targets on 1 report: 2 met, 1 missed (1 error, 0 warnings)`.
fn summary(results: &[ReportOutcomes]) -> String {
    let outcomes: Vec<&Outcome> = results.iter().flat_map(|r| &r.outcomes).collect();
    let missed = |severity| {
        outcomes
            .iter()
            .filter(|o| o.verdict.is_failure() && o.severity == severity)
            .count()
    };
    let errors = missed(Severity::Error);
    let warnings = missed(Severity::Warning);
    let met = outcomes
        .iter()
        .filter(|o| o.verdict == Verdict::Pass)
        .count();
    format!(
        "{} check(s) on {} report(s): {met} met, {errors} missed, {warnings} warning(s)",
        outcomes.len(),
        results.len()
    )
}
