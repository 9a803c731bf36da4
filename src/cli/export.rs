//! `report export`: the model as JSON (STUB: NDJSON and CSV to be completed).

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, default_value = "json")]
    pub format: String,
}

pub fn run(_global: &Global, args: ExportArgs) -> Result<ExitCode, CliError> {
    let reports = args.input.load_all()?;
    let mut out = std::io::stdout().lock();
    let json = if reports.len() == 1 {
        serde_json::to_string_pretty(&reports[0])
    } else {
        serde_json::to_string_pretty(&reports)
    }
    .map_err(|e| CliError::Usage(e.to_string()))?;
    writeln!(out, "{json}")?;
    Ok(ExitCode::SUCCESS)
}
