//! Builds small reports by hand for the audit tests: the text of a few lines and the
//! indicators in them, each placed at its real line and column. Figures are written as
//! in the report (`192件`, `7.48亿元`); the test helper splits number and unit itself.
#![allow(dead_code)]

use report::Report;
use report::audit::{Finding, Verdict, findings};
use report::model::{
    Category, Change, Comparator, Direction, Document, Indicator, NonQuantity, NonQuantityKind,
    Quantity, SCHEMA_VERSION, Source,
};
use rust_decimal::Decimal;

/// A report under construction.
pub struct Doc {
    pub report: Report,
}

impl Doc {
    /// A report of `year` whose input text is `original`.
    pub fn new(year: i32, original: &str) -> Doc {
        Doc {
            report: Report {
                schema_version: SCHEMA_VERSION,
                source: Source {
                    path: "test.txt".to_string(),
                    ..Source::default()
                },
                document: Document {
                    year: Some(year),
                    ..Document::default()
                },
                sections: Vec::new(),
                indicators: Vec::new(),
                projects: Vec::new(),
                targets: Vec::new(),
                diagnostics: Vec::new(),
                non_quantities: Vec::new(),
                original: original.to_string(),
            },
        }
    }

    /// Adds the indicator `name` written `text` (`192件`) inside the clause `evidence`.
    pub fn add(&mut self, name: &str, text: &str, evidence: &str) -> &mut Indicator {
        let (line, column) = self.place(text, evidence);
        let (value, unit) = split(text);
        let (base_value, base_unit) = base(value, unit);
        self.report.indicators.push(Indicator {
            id: format!("test.{name}"),
            name: name.to_string(),
            label_en: None,
            category: Category::General,
            quantity: Quantity {
                value,
                unit: unit.to_string(),
                base_value,
                base_unit,
                comparator: Comparator::Eq,
                text: text.to_string(),
                line,
                column,
            },
            change: None,
            change_only: false,
            period: self.report.document.year,
            period_months: None,
            place: None,
            role: report::model::Role::Actual,
            section: None,
            evidence: evidence.to_string(),
            higher_is_better: None,
        });
        self.report.indicators.last_mut().expect("just pushed")
    }

    /// Adds a bare number set aside by extraction (`“100”`), inside `evidence`.
    pub fn add_bare(&mut self, text: &str, evidence: &str, kind: NonQuantityKind) {
        let (line, column) = self.place(text, evidence);
        self.report.non_quantities.push(NonQuantity {
            text: text.to_string(),
            kind,
            line,
            column,
        });
    }

    /// Line and column of `text` inside `evidence` in the original text.
    fn place(&self, text: &str, evidence: &str) -> (usize, usize) {
        for (i, line) in self.report.original.lines().enumerate() {
            if let Some(at) = line.find(evidence) {
                let within = evidence.find(text).expect("text in evidence");
                let column = line[..at + within].chars().count() + 1;
                return (i + 1, column);
            }
        }
        panic!("evidence {evidence:?} not in the text");
    }

    pub fn findings(&self, code: &str) -> Vec<Finding> {
        findings(&self.report)
            .into_iter()
            .filter(|f| f.code == code)
            .collect()
    }

    /// The only finding of `code`.
    pub fn only(&self, code: &str) -> Finding {
        let found = self.findings(code);
        assert_eq!(found.len(), 1, "one {code} finding expected: {found:#?}");
        found.into_iter().next().expect("one")
    }
}

/// A year-on-year change as written (`同比增长149.35%`).
pub fn change(text: &str, direction: Direction, value: &str, unit: &str) -> Option<Change> {
    Some(Change {
        kind: "yoy".to_string(),
        base_period: None,
        value: dec(value),
        unit: unit.to_string(),
        direction,
        text: text.to_string(),
    })
}

pub fn dec(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
}

/// `192件` → (192, `件`).
fn split(text: &str) -> (Decimal, &str) {
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
        .unwrap_or(text.len());
    (dec(&text[..end]), &text[end..])
}

/// The base value and unit of a written value (`7.48亿元` → 748000000 元).
fn base(value: Decimal, unit: &str) -> (Decimal, String) {
    let per_day = unit.replace("/天", "/日");
    for (prefix, factor) in [("万", 10_000i64), ("亿", 100_000_000)] {
        if let Some(rest) = per_day.strip_prefix(prefix).filter(|r| !r.is_empty()) {
            return (value * Decimal::from(factor), rest.to_string());
        }
    }
    (value, per_day)
}

/// Asserts a finding's verdict and that its message contains `words`.
pub fn assert_finding(finding: &Finding, verdict: Verdict, words: &str) {
    assert_eq!(finding.verdict, verdict, "{finding:#?}");
    assert!(
        finding.message.contains(words),
        "message {:?} lacks {words:?}",
        finding.message
    );
}
