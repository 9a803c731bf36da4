//! `report compare FILE|DIR…`: many reports in one table — indicators down, reports
//! across labelled by region and year, values in one base unit per row, stated
//! year-on-year changes checked against the same region's year before (✓/✗) and a
//! sparkline per region over its years.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::compare::compare;
use report::compare::print::{self as shown, Grid};

use super::common::{Filter, SelectArgs};
use super::output::to_stdout;
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report compare reports/                          every *.txt under reports/
  report compare --category air a.txt b.txt        air indicators only
  report compare --id air.pm25_concentration --transpose reports/
  report compare --format markdown reports/ >> \"$GITHUB_STEP_SUMMARY\"";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct CompareArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub select: SelectArgs,
    /// Reports down, indicators across.
    #[arg(long)]
    pub transpose: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Table)]
    pub format: CompareFormat,
}

pub fn run(global: &Global, args: CompareArgs) -> Result<ExitCode, CliError> {
    let filter = Filter::of(&args.select)?;
    let mut reports = args.input.load_all()?;
    args.select.years.retain(&mut reports);
    let comparison = compare(&reports, |i| filter.accepts(i));
    let style = global.style();
    let grid = Grid::new(&comparison, style.lang);
    let grid = if args.transpose {
        grid.transposed()
    } else {
        grid
    };
    to_stdout(|out| match args.format {
        CompareFormat::Table => shown::print_table(out, &comparison, &grid, &style),
        CompareFormat::Csv => shown::print_csv(out, &grid),
        CompareFormat::Markdown => shown::print_markdown(out, &comparison, &grid, style.lang),
        CompareFormat::Html => shown::html(out, &comparison, style.lang),
        CompareFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, &comparison)?;
            writeln!(out)
        }
    })?;
    Ok(ExitCode::SUCCESS)
}

/// Output formats of `report compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Table,
    Csv,
    Json,
    Markdown,
    /// A self-contained page with a line chart per indicator across years.
    Html,
}
