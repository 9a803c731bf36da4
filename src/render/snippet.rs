//! A source line with a span underlined, rustc style, for `explain`. Reports put a whole
//! paragraph on one line, so the line is cut to a window around the span that fits the
//! width; padding and carets are measured in display columns (a Han character takes two,
//! via unicode-width) so the carets sit under the number in a terminal.

use std::io::{self, Write};

use unicode_width::UnicodeWidthChar;

use super::Style;

/// A place in a file to show.
#[derive(Debug, Clone, Copy)]
pub struct Snippet<'a> {
    pub path: &'a str,
    /// 1-based line number.
    pub line: usize,
    /// The text of that line as given.
    pub text: &'a str,
    /// 1-based column, in characters.
    pub column: usize,
    /// Span length in characters (at least one caret is drawn).
    pub length: usize,
}

/// The visible part of a line: text with `…` where it was cut, and where the span sits
/// in display columns.
#[derive(Debug, PartialEq, Eq)]
struct Window {
    text: String,
    pad: usize,
    carets: usize,
}

const ELLIPSIS: char = '…';

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Cuts `text` to at most `available` columns around the span `[start, end)` (chars).
fn window(text: &str, start: usize, end: usize, available: usize) -> Window {
    let chars: Vec<char> = text
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    let total: usize = chars.iter().map(|&c| char_width(c)).sum();
    let (first, last) = if total <= available {
        (0, chars.len())
    } else {
        visible_range(&chars, start, end, available)
    };
    let mut shown = String::new();
    let mut pad = 0;
    if first > 0 {
        shown.push(ELLIPSIS);
        pad += 1;
    }
    shown.extend(&chars[first..last]);
    if last < chars.len() {
        shown.push(ELLIPSIS);
    }
    pad += chars[first..start.max(first)]
        .iter()
        .map(|&c| char_width(c))
        .sum::<usize>();
    let carets = chars[start..end.min(last).max(start)]
        .iter()
        .map(|&c| char_width(c))
        .sum::<usize>()
        .max(1);
    Window {
        text: shown,
        pad,
        carets,
    }
}

/// The char range to show: up to a third of the room before the span, then as much as
/// fits after it, keeping one column free at each cut end for the ellipsis.
fn visible_range(chars: &[char], start: usize, end: usize, available: usize) -> (usize, usize) {
    let room = available.saturating_sub(2).max(1);
    let mut first = start;
    let mut used = 0;
    while first > 0 && used + char_width(chars[first - 1]) <= room / 3 {
        first -= 1;
        used += char_width(chars[first]);
    }
    let mut last = first;
    used = 0;
    while last < chars.len() && used + char_width(chars[last]) <= room {
        used += char_width(chars[last]);
        last += 1;
    }
    (first, last.max(end.min(chars.len())).min(chars.len()))
}

/// Writes the location, the (cut) line and the underline.
pub fn render(out: &mut dyn Write, snippet: &Snippet<'_>, style: &Style) -> io::Result<()> {
    let number = snippet.line.to_string();
    let gutter = " ".repeat(number.len());
    let available = usize::from(style.width).saturating_sub(number.len() + 3);
    let start = snippet.column.saturating_sub(1);
    let shown = window(snippet.text, start, start + snippet.length, available);
    let blue = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Blue.into()));
    let red = anstyle::Style::new()
        .bold()
        .fg_color(Some(anstyle::AnsiColor::Red.into()));
    let bar = style.paint("|", blue);
    writeln!(
        out,
        "{gutter}{} {}:{}:{}",
        style.paint("-->", blue),
        snippet.path,
        snippet.line,
        snippet.column
    )?;
    writeln!(out, "{gutter} {bar}")?;
    writeln!(out, "{} {bar} {}", style.paint(&number, blue), shown.text)?;
    let carets = style.paint(&"^".repeat(shown.carets), red);
    writeln!(out, "{gutter} {bar} {}{carets}", " ".repeat(shown.pad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carets_sit_under_the_number_after_wide_characters() {
        // 9 Han characters (18 columns), then `95.1%`.
        let w = window("空气质量指数达标率95.1%,同比提升", 9, 14, 80);
        assert_eq!(w.pad, 18);
        assert_eq!(w.carets, 5);
        assert_eq!(w.text, "空气质量指数达标率95.1%,同比提升");
    }

    #[test]
    fn a_han_character_in_the_span_takes_two_carets() {
        let w = window("罚款192件。", 2, 6, 80);
        assert_eq!((w.pad, w.carets), (4, 5));
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let line = format!("{}3978宗{}", "前".repeat(100), "后".repeat(100));
        let w = window(&line, 100, 105, 40);
        assert!(
            w.text.starts_with('…') && w.text.ends_with('…'),
            "{}",
            w.text
        );
        let width: usize = w.text.chars().map(char_width).sum();
        assert!(width <= 40, "{width} columns: {}", w.text);
        // Ellipsis, then the context kept before the span: 6 Han characters.
        assert_eq!(w.pad, 1 + 12);
        assert_eq!(w.carets, 6);
        let before: String = w.text.chars().skip(1).take(6).collect();
        assert_eq!(before, "前前前前前前");
    }

    #[test]
    fn renders_location_line_and_underline() {
        let snippet = Snippet {
            path: "a.txt",
            line: 12,
            text: "达标率95.1%",
            column: 4,
            length: 5,
        };
        let mut out = Vec::new();
        render(&mut out, &snippet, &Style::default()).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "  --> a.txt:12:4\n   |\n12 | 达标率95.1%\n   |       ^^^^^\n"
        );
    }
}
