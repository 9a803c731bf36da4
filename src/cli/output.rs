//! Where command output goes and how it looks: the render [`Style`] from the global
//! options (colour only on a terminal, never with `NO_COLOR`, `CLICOLOR=0`, `TERM=dumb`
//! or `--color never`; the width from `--width`, the terminal or `COLUMNS`, else 80), and a buffered standard output whose write errors,
//! a closed pipe included, come back as `io::Result` for the caller to end quietly.
//! The format options are named here and mapped to render's formats, so clap stays in
//! the command line.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::ValueEnum;
use report::render::escape::escape_controls;
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
        let lang = match self.lang {
            Lang::Zh => render::Lang::Zh,
            Lang::En => render::Lang::En,
        };
        Style {
            lang,
            color,
            width: self.table_width(terminal),
        }
    }

    /// `--width`, else `COLUMNS` (as `ls` reads it), else the terminal's width, else 80.
    /// A terminal that reports no usable size (a bare pty says 0) counts as no terminal.
    fn table_width(&self, terminal: bool) -> u16 {
        let believable = |w: &u16| *w >= MIN_TERMINAL_WIDTH;
        let from_terminal = || {
            comfy_table::Table::new()
                .width()
                .filter(|w| terminal && believable(w))
        };
        let from_env = || {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|v| v.trim().parse::<u16>().ok())
                .filter(believable)
        };
        self.width
            .or_else(from_env)
            .or_else(from_terminal)
            .unwrap_or(render::DEFAULT_WIDTH)
    }
}

/// Colour is unwanted: `NO_COLOR` set to anything but the empty string
/// (https://no-color.org), `CLICOLOR=0` (https://bixense.com/clicolors), or a terminal
/// that says it cannot show it (`TERM=dumb`).
fn no_color_requested() -> bool {
    let var = |name| std::env::var_os(name).unwrap_or_default();
    !var("NO_COLOR").is_empty() || var("CLICOLOR") == "0" || var("TERM") == "dumb"
}

/// Standard output for every command. On a terminal, text from reports (names, lines,
/// titles) could carry escape sequences, so output passes through
/// [`escape_controls`] a line at a time there; a pipe or a file gets the bytes as they are.
pub fn stdout() -> Stdout {
    Stdout {
        inner: io::stdout().lock(),
        terminal: io::stdout().is_terminal(),
        pending: Vec::new(),
    }
}

/// See [`stdout`].
pub struct Stdout {
    inner: io::StdoutLock<'static>,
    terminal: bool,
    /// The part of the last line not yet written (a terminal escapes whole lines).
    pending: Vec<u8>,
}

impl Stdout {
    fn write_escaped(&mut self, upto: usize) -> io::Result<()> {
        let line: Vec<u8> = self.pending.drain(..upto).collect();
        let text = String::from_utf8_lossy(&line);
        self.inner.write_all(escape_controls(&text).as_bytes())
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if !self.terminal {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        if let Some(end) = memchr::memrchr(b'\n', &self.pending) {
            self.write_escaped(end + 1)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.write_escaped(self.pending.len())?;
        }
        self.inner.flush()
    }
}

/// Runs `write` on buffered standard output and flushes it.
pub fn to_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), CliError> {
    let mut out = io::BufWriter::new(stdout());
    write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// Standard output of a gate command (`check`, `validate`): a closed pipe ends the
/// output but not the run, so the exit code still says whether a check failed —
/// `report check … | head -1` under `set -o pipefail` must fail a failing gate. Other
/// write errors (`/dev/full`) stay errors.
pub fn gate_stdout() -> GateOut<Stdout> {
    GateOut {
        inner: stdout(),
        closed: false,
    }
}

/// A writer that swallows everything once its reader has gone (see [`gate_stdout`]).
pub struct GateOut<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> GateOut<W> {
    fn unless_closed<T>(
        &mut self,
        done: T,
        write: impl FnOnce(&mut W) -> io::Result<T>,
    ) -> io::Result<T> {
        if self.closed {
            return Ok(done);
        }
        match write(&mut self.inner) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(done)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for GateOut<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.unless_closed(buf.len(), |w| w.write(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.unless_closed((), Write::flush)
    }
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
