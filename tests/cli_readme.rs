//! The README's `console` examples run as tests (trycmd): each command's output must
//! match the README exactly, so the documentation cannot rot. Refresh after a deliberate
//! change with `TRYCMD=overwrite cargo test --test cli_readme` and review the diff.

#[test]
fn readme_examples() {
    trycmd::TestCases::new()
        .register_bin("report", std::path::Path::new(env!("CARGO_BIN_EXE_report")))
        .env("COLUMNS", "80")
        .case("README.md");
}
