//! The audit never panics on what extraction may hand it: extreme values and scales,
//! zero, negative numbers, clauses that do not contain the figure text, changes of any
//! size. (Values come from input, so every operation must be checked.)

mod audit_support;

use audit_support::{Doc, change};
use proptest::prelude::*;
use report::audit::findings;
use report::model::Direction;
use rust_decimal::Decimal;

const UNITS: &[&str] = &["件", "天", "%", "亿元", "吨", "吨/日", ""];
const CLAUSE: &str =
    "计划投资6.82亿元、完成7.48亿元,其中重点件14件,全年18天污染天气中;“100”为41个和59个";

fn decimal() -> impl Strategy<Value = Decimal> {
    (any::<i64>(), 0u32..=28).prop_map(|(n, scale)| Decimal::new(n, scale))
}

proptest! {
    #[test]
    fn findings_never_panic(
        figures in prop::collection::vec((decimal(), decimal(), 0..UNITS.len(), 0usize..120), 1..8),
        year in prop::option::of(-3000i32..3000),
        change_value in decimal(),
    ) {
        let mut doc = Doc::new(2021, &format!("{CLAUSE}\n"));
        doc.report.document.year = year;
        for (value, base, unit, column) in figures {
            let indicator = doc.add("完成比例", "100", CLAUSE);
            indicator.quantity.value = value;
            indicator.quantity.base_value = base;
            indicator.quantity.unit = UNITS[unit].to_string();
            indicator.quantity.base_unit = UNITS[unit].to_string();
            indicator.quantity.column = column;
            indicator.period = year;
            indicator.name = ["空气质量优良天数比例", "污染天气", "医疗废物产生量", "新增医疗废物处置能力"][column % 4].to_string();
            indicator.change = change("同比下降", Direction::Down, "1", "%");
            if let Some(c) = indicator.change.as_mut() {
                c.value = change_value.abs();
            }
        }
        let _ = findings(&doc.report);
    }
}
