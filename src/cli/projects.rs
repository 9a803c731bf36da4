//! `report projects`: named facilities, programmes and project groups with their status,
//! quantities (capacity, investment) and dates.

use std::process::ExitCode;

use clap::Args;
use report::model::ProjectStatus;
use report::render::Group;
use report::render::labels::PROJECT_STATUSES;
use report::render::rows::ProjectRow;

use super::output::{Format, parse_choices, print_groups};
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report projects                                   every project of the embedded report
  report projects --status under_construction       only those being built
  report projects --format csv a.txt b.txt          one CSV for several reports";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ProjectsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Only these statuses, comma-separated (operating, completed, under_construction,
    /// planned, studied, sited).
    #[arg(long, value_delimiter = ',', value_name = "STATUS")]
    pub status: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(global: &Global, args: ProjectsArgs) -> Result<ExitCode, CliError> {
    let statuses = parse_choices(
        "status",
        &args.status,
        &PROJECT_STATUSES,
        ProjectStatus::as_str,
    )?;
    let reports = args.input.load_all()?;
    let groups: Vec<Group<'_, ProjectRow<'_>>> = reports
        .iter()
        .map(|report| Group {
            report,
            rows: report
                .projects
                .iter()
                .filter(|p| statuses.is_empty() || statuses.contains(&p.status))
                .map(|p| ProjectRow::new(p, report))
                .collect(),
        })
        .collect();
    print_groups(global, args.format, &groups)
}
