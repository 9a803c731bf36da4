//! `report completions SHELL`: shell completion scripts via clap_complete.

use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, CliError};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<ExitCode, CliError> {
    let mut command = Cli::command();
    clap_complete::generate(args.shell, &mut command, "report", &mut std::io::stdout());
    Ok(ExitCode::SUCCESS)
}
