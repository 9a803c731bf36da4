//! Helpers shared by the CLI tests: run `report`, read its CSV output as rows.

#![allow(dead_code)]

use std::collections::HashMap;

use assert_cmd::Command;

/// One CSV record as header → value.
pub type Row = HashMap<String, String>;

/// The `report` binary, with the colour and width environment cleared.
pub fn report() -> Command {
    let mut cmd = Command::cargo_bin("report").unwrap();
    for name in ["NO_COLOR", "CLICOLOR", "COLUMNS"] {
        cmd.env_remove(name);
    }
    cmd
}

/// Standard output of a successful run.
pub fn stdout_of(args: &[&str]) -> String {
    let output = report().args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// The records of `report ARGS --format csv`.
pub fn csv_rows(args: &[&str]) -> Vec<Row> {
    let mut all = args.to_vec();
    all.extend(["--format", "csv"]);
    let text = stdout_of(&all);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let record = r.unwrap();
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The single row that `pred` accepts.
pub fn one<'a>(rows: &'a [Row], pred: impl Fn(&Row) -> bool, what: &str) -> &'a Row {
    let found: Vec<&Row> = rows.iter().filter(|r| pred(r)).collect();
    assert_eq!(found.len(), 1, "{what}: {rows:#?}");
    found[0]
}
