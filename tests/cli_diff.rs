//! `report diff` on the Yunchuan fixture pair (fixtures/diff/): a 2021 report and its 2022
//! successor whose stated changes agree with the 2021 values, except the hazardous-waste
//! change (13.1 vs 12.4万吨 is +5.6%, the 2022 report says +9.6%). Values worked out by
//! hand from the two texts.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const OLD: &str = "fixtures/diff/yunchuan-2021.txt";
const NEW: &str = "fixtures/diff/yunchuan-2022.txt";

fn report() -> Command {
    Command::cargo_bin("report").expect("binary builds")
}

fn diff_json(old: &str, new: &str, extra: &[&str]) -> Value {
    let output = report()
        .args(["diff", "--format", "json", old, new])
        .args(extra)
        .output()
        .expect("runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

/// The entry of `section` whose NEW (or OLD) quantity has this surface value.
fn entry<'a>(json: &'a Value, section: &str, value: f64) -> &'a Value {
    json[section]
        .as_array()
        .expect("array")
        .iter()
        .find(|e| {
            e["new"]["value"].as_f64() == Some(value) || e["old"]["value"].as_f64() == Some(value)
        })
        .unwrap_or_else(|| panic!("no {value} in {section}: {json:#}"))
}

#[test]
fn changed_indicators_carry_differences_and_consistency_verdicts() {
    let json = diff_json(OLD, NEW, &[]);
    let aqi = entry(&json, "changed", 95.1);
    assert_eq!(aqi["id"], "air.aqi_compliance_rate");
    assert_eq!(aqi["old"]["value"], 93.4);
    assert_eq!(aqi["difference"]["absolute"], 1.7);
    assert_eq!(aqi["difference"]["unit"], "pp");
    assert_eq!(aqi["consistency"]["verdict"], "consistent");
    assert_eq!(aqi["consistency"]["stated"], "+1.7pp");
    let pm25 = entry(&json, "changed", 22.0);
    assert_eq!(pm25["old"]["value"], 24);
    assert_eq!(pm25["consistency"]["verdict"], "consistent");
    assert_eq!(pm25["consistency"]["computed"], "-8.3%");
    let cases = entry(&json, "changed", 103.0);
    assert_eq!(cases["difference"]["absolute"], 17);
    assert_eq!(cases["difference"]["relative_percent"], 19.77);
    assert_eq!(cases["consistency"]["verdict"], "consistent");
    let fines = entry(&json, "changed", 1562.3);
    assert_eq!(fines["old"]["value"], 1250.6);
    assert_eq!(fines["consistency"]["verdict"], "consistent");
    let complaints = entry(&json, "changed", 1380.0);
    assert_eq!(complaints["consistency"]["verdict"], "consistent");
    assert_eq!(complaints["consistency"]["stated"], "-9.2%");
}

#[test]
fn the_one_disagreement_is_the_hazardous_waste_change() {
    let json = diff_json(OLD, NEW, &[]);
    let inconsistent: Vec<&Value> = json["changed"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|e| e["consistency"]["verdict"] == "inconsistent")
        .collect();
    assert_eq!(inconsistent.len(), 1, "{json:#}");
    let waste = inconsistent[0];
    assert_eq!(waste["old"]["value"], 12.4);
    assert_eq!(waste["new"]["value"], 13.1);
    assert_eq!(waste["consistency"]["stated"], "+9.6%");
    assert_eq!(waste["consistency"]["computed"], "+5.6%");
}

#[test]
fn one_sided_indicators_and_unchanged_ones() {
    let json = diff_json(OLD, NEW, &[]);
    let drills = entry(&json, "only_old", 12.0);
    assert!(drills["new"].is_null());
    let carbon = entry(&json, "only_new", 15.0);
    assert!(carbon["old"].is_null());
    let unchanged = json["unchanged"].as_array().expect("array");
    assert!(
        unchanged
            .iter()
            .any(|e| e["new"]["value"] == 92 && e["old"]["value"] == 92)
    );
    let only_changed = diff_json(OLD, NEW, &["--only-changed"]);
    assert_eq!(only_changed["unchanged"].as_array().map(Vec::len), Some(0));
    assert_eq!(only_changed["changed"], json["changed"]);
}

#[test]
fn category_filter_keeps_one_category() {
    let json = diff_json(OLD, NEW, &["--category", "air"]);
    let all: Vec<&Value> = ["changed", "unchanged", "only_old", "only_new"]
        .iter()
        .flat_map(|s| json[*s].as_array().expect("array"))
        .collect();
    assert!(!all.is_empty());
    assert!(all.iter().all(|e| e["category"] == "air"), "{json:#}");
    assert!(all.iter().any(|e| e["id"] == "air.aqi_compliance_rate"));
}

