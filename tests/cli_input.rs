//! `report normalize` from the command line, and every kind of bad input: a one-line
//! message on stderr naming the path and the problem, exit code 2, no panic.
//!
//! Permission denied is not tested where the tests run as root (root reads any file):
//! `permission_denied_is_an_input_error` notes that and returns.

use std::io::Write;
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::prelude::*;
use regex::Regex;
use tempfile::TempDir;

const SEED_PATH: &str = "fixtures/zhuhai-2021.txt";

fn report() -> Command {
    let mut cmd = Command::cargo_bin("report").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// A file named `name` holding `bytes` in a fresh directory.
fn file_with(name: &str, bytes: &[u8]) -> (TempDir, String) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path.display().to_string())
}

/// Runs `report normalize ARGS` and checks exit code 2 and the exact message.
fn refuses(args: &[&str], message: &str) {
    report()
        .arg("normalize")
        .args(args)
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!("{message}\n"));
}

#[test]
fn normalize_prints_the_seed_simplified_without_pinyin() {
    let output = report().args(["normalize", SEED_PATH]).output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in ["珠海市生态环境局", "达标率95.1%", "3324.37万元"] {
        assert!(text.contains(expected), "{expected}");
    }
    let annotation = Regex::new(r"\p{Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)").unwrap();
    assert!(!annotation.is_match(&text));
    assert_eq!(text.matches('\n').count(), 102);
}

#[test]
fn normalize_without_a_file_reads_the_embedded_report_and_dash_reads_stdin() {
    let from_file = report().args(["normalize", SEED_PATH]).output().unwrap();
    report()
        .arg("normalize")
        .assert()
        .success()
        .stdout(from_file.stdout.clone());
    report()
        .args(["normalize", "-"])
        .write_stdin(std::fs::read(SEED_PATH).unwrap())
        .assert()
        .success()
        .stdout(from_file.stdout);
}

#[test]
fn show_lists_counts_and_damaged_places_with_lines() {
    report()
        .args(["normalize", "--show", SEED_PATH])
        .assert()
        .success()
        .stdout(
            "fixtures/zhuhai-2021.txt: 23875 字节, 编码 UTF-8
  去除 HTML 标签: 0
  替换 HTML 实体: 0
  去除拼音注音: 1038
  繁体转简体: 1769
  全角转半角: 0
  去除日期和数字内空格: 0
  损坏处: 3
fixtures/zhuhai-2021.txt:43:22: 损坏文字: ?!薄?/strong> (替换字符)
fixtures/zhuhai-2021.txt:53:199: 损坏文字: ?qū)n} (替换字符)
fixtures/zhuhai-2021.txt:95:120: 损坏文字: ?;<U+E2A6>A (替换字符)
",
        );
    report()
        .args(["--lang", "en", "normalize", "--show", SEED_PATH])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "fixtures/zhuhai-2021.txt: 23875 bytes, encoding UTF-8
  HTML tags removed: 0
",
        ))
        .stdout(predicate::str::contains(
            "fixtures/zhuhai-2021.txt:43:22: damaged text: ?!薄?/strong> (replacement character)",
        ));
}

#[test]
fn a_forced_encoding_decodes_gbk() {
    let (bytes, _, _) = encoding_rs::GBK.encode("达标率95.1%\n");
    let (_dir, path) = file_with("gbk.txt", &bytes);
    report()
        .args(["normalize", "--encoding", "gbk", &path])
        .assert()
        .success()
        .stdout("达标率95.1%\n");
}

#[test]
fn missing_file() {
    refuses(
        &["no/such/report.txt"],
        "report: no/such/report.txt: no such file",
    );
}

#[test]
fn directory() {
    refuses(
        &["src"],
        "report: src: is a directory with no *.txt report file in it",
    );
}

#[test]
fn empty_file() {
    let (_dir, path) = file_with("empty.txt", b"");
    refuses(&[&path], &format!("report: {path}: file is empty"));
}

