//! `report diff OLD NEW`: compare two reports.
//!
//! Indicators are matched by lexicon id, else by normalized name. The table shows OLD,
//! NEW, the absolute and relative difference, NEW's stated year-on-year change and
//! whether it agrees with OLD's value within rounding. Either side may be a report text
//! or an earlier `report export --format json` output.
//! Examples: `EXAMPLES`, shown at the end of `report diff --help`.

use std::io::{self, Write};

const EXAMPLES: &str = "\
Examples:
  report diff city-2021.txt city-2022.txt                 last year's report against this year's
  report diff --only-changed --category air a.json b.txt  changed air indicators; OLD an export
  report diff --category 大气 a.txt b.txt                  a category in either language
  report diff --format json a.txt b.txt | jq '.changed[] | select(.consistency.verdict == \"inconsistent\")'";
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use report::Report;
use report::diff::{ConsistencyVerdict, Diff, DiffOptions, Entry, diff};
use report::model::{Category, Quantity};
use report::render::labels::{self, DiffWords};
use report::render::number::{quantity_value, signed, signed_change};
use report::render::table::{self, Cell, Fit};
use report::render::{Lang, Style};

use report::render::escape::guard_cell;

use super::{CliError, Global, InputArgs, load_reports};

#[derive(Debug, Args)]
#[command(after_help = EXAMPLES)]
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
    /// Only indicators of this category, by id or Chinese label (air/大气 water/水 soil
    /// waste climate radiation enforcement investment public general).
    #[arg(long, value_parser = parse_category)]
    pub category: Option<Category>,
    /// Leave out indicators whose value did not change.
    #[arg(long)]
    pub only_changed: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// One table per kind of entry (changed, unchanged, only in OLD, only in NEW).
    Table,
    /// `{old, new, changed, unchanged, only_old, only_new}`.
    Json,
    /// One record per indicator, its kind in the `section` column.
    Csv,
}

fn parse_category(text: &str) -> Result<Category, String> {
    labels::parse_category(text).ok_or_else(|| labels::unknown_category(text))
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
    let mut out = super::output::stdout();
    match args.format {
        DiffFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &result).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        DiffFormat::Csv => write_csv(&mut out, &result)?,
        DiffFormat::Table => write_table(&mut out, &result, &global.style())?,
    }
    out.flush()?;
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

fn write_table(out: &mut dyn Write, result: &Diff, style: &Style) -> io::Result<()> {
    let words = labels::diff_words(style.lang);
    writeln!(out, "{}: {}", words.old, result.old)?;
    writeln!(out, "{}: {}", words.new, result.new)?;
    if let Some([old, new]) = &result.different_places {
        let note = style.lang.pick(
            "注意: {old} 与 {new} 是不同地区,数值并列显示,不核对同比变化",
            "note: {old} and {new} are different places; values stand side by side, stated changes are not checked",
        );
        writeln!(out, "{}", note.replace("{old}", old).replace("{new}", new))?;
    }
    let tables = [
        &result.changed,
        &result.unchanged,
        &result.only_old,
        &result.only_new,
    ];
    // id, relative change, stated change and difference give way, in that order.
    let fits = [
        Fit::Text,
        Fit::Optional(1),
        Fit::Token,
        Fit::Token,
        Fit::Optional(3),
        Fit::Optional(0),
        Fit::Optional(2),
        Fit::Text,
    ];
    for (title, entries) in words.sections.iter().zip(tables) {
        if entries.is_empty() {
            continue;
        }
        writeln!(out, "\n{title} ({})", entries.len())?;
        let rows = entries.iter().map(|e| row(e, &words, style.lang)).collect();
        table::write(out, &table::fitted(style, &words.header, &fits, rows))?;
    }
    let disagreements = result
        .changed
        .iter()
        .chain(&result.unchanged)
        .filter(|e| e.consistency.verdict == ConsistencyVerdict::Inconsistent)
        .count();
    let counts = tables.map(Vec::len);
    writeln!(
        out,
        "\n{}",
        labels::diff_counts(counts, disagreements, style.lang)
    )
}

fn row(entry: &Entry, words: &DiffWords, lang: Lang) -> Vec<Cell> {
    let quantity = |q: &Option<Quantity>| {
        let text = q.as_ref().map_or("—".into(), quantity_value);
        labels::value(text, lang)
    };
    let (difference, relative) =
        entry
            .difference
            .as_ref()
            .map_or((String::new(), String::new()), |d| {
                (
                    labels::value(signed(d.absolute, &d.unit), lang),
                    d.relative_percent.map_or(String::new(), |r| signed(r, "%")),
                )
            });
    vec![
        Cell::new(&entry.name),
        Cell::new(&entry.id),
        table::right(quantity(&entry.old)),
        table::right(quantity(&entry.new)),
        table::right(difference),
        table::right(relative),
        table::right(
            entry
                .new_change
                .as_ref()
                .map_or(String::new(), signed_change),
        ),
        consistency_cell(entry, words, lang),
    ]
}

/// Whether NEW's stated change agrees with OLD, or why that cannot be told.
fn consistency_cell(entry: &Entry, words: &DiffWords, lang: Lang) -> Cell {
    let c = &entry.consistency;
    match c.verdict {
        ConsistencyVerdict::Consistent => table::judged(words.consistent, Some(true)),
        ConsistencyVerdict::Inconsistent => table::judged(
            format!(
                "{} {}",
                words.inconsistent,
                c.computed.as_deref().unwrap_or("?")
            ),
            Some(false),
        ),
        ConsistencyVerdict::NotApplicable if entry.old.is_some() && entry.new.is_some() => {
            // A note the label table does not know is left out under `zh`.
            let note = c
                .note
                .as_deref()
                .filter(|note| lang == Lang::En || labels::is_known(note))
                .map(|note| labels::sentence(note, lang));
            match note {
                Some(note) => Cell::new(format!("{} {note}", words.not_applicable)),
                None => Cell::new(words.not_applicable),
            }
        }
        _ => Cell::new(""),
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
            writer.write_record(csv_record(section, entry).into_iter().map(guard_cell))?;
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
