//! Reliability through the binary: size limits, a very long line, numbers too large to
//! read, a batch with a failing file in the middle, closed pipes and full disks. Each
//! case states its exit code and its message; big inputs are sparse files or built only
//! as large as the case needs.

use std::io::Write;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use tempfile::TempDir;

const SEED_PATH: &str = "fixtures/zhuhai-2021.txt";

fn report() -> Command {
    let mut cmd = Command::cargo_bin("report").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn write(dir: &TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

fn export(args: &[&str]) -> (i32, String, String) {
    let output = report().arg("export").args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_200_mb_file_is_refused_with_exit_2_before_it_is_read() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("archive.txt");
    // Sparse: the size is real, no block is written or read.
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(200_000_000).unwrap();
    let path = path.display().to_string();
    report()
        .args(["export", "--format", "ndjson", &path])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "report: {path}: file is 200000000 bytes, over the limit of 16777216 bytes\n"
        ));
}

#[test]
fn standard_input_over_the_limit_is_refused() {
    let limit = report::input::MAX_INPUT_BYTES;
    assert_eq!(limit, 16 * 1024 * 1024, "README documents 16 MiB");
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("report"))
        .args(["export", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let chunk = vec![b'a'; 1 << 20];
    // The reader stops at the limit; a write after that may meet a closed pipe.
    for _ in 0..17 {
        if stdin.write_all(&chunk).is_err() {
            break;
        }
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!("report: -: input is over the limit of {limit} bytes\n")
    );
}

fn seed() -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED_PATH))
        .unwrap()
}

/// The NDJSON rows of `text` exported from a file, with the AQI compliance rate's row;
/// the export must succeed silently.
fn rows_and_aqi(name: &str, text: &str) -> (Vec<serde_json::Value>, serde_json::Value) {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, name, text);
    let (code, stdout, stderr) = export(&["--format", "ndjson", &path]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let aqi = rows
        .iter()
        .find(|r| r["id"] == "air.aqi_compliance_rate")
        .expect("the AQI compliance rate is still found")
        .clone();
    (rows, aqi)
}

#[test]
fn a_report_on_one_long_line_is_read_with_positions_on_that_line() {
    // The seed with its line ends removed: one line of about 20,000 characters.
    let one_line: String = seed().lines().collect::<Vec<_>>().join("");
    let (rows, aqi) = rows_and_aqi("one-line.txt", &one_line);
    assert_eq!(aqi["value"], 95.1);
    assert!(rows.iter().all(|r| r["line"] == 1), "every row on line 1");
    assert!(aqi["column"].as_u64().unwrap() > 100);
}

#[test]
fn a_report_that_lost_its_punctuation_quotes_short_evidence() {
    // The seed ten times over with its line ends and sentence ends removed: one
    // "sentence" of about 230 KB. Each number used to quote the whole of it as
    // evidence (gigabytes of output) and search it again (minutes).
    let run_on: String = seed()
        .chars()
        .filter(|c| !matches!(c, '\n' | '\r' | '。' | ';' | '；' | '!' | '！' | '?' | '？'))
        .collect::<String>()
        .repeat(10);
    let (rows, aqi) = rows_and_aqi("run-on.txt", &run_on);
    assert_eq!(
        (aqi["value"].as_f64(), aqi["unit"].as_str()),
        (Some(95.1), Some("%"))
    );
    // Evidence is cut at a comma within 2 KiB (`text::LONGEST_RUN`); a clause keeps the
    // mark that ends it (up to 3 bytes more).
    let evidence = aqi["evidence"].as_str().unwrap();
    assert!(evidence.contains("95.1%"), "{evidence}");
    assert!(
        rows.iter()
            .all(|r| r["evidence"].as_str().unwrap().len() <= 2048 + 3)
    );
    let out: usize = rows.iter().map(|r| r.to_string().len() + 1).sum();
    assert!(out < 40 * run_on.len(), "{out} bytes out");
}

