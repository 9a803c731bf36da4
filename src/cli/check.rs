//! `report check` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: CheckArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'check' is not implemented yet".to_string(),
    ))
}
