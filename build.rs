//! Build step, two jobs:
//! - every `lexicon/*.toml` file is checked and rewritten as JSON in `OUT_DIR`. The
//!   program embeds the JSON, which parses several times faster than TOML: the lexicon
//!   costs a fraction of a millisecond at start-up instead of about two. A file that is
//!   not valid TOML fails the build with its name and the parser's message;
//! - every pattern of `src/patterns/source.rs` is compiled into dense DFAs (a forward
//!   and a reverse one; the non-quantity rules into one anchored multi-pattern DFA),
//!   serialized into `OUT_DIR/patterns/`, with the Rust statics that embed them
//!   (`OUT_DIR/patterns.rs`). A process maps a DFA in microseconds where compiling
//!   and lazily determinizing the same regex took about a millisecond. Each
//!   pattern also gets the source its capture groups are read with: the pattern as
//!   `regex-syntax` prints it, Unicode classes (`\s`, `\p{Han}`) written out as
//!   ranges, which `regex-lite` reads exactly as `regex` reads the original.

use std::fmt::Write as _;
use std::{env, fs, path::Path};

use regex_automata::dfa::{StartKind, dense, regex::Regex};
use regex_automata::util::syntax;

#[path = "src/patterns/source.rs"]
#[allow(dead_code)] // the constants serve the crate, not the build
mod source;

fn main() {
    println!("cargo::rerun-if-changed=lexicon");
    println!("cargo::rerun-if-changed=src/patterns/source.rs");
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let out_dir = Path::new(&out_dir);
    lexicon_to_json(out_dir);
    compile_patterns(out_dir);
}

fn lexicon_to_json(out_dir: &Path) {
    let mut files: Vec<_> = fs::read_dir("lexicon")
        .expect("the lexicon folder is readable")
        .map(|entry| entry.expect("a lexicon entry is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for path in files {
        let source = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
        let value: toml::Value = toml::from_str(&source)
            .unwrap_or_else(|e| panic!("{}: not valid TOML: {e}", path.display()));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        let stem = path.file_stem().expect("a file name");
        write(&out_dir.join(stem).with_extension("json"), json.as_bytes());
    }
}

/// The byte order of the target, which the serialized DFAs must have.
fn big_endian() -> bool {
    env::var("CARGO_CFG_TARGET_ENDIAN").is_ok_and(|e| e == "big")
}

fn serialize(dfa: &dense::DFA<Vec<u32>>) -> Vec<u8> {
    if big_endian() {
        dfa.to_bytes_big_endian().0
    } else {
        dfa.to_bytes_little_endian().0
    }
}

/// What the build reads off a pattern's syntax.
struct Checked {
    /// The pattern with its classes written out, for `regex-lite`.
    groups: String,
    /// Every match ends where the text ends (`…$`).
    at_end: bool,
    /// The pattern asserts something about its surroundings (`^`, `$`, `\b`).
    looks_around: bool,
}

/// Parses a pattern. One that can match the empty string would need the iteration
/// rules for empty matches; none of ours may, and the build says which one does.
fn checked(name: &str, pattern: &str) -> Checked {
    let hir = syntax::parse(pattern).unwrap_or_else(|e| panic!("pattern {name}: {e}"));
    let properties = hir.properties();
    assert!(
        properties.minimum_len().is_some_and(|n| n > 0),
        "pattern {name} can match the empty string"
    );
    Checked {
        at_end: properties.look_set_suffix().contains_anchor_haystack(),
        looks_around: !properties.look_set().is_empty(),
        groups: hir.to_string(),
    }
}

fn compile_patterns(out_dir: &Path) {
    let dir = out_dir.join("patterns");
    fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    let mut statics = String::from("// Written by build.rs from src/patterns/source.rs.\n");
    let mut names = Vec::new();
    for (name, pattern) in source::patterns() {
        let Checked { groups, at_end, .. } = checked(name, &pattern);
        let regex = Regex::builder()
            .build(&pattern)
            .unwrap_or_else(|e| panic!("pattern {name}: {e}"));
        write(
            &dir.join(format!("{name}.forward")),
            &serialize(regex.forward()),
        );
        write(
            &dir.join(format!("{name}.reverse")),
            &serialize(regex.reverse()),
        );
        writeln!(
            statics,
            "/// `{name}` of `patterns::source`, compiled.\n\
             pub static {name}: Pattern = Pattern::new({groups:?}, \
             embed!(\"{name}.forward\"), embed!(\"{name}.reverse\"), {at_end});"
        )
        .expect("writing to a String");
        names.push((name, pattern));
    }
    writeln!(
        statics,
        "/// Every compiled pattern: its name, its source and the pattern.\n\
         pub static ALL: &[(&str, &str, &Pattern)] = &[{}];",
        names
            .iter()
            .map(|(n, source)| format!("(\"{n}\", {source:?}, &{n})"))
            .collect::<Vec<_>>()
            .join(", ")
    )
    .expect("writing to a String");

    let rules = source::non_quantity_rules();
    for (kind, pattern) in &rules {
        assert!(
            !checked(kind, pattern).looks_around,
            "the {kind} rule {pattern} looks around: the rules are tried from one start state"
        );
    }
    let sources: Vec<&str> = rules.iter().map(|(_, p)| p.as_str()).collect();
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .start_kind(StartKind::Anchored)
                .starts_for_each_pattern(true),
        )
        .build_many(&sources)
        .unwrap_or_else(|e| panic!("non-quantity rules: {e}"));
    write(&dir.join("NON_QUANTITY_RULES.anchored"), &serialize(&dfa));
    let kinds: Vec<&str> = rules.iter().map(|(k, _)| *k).collect();
    writeln!(
        statics,
        "/// The non-quantity rules of `patterns::source`, compiled.\n\
         pub static NON_QUANTITY_RULES: RuleSet = RuleSet::new(&{kinds:?}, \
         embed!(\"NON_QUANTITY_RULES.anchored\"));"
    )
    .expect("writing to a String");
    write(&out_dir.join("patterns.rs"), statics.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: cannot write: {e}", path.display()));
}
