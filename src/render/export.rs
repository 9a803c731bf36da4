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
/// stream (a separator, the CSV header).
#[derive(Debug)]
pub struct Rendered(Vec<u8>);

/// Renders reports for one stream; copied to the threads that analyze them.
#[derive(Debug, Clone, Copy)]
pub struct Renderer {
    format: ExportFormat,
    in_array: bool,
}

impl Renderer {
    /// The report's part of the stream.
    pub fn render(self, report: &Report) -> io::Result<Rendered> {
        let group = [Group {
            report,
            rows: report.indicators.iter().map(IndicatorRow).collect(),
        }];
        let mut out = Vec::new();
        match self.format {
            ExportFormat::Json => {
                // About two KiB of pretty JSON per indicator: grown once, not doubled.
                out.reserve(report.indicators.len() * 2048);
                serde_json::to_writer_pretty(&mut out, report)?;
                if !self.in_array {
                    out.push(b'\n');
                }
            }
            ExportFormat::Ndjson => json::append_lines(&mut out, &super::tagged(&group))?,
            ExportFormat::Csv => csv::print(&mut out, &group, false)?,
        }
        Ok(Rendered(out))
    }
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

    /// Writes the next report.
    pub fn write(&mut self, out: &mut dyn Write, report: &Report) -> io::Result<()> {
        let rendered = self.renderer().render(report)?;
        self.write_rendered(out, &rendered)
    }

    /// Writes the next report, rendered by [`ExportStream::renderer`]: with the JSON
    /// array's separator or the CSV header before it, as its place in the stream asks.
    pub fn write_rendered(&mut self, out: &mut dyn Write, rendered: &Rendered) -> io::Result<()> {
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
        out.write_all(&rendered.0)
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
        let report = testdata::report();
        let mut stream = ExportStream::new(format, count);
        let mut out = Vec::new();
        for _ in 0..count {
            stream.write(&mut out, &report).unwrap();
        }
        stream.finish(&mut out).unwrap();
        String::from_utf8(out).unwrap()
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
