//! `report indicators`: the indicators of one or more reports as a table, JSON, NDJSON or
//! CSV, filtered by category, section, text or id and sorted by line or value.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::model::{Category, Indicator, Report};
use report::render::rows::{IndicatorRow, in_section};
use report::render::{Format, Group, labels};

use super::get::suggest;
use super::output::print_groups;
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
pub(super) struct Filter {
    categories: Vec<Category>,
    section: Option<String>,
    grep: Option<String>,
    ids: Vec<String>,
    periods: Vec<i32>,
}

impl Filter {
    fn new(args: &IndicatorsArgs) -> Result<Filter, CliError> {
        let mut filter = Filter::of(&args.select)?;
        filter.section = args.section.clone();
        Ok(filter)
    }

    /// Category, text, id and period filters, as `compare` takes them too.
    pub(super) fn of(select: &SelectArgs) -> Result<Filter, CliError> {
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

    pub(super) fn accepts(&self, indicator: &Indicator) -> bool {
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
    hanconv::t2s(text).to_lowercase()
}

fn select<'r>(report: &'r Report, filter: &Filter, args: &IndicatorsArgs) -> Vec<IndicatorRow<'r>> {
    let mut selected: Vec<&Indicator> = report
        .indicators
        .iter()
        .filter(|i| filter.accepts(i))
        .collect();
    match args.sort {
        SortKey::Line => selected.sort_by_key(|i| (i.line, i.column)),
        SortKey::Value => selected.sort_by_key(|i| (i.base_value, i.line, i.column)),
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
    let filter = Filter::new(&args)?;
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
