//! `report compare` over the practice corpus (`../shared/corpus`) and the seed: one
//! column per report labelled by region and year, values aligned by id in base units.
//! Every asserted cell was read in the report text (quoted next to it).

mod cli_support;

use std::path::Path;

use cli_support::{report, stdout_of};

const CORPUS: &str = "../shared/corpus/";
const SEED: &str = "fixtures/zhuhai-2021.txt";

/// The CSV grid as header and rows; `None` when the corpus is absent.
fn grid(args: &[&str]) -> Option<(Vec<String>, Vec<Vec<String>>)> {
    if !Path::new(CORPUS).is_dir() {
        eprintln!("note: {CORPUS} is absent; compare over the corpus not checked");
        return None;
    }
    let mut all = vec!["compare", "--format", "csv"];
    all.extend(args);
    let text = stdout_of(&all);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect();
    Some((header, rows))
}

/// The cell of the row with `id` under the column labelled `label`.
fn cell<'a>(grid: &'a (Vec<String>, Vec<Vec<String>>), id: &str, label: &str) -> &'a str {
    let (header, rows) = grid;
    let at = header.iter().position(|h| h == label).expect(label);
    let row = rows.iter().find(|r| r[1] == id).expect(id);
    &row[at]
}

#[test]
fn corpus_and_seed_in_one_table() {
    let Some(grid) = grid(&[CORPUS, SEED]) else {
        return;
    };
    let labels = &grid.0[3..];
    assert_eq!(
        labels,
        [
            "chengdu 2017",
            "杭州市 2021",
            "靖江市 2023",
            "连云港市 2020",
            "临沂市 2018",
            "macau 2004",
            "qingdao 2017",
            "厦门市 2019",
            "台中市 2023",
            "珠海市 2021",
        ]
    );
    let aqi = "air.aqi_compliance_rate";
    assert_eq!(cell(&grid, aqi, "杭州市 2021"), "87.9"); // 空气优良率为87.9%
    assert_eq!(cell(&grid, aqi, "连云港市 2020"), "81.1"); // 空气优良率81.1%
    assert_eq!(cell(&grid, aqi, "靖江市 2023"), "80.7"); // 空气优良率为８０．７％
    assert_eq!(cell(&grid, aqi, "厦门市 2019"), "97.5"); // 空气质量优良率为97.5%
    assert_eq!(cell(&grid, aqi, "珠海市 2021"), "95.1"); // 达标率95.1%
    let pm25 = "air.pm25_concentration";
    assert_eq!(cell(&grid, pm25, "连云港市 2020"), "37"); // pm2.5浓度为37微克/立方米
    assert_eq!(cell(&grid, pm25, "靖江市 2023"), "35.5"); // ＰＭ２．５浓度为３５．５
    assert_eq!(cell(&grid, pm25, "台中市 2023"), "15.6"); // PM2.5平均值為15.6微克/立方米
    // 全年…处罚金额1.24亿元 (the whole year stands before 上半年…5242.04万元) and
    // 罚没金额3324.37万元, both in 元
    let fines = "enforcement.penalty_amount";
    assert_eq!(cell(&grid, fines, "临沂市 2018"), "124000000");
    assert_eq!(cell(&grid, fines, "珠海市 2021"), "33243700");
    let unit_of = |id: &str| grid.1.iter().find(|r| r[1] == id).map(|r| r[2].clone());
    assert_eq!(unit_of(fines).as_deref(), Some("元"));
}

#[test]
fn transposed_reports_are_rows() {
    let Some((header, rows)) = grid(&["--transpose", "--id", "air.pm25_concentration", CORPUS])
    else {
        return;
    };
    assert_eq!(header, ["指标", "PM2.5年均浓度"]);
    let jingjiang = rows.iter().find(|r| r[0] == "靖江市 2023").expect("row");
    assert_eq!(jingjiang[1], "35.5");
}

#[test]
fn a_region_over_its_years_is_checked_and_drawn() {
    let text = stdout_of(&["compare", "fixtures/diff/"]);
    let line = |id: &str| {
        text.lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("{id} in\n{text}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    // 93.4% in 2021, 95.1% and 同比提升1.7个百分点 in 2022
    assert!(line("air.aqi_compliance_rate").ends_with("% 93.4 95.1 ✓ ▁█"));
    // 12.4万吨 → 13.1万吨 is +5.6%; the 2022 report states +9.6%
    assert!(line("waste.hazardous_generated").ends_with("吨 124000 131000 ✗ ▁█"));
    assert!(
        text.contains("报告同比 +9.6%, 上年数值得出 +5.6%"),
        "{text}"
    );
}

#[test]
fn diff_names_different_places() {
    let (old, new) = (
        "../shared/corpus/lianyungang-2020.txt",
        "../shared/corpus/jingjiang-2023.txt",
    );
    if !Path::new(old).is_file() {
        return;
    }
    let text = stdout_of(&["diff", old, new]);
    assert!(
        text.contains("注意: 连云港市 2020 与 靖江市 2023 是不同地区"),
        "{text}"
    );
    assert!(!text.contains("INCONSISTENT"), "{text}");
}

#[test]
fn a_missing_input_is_a_usage_error() {
    let output = report()
        .args(["compare", "fixtures/diff/", "no-such.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such.txt: no such file"), "{stderr}");
}
