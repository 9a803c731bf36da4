//! `report indicators`: the indicators of one or more reports as a table, JSON, NDJSON or
//! CSV, filtered by category, section, text or id and sorted by line or value.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::model::{Category, Indicator, Report};
use report::render::Group;
use report::render::rows::{IndicatorRow, in_section};

use super::output::{Format, parse_choices, print_groups};
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report indicators                                  all indicators of the embedded report
  report indicators --category air,water             only air and water
  report indicators --section 2.4                    section 2.4 and its subsections
  report indicators --grep 臭氧                       name or clause contains 臭氧
  report indicators --category waste --format csv    CSV with a header row
  report indicators --sort value --reverse a.txt     largest values first";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct IndicatorsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Only these categories, comma-separated (air, water, soil, waste, climate, radiation,
    /// enforcement, investment, public, general).
    #[arg(long, value_delimiter = ',', value_name = "CATEGORY")]
    pub category: Vec<String>,
    /// Only this section and its subsections (`2.4` takes `2.4.1`, not `2.40`).
    #[arg(long, value_name = "ID")]
    pub section: Option<String>,
    /// Only indicators whose name, English label or clause contains TEXT (traditional
    /// characters match their simplified form).
    #[arg(long, value_name = "TEXT")]
    pub grep: Option<String>,
    /// Only these indicator ids, comma-separated.
    #[arg(long, value_delimiter = ',', value_name = "ID")]
    pub id: Vec<String>,
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

/// The validated filters.
struct Filter {
    categories: Vec<Category>,
    section: Option<String>,
    grep: Option<String>,
    ids: Vec<String>,
}

impl Filter {
    fn new(args: &IndicatorsArgs) -> Result<Filter, CliError> {
        let categories =
            parse_choices("category", &args.category, &Category::ALL, Category::as_str)?;
        Ok(Filter {
            categories,
            section: args.section.clone(),
            grep: args.grep.as_deref().map(fold),
            ids: args.id.clone(),
        })
    }

    fn accepts(&self, indicator: &Indicator) -> bool {
        (self.categories.is_empty() || self.categories.contains(&indicator.category))
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

pub fn run(global: &Global, args: IndicatorsArgs) -> Result<ExitCode, CliError> {
    let filter = Filter::new(&args)?;
    let reports = args.input.load_all()?;
    let groups: Vec<Group<'_, IndicatorRow<'_>>> = reports
        .iter()
        .map(|report| Group {
            report,
            rows: select(report, &filter, &args),
        })
        .collect();
    print_groups(global, args.format, &groups)
}
