//! The `report` binary: parses the command line, runs one subcommand and maps errors to
//! exit codes (0 success, 1 a check or validation failed, 2 usage or input error).

use std::process::ExitCode;

use clap::Parser;

mod cli;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => err.exit(),
    }
}
