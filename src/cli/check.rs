//! `report check`: evaluate targets against reports, for CI.
//!
//! Targets come from a TOML file (`--targets`, see docs/targets.md) and/or `--expect`
//! expressions. Each target is evaluated on each report; the exit code is 0 when every
//! error-severity target is met, 1 when one is missed, 2 on a bad targets file, an
//! unknown indicator id or unreadable input.
//! Examples: `EXAMPLES`, shown at the end of `report check --help`.

use std::io::{self, IsTerminal, Write};

const EXAMPLES: &str = "\
Examples:
  report check --expect 'air.aqi_compliance_rate >= 95'          one target, embedded report
  report check --expect '罚没金额 > 3000万元' city-2022.txt           by name, with a unit
  report check --targets targets.toml reports/                   a targets file, many reports
  report check --targets targets.toml --format junit a.txt > junit.xml
  report check --targets targets.toml --format github a.txt      annotations for GitHub";
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::Report;
use report::check::{
    CheckError, CheckOptions, Outcome, ReportOutcomes, TargetSpec, Verdict, evaluate, github,
    junit, parse_expectation, parse_targets_file, resolve_targets,
};
use report::model::Severity;
use report::render::table::{self, Cell, Fit};
use report::render::{Lang, Style, labels, markdown};
use serde::Serialize;

use super::output::gate_stdout;
use super::{CliError, Global, InputArgs, load_reports, read_file};

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
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
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    pub format: CheckFormat,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// One row per target and report, then the counts.
    Table,
    /// `{passed, reports: [{report, outcomes}]}`.
    Json,
    /// JUnit XML: one test case per target and report, for CI test panels.
    Junit,
    /// GitHub Actions annotations (`::error file=…,line=…::…`), then the counts.
    Github,
    /// A Markdown table, for a CI step summary or an issue.
    Markdown,
}

pub fn run(global: &Global, args: CheckArgs) -> Result<ExitCode, CliError> {
    let specs = read_targets(&args)?;
    let reports = load_all(global, &args.input)?;
    let targets = resolve_targets(specs, &reports).map_err(check_error)?;
    let options = CheckOptions {
        allow_missing: args.allow_missing,
    };
    let style = global.style();
    let mut results = evaluate(&targets, &reports, options);
    // What people read in `lang`; JSON and JUnit keep a target's label as it was
    // written or generated, as a name scripts and CI panels can key on.
    let for_people = matches!(
        args.format,
        CheckFormat::Table | CheckFormat::Markdown | CheckFormat::Github
    );
    for outcome in results.iter_mut().flat_map(|r| &mut r.outcomes) {
        outcome.reason = reason(&outcome.reason, style.lang);
        if for_people {
            outcome.target = labels::sentence(&outcome.target, style.lang);
        }
    }
    let verdict = if fails_run(&results) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    let mut out = gate_stdout();
    match args.format {
        CheckFormat::Table => write_table(&mut out, &results, &style)?,
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
        CheckFormat::Markdown => write_markdown(&mut out, &results, style.lang)?,
        CheckFormat::Github => {
            for line in github::check_annotations(&results) {
                writeln!(out, "{line}")?;
            }
            writeln!(out, "{}", summary(&results, style.lang))?;
        }
    }
    out.flush()?;
    Ok(verdict)
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
        let bytes = read_file(path)?;
        let text = String::from_utf8(bytes)
            .map_err(|_| CliError::input(&shown, "targets file is not UTF-8"))?;
        specs.extend(parse_targets_file(&shown, &text).map_err(check_error)?);
    }
    for expression in &args.expect {
        specs.push(parse_expectation(expression).map_err(check_error)?);
    }
    Ok(specs)
}

/// Every report, analyzed on `--jobs` threads like `export`; a target's name resolves
/// over all of them, so they are kept, but only what targets read (indicators, stated
/// targets, the year): a batch's memory is its indicators, not its texts. The first
/// input that fails ends the check: a gate never passes on a report it did not read.
fn load_all(global: &Global, input: &InputArgs) -> Result<Vec<Report>, CliError> {
    let encoding = input.encoding()?;
    let mut batch = input.batch();
    batch.progress = !global.quiet && !io::stdout().is_terminal();
    let mut reports = Vec::new();
    let load = move |source: Option<&PathBuf>| {
        load_reports(source, encoding).map(|loaded| loaded.into_iter().map(for_targets).collect())
    };
    batch.run_loading(
        &input.sources(),
        load,
        |loaded: Result<Vec<Report>, CliError>| {
            reports.extend(loaded?);
            Ok(())
        },
    )?;
    Ok(reports)
}

