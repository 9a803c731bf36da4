//! `report targets`: what was promised and what came of it — achieved targets of the
//! report year (met or missed), plans for the next year and forecasts.

use std::process::ExitCode;

use clap::Args;
use report::model::TargetStatus;
use report::render::Group;
use report::render::labels::{TARGET_KINDS, TARGET_STATUSES, target_kind_id};
use report::render::rows::TargetRow;

use super::output::{Format, parse_choices, print_groups};
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report targets                          every target, plan item and forecast
  report targets --status missed          only targets that were missed
  report targets --kind plan --format csv next year's plan as CSV";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct TargetsArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Only these outcomes, comma-separated (met, missed, open).
    #[arg(long, value_delimiter = ',', value_name = "STATUS")]
    pub status: Vec<String>,
    /// Only these kinds, comma-separated (achieved, plan, forecast).
    #[arg(long, value_delimiter = ',', value_name = "KIND")]
    pub kind: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(global: &Global, args: TargetsArgs) -> Result<ExitCode, CliError> {
    let statuses = parse_choices(
        "status",
        &args.status,
        &TARGET_STATUSES,
        TargetStatus::as_str,
    )?;
    let kinds = parse_choices("kind", &args.kind, &TARGET_KINDS, target_kind_id)?;
    let reports = args.input.load_all()?;
    let groups: Vec<Group<'_, TargetRow<'_>>> = reports
        .iter()
        .map(|report| Group {
            report,
            rows: report
                .targets
                .iter()
                .filter(|t| statuses.is_empty() || statuses.contains(&t.status))
                .filter(|t| kinds.is_empty() || kinds.contains(&t.kind))
                .map(TargetRow)
                .collect(),
        })
        .collect();
    print_groups(global, args.format, &groups)
}
