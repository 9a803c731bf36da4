//! Compiler-style diagnostics: a severity and code, a message, `file:line:column`, the
//! source line of the user's own file with the span underlined, and notes carrying the
//! arithmetic. Built on `annotate-snippets`, which pads by display width so the
//! underline stays under wide (Han) characters. [`render_mark`] is the reusable part:
//! one source line with one underlined, labelled span (`report explain` uses it too).

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::model::{Diagnostic, Severity};

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
}

/// How to draw.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours (only for a terminal, never under `NO_COLOR`).
    pub color: bool,
    /// Columns to fit source lines in.
    pub width: usize,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: DEFAULT_WIDTH,
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
    let report = [Group::with_level(Level::NOTE).element(mark_snippet(mark))];
    style.renderer().render(&report)
}

/// Renders one diagnostic: `error[code]: message`, the marked source line (when the
/// line exists in `source`), then each note.
pub fn render_diagnostic(
    path: &str,
    source: &str,
    diagnostic: &Diagnostic,
    style: Style,
) -> String {
    render_titled(level(diagnostic.severity), path, source, diagnostic, style)
}

/// Renders a check that holds, titled `ok[code]: message` (its severity is ignored).
pub fn render_verified(path: &str, source: &str, verified: &Diagnostic, style: Style) -> String {
    let level = Level::HELP.with_name("ok");
    render_titled(level, path, source, verified, style)
}

fn render_titled(
    level: Level<'_>,
    path: &str,
    source: &str,
    diagnostic: &Diagnostic,
    style: Style,
) -> String {
    let title = level
        .primary_title(diagnostic.message.as_str())
        .id(diagnostic.code.as_str());
    let group = match source_line(source, diagnostic.line) {
        Some(line_text) => title.element(mark_snippet(&SourceMark {
            path,
            line_text,
            line: diagnostic.line,
            column: diagnostic.column,
            length: diagnostic.length,
            label: "",
        })),
        None => title.element(
            Origin::path(path)
                .line(diagnostic.line.max(1))
                .char_column(diagnostic.column.max(1)),
        ),
    };
    let group = group.elements(
        diagnostic
            .notes
            .iter()
            .map(|note| Level::NOTE.message(note.as_str())),
    );
    style.renderer().render(&[group])
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
    let mut out = String::new();
    for (diagnostic, holds) in all {
        let text = if holds {
            render_verified(path, source, diagnostic, style)
        } else {
            render_diagnostic(path, source, diagnostic, style)
        };
        out.push_str(&text);
        out.push_str("\n\n");
    }
    out.push_str(&count_line(path, diagnostics, verified.len()));
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
pub fn count_line(path: &str, diagnostics: &[Diagnostic], verified: usize) -> String {
    let counts = Counts::of(diagnostics);
    format!(
        "{path}: {}, {}, {}; {} {}",
        plural(counts.errors, "error"),
        plural(counts.warnings, "warning"),
        plural(counts.notes, "note"),
        plural(verified, "check"),
        if verified == 1 { "holds" } else { "hold" },
    )
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    }
}

fn mark_snippet<'a>(mark: &SourceMark<'a>) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let span = byte_span(mark.line_text, mark.column, mark.length);
    let annotation = AnnotationKind::Primary.span(span);
    let annotation = if mark.label.is_empty() {
        annotation
    } else {
        annotation.label(mark.label)
    };
    Snippet::source(mark.line_text)
        .line_start(mark.line.max(1))
        .path(mark.path)
        .fold(false)
        .annotation(annotation)
}

/// The `line`-th line (1-based) of `source`, without its line ending.
pub fn source_line(source: &str, line: usize) -> Option<&str> {
    let text = source.lines().nth(line.checked_sub(1)?)?;
    Some(text.strip_suffix('\r').unwrap_or(text))
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
