//! `report completions SHELL`: shell completion scripts via clap_complete.

use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::output::to_stdout;
use super::{Cli, CliError};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<ExitCode, CliError> {
    let mut command = Cli::command();
    // Generated into memory first: clap_complete panics on a write error (`/dev/full`),
    // the write below reports it.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "report", &mut script);
    to_stdout(|out| out.write_all(&script))?;
    Ok(ExitCode::SUCCESS)
}
