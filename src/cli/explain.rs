//! `report explain ID|NAME`: where an indicator comes from — the source line with the
//! number underlined, then how it was read (clause, name, category, values, change and
//! the prior value the change implies). Every mention is explained.

use std::process::ExitCode;

use clap::Args;
use report::render;

use super::common::{lookup, not_found};
use super::output::to_stdout;
use super::{CliError, Global, InputArgs};

const EXAMPLES: &str = "\
Examples:
  report explain air.aqi_compliance_rate
  report explain 危险废物产生量
  report explain --lang en air.aqi_compliance_rate city-2022.txt";

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
pub struct ExplainArgs {
    /// Indicator id (`air.aqi_compliance_rate`) or exact name.
    #[arg(value_name = "ID|NAME")]
    pub query: String,
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(global: &Global, args: ExplainArgs) -> Result<ExitCode, CliError> {
    let report = args.input.load_one()?;
    let mentions = lookup(&report, &args.query);
    if mentions.is_empty() {
        return Ok(not_found(&report, &args.query));
    }
    let style = global.style();
    to_stdout(|out| render::explain::print(out, &report, &mentions, &style))?;
    Ok(ExitCode::SUCCESS)
}
