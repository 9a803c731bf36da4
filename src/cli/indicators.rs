//! `report indicators`: the indicators of one or more reports as a table, JSON, NDJSON or
//! CSV, filtered by category, section, text or id and sorted by line or value.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::model::{Indicator, Report};
use report::render::Group;
use report::render::rows::IndicatorRow;

use super::common::{Filter, SelectArgs, suggest};
use super::output::{Format, print_groups};
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report indicators                                  all indicators of the embedded report
  report indicators --category air,water             only air and water
  report indicators --category 大气                   a category by its Chinese label
  report indicators --section 2.4                    section 2.4 and its subsections
  report indicators --grep 臭氧                       name or clause contains 臭氧
  report indicators --category waste --format csv    CSV with a header row
  report indicators --sort value --reverse a.txt     largest values first";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct IndicatorsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub select: SelectArgs,
    /// Only this section and its subsections (`2.4` takes `2.4.1`, not `2.40`).
    #[arg(long, value_name = "ID")]
    pub section: Option<String>,
    /// Order of the rows.
    #[arg(long, value_enum, default_value_t = SortKey::Line)]
    pub sort: SortKey,
    /// Reverse the order.
    #[arg(long)]
    pub reverse: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortKey {
    /// Reading order (line, then column).
    Line,
    /// Value in base units (吨, 元, …), then reading order.
    Value,
}

/// Which indicators to show: by category, text, id and time (`indicators`, `compare`).
/// The filters of the listing: those `compare` shares, and the section.
fn filter_of(args: &IndicatorsArgs) -> Result<Filter, CliError> {
    let mut filter = Filter::of(&args.select)?;
    filter.section = args.section.clone();
    Ok(filter)
}

fn select<'r>(report: &'r Report, filter: &Filter, args: &IndicatorsArgs) -> Vec<IndicatorRow<'r>> {
    let mut selected: Vec<&Indicator> = report
        .indicators
        .iter()
        .filter(|i| filter.accepts(i))
        .collect();
    match args.sort {
        SortKey::Line => selected.sort_by_key(|i| (i.quantity.line, i.quantity.column)),
        SortKey::Value => {
            selected.sort_by_key(|i| (i.quantity.base_value, i.quantity.line, i.quantity.column))
        }
    }
    if args.reverse {
        selected.reverse();
    }
    selected.into_iter().map(IndicatorRow).collect()
}

/// An unknown `--section` or `--id` is a usage error naming the valid ones, unless one
/// report of the batch has it.
fn check_known(filter: &Filter, reports: &[Report]) -> Result<(), CliError> {
    if let Some(section) = &filter.section {
        let known = |r: &Report| r.sections.iter().any(|s| &s.id == section);
        if !reports.iter().any(known) {
            let valid: Vec<&str> = reports
                .iter()
                .flat_map(|r| &r.sections)
                .filter(|s| s.level == 1)
                .map(|s| s.id.as_str())
                .collect();
            return Err(CliError::Usage(format!(
                "unknown section '{section}' (valid: {} and their subsections; `report sections` lists them)",
                valid.join(", ")
            )));
        }
    }
    for id in &filter.ids {
        let known = |r: &Report| r.indicators.iter().any(|i| &i.id == id);
        if !reports.iter().any(known) {
            let suggestions: Vec<String> = reports.iter().flat_map(|r| suggest(r, id)).collect();
            let hint = match suggestions.is_empty() {
                true => "`report indicators` lists them".to_string(),
                false => format!("did you mean {}?", suggestions.join(", ")),
            };
            return Err(CliError::Usage(format!(
                "unknown indicator id '{id}'; {hint}"
            )));
        }
    }
    Ok(())
}

pub fn run(global: &Global, args: IndicatorsArgs) -> Result<ExitCode, CliError> {
    let filter = filter_of(&args)?;
    let mut reports = args.input.load_all()?;
    args.select.years.retain(&mut reports);
    check_known(&filter, &reports)?;
    let groups: Vec<Group<'_, IndicatorRow<'_>>> = reports
        .iter()
        .map(|report| Group {
            report,
            rows: select(report, &filter, &args),
        })
        .collect();
    print_groups(global, args.format, &groups)
}
