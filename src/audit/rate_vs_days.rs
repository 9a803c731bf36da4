//! `rate-vs-days`: a day-based rate (the share of days with good air, AQI 达标率) against
//! the nearest count of polluted days and of good days of the same period (a year, or
//! the same months of it: `1—6月` has 181 or 182 days): polluted days `D` in a period of
//! `Y` days give `(Y − D) / Y`, good days `G` give `G / Y`. A rate taken over valid
//! monitoring days can differ slightly, so a mismatch is a warning that names the day
//! counts that would fit.

use rust_decimal::Decimal;

use super::figures::days_in_period;
use super::{Audit, Check, Figure, Finding, Verdict};
use crate::interval::{Interval, show, show_dp};
use crate::lexicon::audit_words::{DayWords, audit_words};
use crate::lexicon::words::{contains_any, ends_with_any};

pub const CHECK: Check = Check {
    code: "rate-vs-days",
    summary: "a share of days (AQI 达标率) that does not match a count of days",
    run,
};

/// Lexicon id of the share of good-air days.
const DAY_RATE_ID: &str = "air.aqi_compliance_rate";
/// The words of days and shares of days (`lexicon/audit.toml`).
fn words() -> &'static DayWords {
    &audit_words().rate_vs_days
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Days {
    Bad,
    Good,
}

fn run(audit: &Audit<'_>) -> Vec<Finding> {
    let counts: Vec<(usize, Days, Period)> = (0..audit.figures.len())
        .filter_map(|i| Some((i, day_count(audit, i)?, period(audit, &audit.figures[i]))))
        .collect();
    let mut findings = Vec::new();
    for rate in audit.figures.iter().filter(|f| is_day_rate(f)) {
        let year = period(audit, rate);
        // The count of each kind nearest the rate: a compilation of many reports would
        // otherwise hold every rate against every count of its year.
        let mut nearest: Vec<(usize, Days)> = [Days::Bad, Days::Good]
            .into_iter()
            .filter_map(|kind| {
                counts
                    .iter()
                    .filter(|&&(_, k, p)| k == kind && p == year)
                    .min_by_key(|&&(i, _, _)| distance(rate, &audit.figures[i]))
                    .map(|&(i, k, _)| (i, k))
            })
            .collect();
        nearest.sort_unstable_by_key(|&(i, _)| i);
        for (i, kind) in nearest {
            findings.extend(compare(rate, &audit.figures[i], kind, year));
        }
    }
    findings
}

/// How far apart two figures stand: lines, then columns.
fn distance(a: &Figure<'_>, b: &Figure<'_>) -> (usize, usize) {
    let (a, b) = (&a.quantity, &b.quantity);
    (a.line.abs_diff(b.line), a.column.abs_diff(b.column))
}

fn is_day_rate(figure: &Figure<'_>) -> bool {
    let Some(indicator) = figure.indicator else {
        return false;
    };
    let name = indicator.name.as_str();
    figure.is_percent()
        && (indicator.id == DAY_RATE_ID
            || contains_any(name, &words().day_rate_words)
            || (contains_any(name, &words().air_words)
                && contains_any(name, &words().air_rate_words)))
}

/// Whether the figure counts all bad or all good days of the year, read from the words
/// right around it: the thing counted after it (`18天污染天气`) or the count's name just
/// before it (`超标天数69天`, `优良天数为297天`). A grade or a pollutant right before the
/// word (`重污染天数`, `臭氧超标天数`) makes it a part of the bad days, not all of them.
fn day_count(audit: &Audit<'_>, i: usize) -> Option<Days> {
    let figure = &audit.figures[i];
    if figure.quantity.base_unit != "天" || !figure.is_count() || figure.indicator.is_none() {
        return None;
    }
    let after = audit.words_after(i);
    let before = audit.words_before(i);
    let before = before.trim_end_matches(words().copulas.as_slice());
    let kind_of = |words: &[String]| {
        words
            .iter()
            .map(String::as_str)
            .any(|w| after.starts_with(w) || (before.ends_with(w) && !qualified(before, w)))
    };
    if kind_of(&words().bad_day_words) {
        Some(Days::Bad)
    } else if kind_of(&words().good_day_words) {
        Some(Days::Good)
    } else {
        None
    }
}

/// Whether a grade stands right before the day word at the end of `before`, or a
/// pollutant a few characters before it.
fn qualified(before: &str, word: &str) -> bool {
    let head = &before[..before.len() - word.len()];
    let head = words()
        .grade_extents
        .iter()
        .find_map(|e| head.strip_suffix(e.as_str()))
        .unwrap_or(head);
    let chars: Vec<char> = head.chars().collect();
    let near: String = chars[chars.len().saturating_sub(6)..].iter().collect();
    ends_with_any(head, &words().grades) || contains_any(&near, &words().pollutants)
}

/// A figure's year and the months of it, if part of a year.
type Period = (Option<i32>, Option<(u8, u8)>);

fn period(audit: &Audit<'_>, figure: &Figure<'_>) -> Period {
    let year = figure
        .indicator
        .and_then(|i| i.period)
        .or(audit.report.document.year);
    (year, figure.indicator.and_then(|i| i.period_months))
}

fn compare(rate: &Figure<'_>, days: &Figure<'_>, kind: Days, period: Period) -> Option<Finding> {
    let stated = rate.written_interval()?;
    let total = days_in_period(period.0, period.1);
    let implied = |n: i64| {
        let n = Decimal::from(n);
        let good = match kind {
            Days::Bad => n.checked_sub(days.quantity.value)?,
            Days::Good => days.quantity.value,
        };
        good.checked_div(n)?.checked_mul(Decimal::ONE_HUNDRED)
    };
    let exact = implied(total)?;
    let expression = match kind {
        Days::Bad => format!("({total} − {}) / {total}", show(days.quantity.value)),
        Days::Good => format!("{} / {total}", show(days.quantity.value)),
    };
    let computed = format!("{expression} = {}%", show_dp(exact, 2));
    let place = format!(
        "the days counted: {} at line {}",
        days.quantity.text, days.quantity.line
    );
    if stated.contains(exact) {
        let message = format!("{} holds: {computed}", rate.quantity.text);
        return Some(Finding::at(CHECK.code, Verdict::Holds, rate, message).note(place));
    }
    let message = format!("{} does not match the days: {computed}", rate.quantity.text);
    let finding = Finding::at(CHECK.code, Verdict::Warning, rate, message).note(place);
    Some(match fitting_days(stated, total, implied) {
        Some((lo, hi)) => finding.note(format!(
            "the rate fits a year of {lo}…{hi} valid monitoring days, not {total}"
        )),
        None => finding.note(format!(
            "no count of valid monitoring days up to {total} gives {}",
            rate.quantity.text
        )),
    })
}

/// Day totals a little short of the year (valid monitoring days) that give the rate.
fn fitting_days(
    stated: Interval,
    total: i64,
    implied: impl Fn(i64) -> Option<Decimal>,
) -> Option<(i64, i64)> {
    let fits: Vec<i64> = ((total - 31).max(1)..=total)
        .filter(|&n| implied(n).is_some_and(|r| stated.contains(r)))
        .collect();
    Some((*fits.first()?, *fits.last()?))
}
