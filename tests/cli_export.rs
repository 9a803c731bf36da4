//! `report export` over several files: one stream, each row tagged with its source, in
//! input order; and a reader that stops early (`| head`) ends the program quietly. Uses
//! the practice corpus in ../shared/corpus when it is there.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use assert_cmd::Command;
use assert_cmd::cargo::CommandCargoExt;

const CORPUS: &str = "../shared/corpus";

/// The practice corpus reports (`*.txt`), sorted; `None` (with a note) when absent.
fn corpus() -> Option<Vec<PathBuf>> {
    let Ok(entries) = std::fs::read_dir(CORPUS) else {
        eprintln!("note: {CORPUS} is absent; skipping the corpus export test");
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Some(files)
}

#[test]
fn ndjson_over_the_corpus_is_one_json_object_per_line() {
    let Some(files) = corpus() else { return };
    let output = Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "ndjson"])
        .args(&files)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    let mut sources: Vec<String> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let object: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}: {line}", n + 1));
        assert!(object["id"].is_string(), "{line}");
        assert!(object["value"].is_number(), "{line}");
        let source = object["source"].as_str().unwrap().to_string();
        if sources.last() != Some(&source) {
            sources.push(source);
        }
    }
    // Every file contributes, in the order given, each once.
    let given: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(sources, given);
}

#[test]
fn json_of_two_files_is_an_array_in_input_order() {
    let seed = Path::new("fixtures/zhuhai-2021.txt");
    let output = Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "json"])
        .args([seed, seed])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let reports = value.as_array().unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[1]["source"]["path"], "fixtures/zhuhai-2021.txt");
    assert_eq!(reports[0]["indicators"], reports[1]["indicators"]);
}

#[test]
fn csv_of_two_files_has_one_header() {
    let seed = "fixtures/zhuhai-2021.txt";
    let one = Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "csv", seed])
        .output()
        .unwrap();
    let two = Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "csv", seed, seed])
        .output()
        .unwrap();
    let one = String::from_utf8(one.stdout).unwrap();
    let two = String::from_utf8(two.stdout).unwrap();
    assert!(
        one.starts_with("source,region,year,title,id,name,label_en,category,value,unit,"),
        "{one}"
    );
    assert_eq!(two.matches("source,region,year,title,id,name").count(), 1);
    assert_eq!(two.lines().count(), 2 * one.lines().count() - 1);
}

#[test]
fn a_reader_that_stops_early_ends_the_program_quietly() {
    let seed = "fixtures/zhuhai-2021.txt";
    let mut child = std::process::Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "ndjson"])
        .args([seed; 40])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one chunk, then close the pipe while the program is still writing.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert_eq!(stderr, "");
}

/// NDJSON and CSV rows say which report, region and year they come from, so a query
/// over many reports needs no join: the corpus's Lianyungang 2020 report states
/// `pm2.5浓度为37微克/立方米` on line 3, the Taichung one is about ROC year 112 (2023).
#[test]
fn rows_carry_region_year_period_and_title() {
    let dir = std::path::Path::new("../shared/corpus");
    if !dir.is_dir() {
        return;
    }
    let output = Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "ndjson"])
        .args([
            dir.join("lianyungang-2020.txt"),
            dir.join("taichung-2023.txt"),
        ])
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let rows: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pm25 = rows
        .iter()
        .find(|r| r["id"] == "air.pm25_concentration" && r["line"] == 3)
        .expect("PM2.5 row");
    assert_eq!(pm25["region"], "连云港市");
    assert_eq!(pm25["year"], 2020);
    assert_eq!(pm25["period"], 2020);
    assert_eq!(pm25["value"], 37);
    assert_eq!(
        pm25["title"],
        "连云港市生态环境局2020年度工作总结及2021年度工作计划"
    );
    assert!(
        rows.iter()
            .any(|r| r["region"] == "台中市" && r["year"] == 2023)
    );

    let csv = Command::cargo_bin("report")
        .unwrap()
        .args([
            "indicators",
            "--format",
            "csv",
            "--period",
            "2020",
            "--year",
            "2020",
        ])
        .args([
            dir.join("lianyungang-2020.txt"),
            dir.join("taichung-2023.txt"),
        ])
        .output()
        .unwrap();
    let mut reader = csv::Reader::from_reader(&csv.stdout[..]);
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!records.is_empty());
    for record in &records {
        assert_eq!(&record[column("region")], "连云港市");
        assert_eq!(&record[column("year")], "2020");
        assert_eq!(&record[column("period")], "2020");
    }
}

/// The README's Scale query, run by DuckDB (Python package) over an NDJSON export of the
/// practice corpus, when both are at hand: `pm2.5浓度为37微克/立方米` in Lianyungang 2020
/// and `ＰＭ２．５浓度为３５．５微克／立方米` in Jingjiang 2023 come back with their place.
#[test]
fn duckdb_reads_the_ndjson_export_without_a_join() {
    let corpus = std::path::Path::new("../shared/corpus");
    let duckdb = std::process::Command::new("python3")
        .args(["-c", "import duckdb"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !corpus.is_dir() || !duckdb {
        eprintln!("note: DuckDB or the corpus is absent; the Scale query is not run");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let output = Command::cargo_bin("report")
        .unwrap()
        .args(["export", "--format", "ndjson", "-j", "2"])
        .arg(corpus)
        .output()
        .unwrap();
    assert!(output.status.success());
    std::fs::write(dir.path().join("indicators-01.ndjson"), &output.stdout).unwrap();
    let query = "import duckdb\n\
        rows = duckdb.sql(\"select distinct region, year, value \
        from read_json_auto('indicators-*.ndjson') \
        where id = 'air.pm25_concentration' and period = year order by region, value\").fetchall()\n\
        print('\\n'.join(f'{r} {y} {v}' for r, y, v in rows))";
    let result = std::process::Command::new("python3")
        .args(["-c", query])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&result.stdout);
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
    assert!(text.lines().any(|l| l == "连云港市 2020 37.0"), "{text}");
    assert!(text.lines().any(|l| l == "靖江市 2023 35.5"), "{text}");
}
