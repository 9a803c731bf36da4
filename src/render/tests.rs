//! Printer tests on the hand-built sample report: each format, both languages, colour.

use unicode_width::UnicodeWidthStr;

use super::rows::{IndicatorRow, SectionRow};
use super::*;

fn waste_rows(report: &Report) -> Vec<IndicatorRow<'_>> {
    report
        .indicators
        .iter()
        .filter(|i| i.category == crate::model::Category::Waste)
        .map(IndicatorRow)
        .collect()
}

fn print_waste(format: Format, style: Style) -> String {
    let report = testdata::report();
    let groups = [Group {
        report: &report,
        rows: waste_rows(&report),
    }];
    let mut out = Vec::new();
    Printer::new(format, style)
        .print(&mut out, &groups)
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn csv_has_a_header_and_one_record_per_indicator() {
    let text = print_waste(Format::Csv, Style::default());
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[0], "source");
    assert_eq!(&headers[4], "id");
    let records: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 2);
    let field = |r: &::csv::StringRecord, name: &str| {
        let at = headers.iter().position(|h| h == name).unwrap();
        r[at].to_string()
    };
    assert_eq!(field(&records[0], "source"), "sample.txt");
    assert_eq!(field(&records[0], "year"), "2021");
    assert_eq!(field(&records[0], "name"), "危险废物产生量");
    assert_eq!(field(&records[0], "value"), "27.33");
    assert_eq!(field(&records[0], "unit"), "万吨");
    assert_eq!(field(&records[0], "base_value"), "273300");
    assert_eq!(field(&records[0], "base_unit"), "吨");
    assert_eq!(field(&records[1], "value"), "30.18");
    // The evidence clause holds a comma-free Chinese clause; quoting is the crate's job.
    assert_eq!(field(&records[1], "evidence"), "利用处置量30.18万吨");
}

#[test]
fn ndjson_is_one_tagged_object_per_line() {
    let text = print_waste(Format::Ndjson, Style::default());
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["source"], "sample.txt");
    assert_eq!(lines[0]["id"], "waste.hazardous_generated");
    assert_eq!(lines[0]["base_value"], 273300);
    assert_eq!(lines[1]["value"], 30.18);
}

#[test]
fn json_is_one_array() {
    let text = print_waste(Format::Json, Style::default());
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let items = value.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[1]["unit"], "万吨");
    assert_eq!(items[1]["source"], "sample.txt");
}

#[test]
fn table_aligns_chinese_and_fits_80_columns() {
    let text = print_waste(Format::Table, Style::default());
    assert!(text.contains("危险废物产生量"), "{text}");
    assert!(text.contains("27.33万吨"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when not asked: {text}");
    let widths: Vec<usize> = text.lines().map(UnicodeWidthStr::width).collect();
    assert!(widths.iter().all(|&w| w <= 80), "{widths:?}\n{text}");
    // The values are right-aligned under each other after Chinese names of different
    // lengths: `万吨` ends in the same display column on both rows.
    let ends: Vec<usize> = text
        .lines()
        .filter_map(|l| l.find("万吨").map(|at| l[..at].width() + 4))
        .collect();
    assert_eq!(ends.len(), 2, "{text}");
    assert_eq!(ends[0], ends[1], "{text}");
}

#[test]
fn english_table_headers() {
    let style = Style {
        lang: Lang::En,
        ..Style::default()
    };
    let text = print_waste(Format::Table, style);
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["Line", "Name", "Value", "Period", "Change", "ID"]);
}

#[test]
fn colour_only_when_asked() {
    let report = testdata::report();
    let groups = [Group {
        report: &report,
        rows: vec![IndicatorRow(&report.indicators[0])],
    }];
    let style = Style {
        color: true,
        ..Style::default()
    };
    let mut out = Vec::new();
    Printer::new(Format::Table, style)
        .print(&mut out, &groups)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    // The AQI went up and higher is better: the change is green.
    assert!(text.contains("\x1b[38;5;10m ↑ +1.7pp"), "{text:?}");
}

#[test]
fn sections_count_indicators_including_subsections() {
    let report = testdata::report();
    let rows: Vec<SectionRow<'_>> = report
        .sections
        .iter()
        .map(|s| SectionRow::new(s, &report))
        .collect();
    let counts: Vec<(&str, usize)> = rows
        .iter()
        .map(|r| (r.section.id.as_str(), r.indicators))
        .collect();
    assert_eq!(counts, [("1", 1), ("2", 4)]);
    assert!(rows::in_section(Some("2.4.1"), "2.4"));
    assert!(!rows::in_section(Some("2.40"), "2.4"));
}

#[test]
fn several_reports_make_one_csv_stream() {
    let first = testdata::report();
    let mut second = testdata::report();
    second.source.path = "other.txt".to_string();
    let groups = [
        Group {
            report: &first,
            rows: waste_rows(&first),
        },
        Group {
            report: &second,
            rows: waste_rows(&second),
        },
    ];
    let mut out = Vec::new();
    Printer::new(Format::Csv, Style::default())
        .print(&mut out, &groups)
        .unwrap();
    let text = String::from_utf8(out).unwrap();
    let sources: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(
        sources,
        ["sample.txt", "sample.txt", "other.txt", "other.txt"]
    );
}
