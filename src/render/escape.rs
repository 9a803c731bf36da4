//! Hostile text kept off terminals and spreadsheets. A report is text from elsewhere: its
//! names and lines can carry terminal escape sequences (retitle or clear the terminal,
//! write the clipboard with OSC 52) and CSV cells that a spreadsheet runs as formulas
//! (`=HYPERLINK(…)`). On a terminal, control characters are shown escaped (`\u{1b}`)
//! except line feeds, tabs and colour (SGR) sequences, which our own styling uses and
//! which can do no more than colour; CSV cells that would start a formula get a leading
//! `'` unless the user turns that off.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

/// Text for a terminal: every control character other than `\n`, `\t` and a colour
/// sequence (`ESC [ … m`) escaped, and so are the bidirectional overrides that can
/// reorder what is shown.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.contains(is_hostile) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let keep = if c == '\u{1b}' { colour_len(rest) } else { 0 };
        if keep > 0 {
            out.push_str(&rest[..keep]);
            rest = &rest[keep..];
            continue;
        }
        if is_hostile(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

fn is_hostile(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Length of the colour sequence at the start of `text` (`ESC [ 1;31 m`), 0 if none.
fn colour_len(text: &str) -> usize {
    let Some(params) = text.strip_prefix("\u{1b}[") else {
        return 0;
    };
    let digits = params
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b';' || *b == b':')
        .count();
    if params.as_bytes().get(digits) == Some(&b'm') {
        2 + digits + 1
    } else {
        0
    }
}

/// Whether CSV cells are written as they are (`--csv-formulas`); set once from the
/// command line before any output.
static KEEP_FORMULAS: AtomicBool = AtomicBool::new(false);

/// Writes CSV cells as they are, formulas included.
pub fn keep_formulas(keep: bool) {
    KEEP_FORMULAS.store(keep, Ordering::Relaxed);
}

/// A CSV cell a spreadsheet will not run: one starting with `=`, `+`, `-`, `@`, a tab or
/// a carriage return gets a leading `'`, unless it is a plain number (`-3.5`, `+9.6%`)
/// or that character alone (the comparator `=` runs nothing).
pub fn guard_cell(cell: String) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.len() > 1;
    if !risky || is_plain_number(&cell) || KEEP_FORMULAS.load(Ordering::Relaxed) {
        cell
    } else {
        format!("'{cell}")
    }
}

/// `-3.5`, `+12`, `+9.6%`: a sign, digits, at most one decimal point and perhaps a
/// percent sign — a spreadsheet reads it as a number.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell[1..].strip_suffix('%').unwrap_or(&cell[1..]);
    digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|&b| b == b'.').count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_are_escaped_colours_kept() {
        let title = "环境\u{1b}]0;pwned\u{7}报告\u{1b}[2J";
        assert_eq!(
            escape_controls(title),
            "环境\\u{1b}]0;pwned\\u{7}报告\\u{1b}[2J"
        );
        let osc52 = "\u{1b}]52;c;ZXZpbA==\u{1b}\\";
        assert_eq!(escape_controls(osc52), "\\u{1b}]52;c;ZXZpbA==\\u{1b}\\");
        assert_eq!(
            escape_controls("a\rb\u{9b}c\u{202e}d"),
            "a\\u{d}b\\u{9b}c\\u{202e}d"
        );
        let coloured = "\u{1b}[1;31merror\u{1b}[0m\tline\n";
        assert_eq!(escape_controls(coloured), coloured);
    }

    #[test]
    fn formula_cells_are_neutralised_numbers_kept() {
        for (cell, want) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+1", "'+1+1"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("-3.5", "-3.5"),
            ("+12", "+12"),
            ("+9.6%", "+9.6%"),
            ("+1.7个百分点", "'+1.7个百分点"),
            ("=", "="),
            ("-", "-"),
            ("空气质量", "空气质量"),
        ] {
            assert_eq!(guard_cell(cell.to_string()), want, "{cell}");
        }
    }
}
