//! `report explain` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: ExplainArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'explain' is not implemented yet".to_string(),
    ))
}
