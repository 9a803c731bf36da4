//! The export stream: many reports, one output. JSON is the whole model (one object, or
//! an array for several reports); NDJSON and CSV are one indicator per line/record,
//! tagged with its source path, with the CSV header written once. Reports are written as
//! they come, so a batch never has to sit in memory at once.

use std::io::{self, Write};

use super::rows::IndicatorRow;
use super::{Group, csv, json};
use crate::model::Report;

/// Formats of `report export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The whole model: one object, an array of them for several reports.
    Json,
    /// One indicator per line, with its source path.
    Ndjson,
    /// One indicator per record, with a header row and a source column.
    Csv,
}

/// One report's part of an export stream, without what depends on its place in the
/// stream (a separator, the CSV header): rendered in memory, or, when that would take
/// more than [`MAX_RENDERED_BYTES`], the report itself, rendered as it is written.
#[derive(Debug)]
pub struct Rendered(Part);

#[derive(Debug)]
enum Part {
    Bytes(Vec<u8>),
    Report(Box<Report>),
}

/// The most output a report is rendered to in memory. A report whose numbers each quote
/// a very long clause (a file of one endless line) is written piece by piece instead, so
/// its output is never held beside it.
pub const MAX_RENDERED_BYTES: usize = 64 * 1024 * 1024;

/// Renders reports for one stream; copied to the threads that analyze them.
#[derive(Debug, Clone, Copy)]
pub struct Renderer {
    format: ExportFormat,
    in_array: bool,
}

impl Renderer {
    /// The report's part of the stream.
    pub fn render(self, report: Report) -> io::Result<Rendered> {
        self.render_within(report, MAX_RENDERED_BYTES)
    }

    /// The report's part of the stream, rendered in memory if it takes at most `limit`
    /// bytes.
    fn render_within(self, report: Report, limit: usize) -> io::Result<Rendered> {
        // Each indicator's line or object is its evidence and a few hundred bytes more.
        let estimate: usize = report
            .indicators
            .iter()
            .map(|i| i.evidence.len() + i.name.len() + 1024)
            .sum();
        if estimate > limit {
            return Ok(Rendered(Part::Report(Box::new(report))));
        }
        let mut out = Vec::with_capacity(estimate);
        self.write(&mut out, &report)?;
        Ok(Rendered(Part::Bytes(out)))
    }

    /// Writes the report's part of the stream to `out`: into memory, or, for a report
    /// too large for that, to the stream as it renders.
    fn write<W: Write>(self, out: &mut W, report: &Report) -> io::Result<()> {
        match self.format {
            ExportFormat::Json => {
                serde_json::to_writer_pretty(&mut *out, report)?;
                if !self.in_array {
                    out.write_all(b"\n")?;
                }
                Ok(())
            }
            ExportFormat::Ndjson => json::write_lines(out, &super::tagged(&group(report))),
            ExportFormat::Csv => csv::print(out, &group(report), false),
        }
    }
}

/// The report's indicators as the one group of a listing.
fn group(report: &Report) -> [Group<'_, IndicatorRow<'_>>; 1] {
    [Group {
        report,
        rows: report.indicators.iter().map(IndicatorRow).collect(),
    }]
}

/// Writes reports one after another as one stream.
#[derive(Debug)]
pub struct ExportStream {
    format: ExportFormat,
    /// How many reports the stream will hold (a JSON array when more than one).
    total: usize,
    written: usize,
}

impl ExportStream {
    pub fn new(format: ExportFormat, total: usize) -> ExportStream {
        ExportStream {
            format,
            total,
            written: 0,
        }
    }

    fn is_array(&self) -> bool {
        self.format == ExportFormat::Json && self.total > 1
    }

    /// What renders each report's part of this stream; it can run on the thread that
    /// analyzed the report.
    pub fn renderer(&self) -> Renderer {
        Renderer {
            format: self.format,
            in_array: self.is_array(),
        }
    }

    /// Writes the next report, rendered by [`ExportStream::renderer`].
    pub fn write_rendered(&mut self, out: &mut dyn Write, rendered: &Rendered) -> io::Result<()> {
        self.place(out)?;
        match &rendered.0 {
            Part::Bytes(bytes) => out.write_all(bytes),
            Part::Report(report) => self.renderer().write(&mut &mut *out, report),
        }
    }

    /// What goes before the next report: the JSON array's separator, or the CSV header
    /// before the first.
    fn place(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let first = self.written == 0;
        self.written += 1;
        match self.format {
            ExportFormat::Json if self.is_array() => {
                out.write_all(if first { b"[\n" } else { b",\n" })?;
            }
            ExportFormat::Csv if first => {
                csv::print::<IndicatorRow>(out, &[], true)?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Closes the stream (the JSON array's bracket).
    pub fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        if self.is_array() {
            if self.written == 0 {
                out.write_all(b"[")?;
            }
            out.write_all(b"\n]\n")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::testdata;

    fn export(format: ExportFormat, count: usize) -> String {
        let mut stream = ExportStream::new(format, count);
        let mut out = Vec::new();
        for _ in 0..count {
            let rendered = stream.renderer().render(testdata::report()).unwrap();
            stream.write_rendered(&mut out, &rendered).unwrap();
        }
        stream.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_report_too_large_to_render_in_memory_is_written_the_same() {
        for format in [ExportFormat::Json, ExportFormat::Ndjson, ExportFormat::Csv] {
            let written = |limit: usize| {
                let mut stream = ExportStream::new(format, 2);
                let mut out = Vec::new();
                for _ in 0..2 {
                    let rendered = stream
                        .renderer()
                        .render_within(testdata::report(), limit)
                        .unwrap();
                    assert_eq!(matches!(rendered.0, Part::Report(_)), limit == 0);
                    stream.write_rendered(&mut out, &rendered).unwrap();
                }
                stream.finish(&mut out).unwrap();
                out
            };
            let streamed = written(0);
            assert!(streamed.len() > 1000, "{format:?}");
            assert_eq!(streamed, written(MAX_RENDERED_BYTES), "{format:?}");
        }
    }

    #[test]
    fn json_of_several_reports_is_an_array_of_the_model() {
        let value: serde_json::Value =
            serde_json::from_str(&export(ExportFormat::Json, 2)).unwrap();
        let reports = value.as_array().unwrap();
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[1]["source"]["path"], "sample.txt");
        assert_eq!(reports[1]["indicators"][0]["value"], 95.1);
        let one: serde_json::Value = serde_json::from_str(&export(ExportFormat::Json, 1)).unwrap();
        assert_eq!(one["document"]["year"], 2021);
    }

    #[test]
    fn csv_header_appears_once_in_a_stream() {
        let text = export(ExportFormat::Csv, 2);
        assert_eq!(
            text.matches("source,region,year,title,id,name").count(),
            1,
            "{text}"
        );
        assert_eq!(text.lines().count(), 1 + 2 * 5);
    }

    #[test]
    fn ndjson_line_per_indicator() {
        let text = export(ExportFormat::Ndjson, 2);
        assert_eq!(text.lines().count(), 10);
    }
}
