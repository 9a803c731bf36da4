use super::*;

fn d(s: &str) -> Decimal {
    s.parse().expect("decimal literal")
}

#[test]
fn printed_figure_covers_its_rounding() {
    assert_eq!(
        Interval::printed(d("7.48")),
        Interval {
            lo: d("7.475"),
            hi: d("7.485")
        }
    );
    assert_eq!(Interval::printed(d("100")).lo, d("99.5"));
    assert_eq!(Interval::printed(d("109.6")).hi, d("109.65"));
}

#[test]
fn counts_are_exact_other_figures_rounded() {
    assert_eq!(Interval::written(d("192"), true), Interval::exact(d("192")));
    assert_eq!(Interval::written(d("100"), false).hi, d("100.5"));
    assert_eq!(Interval::written(d("2.5"), true).lo, d("2.45"));
}

#[test]
fn ratio_of_rounded_figures_spans_the_possible_quotients() {
    let q = Interval::printed(d("7.48"))
        .checked_div(Interval::printed(d("6.82")))
        .expect("non-zero divisor");
    assert!(q.contains(d("1.0953")) && q.contains(d("1.0983")));
    assert!(!q.contains(d("1.0952")) && !q.contains(d("1.0984")));
    assert!(
        Interval::exact(d("1"))
            .checked_div(Interval::printed(d("0")))
            .is_none()
    );
}

#[test]
fn integers_inside() {
    let i = Interval {
        lo: d("76.998"),
        hi: d("77.0014"),
    };
    assert_eq!(i.integers(), Some((d("77"), d("77"))));
    let none = Interval {
        lo: d("77.39"),
        hi: d("77.41"),
    };
    assert_eq!(none.integers(), None);
}

#[test]
fn sums_and_differences_widen() {
    let sum = Interval::exact(d("41"))
        .checked_add(Interval::printed(d("59.0")))
        .expect("fits");
    assert_eq!(sum.to_string(), "[99.95, 100.05]");
    let diff = Interval::exact(d("365")).checked_sub(Interval::exact(d("18")));
    assert_eq!(diff, Some(Interval::exact(d("347"))));
}

#[test]
fn percent_change_of_rounded_values() {
    // 77 → 192 cases, both exact: +149.35%
    let change = Interval::exact(d("192"))
        .percent_change_from(Interval::exact(d("77")))
        .expect("non-zero old");
    assert_eq!(change.rounded(2), Interval::exact(d("149.35")));
    let aqi = Interval::printed(d("95.1"))
        .percent_change_from(Interval::printed(d("93.4")))
        .expect("non-zero old");
    assert!(aqi.contains(d("1.82")) && !aqi.contains(d("1.71")));
    assert!(
        Interval::exact(d("1"))
            .percent_change_from(Interval::printed(d("0.1")).scaled(d("-1")).expect("fits"))
            .is_some()
    );
    assert!(
        Interval::exact(d("1"))
            .percent_change_from(Interval::printed(d("0")))
            .is_none()
    );
}

#[test]
fn extremes_give_none_never_a_panic() {
    let max = Interval::printed(Decimal::MAX);
    assert_eq!(max.hi, Decimal::MAX);
    assert_eq!(max.checked_add(Interval::exact(d("1"))), None);
    assert_eq!(
        Interval::exact(Decimal::MIN).checked_sub(Interval::exact(d("1"))),
        None
    );
    assert_eq!(max.scaled(d("10")), None);
    let tiny = Interval::printed(d("0.0000000000000000000000000001"));
    assert_eq!(tiny, Interval::exact(d("0.0000000000000000000000000001")));
    assert_eq!(Interval::exact(Decimal::MAX).checked_div(tiny), None);
    assert_eq!(
        Interval::exact(Decimal::MAX).percent_change_from(tiny),
        None
    );
    assert_eq!(percent_change(Decimal::MAX, d("0.5")), None);
}

#[test]
fn stated_ranges_against_targets() {
    let at_least_90 = Range::stated(d("90"), Comparator::Ge);
    let value = |s: &str| Range::stated(d(s), Comparator::Eq);
    assert_eq!(value("95.1").against(&at_least_90), Relation::Inside);
    assert_eq!(value("90").against(&at_least_90), Relation::Inside);
    assert_eq!(value("89.9").against(&at_least_90), Relation::Outside);
    let above_90 = Range::new(Some((d("90"), true)), None);
    assert_eq!(value("90").against(&above_90), Relation::Outside);
    // a report's `90%以上` cannot say whether `> 95` holds
    assert_eq!(at_least_90.against(&value("95")), Relation::Straddles);
    let over_95 = Range::stated(d("95"), Comparator::Gt);
    assert_eq!(
        over_95.against(&Range::new(Some((d("95"), true)), None)),
        Relation::Inside
    );
}
