//! Every digit and numeral of the seed, the fixtures and the practice corpus ends as a
//! quantity, a classified non-quantity or a diagnostic — and none as "unaccounted".

use std::path::{Path, PathBuf};

use crate::extract::scan::{self, Status};
use crate::input::{decode, normalize};
use crate::text::{IndexedText, segment, uses_roc_calendar};

/// Characters that are always part of a number when they stand in one.
const NUMERALS: &str = "0123456789〇零一二两三四五六七八九";

fn reports() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![
        root.join("fixtures/zhuhai-2021.txt"),
        root.join("fixtures/diff/yunchuan-2021.txt"),
        root.join("fixtures/diff/yunchuan-2022.txt"),
    ];
    // `REPORT_CORPUS` points at the corpus from a worktree that is not beside `shared/`.
    let corpus = std::env::var_os("REPORT_CORPUS")
        .map_or_else(|| root.join("../shared/corpus"), PathBuf::from);
    match std::fs::read_dir(corpus) {
        Ok(entries) => paths.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt")),
        ),
        Err(_) => eprintln!("note: the practice corpus is absent; only the fixtures walked"),
    }
    paths.sort();
    paths
}

#[test]
fn every_numeral_of_the_seed_and_corpus_is_accounted_for() {
    let mut problems = Vec::new();
    for path in reports() {
        let bytes = std::fs::read(&path).expect("report readable");
        let decoded = decode(&bytes, None).expect("decodes");
        let normalized = normalize(&decoded.text);
        let text = &IndexedText::new(&normalized.text);
        let scanned = scan::scan(text, &segment(&normalized), uses_roc_calendar(text));
        for (token, status) in scanned.tokens.iter().zip(&scanned.status) {
            if *status == Status::Unaccounted {
                let at = normalized.map.locate(token.start);
                problems.push(format!(
                    "{}:{}: `{}` unaccounted",
                    path.display(),
                    at.line,
                    &text[token.start..token.end]
                ));
            }
        }
        problems.extend(lost_signs(text).into_iter().map(|at| {
            let line = normalized.map.locate(at).line;
            format!(
                "{}:{line}: a sign before a number was dropped",
                path.display()
            )
        }));
        for (at, c) in text.char_indices().filter(|(_, c)| NUMERALS.contains(*c)) {
            let covered = scanned.tokens.iter().any(|t| t.start <= at && at < t.end);
            if !covered {
                let line = normalized.map.locate(at).line;
                problems.push(format!("{}:{line}: `{c}` in no token", path.display()));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// Signs no token took: `负` right before a numeral, or a dash right before digits after
/// a word that states a value or a change (`为-5℃`, `增长-22.2%`) or after a separator.
fn lost_signs(text: &str) -> Vec<usize> {
    let tokens = crate::extract::number::scan(text);
    let starts: Vec<usize> = tokens.iter().map(|t| t.start).collect();
    let mut lost = Vec::new();
    for (at, c) in text.char_indices() {
        let next = text[at + c.len_utf8()..].chars().next();
        let before = text[..at].chars().next_back();
        let sign = match c {
            '负' => next.is_some_and(|n| NUMERALS.contains(n)),
            '-' | '−' => {
                next.is_some_and(|n| n.is_ascii_digit())
                    && before.is_none_or(|b| "为长降率是:|｜,(\n".contains(b))
            }
            _ => false,
        };
        if sign && starts.binary_search(&at).is_err() {
            lost.push(at);
        }
    }
    lost
}

#[test]
fn signs_are_never_dropped() {
    for (text, signed) in [
        ("工业增加值负3.9%", true),
        ("同比增长-22.2%", true),
        ("气温为-4.3℃", true),
        ("|-9.1|", true),
        ("变化率为负百分之十二", true),
        ("1-5月", false),
    ] {
        assert!(lost_signs(text).is_empty(), "{text}");
        let tokens = crate::extract::number::scan(text);
        let negative = tokens
            .iter()
            .any(|t| t.value.is_some_and(|v| v.is_sign_negative()));
        assert_eq!(negative, signed, "{text}");
    }
}
