//! Compiler-style diagnostics: a severity and code, a message, `file:line:column`, the
//! source line of the user's own file with the span underlined, and notes carrying the
//! arithmetic. Built on `annotate-snippets`, which pads by display width so the
//! underline stays under wide (Han) characters. [`render_mark`] is the reusable part:
//! one source line with one underlined, labelled span (`report explain` uses it too).
//! [`SourceLines`] finds the marks' lines and columns from line starts indexed once and
//! cuts a very long line to a window around its mark, so marking every number of a
//! one-line file takes linear time.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::labels::{self, Lang};
use crate::lines::LineIndex;
use crate::model::{Diagnostic, Severity};

/// A line longer than this (in bytes) is cut to a window around its mark.
const LONG_LINE_BYTES: usize = 4096;

/// Characters kept on each side of a mark on a cut line: more than a terminal shows.
const WINDOW_CHARS: usize = 256;

/// Width long source lines are trimmed to when none is given (report lines run to
/// hundreds of characters; the span is kept in view and the rest elided).
pub const DEFAULT_WIDTH: usize = 100;

/// One underlined place in one source line.
#[derive(Debug, Clone, Copy)]
pub struct SourceMark<'a> {
    /// The path shown (`fixtures/zhuhai-2021.txt`, `-`, `<embedded:…>`).
    pub path: &'a str,
    /// The text of the source line, as given in the input.
    pub line_text: &'a str,
    /// 1-based line number.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
    /// Length of the span in characters; 0 marks a point (one character is underlined).
    pub length: usize,
    /// Label printed after the underline; may be empty.
    pub label: &'a str,
    /// Characters of the line cut away before `line_text` (0: the whole line is shown);
    /// `column` counts within `line_text`, the header shows the column in the file.
    pub cut: usize,
}

/// The source lines of one input, for marks in input order: a line is found by binary
/// search, and a column by walking on from the previous mark when it is on the same
/// line, so marks in order cost the length of the input once.
#[derive(Debug, Clone)]
pub struct SourceLines<'a> {
    lines: LineIndex<'a>,
    /// The last mark's line, column and byte offset in its line.
    cursor: (usize, usize, usize),
}

impl<'a> SourceLines<'a> {
    pub fn new(source: &'a str) -> SourceLines<'a> {
        SourceLines {
            lines: LineIndex::new(source),
            cursor: (0, 1, 0),
        }
    }

    /// The mark of `length` characters at 1-based `line` and `column`, a long line cut
    /// to a window around it; `None` when the input has no such line.
    pub fn mark(
        &mut self,
        path: &'a str,
        line: usize,
        column: usize,
        length: usize,
    ) -> Option<SourceMark<'a>> {
        let text = self.lines.line(line)?;
        let column = column.max(1);
        let (from_column, from_byte) = match self.cursor {
            (l, c, b) if l == line && c <= column => (c, b),
            _ => (1, 0),
        };
        let start = text[from_byte..]
            .char_indices()
            .nth(column - from_column)
            .map_or(text.len(), |(i, _)| from_byte + i);
        self.cursor = (line, column, start);
        let mut mark = SourceMark {
            path,
            line_text: text,
            line,
            column,
            length,
            label: "",
            cut: 0,
        };
        if text.len() > LONG_LINE_BYTES {
            let before = text[..start].char_indices().rev().take(WINDOW_CHARS);
            let (kept, window_start) = before.fold((0, start), |(n, _), (i, _)| (n + 1, i));
            let window_end = text[start..]
                .char_indices()
                .nth(length.max(1) + WINDOW_CHARS)
                .map_or(text.len(), |(i, _)| start + i);
            mark.line_text = &text[window_start..window_end];
            mark.column = kept + 1;
            mark.cut = column - (kept + 1);
        }
        Some(mark)
    }
}

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours (only for a terminal, never under `NO_COLOR`).
    pub color: bool,
    /// Columns to fit source lines in.
    pub width: usize,
    /// Language of the titles, messages, notes and the count line.
    pub lang: Lang,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: DEFAULT_WIDTH,
            lang: Lang::En,
        }
    }
}

impl Style {
    fn renderer(self) -> Renderer {
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer
            .decor_style(DecorStyle::Ascii)
            .term_width(self.width)
    }
}

