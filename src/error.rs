//! Errors the library returns for input it cannot analyze. The binary adds the path and
//! turns them into one-line messages with exit code 2.

use thiserror::Error;

#[derive(Debug, Error, PartialEq, Eq)]
pub enum InputError {
    #[error("file is empty")]
    Empty,
    #[error("file holds only white space, no report text")]
    Blank,
    #[error("binary file (NUL byte at offset {offset}), not a text report")]
    Binary { offset: usize },
    #[error(
        "NUL bytes from offset {offset}: UTF-16 without a byte-order mark? try --encoding utf-16le or --encoding utf-16be"
    )]
    MaybeUtf16 { offset: usize },
    #[error("bytes do not decode as {encoding} (first bad byte at offset {offset})")]
    Undecodable {
        encoding: &'static str,
        offset: usize,
    },
    #[error("file is {bytes} bytes, over the limit of {limit} bytes")]
    TooLarge { bytes: u64, limit: u64 },
    #[error("no Chinese text found: not a report")]
    NotText,
}
