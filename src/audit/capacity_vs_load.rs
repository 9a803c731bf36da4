//! `capacity-vs-load`: a daily capacity (`16吨/日` of new disposal capacity) beside the
//! yearly load of the same thing (`医疗废物产生量5268.88吨`): the load per day of the year
//! is set against the capacity, as a note for the reader — a new capacity need not carry
//! the whole load, so this never fails.

use rust_decimal::Decimal;

use super::figures::days_in_year;
use super::{Audit, Check, Figure, Finding, Verdict};
use crate::interval::show_dp;
use crate::lexicon::audit_words::audit_words;
use crate::lexicon::is_han;
use crate::lexicon::words::contains_any;

pub const CHECK: Check = Check {
    code: "capacity-vs-load",
    summary: "a daily capacity set against the yearly load of the same thing (a note)",
    run,
};

/// Shortest shared run of Han characters that makes two names about the same thing.
const SAME_SUBJECT: usize = 4;

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    let capacities = audit
        .figures
        .iter()
        .filter(|f| f.indicator.is_some() && f.quantity.base_unit.ends_with("/日"));
    let mut findings = Vec::new();
    for capacity in capacities {
        let per_day_unit = capacity.quantity.base_unit.trim_end_matches("/日");
        let loads = audit.figures.iter().filter(|l| {
            l.quantity.base_unit == per_day_unit
                && contains_any(l.name(), &audit_words().capacity_vs_load.load_words)
                && common_run(capacity.name(), l.name()) >= SAME_SUBJECT
        });
        findings.extend(loads.filter_map(|load| compare(audit, capacity, load)));
    }
    findings
}

fn compare(audit: &Audit<'_>, capacity: &Figure<'_>, load: &Figure<'_>) -> Option<Finding> {
    let year = load
        .indicator
        .and_then(|i| i.period)
        .or(audit.report.document.year);
    let days = Decimal::from(days_in_year(year));
    let per_day = load.quantity.base_value.checked_div(days)?;
    let share = capacity
        .quantity
        .base_value
        .checked_div(per_day)?
        .checked_mul(Decimal::ONE_HUNDRED)?;
    let unit = &capacity.quantity.base_unit;
    let message = format!(
        "{} a year is {}{unit} on average; {} ({}) is {}% of it",
        load.quantity.text,
        show_dp(per_day, 2),
        capacity.quantity.text,
        capacity.name(),
        show_dp(share, 0)
    );
    Some(
        Finding::at(CHECK.code, Verdict::Note, capacity, message).note(format!(
            "{} (line {}) / {days} days = {}{unit}",
            load.quantity.text,
            load.quantity.line,
            show_dp(per_day, 2)
        )),
    )
}

/// Length in characters of the longest run of Han characters both names contain.
fn common_run(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut best = 0;
    for i in 0..a.len() {
        for j in 0..b.len() {
            let run = a[i..]
                .iter()
                .zip(&b[j..])
                .take_while(|(x, y)| x == y && is_han(**x))
                .count();
            best = best.max(run);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::common_run;

    #[test]
    fn shared_subject_is_the_longest_common_han_run() {
        assert_eq!(common_run("新增医疗废物处置能力", "医疗废物产生量"), 4);
        assert_eq!(common_run("新增处理规模", "危险废物产生量"), 0);
    }
}
