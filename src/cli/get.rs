//! `report get ID|NAME [FILE]`: one indicator's value and nothing else, for scripts,
//! found by the lookup shared with `explain` ([`super::common::lookup`]).

use std::process::ExitCode;

use clap::Args;
use report::model::Indicator;
use report::render::number;

use super::common::{lookup, not_found};
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
        // A change with no level of its own (`同比改善7.9%`) is no value of the indicator.
        let (changes, values): (Vec<&Indicator>, Vec<&Indicator>) =
            all_roles.iter().partition(|i| i.change_only);
        if values.is_empty() {
            let stated: Vec<&str> = changes
                .iter()
                .filter_map(|i| i.change.as_ref().map(|c| c.text.as_str()))
                .collect();
            eprintln!(
                "report: {}: '{}' has no value; the report states only its change ({})",
                report.source.path,
                args.query,
                stated.join("; ")
            );
            code = ExitCode::from(1);
            continue;
        }
        let mentions: Vec<&Indicator> = values
            .iter()
            .copied()
            .filter(|i| args.role.admits(i.role))
            .collect();
        if mentions.is_empty() {
            let mut stated: Vec<&str> = values.iter().map(|i| i.role.as_str()).collect();
            stated.sort_unstable();
            stated.dedup();
            eprintln!(
                "report: {}: '{}' has no {} value; the report states it as {} (see --role)",
                report.source.path,
                args.query,
                args.role.role().map_or("such", |r| r.as_str()),
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
                number::value_with_unit(indicator.quantity.value, &indicator.quantity.unit)
            } else {
                number::decimal(indicator.quantity.value)
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
