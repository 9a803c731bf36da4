//! The diagnostic renderer: header, `path:line:column`, the source line with the span
//! underlined under wide characters, notes, the count line, colour only when asked.

use report::model::{Diagnostic, Severity};
use report::render::Lang;
use report::render::diagnostic::{
    SourceMark, Style, Validation, count_line, render_all, render_diagnostic, render_mark,
};

const PATH: &str = "city-2021.txt";
const SOURCE: &str = "标题\n\n2021年处罚环境违法案件192件,罚没金额3324.37万元。\n";

fn penalty_cases(severity: Severity) -> Diagnostic {
    Diagnostic {
        code: "prior-not-integer".to_string(),
        severity,
        line: 3,
        column: 14,
        length: 4,
        message: "implied prior count is not an integer".to_string(),
        notes: vec!["192 / (1 + 149.35%) = 77.0003".to_string()],
    }
}

/// The underline's offset (in terminal columns) after the gutter bar, and its width.
fn underline_under(output: &str, source_line: &str) -> (usize, usize) {
    let lines: Vec<&str> = output.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.ends_with(source_line))
        .expect("source line shown");
    let underline = lines[at + 1];
    let bar = underline.find('|').expect("gutter") + 2;
    let marks = &underline[bar..];
    let offset = marks.find('^').expect("underline");
    let width = marks[offset..].chars().take_while(|&c| c == '^').count();
    (offset, width)
}

#[test]
fn mark_underlines_by_display_width_under_han_characters() {
    let mark = SourceMark {
        path: PATH,
        line_text: "2021年处罚环境违法案件192件,罚没",
        line: 3,
        column: 14,
        length: 4,
        label: "192 件",
        cut: 0,
    };
    let out = render_mark(&mark, Style::default());
    assert!(out.contains("--> city-2021.txt:3:14"), "{out}");
    assert!(
        out.contains("3 | 2021年处罚环境违法案件192件,罚没"),
        "{out}"
    );
    // `2021` is 4 columns, the 9 Han characters before `192` are 18: offset 22;
    // `192件` is 3 + 2 columns wide.
    assert_eq!(
        underline_under(&out, "2021年处罚环境违法案件192件,罚没"),
        (22, 5)
    );
    assert!(out.contains("^^^^^ 192 件"), "{out}");
}

#[test]
fn diagnostic_shows_severity_code_place_line_and_notes() {
    let out = render_diagnostic(
        PATH,
        SOURCE,
        &penalty_cases(Severity::Warning),
        Style::default(),
    );
    assert!(
        out.starts_with("warning[prior-not-integer]: implied prior count is not an integer"),
        "{out}"
    );
    assert!(out.contains("--> city-2021.txt:3:14"), "{out}");
    assert_eq!(
        underline_under(&out, "2021年处罚环境违法案件192件,罚没金额3324.37万元。"),
        (22, 5)
    );
    assert!(
        out.contains("= note: 192 / (1 + 149.35%) = 77.0003"),
        "{out}"
    );
}

#[test]
fn diagnostic_without_the_source_line_still_names_the_place() {
    let mut d = penalty_cases(Severity::Error);
    d.line = 40;
    let out = render_diagnostic(PATH, SOURCE, &d, Style::default());
    assert!(out.starts_with("error[prior-not-integer]"), "{out}");
    assert!(out.contains("--> city-2021.txt:40:14"), "{out}");
    assert!(!out.contains('^'), "{out}");
}

#[test]
fn colour_only_when_asked() {
    let d = penalty_cases(Severity::Error);
    let plain = render_diagnostic(
        PATH,
        SOURCE,
        &d,
        Style {
            color: false,
            ..Style::default()
        },
    );
    let styled = render_diagnostic(
        PATH,
        SOURCE,
        &d,
        Style {
            color: true,
            ..Style::default()
        },
    );
    assert!(!plain.contains('\u{1b}'));
    assert!(styled.contains("\u{1b}["));
}

#[test]
fn count_line_counts_each_severity_and_the_checks_that_hold() {
    let all = [
        penalty_cases(Severity::Error),
        penalty_cases(Severity::Warning),
        penalty_cases(Severity::Warning),
    ];
    assert_eq!(
        count_line(PATH, &all, 1, Lang::En),
        "city-2021.txt: 1 error, 2 warnings, 0 notes; 1 check holds"
    );
    let mut verified = penalty_cases(Severity::Note);
    verified.message = "implied 2020 count: 77件".to_string();
    let mut validation = Validation {
        path: PATH,
        source: SOURCE,
        diagnostics: &all,
        verified: std::slice::from_ref(&verified),
        show_verified: false,
    };
    let out = render_all(&validation, Style::default());
    assert_eq!(out.matches("[prior-not-integer]").count(), 3);
    assert_eq!(
        count_line(PATH, &[], 0, Lang::En),
        "city-2021.txt: 0 errors, 0 warnings, 0 notes; 0 checks hold"
    );
    assert!(!out.contains("ok[prior-not-integer]"), "{out}");
    assert!(
        out.ends_with("city-2021.txt: 1 error, 2 warnings, 0 notes; 1 check holds\n"),
        "{out}"
    );
    validation.show_verified = true;
    let out = render_all(&validation, Style::default());
    assert!(
        // Under English the unit reads in English too.
        out.contains("ok[prior-not-integer]: implied 2020 count: 77 cases"),
        "{out}"
    );
}