#[test]
fn numbers_too_large_to_read_are_diagnostics_not_panics_or_infinities() {
    let dir = TempDir::new().unwrap();
    let ten_thousand_digits = "9".repeat(10_000);
    let numerals = "一".repeat(5_000);
    let text = format!(
        "全市环保投资9999999999999999999999999亿元。\n\
         减少排放{ten_thousand_digits}吨。\n\
         共{numerals}个项目。\n\
         投资99999999999999999999亿元。\n"
    );
    let path = write(&dir, "huge.txt", &text);
    let (code, stdout, stderr) = export(&["--format", "json", &path]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(!stdout.contains("inf") && !stdout.contains("NaN"));
    let model: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let out_of_range: Vec<(u64, &str)> = model["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "number-out-of-range")
        .map(|d| (d["line"].as_u64().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    assert_eq!(
        out_of_range,
        [
            (
                1,
                "a number of 25 digits is too large to read; not taken as a quantity"
            ),
            (
                2,
                "a number of 10000 digits is too large to read; not taken as a quantity"
            ),
            (
                3,
                "a number of 5000 digits is too large to read; not taken as a quantity"
            ),
        ]
    );
    // 20 digits times 亿 still fits a decimal: an exact base value of 1e28 yuan.
    let investment = model["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["line"] == 4)
        .expect("the line-4 investment is a quantity");
    let base = investment["base_value"].as_f64().unwrap();
    assert!((base / 1e28 - 1.0).abs() < 1e-12, "{base}");
    assert_eq!(investment["base_unit"], "元");
}

#[test]
fn a_failing_file_mid_batch_is_named_and_the_others_stay_complete() {
    let dir = TempDir::new().unwrap();
    let first = write(&dir, "a.txt", "空气质量优良率为95.1%。\n");
    let broken = write(&dir, "b.txt", "\0\0\0");
    let last = write(&dir, "c.txt", "全年共办理案件192件。\n");
    for jobs in ["1", "2"] {
        let (code, stdout, stderr) =
            export(&["--format", "json", "-j", jobs, &first, &broken, &last]);
        assert_eq!(code, 2);
        assert_eq!(
            stderr,
            format!(
                "report: {broken}: binary file (NUL byte at offset 0), not a text report\n\
                 report: 1 of 3 inputs failed (named above); the output holds the other 2\n"
            )
        );
        let reports: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
        let paths: Vec<&str> = reports
            .iter()
            .map(|r| r["source"]["path"].as_str().unwrap())
            .collect();
        assert_eq!(paths, [first.as_str(), last.as_str()]);
        assert_eq!(reports[1]["indicators"][0]["value"], 192);
    }
}

#[test]
fn a_failing_file_in_a_listing_command_prints_nothing_and_names_it() {
    let dir = TempDir::new().unwrap();
    let good = write(&dir, "a.txt", "空气质量优良率为95.1%。\n");
    report()
        .args(["indicators", &good, "missing.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("report: missing.txt: no such file\n");
}

#[test]
fn directories_stand_for_their_txt_files_in_sorted_order_at_any_job_count() {
    let dir = TempDir::new().unwrap();
    write(&dir, "b.txt", "全年共办理案件192件。\n");
    write(&dir, "a/z.txt", "空气质量优良率为95.1%。\n");
    write(&dir, "c.md", "不是报告\n");
    write(&dir, "a/notes.csv", "1,2\n");
    let root = dir.path().display().to_string();
    let mut outputs = Vec::new();
    for jobs in ["1", "2", "3"] {
        let (code, stdout, stderr) = export(&["--format", "ndjson", "-j", jobs, &root]);
        assert_eq!((code, stderr.as_str()), (0, ""));
        outputs.push(stdout);
    }
    let sources: Vec<String> = outputs[0]
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["source"].to_string())
        .collect();
    assert_eq!(
        sources,
        [format!("\"{root}/a/z.txt\""), format!("\"{root}/b.txt\"")]
    );
    assert_eq!(outputs[0], outputs[1]);
    assert_eq!(outputs[0], outputs[2]);
}

#[test]
fn many_files_in_parallel_come_out_in_input_order() {
    let dir = TempDir::new().unwrap();
    let paths: Vec<String> = (0..24)
        .map(|i| {
            // Sizes differ so parallel jobs finish out of order.
            let filler = "环境质量持续改善。".repeat((24 - i) * 40);
            write(
                &dir,
                &format!("r{i:02}.txt"),
                &format!("{filler}\n全年共办理案件{i}件。\n"),
            )
        })
        .collect();
    let args: Vec<&str> = ["--format", "ndjson", "-j", "2"]
        .into_iter()
        .chain(paths.iter().map(String::as_str))
        .collect();
    let (code, stdout, _) = export(&args);
    assert_eq!(code, 0);
    let values: Vec<u64> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["value"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(values, (0..24).collect::<Vec<u64>>());
}

#[test]
fn jobs_must_be_at_least_one() {
    report()
        .args(["export", "-j", "0"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn writing_to_a_full_disk_is_an_error_with_exit_2() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("note: no /dev/full here; skipped");
        return;
    };
    let output = StdCommand::new(assert_cmd::cargo::cargo_bin("report"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["export", "--format", "ndjson", SEED_PATH])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "report: cannot write output: No space left on device (os error 28)\n"
    );
}

#[test]
fn a_closed_pipe_ends_a_parallel_export_quietly() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("report"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["export", "--format", "ndjson", "-j", "2"])
        .args([SEED_PATH; 24])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
