//! `report targets` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct TargetsArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: TargetsArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage(
        "'targets' is not implemented yet".to_string(),
    ))
}
