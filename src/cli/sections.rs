//! `report sections`: the outline of a report (numbering, titles, lines) with the number
//! of indicators in each section and its subsections.

use std::process::ExitCode;

use clap::Args;
use report::render::Group;
use report::render::rows::SectionRow;

use super::output::{Format, print_groups};
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report sections                         the outline of the embedded report
  report sections --format json a.txt     the outline as JSON, with indicator counts";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct SectionsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(global: &Global, args: SectionsArgs) -> Result<ExitCode, CliError> {
    let reports = args.input.load_all()?;
    let groups: Vec<Group<'_, SectionRow<'_>>> = reports
        .iter()
        .map(|report| Group {
            report,
            rows: report
                .sections
                .iter()
                .map(|s| SectionRow::new(s, report))
                .collect(),
        })
        .collect();
    print_groups(global, args.format, &groups)
}
