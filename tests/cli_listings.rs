//! `report projects` and `report targets` on the embedded seed, with facts a person can
//! check in `fixtures/zhuhai-2021.txt`: line 25 `市医疗废物处置中心项目于12月20日点火运行,
//! 新增医疗废物处置能力16吨/日`; line 39 `…等6个项目年度计划投资6.82亿元、完成7.48亿元,完成
//! 比例达109.6%` and `在建富山三厂等工业污水处理厂4座,预计建成后新增处理规模12.4万吨/天,全市
//! 可达20.1万吨/日`; line 21 `全市28项整改任务按时完成率100%`.

mod cli_support;

use cli_support::{csv_rows, one, report};

#[test]
fn projects_under_construction_with_their_quantities() {
    let rows = csv_rows(&["projects", "--status", "under_construction"]);
    assert!(rows.iter().all(|r| r["status"] == "under_construction"));
    let plants = one(&rows, |r| r["name"].starts_with("富山三厂等"), "富山三厂");
    assert_eq!(plants["line"], "39");
    for part in ["4座", "capacity 12.4万吨/天", "total_capacity 20.1万吨/日"] {
        assert!(plants["quantities"].contains(part), "{part}: {plants:?}");
    }
    let group = one(
        &rows,
        |r| r["quantities"].contains("6.82亿元"),
        "6 projects",
    );
    for part in [
        "investment_planned 6.82亿元",
        "investment_completed 7.48亿元",
        "completion_ratio 109.6%",
    ] {
        assert!(group["quantities"].contains(part), "{part}: {group:?}");
    }
}

#[test]
fn operating_project_in_the_table() {
    let output = report()
        .args(["projects", "--status", "operating"])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let row = text
        .lines()
        .find(|l| l.contains("医疗废物处置中心"))
        .unwrap_or_else(|| panic!("{text}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells[0], "运行", "{row}");
    assert!(cells.windows(2).any(|w| w == ["能力", "16吨/日"]), "{row}");
    assert!(
        cells.contains(&"12月20日") && cells.contains(&"25"),
        "{row}"
    );
}

#[test]
fn achieved_targets_with_target_and_actual() {
    let rows = csv_rows(&["targets", "--kind", "achieved", "--status", "met"]);
    assert!(
        rows.iter()
            .all(|r| r["kind"] == "achieved" && r["status"] == "met")
    );
    let investment = one(&rows, |r| r["target"] == "6.82亿元", "6.82亿元");
    assert_eq!(
        (&investment["actual"][..], &investment["line"][..]),
        ("7.48亿元", "39")
    );
    let rectification = one(&rows, |r| r["target"] == "28项", "28项");
    assert_eq!(rectification["actual"], "100%");
    assert_eq!(rectification["line"], "21");
}

#[test]
fn missed_filter_keeps_only_missed_targets() {
    let rows = csv_rows(&["targets", "--status", "missed"]);
    assert!(rows.iter().all(|r| r["status"] == "missed"), "{rows:#?}");
    let all = csv_rows(&["targets"]);
    let missed = all.iter().filter(|r| r["status"] == "missed").count();
    assert_eq!(rows.len(), missed);
}

#[test]
fn several_files_make_one_table_each_under_its_path() {
    // lianyungang-2020.txt line 3: `空气优良率81.1%,同比提高8.3个百分点`.
    let other = "../shared/corpus/lianyungang-2020.txt";
    if !std::path::Path::new(other).exists() {
        eprintln!("note: {other} is absent; skipping");
        return;
    }
    let seed = "fixtures/zhuhai-2021.txt";
    let text =
        cli_support::stdout_of(&["indicators", "--id", "air.aqi_compliance_rate", seed, other]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], seed);
    let second = lines.iter().position(|l| *l == other).unwrap();
    let first_table = lines[..second].join("\n");
    let second_table = lines[second..].join("\n");
    let squeezed = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    // Each value with its report's period: the seed's 2021, lianyungang's 2020.
    assert!(
        squeezed(&first_table).contains("95.1% 2021 ↑ +1.7pp"),
        "{text}"
    );
    assert!(
        squeezed(&second_table).contains("81.1% 2020 ↑ +8.3pp"),
        "{text}"
    );
    assert!(!second_table.contains("95.1%"), "{text}");
}

#[test]
fn get_over_several_files_tags_each_value_with_its_path() {
    let other = "../shared/corpus/lianyungang-2020.txt";
    if !std::path::Path::new(other).exists() {
        eprintln!("note: {other} is absent; skipping");
        return;
    }
    let seed = "fixtures/zhuhai-2021.txt";
    // lianyungang-2020.txt mentions the rate twice (lines 3 and 8), both 81.1%.
    let text = cli_support::stdout_of(&["get", "--all", "air.aqi_compliance_rate", seed, other]);
    assert_eq!(
        text,
        format!("{seed}\t95.1\n{other}\t81.1\n{other}\t81.1\n")
    );
}
