//! `report validate` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: ValidateArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'validate' is not implemented yet".to_string(),
    ))
}