/// Renders one source line with the span of `mark` underlined and labelled, without a
/// title: the `--> path:line:column` header, the numbered line and the underline.
pub fn render_mark(mark: &SourceMark<'_>, style: Style) -> String {
    let group = with_mark(Group::with_level(Level::NOTE), mark);
    finish(style.renderer().render(&[group]), mark)
}

/// Renders one diagnostic: `error[code]: message`, the marked source line (when the
/// line exists in `source`), then each note.
pub fn render_diagnostic(
    path: &str,
    source: &str,
    diagnostic: &Diagnostic,
    style: Style,
) -> String {
    let mark = mark_of(&mut SourceLines::new(source), path, diagnostic);
    render_titled(
        level(diagnostic.severity, style.lang),
        path,
        mark,
        diagnostic,
        style,
    )
}

/// Renders a check that holds, titled `ok[code]: message` (its severity is ignored).
pub fn render_verified(path: &str, source: &str, verified: &Diagnostic, style: Style) -> String {
    let mark = mark_of(&mut SourceLines::new(source), path, verified);
    let level = Level::HELP.with_name(labels::holds(style.lang));
    render_titled(level, path, mark, verified, style)
}

fn mark_of<'a>(
    lines: &mut SourceLines<'a>,
    path: &'a str,
    diagnostic: &Diagnostic,
) -> Option<SourceMark<'a>> {
    lines.mark(path, diagnostic.line, diagnostic.column, diagnostic.length)
}

fn render_titled(
    level: Level<'_>,
    path: &str,
    mark: Option<SourceMark<'_>>,
    diagnostic: &Diagnostic,
    style: Style,
) -> String {
    let diagnostic = &localized(diagnostic, style.lang);
    let title = level
        .primary_title(diagnostic.message.as_str())
        .id(diagnostic.code.as_str());
    let group = match &mark {
        Some(mark) => with_mark(Group::with_title(title), mark),
        None => title.element(
            Origin::path(path)
                .line(diagnostic.line.max(1))
                .char_column(diagnostic.column.max(1)),
        ),
    };
    let group = group.elements(diagnostic.notes.iter().map(|note| {
        Level::NOTE
            .with_name(labels::note(style.lang))
            .message(note.as_str())
    }));
    let rendered = style.renderer().render(&[group]);
    match &mark {
        Some(mark) => finish(rendered, mark),
        None => rendered,
    }
}

/// What `validate` found in one file.
#[derive(Debug, Clone, Copy)]
pub struct Validation<'a> {
    pub path: &'a str,
    /// The input text as given, for the source lines.
    pub source: &'a str,
    pub diagnostics: &'a [Diagnostic],
    /// Cross-checks that hold (counted; shown as `ok[code]` when `show_verified`).
    pub verified: &'a [Diagnostic],
    pub show_verified: bool,
}

/// Renders every diagnostic (and every verified check, when asked) in input order,
/// separated by blank lines, followed by the count line.
pub fn render_all(validation: &Validation<'_>, style: Style) -> String {
    let Validation {
        path,
        source,
        diagnostics,
        verified,
        show_verified,
    } = *validation;
    let shown_verified = if show_verified { verified } else { &[] };
    let mut all: Vec<(&Diagnostic, bool)> = diagnostics
        .iter()
        .map(|d| (d, false))
        .chain(shown_verified.iter().map(|d| (d, true)))
        .collect();
    all.sort_by_key(|(d, _)| (d.line, d.column));
    let mut lines = SourceLines::new(source);
    let mut out = String::new();
    for (diagnostic, holds) in all {
        let mark = mark_of(&mut lines, path, diagnostic);
        let level = if holds {
            Level::HELP.with_name(labels::holds(style.lang))
        } else {
            level(diagnostic.severity, style.lang)
        };
        out.push_str(&render_titled(level, path, mark, diagnostic, style));
        out.push_str("\n\n");
    }
    out.push_str(&count_line(path, diagnostics, verified.len(), style.lang));
    out.push('\n');
    out
}

/// Counts of diagnostics per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Counts {
    pub fn of(diagnostics: &[Diagnostic]) -> Counts {
        let mut counts = Counts::default();
        for d in diagnostics {
            match d.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Note => counts.notes += 1,
            }
        }
        counts
    }
}

