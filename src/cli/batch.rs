//! Batches: many reports analyzed in parallel and handed on in input order. Users run
//! `report` over whole archives (`report export --format ndjson reports/`), so a
//! directory stands for the `*.txt` files under it, walked in sorted order; reports are
//! analyzed on `--jobs` threads, but only a small window of them is in flight at once,
//! so memory is bounded by the largest file, not by the number of files. The output
//! order is the input order whatever the parallelism. A progress bar goes to stderr for
//! long batches, and only when stderr is a terminal.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use report::Report;

use super::{CliError, load};

/// A batch shorter than this gets no progress bar: it ends before a bar says anything.
const PROGRESS_MIN_REPORTS: usize = 16;

/// Reports analyzed ahead of the one being written, per job. Two keeps every thread busy
/// while the writer waits for a slow file, and memory at a few reports per thread.
const WINDOW_PER_JOB: usize = 2;

/// The extension of report files found in a directory.
const REPORT_EXTENSION: &str = "txt";

/// The inputs named on the command line, with each directory replaced by the report
/// files under it (sorted by path, subdirectories included). A directory that cannot be
/// listed or holds no `*.txt` file stays as it is, so reading it reports the problem
/// with its path.
pub fn expand_directories(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = files.len();
            // A directory that cannot be listed, or holds no report, stays as it is.
            if walk(path, &mut files).is_err() || files.len() == before {
                files.truncate(before);
                files.push(path.clone());
            }
        } else {
            files.push(path.clone());
        }
    }
    files
}

/// Appends the report files under `dir` in sorted order; symbolic links to directories
/// are not followed, so a link loop cannot make the walk endless.
fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries = std::fs::read_dir(dir)?
        .map(|entry| entry.map(|e| (e.path(), e.file_type())))
        .collect::<std::io::Result<Vec<_>>>()?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, file_type) in entries {
        if file_type.as_ref().is_ok_and(|t| t.is_dir()) {
            // A subdirectory that cannot be listed is reported by its path.
            if walk(&path, files).is_err() {
                files.push(path);
            }
        } else if is_report_file(&path) {
            files.push(path);
        }
    }
    Ok(())
}

/// A `*.txt` file, or a `*.txt` link to nothing: listed so that reading it says so,
/// rather than skipped without a word.
fn is_report_file(path: &Path) -> bool {
    let dangling = || path.symlink_metadata().is_ok() && path.metadata().is_err();
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(REPORT_EXTENSION))
        && (path.is_file() || dangling())
}

/// How a batch runs.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    /// Threads analyzing reports (1 analyzes on the calling thread).
    pub jobs: usize,
    /// Whether a long batch may show a progress bar on a terminal's stderr.
    pub progress: bool,
}

/// One input's outcome, in input order.
pub type Loaded = Result<Report, CliError>;

impl Batch {
    /// Analyzes `sources` and hands each outcome to `consume` in input order. Stops early
    /// when `consume` returns an error (a closed pipe, or a caller that stops at the
    /// first failed input) and returns that error.
    pub fn run(
        &self,
        sources: &[Option<PathBuf>],
        encoding: Option<&'static encoding_rs::Encoding>,
        consume: impl FnMut(Loaded) -> Result<(), CliError>,
    ) -> Result<(), CliError> {
        self.run_loading(sources, move |source| load(source, encoding), consume)
    }

    /// Runs a batch that goes on past failed inputs, as the listing commands do: each
    /// failure is named on stderr at once, every other report goes to `write`, and the
    /// returned [`Tolerant`] says how the command ends. A write error stops the batch.
    pub fn run_tolerant(
        &self,
        sources: &[Option<PathBuf>],
        encoding: Option<&'static encoding_rs::Encoding>,
        write: impl FnMut(Report) -> io::Result<()>,
    ) -> io::Result<Tolerant> {
        self.run_tolerant_loading(sources, move |source| load(source, encoding), write)
    }