/// A report reduced to what resolving and evaluating targets reads.
fn for_targets(report: Report) -> Report {
    Report {
        sections: Vec::new(),
        projects: Vec::new(),
        diagnostics: Vec::new(),
        non_quantities: Vec::new(),
        original: String::new(),
        ..report
    }
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

/// One table per report (its path above it when there are several), then the counts.
fn write_table(out: &mut dyn Write, results: &[ReportOutcomes], style: &Style) -> io::Result<()> {
    let lang = style.lang;
    let header = [
        lang.pick("目标", "Target"),
        lang.pick("实际", "Actual"),
        lang.pick("行", "Line"),
        lang.pick("结论", "Verdict"),
    ];
    // A missed verdict carries its reason as prose.
    let fits = [Fit::Text, Fit::Token, Fit::Optional(0), Fit::Text];
    for (i, report) in results.iter().enumerate() {
        if results.len() > 1 {
            let gap = if i > 0 { "\n" } else { "" };
            let path = style.paint(&report.report, anstyle::Style::new().bold());
            writeln!(out, "{gap}{path}")?;
        }
        let rows = report
            .outcomes
            .iter()
            .map(|outcome| {
                vec![
                    Cell::new(&outcome.target),
                    Cell::new(labels::value(
                        outcome.actual.as_deref().unwrap_or("—"),
                        lang,
                    )),
                    table::dim(outcome.line.map(|l| l.to_string()).unwrap_or_default()),
                    verdict_cell(outcome, lang),
                ]
            })
            .collect();
        table::write(out, &table::fitted(style, &header, &fits, rows))?;
    }
    writeln!(out, "{}", summary(results, lang))
}

/// One Markdown table of every target and report, then the counts.
fn write_markdown(out: &mut impl Write, results: &[ReportOutcomes], lang: Lang) -> io::Result<()> {
    let header = markdown::texts(&[
        lang.pick("报告", "Report"),
        lang.pick("目标", "Target"),
        lang.pick("实际", "Actual"),
        lang.pick("结论", "Verdict"),
    ]);
    let rows: Vec<Vec<String>> = results
        .iter()
        .flat_map(|report| {
            report.outcomes.iter().map(move |outcome| {
                vec![
                    report.report.clone(),
                    outcome.target.clone(),
                    match (&outcome.actual, outcome.line) {
                        (Some(actual), Some(line)) => match lang {
                            Lang::Zh => format!("{actual} (第{line}行)"),
                            Lang::En => format!("{actual} (line {line})"),
                        },
                        (Some(actual), None) => actual.clone(),
                        (None, _) => "—".to_string(),
                    },
                    report::check::verdict_label(outcome.verdict, outcome.severity, lang)
                        .to_string(),
                ]
            })
        })
        .collect();
    markdown::table(out, &header, &rows, &[])?;
    writeln!(out, "\n{}", markdown::escape(&summary(results, lang)))
}

/// The verdict in the chosen language, with the reason a target was missed.
fn verdict_cell(outcome: &Outcome, lang: Lang) -> Cell {
    let word = report::check::verdict_label(outcome.verdict, outcome.severity, lang);
    let text = match outcome.verdict {
        Verdict::Fail | Verdict::Undetermined => {
            format!("{word}{}{}", lang.pick(":", ": "), outcome.reason)
        }
        _ => word.to_string(),
    };
    let good = match outcome.verdict {
        Verdict::Pass => Some(true),
        Verdict::Skipped => None,
        _ => Some(false),
    };
    table::judged(text, good)
}

/// Why a target was missed, in `lang`: each part (`; ` apart) through the label table.
fn reason(reason: &str, lang: Lang) -> String {
    if reason.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = reason
        .split("; ")
        .map(|part| labels::sentence(part, lang))
        .collect();
    parts.join(lang.pick(";", "; "))
}

/// `3 check(s) on 1 report(s): 2 met, 1 missed, 0 warning(s)`.
fn summary(results: &[ReportOutcomes], lang: Lang) -> String {
    let outcomes: Vec<&Outcome> = results.iter().flat_map(|r| &r.outcomes).collect();
    let missed = |severity| {
        outcomes
            .iter()
            .filter(|o| o.verdict.is_failure() && o.severity == severity)
            .count()
    };
    let met = outcomes
        .iter()
        .filter(|o| o.verdict == Verdict::Pass)
        .count();
    labels::check_counts(
        outcomes.len(),
        results.len(),
        [met, missed(Severity::Error), missed(Severity::Warning)],
        lang,
    )
}
