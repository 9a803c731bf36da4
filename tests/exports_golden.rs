//! Committed exports of the seed, the fixtures and the practice corpus: any change to what
//! extraction finds shows up here as a diff to review. `UPDATE_GOLDEN=1 cargo test
//! --release --test exports_golden` rewrites the files in `tests/golden/`; review the diff
//! (`git diff tests/golden`) before committing it.

use std::path::{Path, PathBuf};

use report::{Options, analyze};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every input with a committed export: (name of the golden file, path of the input).
fn inputs() -> Vec<(String, PathBuf)> {
    let mut inputs = vec![
        (
            "zhuhai-2021".to_string(),
            root().join("fixtures/zhuhai-2021.txt"),
        ),
        (
            "broken-zhuhai-2021-sums".to_string(),
            root().join("fixtures/broken/zhuhai-2021-sums.txt"),
        ),
        (
            "diff-yunchuan-2021".to_string(),
            root().join("fixtures/diff/yunchuan-2021.txt"),
        ),
        (
            "diff-yunchuan-2022".to_string(),
            root().join("fixtures/diff/yunchuan-2022.txt"),
        ),
    ];
    // A worktree elsewhere names the corpus with REPORT_CORPUS (`/work/shared/corpus`).
    let corpus = std::env::var_os("REPORT_CORPUS")
        .map_or_else(|| root().join("../shared/corpus"), PathBuf::from);
    if let Ok(entries) = std::fs::read_dir(&corpus) {
        let mut texts: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        texts.sort();
        for path in texts {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            inputs.push((format!("corpus-{stem}"), path));
        }
    } else {
        eprintln!(
            "note: {} is absent; corpus exports not compared",
            corpus.display()
        );
    }
    inputs
}

fn export(path: &Path) -> String {
    let bytes = std::fs::read(path).expect("input readable");
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let options = Options {
        path: name,
        ..Options::default()
    };
    let report = analyze(&bytes, &options).expect("analyzes");
    serde_json::to_string_pretty(&report).expect("serializes") + "\n"
}

#[test]
fn exports_match_the_committed_ones() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut changed = Vec::new();
    for (name, path) in inputs() {
        let golden = root().join("tests/golden").join(format!("{name}.json"));
        let actual = export(&path);
        if update {
            std::fs::write(&golden, &actual).expect("golden writable");
            continue;
        }
        match std::fs::read_to_string(&golden) {
            Ok(expected) if expected == actual => {}
            Ok(_) => changed.push(format!("{name}: export differs from {}", golden.display())),
            Err(_) => changed.push(format!(
                "{name}: no committed export at {}",
                golden.display()
            )),
        }
    }
    assert!(
        changed.is_empty(),
        "exports changed (review, then UPDATE_GOLDEN=1 to accept):\n{}",
        changed.join("\n")
    );
}
