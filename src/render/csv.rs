//! CSV through the `csv` crate (UTF-8, RFC 4180 quoting): a header row, then one record
//! per row, the first columns naming the source file, its region, year and title so
//! several reports make one table. Cells that would start a spreadsheet formula are
//! neutralised ([`guard_cell`]).

use std::io::{self, Write};

use super::escape::guard_cell;
use super::{Group, Row};

/// All groups as one CSV stream with a `source` column.
pub fn print_groups<R: Row>(out: &mut dyn Write, groups: &[Group<'_, R>]) -> io::Result<()> {
    print(out, groups, true)
}

/// The groups' records, after the header row when `header` is set (a stream continued
/// from earlier output has it already).
pub fn print<R: Row>(out: &mut dyn Write, groups: &[Group<'_, R>], header: bool) -> io::Result<()> {
    let mut writer = ::csv::Writer::from_writer(out);
    if header {
        let names = ["source", "region", "year", "title"]
            .into_iter()
            .chain(R::CSV_HEADER.iter().copied());
        writer.write_record(names).map_err(into_io)?;
    }
    for group in groups {
        let origin = super::origin(group.report);
        for row in &group.rows {
            let record = std::iter::once(group.report.source.path.clone())
                .chain(origin.iter().cloned())
                .chain(row.csv_record())
                .map(guard_cell);
            writer.write_record(record).map_err(into_io)?;
        }
    }
    writer.flush()
}

/// Keeps the io error (and so a broken pipe) visible to the caller.
pub fn into_io(error: ::csv::Error) -> io::Error {
    match error.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
