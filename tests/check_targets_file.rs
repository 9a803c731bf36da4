//! The documented example targets file parses, so the documentation cannot rot.

use report::check::{Bound, Subject, parse_targets_file};
use report::model::Severity;
use rust_decimal::Decimal;

#[test]
fn the_example_targets_file_parses() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/targets.example.toml");
    let text = std::fs::read_to_string(path).expect("example exists");
    let targets = parse_targets_file("docs/targets.example.toml", &text).expect("valid");
    assert_eq!(targets.len(), 4);
    assert_eq!(
        targets[0].subject,
        Subject::Id("air.aqi_compliance_rate".into())
    );
    assert_eq!(targets[0].bound, Some(Bound::AtLeast(Decimal::from(95))));
    assert_eq!(targets[1].change, Some(Bound::AtLeast(Decimal::ZERO)));
    assert_eq!(targets[1].severity, Severity::Warning);
    assert_eq!(targets[2].subject, Subject::Name("罚没金额".into()));
    assert_eq!(targets[2].unit.as_deref(), Some("万元"));
    assert_eq!(
        targets[3].bound,
        Some(Bound::Between(Decimal::from(10), Decimal::from(30)))
    );
    assert_eq!(targets[3].label, "危险废物产生量 10–30万吨");
}
