//! The arrows between the folders of `src/`, read from the source so the rule cannot rot:
//! every `crate::X` a file names must be a folder its own folder may depend on. The
//! layers, bottom up: the model, line lookups, the lexicon, the compiled patterns and
//! interval arithmetic; reading (input, text, extraction); the consumers (audit, render,
//! then check and diff, which print through render, and compare, which builds on diff).
//! Consumers never reach into the reading; nothing points up; the command line's commands share helpers through `cli/common.rs`, `cli/output.rs`,
//! `cli/batch.rs` and `cli/load.rs`, never through each other.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each folder (or root file) of the library and the folders it may name.
const ALLOWED: &[(&str, &[&str])] = &[
    ("error", &[]),
    ("model", &[]),
    ("lines", &[]),
    ("patterns", &[]),
    ("lexicon", &["model"]),
    ("interval", &["model"]),
    ("input", &["error", "lexicon", "lines", "model"]),
    ("text", &["input", "lexicon", "model", "patterns"]),
    (
        "extract",
        &["input", "lexicon", "lines", "model", "patterns", "text"],
    ),
    ("audit", &["interval", "lexicon", "lines", "model"]),
    ("render", &["interval", "lexicon", "lines", "model"]),
    (
        "check",
        &["interval", "lexicon", "lines", "model", "render"],
    ),
    ("diff", &["interval", "lexicon", "model", "render"]),
    (
        "compare",
        &["diff", "interval", "lexicon", "model", "render"],
    ),
];

/// The crate root's pipeline entry points, which unit tests (`tests.rs`) may call.
const PIPELINE: &[&str] = &["analyze", "Options", "EMBEDDED_REPORT", "EMBEDDED_PATH"];

/// Folders that read the text; no consumer may name them.
const READING: &[&str] = &["input", "text", "extract"];
const CONSUMERS: &[&str] = &[
    "lexicon", "lines", "interval", "audit", "check", "diff", "compare", "render",
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("readable src dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The folder a file belongs to: `src/audit/parts.rs` → `audit`, `src/interval.rs` →
/// `interval`.
fn folder_of(path: &Path) -> String {
    let relative = path.strip_prefix("src").expect("under src");
    let first = relative.components().next().expect("a component");
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// The source without comments, so doc links and prose do not count as imports.
fn code_of(source: &str) -> String {
    source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every first path segment after `crate::`, including each member of a
/// `crate::{a::B, c}` group.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut member_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => member_start = true,
                    c if member_start && (c.is_alphanumeric() || c == '_') => {
                        found.insert(ident_at(&group[i..]));
                        member_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.insert(ident_at(rest));
        }
    }
    found
}

fn ident_at(text: &str) -> String {
    text.chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// Folder → the crate paths it names, for every library file.
fn edges() -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut edges: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for file in rust_files(Path::new("src")) {
        let folder = folder_of(&file);
        if matches!(folder.as_str(), "cli" | "main" | "lib") {
            continue;
        }
        let code = code_of(&fs::read_to_string(&file).expect("readable source"));
        for target in crate_paths(&code) {
            if target != folder {
                edges
                    .entry(folder.clone())
                    .or_default()
                    .entry(target)
                    .or_default()
                    .push(file.display().to_string());
            }
        }
    }
    edges
}

#[test]
fn every_import_points_down() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut wrong = Vec::new();
    for (folder, targets) in edges() {
        let Some(may) = allowed.get(folder.as_str()) else {
            wrong.push(format!(
                "{folder} is a folder the layer table does not know"
            ));
            continue;
        };
        for (target, files) in targets {
            // Unit tests may run the whole pipeline to make the reports they read.
            let pipeline_in_tests = PIPELINE.contains(&target.as_str())
                && files.iter().all(|f| f.ends_with("tests.rs"));
            if !may.contains(&target.as_str()) && !pipeline_in_tests {
                wrong.push(format!(
                    "{folder} → crate::{target} in {}",
                    files.join(", ")
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn consumers_never_name_the_reading() {
    for (folder, targets) in edges() {
        if CONSUMERS.contains(&folder.as_str()) {
            for reading in READING {
                assert!(
                    !targets.contains_key(*reading),
                    "{folder} names crate::{reading}: {:?}",
                    targets[*reading]
                );
            }
        }
    }
}

#[test]
fn the_layer_table_has_no_cycle() {
    // Repeatedly remove folders whose allowed targets are all removed already.
    let mut left: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    while !left.is_empty() {
        let ready: Vec<&str> = left
            .iter()
            .filter(|(_, deps)| deps.iter().all(|d| !left.contains_key(d)))
            .map(|(name, _)| *name)
            .collect();
        assert!(!ready.is_empty(), "a cycle among {:?}", left.keys());
        for name in ready {
            left.remove(name);
        }
    }
}

#[test]
fn commands_do_not_import_each_other() {
    let shared = ["common", "output", "batch", "load"];
    let commands: Vec<String> = rust_files(Path::new("src/cli"))
        .iter()
        .filter_map(|f| f.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .filter(|name| name != "mod" && !shared.contains(&name.as_str()))
        .collect();
    assert!(
        commands.contains(&"diff".to_string()),
        "the commands are listed"
    );
    for file in rust_files(Path::new("src/cli")) {
        let code = code_of(&fs::read_to_string(&file).expect("readable source"));
        for command in &commands {
            for pattern in [format!("super::{command}::"), format!("super::{command}}}")] {
                assert!(
                    !code.contains(&pattern),
                    "{} imports the {command} command: shared helpers belong in cli/common.rs",
                    file.display()
                );
            }
        }
    }
}

#[test]
fn clap_stays_in_the_command_line() {
    for file in rust_files(Path::new("src")) {
        if matches!(folder_of(&file).as_str(), "cli" | "main") {
            continue;
        }
        let code = code_of(&fs::read_to_string(&file).expect("readable source"));
        assert!(!code.contains("clap"), "{} uses clap", file.display());
    }
}

#[test]
fn the_scanner_reads_groups_and_plain_paths() {
    let code = "use crate::{model::{A, B}, lexicon};\nuse crate::interval::Interval;";
    let found: Vec<String> = crate_paths(code).into_iter().collect();
    assert_eq!(found, ["interval", "lexicon", "model"]);
    assert_eq!(code_of("let x = 1; // crate::extract"), "let x = 1; ");
}
