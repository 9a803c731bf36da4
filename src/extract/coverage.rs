//! Coverage: every digit and numeral of the text is accounted for — a quantity, a change,
//! or a non-quantity with its reason. What is left is reported, never dropped: numbers
//! nothing explains (`unaccounted-number`), numbers too long to read
//! (`number-out-of-range`), and the damaged places normalization found (`damaged-text`).

use std::collections::HashSet;

use super::scan::{Scanned, Status};
use crate::input::{DamageKind, Normalized};
use crate::model::{Diagnostic, NonQuantity, NonQuantityKind, Severity};

/// The non-quantities of the text and the coverage diagnostics.
pub fn account(
    normalized: &Normalized,
    scanned: &Scanned,
    changes: &HashSet<usize>,
) -> (Vec<NonQuantity>, Vec<Diagnostic>) {
    let text = &normalized.text;
    let mut non_quantities: Vec<NonQuantity> = Vec::new();
    let mut diagnostics = Vec::new();
    let mut last_range = None;
    for (token, status) in scanned.tokens.iter().zip(&scanned.status) {
        let (kind, range) = match status {
            Status::Quantity(i) if changes.contains(i) => {
                (NonQuantityKind::Change, scanned.found[*i].span.clone())
            }
            Status::Quantity(_) => continue,
            Status::NonQuantity(kind, range) => (*kind, range.clone()),
            Status::OutOfRange | Status::Unaccounted => {
                let digits = &text[token.start..token.end];
                let at = normalized.map.locate(token.start);
                let (code, message) = if *status == Status::OutOfRange {
                    (
                        "number-out-of-range",
                        format!(
                            "a number of {} digits is too {} to read; not taken as a quantity",
                            digits.chars().count(),
                            if digits.starts_with("0.") {
                                "small"
                            } else {
                                "large"
                            }
                        ),
                    )
                } else {
                    (
                        "unaccounted-number",
                        format!(
                            "number `{digits}` is neither a quantity nor a known kind of non-quantity"
                        ),
                    )
                };
                diagnostics.push(Diagnostic {
                    code: code.to_string(),
                    severity: Severity::Warning,
                    line: at.line,
                    column: at.column,
                    length: digits.chars().count().min(40),
                    message,
                    notes: Vec::new(),
                });
                continue;
            }
        };
        if last_range.as_ref() == Some(&range) {
            continue;
        }
        let at = normalized.map.locate(range.start);
        non_quantities.push(NonQuantity {
            text: text[range.clone()].to_string(),
            kind,
            line: at.line,
            column: at.column,
        });
        last_range = Some(range);
    }
    diagnostics.extend(damage(normalized));
    (non_quantities, diagnostics)
}

/// The damaged places normalization found, as diagnostics.
fn damage(normalized: &Normalized) -> Vec<Diagnostic> {
    normalized
        .damage
        .iter()
        .map(|d| {
            let at = normalized.map.locate(d.start);
            let what = match d.kind {
                DamageKind::ReplacementChar => {
                    "a replacement character stands where a Chinese character was lost"
                }
                DamageKind::StrayPinyin => {
                    "a pinyin reading follows a character that cannot carry it"
                }
            };
            Diagnostic {
                code: "damaged-text".to_string(),
                severity: Severity::Warning,
                line: at.line,
                column: at.column,
                length: d.text.chars().count(),
                message: format!("damaged text `{}`: {what}", d.text),
                notes: vec![
                    "left as is: the original characters cannot be recovered from the text"
                        .to_string(),
                ],
            }
        })
        .collect()
}

#[cfg(test)]
#[path = "coverage_tests.rs"]
mod tests;
