//! `report get` (STUB: to be completed).

use std::process::ExitCode;

use clap::Args;

use super::{CliError, Global, InputArgs};

#[derive(Debug, Args)]
pub struct GetArgs {
    #[command(flatten)]
    pub input: InputArgs,
}

pub fn run(_global: &Global, _args: GetArgs) -> Result<ExitCode, CliError> {
    Err(CliError::Usage("'get' is not implemented yet".to_string()))
}
