//! Where command output goes and how it looks: the render [`Style`] from the global
//! options (colour only on a terminal, never with `NO_COLOR` or `--color never`; 80
//! columns when not on a terminal), and a buffered standard output whose write errors,
//! a closed pipe included, come back as `io::Result` for the caller to end quietly.
//! The format options are named here and mapped to render's formats, so clap stays in
//! the command line.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::ValueEnum;
use report::render::export::ExportFormat;
use report::render::labels::parse_by_id;
use report::render::{self, Group, Printer, Row, Style};

use super::{CliError, ColorChoice, Global, Lang};

/// `--format` of a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned table for people (comfy-table, CJK aware).
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Ndjson,
    /// RFC 4180 CSV with a header row.
    Csv,
}

impl From<Format> for render::Format {
    fn from(format: Format) -> render::Format {
        match format {
            Format::Table => render::Format::Table,
            Format::Json => render::Format::Json,
            Format::Ndjson => render::Format::Ndjson,
            Format::Csv => render::Format::Csv,
        }
    }
}

/// `--format` of `report export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    /// The whole model: one object, an array of them for several reports.
    Json,
    /// One indicator per line, with its source path.
    Ndjson,
    /// One indicator per record, with a header row and a source column.
    Csv,
}

impl From<ExportFormatArg> for ExportFormat {
    fn from(format: ExportFormatArg) -> ExportFormat {
        match format {
            ExportFormatArg::Json => ExportFormat::Json,
            ExportFormatArg::Ndjson => ExportFormat::Ndjson,
            ExportFormatArg::Csv => ExportFormat::Csv,
        }
    }
}

/// Narrowest terminal width believed; anything less is taken as "unknown".
const MIN_TERMINAL_WIDTH: u16 = 40;

impl Global {
    /// The render style for standard output.
    pub fn style(&self) -> Style {
        let terminal = io::stdout().is_terminal();
        let color = match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color_requested(),
        };
        // A terminal that reports no usable size (a bare pty says 0) gets the default.
        let width = comfy_table::Table::new()
            .width()
            .filter(|&w| terminal && w >= MIN_TERMINAL_WIDTH)
            .unwrap_or(render::DEFAULT_WIDTH);
        let lang = match self.lang {
            Lang::Zh => render::Lang::Zh,
            Lang::En => render::Lang::En,
        };
        Style { lang, color, width }
    }
}

/// `NO_COLOR` set to anything but the empty string (https://no-color.org).
fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Runs `write` on buffered standard output and flushes it.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), CliError> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Prints listing rows in `format` on standard output.
pub fn print_groups<R: Row>(
    global: &Global,
    format: Format,
    groups: &[Group<'_, R>],
) -> Result<ExitCode, CliError> {
    let printer = Printer::new(format.into(), global.style());
    to_stdout(|out| printer.print(out, groups))?;
    Ok(ExitCode::SUCCESS)
}

/// Parses comma-separated choices by their ids (`met,missed`), or a usage error naming
/// the valid ones.
pub fn parse_choices<T: Copy>(
    what: &str,
    texts: &[String],
    all: &[T],
    id: impl Fn(T) -> &'static str + Copy,
) -> Result<Vec<T>, CliError> {
    texts
        .iter()
        .map(|text| {
            let text = text.trim();
            parse_by_id(all, id, text).ok_or_else(|| {
                let valid: Vec<&str> = all.iter().map(|&v| id(v)).collect();
                CliError::Usage(format!(
                    "unknown {what} '{text}' (valid: {})",
                    valid.join(", ")
                ))
            })
        })
        .collect()
}