/// The final line: `path: 1 error, 2 warnings, 3 notes; 5 checks hold`.
pub fn count_line(path: &str, diagnostics: &[Diagnostic], verified: usize, lang: Lang) -> String {
    let counts = Counts::of(diagnostics);
    let severities = [counts.errors, counts.warnings, counts.notes];
    labels::validate_counts(path, severities, verified, lang)
}

/// A diagnostic with its message and notes in `lang` (through the label table's
/// sentences); its code and place stay.
pub fn localized(diagnostic: &Diagnostic, lang: Lang) -> Diagnostic {
    Diagnostic {
        message: labels::sentence(&diagnostic.message, lang),
        notes: diagnostic
            .notes
            .iter()
            .map(|note| labels::sentence(note, lang))
            .collect(),
        ..diagnostic.clone()
    }
}

fn level(severity: Severity, lang: Lang) -> Level<'static> {
    let name = labels::severity(severity, lang);
    match severity {
        Severity::Error => Level::ERROR.with_name(name),
        Severity::Warning => Level::WARNING.with_name(name),
        Severity::Note => Level::NOTE.with_name(name),
    }
}

/// Adds the marked line to `group`. A cut line's header comes from an [`Origin`] with
/// the column in the file, its snippet having no path of its own.
fn with_mark<'a>(group: Group<'a>, mark: &SourceMark<'a>) -> Group<'a> {
    let span = byte_span(mark.line_text, mark.column, mark.length);
    let annotation = AnnotationKind::Primary.span(span);
    let annotation = if mark.label.is_empty() {
        annotation
    } else {
        annotation.label(mark.label)
    };
    let snippet = Snippet::source(mark.line_text)
        .line_start(mark.line.max(1))
        .fold(false)
        .annotation(annotation);
    if mark.cut == 0 {
        return group.element(snippet.path(mark.path));
    }
    let origin = Origin::path(mark.path)
        .line(mark.line.max(1))
        .char_column(mark.column + mark.cut);
    group.element(origin).element(snippet)
}

/// A cut line's snippet, having no path, gets an empty `:::` line: dropped.
fn finish(rendered: String, mark: &SourceMark<'_>) -> String {
    if mark.cut == 0 {
        return rendered;
    }
    rendered
        .lines()
        .filter(|line| !is_empty_origin(line))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `  ::: ` with nothing after it, colour codes aside.
fn is_empty_origin(line: &str) -> bool {
    let mut plain = String::new();
    let mut rest = line;
    while let Some(at) = rest.find('\u{1b}') {
        plain.push_str(&rest[..at]);
        let code_end = rest[at..].find('m').map_or(rest.len(), |m| at + m + 1);
        rest = &rest[code_end..];
    }
    plain.push_str(rest);
    plain.trim() == ":::"
}

/// The `line`-th line (1-based) of `source`, without its line ending.
pub fn source_line(source: &str, line: usize) -> Option<&str> {
    LineIndex::new(source).line(line)
}

/// Byte range in `line_text` of `length` characters from the 1-based character
/// `column`, clamped to the line; a zero length covers one character.
fn byte_span(line_text: &str, column: usize, length: usize) -> std::ops::Range<usize> {
    let offset_of = |chars: usize| {
        line_text
            .char_indices()
            .nth(chars)
            .map_or(line_text.len(), |(i, _)| i)
    };
    let start = offset_of(column.saturating_sub(1));
    let end = offset_of(column.saturating_sub(1) + length.max(1));
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_span_counts_characters_not_bytes() {
        let line = "处罚案件192件,罚没";
        assert_eq!(&line[byte_span(line, 5, 4)], "192件");
        assert_eq!(&line[byte_span(line, 1, 0)], "处");
        assert_eq!(byte_span(line, 40, 3), line.len()..line.len());
    }

    #[test]
    fn source_line_strips_carriage_return() {
        assert_eq!(source_line("a\r\nb\r\n", 1), Some("a"));
        assert_eq!(source_line("a\nb", 2), Some("b"));
        assert_eq!(source_line("a\nb", 3), None);
        assert_eq!(source_line("a", 0), None);
    }
}
