//! Loading reports: the one way every command reads and analyzes its inputs. Every read
//! is bounded — at most [`MAX_INPUT_BYTES`] + 1 bytes are taken from any file, whatever
//! its type (a FIFO, `/dev/zero` or a `/proc` file reports a size of 0 and would
//! otherwise be read to the end) — and every analysis is guarded: a panic inside it (a
//! bug) becomes an input error naming the file, never a crash or raw panic text.

use std::fs::File;
use std::io::{self, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use report::diff::export::{is_export, read_export};
use report::input::{MAX_INPUT_BYTES, check_size};
use report::{EMBEDDED_PATH, EMBEDDED_REPORT, Options, Report};

use super::CliError;

/// What a guarded step says when the analysis panicked.
const INTERNAL_ERROR: &str =
    "internal error while analyzing (a bug: please report it with this file)";

/// Reads the bytes of one source: a path, `-` for standard input, `None` for the seed.
pub fn read_source(source: Option<&PathBuf>) -> Result<(String, Vec<u8>), CliError> {
    let Some(path) = source else {
        return Ok((EMBEDDED_PATH.to_string(), EMBEDDED_REPORT.to_vec()));
    };
    let shown = path.display().to_string();
    if shown == "-" {
        return Ok(("-".to_string(), read_bounded(io::stdin().lock(), "-")?));
    }
    let bytes = read_file(path)?;
    Ok((shown, bytes))
}

/// Reads a file of any type up to the size limit. A regular file over the limit is
/// refused from its size before anything is read.
pub fn read_file(path: &Path) -> Result<Vec<u8>, CliError> {
    let shown = path.display().to_string();
    let fail = |problem: String| CliError::input(&shown, problem);
    let metadata = std::fs::metadata(path).map_err(|e| fail(open_problem(path, &e)))?;
    if metadata.is_dir() {
        return Err(fail(directory_problem(path)));
    }
    check_size(metadata.len()).map_err(|e| fail(e.to_string()))?;
    let file = File::open(path).map_err(|e| fail(open_problem(path, &e)))?;
    read_bounded(file, &shown)
}

/// Takes at most the limit + 1 bytes, so a stream that never ends is refused after
/// 16 MiB instead of filling memory.
fn read_bounded(reader: impl Read, shown: &str) -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError::input(shown, io_problem(&e)))?;
    check_size(bytes.len() as u64).map_err(|e| CliError::input(shown, size_problem(&e)))?;
    Ok(bytes)
}

/// A stream's size is unknown until it is read: "over the limit", not a byte count.
fn size_problem(error: &report::InputError) -> String {
    match error {
        report::InputError::TooLarge { limit, .. } => {
            format!("input is over the limit of {limit} bytes")
        }
        other => other.to_string(),
    }
}

/// Why a path cannot be opened; a symbolic link to nothing says so.
fn open_problem(path: &Path, e: &io::Error) -> String {
    let dangling = e.kind() == io::ErrorKind::NotFound
        && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling {
        "dangling symbolic link (its target does not exist)".to_string()
    } else {
        io_problem(e)
    }
}

/// A directory given or found where a report was wanted: it could not be listed, or it
/// holds no report.
fn directory_problem(path: &Path) -> String {
    match std::fs::read_dir(path) {
        Err(e) => format!("cannot list directory: {}", io_problem(&e)),
        Ok(_) => "is a directory with no *.txt report file in it".to_string(),
    }
}

fn io_problem(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::InvalidData => "not readable as a file of bytes".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

/// Reads and analyzes one source.
pub fn load(
    source: Option<&PathBuf>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Report, CliError> {
    let (path, bytes) = read_source(source)?;
    analyze(&path, &bytes, encoding)
}

/// Analyzes the bytes of `path`, guarded.
pub fn analyze(
    path: &str,
    bytes: &[u8],
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Report, CliError> {
    let options = Options {
        path: path.to_string(),
        encoding,
    };
    guarded(path, || report::analyze(bytes, &options))?
        .map_err(|e| CliError::input(path, e.to_string()))
}

/// Runs one step on the input `path`; a panic in it becomes an input error naming the
/// file, so one bad report cannot crash a command or take a batch down with it.
pub fn guarded<T>(path: &str, step: impl FnOnce() -> T) -> Result<T, CliError> {
    catch_unwind(AssertUnwindSafe(step)).map_err(|_| CliError::input(path, INTERNAL_ERROR))
}

/// Reads one source as its reports: a JSON export holds one or more, a report text one.
pub fn load_reports(
    source: Option<&PathBuf>,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Vec<Report>, CliError> {
    let (path, bytes) = read_source(source)?;
    if is_export(&bytes) {
        return read_export(&bytes).map_err(|e| CliError::input(&path, e.to_string()));
    }
    analyze(&path, &bytes, encoding).map(|r| vec![r])
}

/// Panics print nothing: the guard or `main` says what failed in one line.
pub fn quiet_panics() {
    std::panic::set_hook(Box::new(|_| {}));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_guarded_step_is_an_input_error_naming_the_file() {
        let caught = guarded("city.txt", || -> u8 { panic!("a bug") });
        let Err(CliError::Input { path, problem }) = caught else {
            panic!("expected an input error");
        };
        assert_eq!(
            (path.as_str(), problem.as_str()),
            ("city.txt", INTERNAL_ERROR)
        );
        assert_eq!(guarded("city.txt", || 7).ok(), Some(7));
    }
}
