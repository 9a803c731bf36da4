//! GitHub-flavoured Markdown for step summaries and issues: pipe tables and lists. Cell
//! text is escaped so a report's own `|`, `*`, `<` or line break cannot end a cell,
//! start emphasis or open an HTML tag.

use std::io::{self, Write};

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
