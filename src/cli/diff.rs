//! `report diff OLD NEW`: compare two reports.
//!
//! Indicators are matched by lexicon id, else by normalized name. The table shows OLD,
//! NEW, the absolute and relative difference, NEW's stated year-on-year change and
//! whether it agrees with OLD's value within rounding. Either side may be a report text
//! or an earlier `report export --format json` output.
//!
//! Examples:
//!   report diff city-2021.txt city-2022.txt
//!   report diff --only-changed --category air city-2021.json city-2022.txt
//!   report diff --format json a.txt b.txt | jq '.changed[] | select(.consistency.verdict == "inconsistent")'

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use comfy_table::Table;
use report::Report;
use report::diff::{Diff, DiffOptions, Entry, diff};
use report::model::Category;
use report::render::number::{quantity_value, signed, signed_change};

use super::common::{label, load_reports};
use super::{CliError, Global, InputArgs, Lang};

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier report (a report file or a JSON export).
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The later report (a report file or a JSON export).
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Decode report texts with this encoding (a WHATWG label: gbk, big5, utf-16le…).
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    /// Only indicators of this category (air water soil waste climate radiation
    /// enforcement investment public general).
    #[arg(long, value_parser = parse_category)]
    pub category: Option<Category>,
    /// Leave out indicators whose value did not change.
    #[arg(long)]
    pub only_changed: bool,
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Json,
    Csv,
}

fn parse_category(text: &str) -> Result<Category, String> {
    Category::parse(text).ok_or_else(|| {
        let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!("unknown category '{text}' (one of: {})", known.join(" "))
    })
}

pub fn run(global: &Global, args: DiffArgs) -> Result<ExitCode, CliError> {
    let encoding = InputArgs {
        files: Vec::new(),
        encoding: args.encoding.clone(),
        ..InputArgs::default()
    }
    .encoding()?;
    let old = load_single(&args.old, encoding)?;
    let new = load_single(&args.new, encoding)?;
    let options = DiffOptions {
        category: args.category,
        only_changed: args.only_changed,
    };
    let result = diff(&old, &new, options);
    let mut out = io::stdout().lock();
    match args.format {
        DiffFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &result).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        DiffFormat::Csv => write_csv(&mut out, &result)?,
        DiffFormat::Table => write_table(&mut out, &result, global.lang)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn load_single(
    path: &PathBuf,
    encoding: Option<&'static encoding_rs::Encoding>,
) -> Result<Report, CliError> {
    let mut reports = load_reports(Some(path), encoding)?;
    if reports.len() != 1 {
        return Err(CliError::input(
            &path.display().to_string(),
            format!(
                "the export holds {} reports; diff compares one with one",
                reports.len()
            ),
        ));
    }
    Ok(reports.remove(0))
}

fn write_table(out: &mut impl Write, result: &Diff, lang: Lang) -> io::Result<()> {
    writeln!(out, "OLD: {}\nNEW: {}", result.old, result.new)?;
    let sections = [
        (label(lang, "变化", "Changed"), &result.changed),
        (label(lang, "未变", "Unchanged"), &result.unchanged),
        (label(lang, "仅在 OLD", "Only in OLD"), &result.only_old),
        (label(lang, "仅在 NEW", "Only in NEW"), &result.only_new),
    ];
    for (title, entries) in sections {
        if entries.is_empty() {
            continue;
        }
        writeln!(out, "\n{title} ({})", entries.len())?;
        let mut table = Table::new();
        table.set_header(vec![
            label(lang, "指标", "indicator"),
            "id",
            "OLD",
            "NEW",
            label(lang, "差值", "difference"),
            label(lang, "相对", "relative"),
            label(lang, "NEW 同比", "NEW stated change"),
            label(lang, "与 OLD 一致", "agrees with OLD"),
        ]);
        for entry in entries.iter() {
            table.add_row(row(entry));
        }
        writeln!(out, "{table}")?;
    }
    let disagreements = result
        .changed
        .iter()
        .chain(&result.unchanged)
        .filter(|e| e.consistency.verdict == report::diff::ConsistencyVerdict::Inconsistent)
        .count();
    writeln!(
        out,
        "\n{} changed, {} unchanged, {} only in OLD, {} only in NEW; {} stated change(s) disagree with OLD",
        result.changed.len(),
        result.unchanged.len(),
        result.only_old.len(),
        result.only_new.len(),
        disagreements
    )
}

fn row(entry: &Entry) -> Vec<String> {
    let quantity =
        |q: &Option<report::model::Quantity>| q.as_ref().map_or("—".into(), quantity_value);
    let (difference, relative) =
        entry
            .difference
            .as_ref()
            .map_or((String::new(), String::new()), |d| {
                (
                    signed(d.absolute, &d.unit),
                    d.relative_percent.map_or(String::new(), |r| signed(r, "%")),
                )
            });
    vec![
        entry.name.clone(),
        entry.id.clone(),
        quantity(&entry.old),
        quantity(&entry.new),
        difference,
        relative,
        entry
            .new_change
            .as_ref()
            .map_or(String::new(), signed_change),
        consistency_cell(entry),
    ]
}

fn consistency_cell(entry: &Entry) -> String {
    use report::diff::ConsistencyVerdict::*;
    let c = &entry.consistency;
    match c.verdict {
        Consistent => "consistent".to_string(),
        Inconsistent => format!(
            "INCONSISTENT: OLD gives {}",
            c.computed.as_deref().unwrap_or("?")
        ),
        NoStatedChange => String::new(),
        NotApplicable if entry.old.is_some() && entry.new.is_some() => {
            format!("n/a: {}", c.note.as_deref().unwrap_or(""))
        }
        NotApplicable => String::new(),
    }
}

fn write_csv(out: &mut impl Write, result: &Diff) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "section",
        "id",
        "name",
        "category",
        "old_value",
        "old_unit",
        "old_base_value",
        "new_value",
        "new_unit",
        "new_base_value",
        "difference",
        "difference_unit",
        "relative_percent",
        "stated_change",
        "computed_change",
        "consistency",
    ])?;
    let sections = [
        ("changed", &result.changed),
        ("unchanged", &result.unchanged),
        ("only_old", &result.only_old),
        ("only_new", &result.only_new),
    ];
    for (section, entries) in sections {
        for entry in entries.iter() {
            writer.write_record(csv_record(section, entry))?;
        }
    }
    writer.flush()
}

fn csv_record(section: &str, entry: &Entry) -> Vec<String> {
    let text = |v: Option<String>| v.unwrap_or_default();
    let q = |q: &Option<report::model::Quantity>| {
        q.as_ref()
            .map_or([String::new(), String::new(), String::new()], |q| {
                [
                    q.value.normalize().to_string(),
                    q.unit.clone(),
                    q.base_value.normalize().to_string(),
                ]
            })
    };
    let d = entry.difference.as_ref();
    let mut record = vec![
        section.to_string(),
        entry.id.clone(),
        entry.name.clone(),
        entry.category.to_string(),
    ];
    record.extend(q(&entry.old));
    record.extend(q(&entry.new));
    record.extend([
        text(d.map(|d| d.absolute.normalize().to_string())),
        text(d.map(|d| d.unit.clone())),
        text(
            d.and_then(|d| d.relative_percent)
                .map(|r| r.normalize().to_string()),
        ),
        text(entry.consistency.stated.clone()),
        text(entry.consistency.computed.clone()),
        entry.consistency.verdict.as_str().to_string(),
    ]);
    record
}
