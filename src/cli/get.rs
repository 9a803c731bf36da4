//! `report get ID|NAME [FILE]`: one indicator's value and nothing else, for scripts,
//! found by the lookup shared with `explain` ([`super::common::lookup`]).

use std::process::ExitCode;

use clap::Args;
use report::render::number;

use super::common::{lookup, not_found};
use super::output::to_stdout;
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report get air.aqi_compliance_rate                 95.1
  report get air.aqi_compliance_rate --with-unit     95.1%
  report get 空气质量指数(AQI)达标率                   by the name in the text
  report get --all enforcement.penalty_cases a.txt   every mention, one per line";

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
}

pub fn run(_global: &Global, args: GetArgs) -> Result<ExitCode, CliError> {
    let reports = args.input.load_all()?;
    let mut code = ExitCode::SUCCESS;
    let mut lines = Vec::new();
    for report in &reports {
        let mentions = lookup(report, &args.query);
        if mentions.is_empty() {
            code = not_found(report, &args.query);
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