#[test]
fn table_shows_changes_verdicts_and_the_disagreement() {
    let output = report()
        .args(["--lang", "en", "--width", "240", "diff", OLD, NEW])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let table = String::from_utf8_lossy(&output.stdout);
    let row = |needle: &str| {
        table
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no row with {needle} in\n{table}"))
            .to_string()
    };
    let aqi = row("air.aqi_compliance_rate");
    for cell in ["93.4%", "95.1%", "+1.7pp", "+1.82%", "consistent"] {
        assert!(aqi.contains(cell), "{cell} not in {aqi}");
    }
    let waste = row("waste.hazardous_generated");
    for cell in [
        "12.4 ×10k t",
        "13.1 ×10k t",
        "+0.7 ×10k t",
        "+9.6%",
        "INCONSISTENT: OLD gives +5.6%",
    ] {
        assert!(waste.contains(cell), "{cell} not in {waste}");
    }
    for heading in [
        "Changed (12)",
        "Unchanged (3)",
        "Only in OLD (1)",
        "Only in NEW (1)",
    ] {
        assert!(
            table.lines().any(|l| l == heading),
            "no {heading} in\n{table}"
        );
    }
    assert!(table.contains("; 1 stated change(s) disagree with OLD"));
    // The same in Chinese, units as written.
    let output = report()
        .args(["--width", "240", "diff", OLD, NEW])
        .output()
        .expect("runs");
    let table = String::from_utf8_lossy(&output.stdout);
    let waste = table
        .lines()
        .find(|l| l.contains("waste.hazardous_generated"))
        .expect("waste row");
    for cell in [
        "12.4万吨",
        "13.1万吨",
        "+0.7万吨",
        "不一致:旧报告推算 +5.6%",
    ] {
        assert!(waste.contains(cell), "{cell} not in {waste}");
    }
    assert!(table.lines().any(|l| l == "仅在旧报告 (1)"), "{table}");
    assert!(table.contains("新报告所述同比与旧报告不符 1 项"), "{table}");
}

#[test]
fn csv_has_one_row_per_indicator_with_its_section() {
    let output = report()
        .args(["diff", "--format", "csv", OLD, NEW])
        .output()
        .expect("runs");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "section,id,name,category,old_value,old_unit,old_base_value,new_value,new_unit,new_base_value,difference,difference_unit,relative_percent,stated_change,computed_change,consistency"
        )
    );
    let waste = text
        .lines()
        .find(|l| l.contains(",12.4,万吨,"))
        .expect("hazardous waste row");
    assert!(waste.starts_with("changed,"), "{waste}");
    assert!(
        waste.ends_with(",13.1,万吨,131000,0.7,万吨,5.65,+9.6%,+5.6%,inconsistent"),
        "{waste}"
    );
}

#[test]
fn a_report_against_its_own_json_export_shows_no_changes() {
    let export = report()
        .args(["export", "--format", "json", NEW])
        .output()
        .expect("runs");
    assert_eq!(export.status.code(), Some(0));
    let file = tempfile::Builder::new()
        .suffix(".json")
        .tempfile()
        .expect("temp");
    std::fs::write(file.path(), &export.stdout).expect("write");
    let path = file.path().display().to_string();
    let json = diff_json(NEW, &path, &[]);
    assert_eq!(json["changed"], Value::Array(vec![]));
    assert_eq!(json["only_old"], Value::Array(vec![]));
    assert_eq!(json["only_new"], Value::Array(vec![]));
    assert!(
        json["unchanged"].as_array().expect("array").len() >= 10,
        "{json:#}"
    );
}

#[test]
fn input_errors_exit_2_with_the_path() {
    report()
        .args(["diff", OLD, "no/such/file.txt"])
        .assert()
        .code(2)
        .stderr("report: no/such/file.txt: no such file\n");
    let file = tempfile::Builder::new()
        .suffix(".json")
        .tempfile()
        .expect("temp");
    std::fs::write(file.path(), "{\"schema_version\": 1,").expect("write");
    let path = file.path().display().to_string();
    report()
        .args(["diff", &path, NEW])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(format!(
            "report: {path}: not a valid `report export --format json` file: "
        )));
    report()
        .args(["diff", "--category", "noise", OLD, NEW])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown category 'noise'"));
}

/// A successor export whose AQI value is the smallest positive decimal (`1e-28`, 28
/// decimals: half a unit of its last digit is past what a decimal holds) must be judged,
/// not crash: the stated +1.7pp cannot come from 95.1% → ~0%.
#[test]
fn a_value_at_the_edge_of_decimal_precision_is_judged_not_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let exported = report().args(["export"]).output().expect("runs");
    assert!(exported.status.success());
    let mut old: Value = serde_json::from_slice(&exported.stdout).expect("JSON");
    old["document"]["year"] = Value::from(2020);
    let mut new = old.clone();
    new["document"]["year"] = Value::from(2021);
    let aqi = new["indicators"]
        .as_array_mut()
        .expect("indicators")
        .iter_mut()
        .find(|i| i["id"] == "air.aqi_compliance_rate")
        .expect("the seed states the AQI rate");
    aqi["value"] = serde_json::json!(1e-28);
    let (old_path, new_path) = (dir.path().join("old.json"), dir.path().join("new.json"));
    std::fs::write(&old_path, old.to_string()).expect("write");
    std::fs::write(&new_path, new.to_string()).expect("write");
    let path = |p: &std::path::Path| p.to_str().expect("a UTF-8 temp path").to_string();
    let json = diff_json(&path(&old_path), &path(&new_path), &[]);
    let row = json["unchanged"]
        .as_array()
        .into_iter()
        .chain(json["changed"].as_array())
        .flatten()
        .find(|e| e["id"] == "air.aqi_compliance_rate")
        .expect("the AQI rate is compared");
    assert_eq!(row["consistency"]["verdict"], "inconsistent");
    assert_eq!(row["consistency"]["stated"], "+1.7pp");
    assert_eq!(row["consistency"]["computed"], "-95.1pp");
}
