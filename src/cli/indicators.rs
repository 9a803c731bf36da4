//! `report indicators` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct IndicatorsArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: IndicatorsArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'indicators' is not implemented yet".to_string(),
    ))
}