#[test]
fn utf16_without_a_bom_and_little_ascii_suggests_the_encoding() {
    let bytes: Vec<u8> = "达标率95%"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    let (_dir, path) = file_with("utf16.txt", &bytes);
    refuses(
        &[&path],
        &format!(
            "report: {path}: NUL bytes from offset 7: UTF-16 without a byte-order mark? \
             try --encoding utf-16le or --encoding utf-16be"
        ),
    );
    report()
        .args(["normalize", "--encoding", "utf-16le", &path])
        .assert()
        .success()
        .stdout("达标率95%");
}

#[test]
fn gb18030_input_is_labelled_gb18030() {
    let (bytes, _, _) = encoding_rs::GB18030.encode("珠海市生态环境局工作总结𠀀\n");
    let (_dir, path) = file_with("gb.txt", &bytes);
    report()
        .args(["--lang", "en", "normalize", "--show", &path])
        .assert()
        .success()
        .stdout(predicate::str::contains("encoding gb18030"));
}

#[test]
fn binary_file_with_nul_bytes() {
    let (_dir, path) = file_with("data.bin", b"\xE7\x8F\xA0\x00\x01\x02");
    refuses(
        &[&path],
        &format!("report: {path}: binary file (NUL byte at offset 3), not a text report"),
    );
}

#[test]
fn png_image() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10";
    let (_dir, path) = file_with("chart.png", png);
    refuses(
        &[&path],
        &format!("report: {path}: binary file (NUL byte at offset 8), not a text report"),
    );
}

#[test]
fn bytes_that_decode_under_no_encoding() {
    // GB18030 text with a byte no Chinese encoding has, at offset 6.
    let mut bytes = encoding_rs::GB18030
        .encode("珠海市生态环境局工作总结")
        .0
        .into_owned();
    bytes.insert(6, 0xFF);
    let (_dir, path) = file_with("broken.txt", &bytes);
    refuses(
        &[&path],
        &format!("report: {path}: bytes do not decode as gb18030 (first bad byte at offset 6)"),
    );
    // Bytes that are neither UTF-8 nor any Chinese encoding.
    let (_dir, path) = file_with("latin.txt", b"a\xC3\x28\xA0\xA1b");
    refuses(
        &[&path],
        &format!("report: {path}: bytes do not decode as UTF-8 (first bad byte at offset 1)"),
    );
}

#[test]
fn unknown_encoding_label() {
    refuses(
        &["--encoding", "klingon", SEED_PATH],
        "report: unknown encoding label 'klingon'",
    );
}

#[test]
fn too_large_file_is_refused_before_reading() {
    // A sparse file: its size is over the limit, its blocks are never written or read.
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(report::input::MAX_INPUT_BYTES + 1).unwrap();
    let path = path.display().to_string();
    refuses(
        &[&path],
        &format!("report: {path}: file is 16777217 bytes, over the limit of 16777216 bytes"),
    );
}

#[test]
fn permission_denied_is_an_input_error() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = file_with("secret.txt", "珠海".as_bytes());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("note: running as root, permission denied cannot be tested");
        return;
    }
    refuses(&[&path], &format!("report: {path}: permission denied"));
}

#[test]
fn a_failing_file_in_a_batch_is_named_after_the_complete_output_of_the_others() {
    let (bytes, _, _) = encoding_rs::UTF_8.encode("第一份\n");
    let (_dir, good) = file_with("good.txt", &bytes);
    report()
        .args(["normalize", &good, "missing.txt"])
        .assert()
        .code(2)
        .stdout("第一份\n")
        .stderr("report: missing.txt: no such file\n");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let binary = assert_cmd::cargo::cargo_bin("report");
    // Enough copies of the seed that the output cannot fit in the pipe's buffer.
    let mut child = StdCommand::new(binary)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("normalize")
        .args([SEED_PATH; 40])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn stdin_over_a_pipe_is_read() {
    let binary = assert_cmd::cargo::cargo_bin("report");
    let mut child = StdCommand::new(binary)
        .args(["normalize", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all("態(tài)１２％".as_bytes()).unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "态12%");
}

#[test]
fn a_full_disk_is_a_write_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("note: no /dev/full here; write-error test skipped");
        return;
    };
    let output = StdCommand::new(assert_cmd::cargo::cargo_bin("report"))
        .arg("normalize")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "report: cannot write output: No space left on device (os error 28)\n"
    );
}
