//! The CI formats of `report check` on the seed: JUnit XML that parses with the right
//! counts, and one GitHub annotation per missed target at the report line.

use assert_cmd::Command;
use quick_xml::Reader;
use quick_xml::events::Event;

fn check(args: &[&str]) -> (Option<i32>, String) {
    let output = Command::cargo_bin("report")
        .expect("binary builds")
        .arg("check")
        .args(args)
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8(output.stdout).expect("UTF-8 output"),
    )
}

const TARGETS: [&str; 6] = [
    "--expect",
    "air.aqi_compliance_rate >= 96",
    "--expect",
    "罚没金额 >= 5000万元",
    "--expect",
    "危险废物产生量 <= 30万吨",
];

/// Element name → (count, attributes of the first one).
fn elements(xml: &str) -> std::collections::BTreeMap<String, (usize, Vec<(String, String)>)> {
    let mut reader = Reader::from_str(xml);
    let mut found = std::collections::BTreeMap::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = String::from_utf8_lossy(e.name().as_ref()).to_string();
                let attributes = e
                    .attributes()
                    .map(|a| {
                        let a = a.expect("attribute");
                        (
                            String::from_utf8_lossy(a.key.as_ref()).to_string(),
                            a.unescape_value().expect("value").to_string(),
                        )
                    })
                    .collect();
                found.entry(name).or_insert((0, attributes)).0 += 1;
            }
            _ => {}
        }
    }
    found
}

#[test]
fn junit_output_parses_with_tests_and_failures_counted() {
    let (code, xml) = check(&[&TARGETS[..], &["--format", "junit"]].concat());
    assert_eq!(code, Some(1));
    let found = elements(&xml);
    assert_eq!(found["testsuite"].0, 1);
    assert_eq!(found["testcase"].0, 3);
    assert_eq!(found["failure"].0, 2);
    let suite = &found["testsuite"].1;
    let attribute = |key: &str| {
        suite
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(attribute("name"), Some("<embedded:zhuhai-2021.txt>"));
    assert_eq!(attribute("tests"), Some("3"));
    assert_eq!(attribute("failures"), Some("2"));
    assert!(
        xml.contains("&lt;embedded:zhuhai-2021.txt&gt;:11: "),
        "{xml}"
    );
}

#[test]
fn github_output_has_one_annotation_per_failure_at_its_line() {
    let (code, out) = check(&[&TARGETS[..], &["--format", "github"]].concat());
    assert_eq!(code, Some(1));
    let annotations: Vec<&str> = out.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(annotations.len(), 2, "{out}");
    assert!(annotations[0].starts_with("::error file=<embedded%3Azhuhai-2021.txt>,line=11,"));
    assert!(annotations[0].ends_with("::air.aqi_compliance_rate >= 96: 95.1%25不满足>= 96%25"));
    assert!(annotations[1].contains(",line=21,"), "{}", annotations[1]);
    assert!(annotations[1].contains("3324.37万元不满足>= 5000万元"));
}

#[test]
fn passing_targets_give_no_annotation_and_exit_0() {
    let (code, out) = check(&[
        "--expect",
        "air.aqi_compliance_rate >= 95",
        "--format",
        "github",
    ]);
    assert_eq!(code, Some(0));
    assert!(!out.lines().any(|l| l.starts_with("::")), "{out}");
}