    /// Like [`Batch::run_tolerant`] with any loader (`export` renders each report on the
    /// thread that analyzed it, so the writer only writes).
    pub fn run_tolerant_loading<T: Send + 'static>(
        &self,
        sources: &[Option<PathBuf>],
        load: impl Fn(Option<&PathBuf>) -> Result<T, CliError> + Send + Sync + Clone + 'static,
        mut write: impl FnMut(T) -> io::Result<()>,
    ) -> io::Result<Tolerant> {
        let mut tolerant = Tolerant {
            failed: 0,
            lone: None,
            total: sources.len(),
        };
        let ran = self.run_loading(sources, load, |loaded| match loaded {
            Ok(report) => Ok(write(report)?),
            Err(e) if sources.len() == 1 => {
                tolerant.failed += 1;
                tolerant.lone = Some(e);
                Ok(())
            }
            Err(e) => {
                tolerant.failed += 1;
                let _ = e.exit();
                Ok(())
            }
        });
        match ran {
            Err(CliError::Io(e)) => Err(e),
            _ => Ok(tolerant),
        }
    }

    /// Like [`Batch::run`] with any loader (`check` also reads JSON exports).
    pub fn run_loading<T: Send + 'static>(
        &self,
        sources: &[Option<PathBuf>],
        load: impl Fn(Option<&PathBuf>) -> Result<T, CliError> + Send + Sync + Clone + 'static,
        mut consume: impl FnMut(Result<T, CliError>) -> Result<(), CliError>,
    ) -> Result<(), CliError> {
        let bar = self.progress_bar(sources.len());
        let mut consume_shown = |loaded: Result<T, CliError>| {
            let result = bar.suspend(|| consume(loaded));
            bar.inc(1);
            result
        };
        let result = if self.jobs <= 1 || sources.len() <= 1 {
            sources
                .iter()
                .try_for_each(|source| consume_shown(load(source.as_ref())))
        } else {
            self.run_parallel(sources, load, &mut consume_shown)
        };
        bar.finish_and_clear();
        result
    }

    /// A sliding window over the inputs: at most `jobs × WINDOW_PER_JOB` are analyzed
    /// ahead of the next one to hand on; finished ones wait in a reorder buffer.
    fn run_parallel<T: Send + 'static>(
        &self,
        sources: &[Option<PathBuf>],
        load: impl Fn(Option<&PathBuf>) -> Result<T, CliError> + Send + Sync + Clone + 'static,
        consume: &mut dyn FnMut(Result<T, CliError>) -> Result<(), CliError>,
    ) -> Result<(), CliError> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.jobs)
            .build()
            .map_err(|e| CliError::Usage(format!("cannot start {} threads: {e}", self.jobs)))?;
        let window = self.jobs * WINDOW_PER_JOB;
        let (sender, receiver) = mpsc::channel::<(usize, Result<T, CliError>)>();
        let mut finished: BTreeMap<usize, Result<T, CliError>> = BTreeMap::new();
        let mut started = 0;
        for next in 0..sources.len() {
            while started < sources.len() && started < next + window {
                let source = sources[started].clone();
                let sender = sender.clone();
                let index = started;
                let load = load.clone();
                pool.spawn(move || {
                    // The receiver is gone only when the batch stopped early.
                    let _ = sender.send((index, load(source.as_ref())));
                });
                started += 1;
            }
            let loaded = loop {
                if let Some(loaded) = finished.remove(&next) {
                    break loaded;
                }
                // Every spawned job sends exactly once (panics are caught), and this
                // thread holds a sender, so the channel cannot close while we wait.
                let Ok((index, loaded)) = receiver.recv() else {
                    return Err(CliError::Usage("analysis threads stopped".to_string()));
                };
                finished.insert(index, loaded);
            };
            consume(loaded)?;
        }
        Ok(())
    }

    fn progress_bar(&self, total: usize) -> ProgressBar {
        if !self.progress || total < PROGRESS_MIN_REPORTS || !std::io::stderr().is_terminal() {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} reports, {elapsed} (eta {eta})")
        {
            bar.set_style(style);
        }
        bar
    }
}

/// How a batch that went on past failed inputs ends.
#[derive(Debug)]
pub struct Tolerant {
    failed: usize,
    /// The failure of a batch of one input, which ends the command with its message.
    lone: Option<CliError>,
    total: usize,
}

impl Tolerant {
    /// `Ok` when every input was read; else the error that ends the command (exit 2).
    pub fn result(self) -> Result<(), CliError> {
        match (self.lone, self.failed) {
            (Some(e), _) => Err(e),
            (None, 0) => Ok(()),
            (None, failed) => Err(CliError::Batch {
                failed,
                total: self.total,
            }),
        }
    }
}

/// The number of jobs when `--jobs` is not given: one per available core.
pub fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
