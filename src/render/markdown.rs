//! GitHub-flavoured Markdown for step summaries and issues: pipe tables and lists, and
//! the summary and diagnostics of reports in that form. Every text from a report is
//! escaped, so its own `|`, `*`, `<` or line break cannot end a cell, start emphasis or
//! open an HTML tag.

use std::io::{self, Write};

use super::labels::{self, Lang};
use super::{number, summary};
use crate::model::Report;

/// The summary of one report: a heading, the document facts, the key indicators as a
/// table, projects, targets and diagnostics.
pub fn summary(out: &mut dyn Write, report: &Report, lang: Lang) -> io::Result<()> {
    let title = report.document.title.as_deref();
    let title = title.unwrap_or(lang.pick("(无标题)", "(untitled)"));
    writeln!(out, "## {}\n", escape(title))?;
    for line in [
        summary::document_line(report, lang),
        summary::source_line(report, lang),
        summary::normalization_line(report, lang),
    ] {
        writeln!(out, "{}  ", escape(&line))?;
    }
    writeln!(out)?;
    let header = texts(&[
        lang.pick("类别", "category"),
        lang.pick("指标", "indicator"),
        lang.pick("数值", "value"),
        lang.pick("变化", "change"),
    ]);
    let mut rows = Vec::new();
    for (category, indicators) in summary::key_indicators(report) {
        for indicator in indicators {
            rows.push(vec![
                labels::category(category, lang).to_string(),
                labels::indicator_name(indicator, lang).to_string(),
                number::indicator_value(indicator),
                indicator
                    .change
                    .as_ref()
                    .map(number::change)
                    .unwrap_or_default(),
            ]);
        }
    }
    table(out, &header, &rows, &[false, false, true, false])?;
    writeln!(out)?;
    for line in [
        summary::projects_line(report, lang),
        summary::targets_line(report, lang),
        summary::diagnostics_line(report, lang),
    ] {
        writeln!(out, "{}  ", escape(&line))?;
    }
    Ok(())
}

/// The diagnostics of reports as one table: file, line, severity, code, message.
pub fn diagnostics(out: &mut dyn Write, reports: &[Report], lang: Lang) -> io::Result<()> {
    let header = texts(&[
        lang.pick("文件", "file"),
        lang.pick("行", "line"),
        lang.pick("级别", "severity"),
        lang.pick("代码", "code"),
        lang.pick("说明", "message"),
    ]);
    let rows: Vec<Vec<String>> = reports
        .iter()
        .flat_map(|r| {
            r.diagnostics.iter().map(|d| {
                vec![
                    r.source.path.clone(),
                    d.line.to_string(),
                    super::labels::severity(d.severity, lang).to_string(),
                    d.code.clone(),
                    d.message.clone(),
                ]
            })
        })
        .collect();
    table(out, &header, &rows, &[false, true, false, false, false])?;
    writeln!(out)?;
    for report in reports {
        let line = summary::diagnostics_line(report, lang);
        writeln!(out, "- {}: {}", escape(&report.source.path), escape(&line))?;
    }
    Ok(())
}

/// A pipe table: the header row, the delimiter row (`right` columns aligned right), the
/// rows.
pub fn table(
    out: &mut dyn Write,
    header: &[String],
    rows: &[Vec<String>],
    right: &[bool],
) -> io::Result<()> {
    writeln!(out, "{}", line(header))?;
    let rule: Vec<String> = (0..header.len())
        .map(|i| {
            if right.get(i).copied().unwrap_or(false) {
                "---:".to_string()
            } else {
                "---".to_string()
            }
        })
        .collect();
    writeln!(out, "| {} |", rule.join(" | "))?;
    for row in rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

/// Owned copies of header texts.
pub fn texts(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn line(cells: &[String]) -> String {
    let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
    format!("| {} |", cells.join(" | "))
}

/// Text safe inside a table cell or a list item: Markdown punctuation escaped with a
/// backslash, a line break as a space.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' => escaped.push(' '),
            '|' | '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '~' | '&' => {
                escaped.push('\\');
                escaped.push(c);
            }
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table() {
        let mut out = Vec::new();
        let header = vec!["名称".to_string(), "数值".to_string()];
        let rows = vec![vec!["a|b <i>".to_string(), "95.1%".to_string()]];
        table(&mut out, &header, &rows, &[false, true]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "| 名称 | 数值 |\n| --- | ---: |\n| a\\|b \\<i\\> | 95.1% |\n"
        );
    }
}
