//! The patterns compiled at build time find what `regex` finds with their source, and
//! read the same capture groups: on the seed, every fixture, the practice corpus (when
//! present) and sentences written for the classes that `regex-lite` alone would read
//! differently (Unicode white space, `\p{Han}`, `\d`, case).

use std::fs;

use report::patterns::ALL;

/// The test texts, and how many of them are files.
fn texts() -> (Vec<String>, usize) {
    let mut texts: Vec<String> = [
        "（　一　）大气环境\n2、水环境\n\t3．土壤\u{3000}一是加强监管",
        "1\u{3000}—\u{3000}6月,一至三月份,上半年,前三季度,第4季度,全年平均",
        "表中浓度的单位为微克/立方米;面积单位为平方公里。",
        "pm2.5浓度、Pm10浓度与PM2.5",
        "每立方米17.7微克,每秒3.6米,每平方公里16,921人",
        "民国112年,(111)年,去(112)年,較110年,２０２１年",
        "截至12月31日,(١٢)年,(12)年,与2016年相比,较上年同期比较,",
        "同比,较二〇一九年同期相比,分别",
        // names and the words before a change verb: anchored at their start or end
        "2021年度全市PM2.5浓度较二〇一九年同期相比",
        "“十四五”时期重点项目分别",
        "1—6月份15日空气质量优良天数同比",
        "截至12月底日均值大幅",
        // a measure going from one value to another: before the first, between the two
        "森林覆盖率从2015年的",
        "提高至2022年的",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let written = texts.len();
    let root = env!("CARGO_MANIFEST_DIR");
    for dir in [
        "fixtures",
        "fixtures/diff",
        "fixtures/broken",
        "../shared/corpus",
    ] {
        let Ok(entries) = fs::read_dir(format!("{root}/{dir}")) else {
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(text) = fs::read_to_string(entry.path()) {
                texts.push(text);
            }
        }
    }
    let files = texts.len() - written;
    (texts, files)
}

#[test]
fn compiled_patterns_find_and_read_what_regex_does() {
    let (texts, files) = texts();
    // the seed, two reports of fixtures/diff, the broken report and its README
    assert!(files >= 5, "the seed and fixtures are read: {files}");
    for (name, source, pattern) in ALL {
        let regex = regex::Regex::new(source).unwrap();
        let mut matches = 0;
        for text in &texts {
            let expected: Vec<_> = regex.find_iter(text).map(|m| m.range()).collect();
            let found: Vec<_> = pattern.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(found, expected, "{name}");
            assert_eq!(pattern.is_match(text), regex.is_match(text), "{name}");
            let first = pattern.find(text).map(|m| m.range());
            assert_eq!(first, regex.find(text).map(|m| m.range()), "{name}");
            let expected: Vec<Vec<_>> = regex
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|g| g.range())).collect())
                .collect();
            let read: Vec<Vec<_>> = pattern
                .captures_iter(text)
                .map(|c| c.iter().map(|g| g.map(|g| g.range())).collect())
                .collect();
            assert_eq!(read, expected, "{name}");
            matches += expected.len();
        }
        assert!(matches > 0, "{name} matches somewhere in the test texts");
    }
}

#[test]
fn a_match_reads_as_its_text() {
    let pattern = &report::patterns::COMPARISON_FRAME;
    let text = "不过和上年同期比,PM2.5下降";
    let m = pattern.find(text).unwrap();
    assert_eq!(m.as_str(), "和上年同期比,");
    let groups = pattern.captures(text).unwrap();
    assert_eq!(&groups[1], "上年");
    assert!(!pattern.is_match("与上年相比PM2.5下降"));
}

/// A pattern anchored at its end (read backwards from the end) finds what `regex` finds.
#[test]
fn a_match_at_the_end_is_found_backwards() {
    let markers = &report::patterns::CHANGE_MARKERS;
    let regex = regex::Regex::new(ALL.iter().find(|p| p.0 == "CHANGE_MARKERS").unwrap().1).unwrap();
    for text in [
        "PM2.5浓度同比",
        "二氧化硫、氮氧化物排放量较二〇一九年同期相比分别",
        "与上年相比,大幅",
        "优良天数同比增加",
        "",
        "同比增加5天,较上年同期",
    ] {
        let expected = regex.find(text).map(|m| m.range());
        assert_eq!(markers.find(text).map(|m| m.range()), expected, "{text}");
    }
    // before every change verb of the test texts, as extraction asks
    let mut asked = 0;
    for text in texts().0 {
        for verb in ["下降", "增加", "提升", "改善", "减少", "上升"] {
            for (at, _) in text.match_indices(verb) {
                let before = &text[..at];
                let expected = regex.find(before).map(|m| m.range());
                assert_eq!(markers.find(before).map(|m| m.range()), expected);
                asked += usize::from(expected.is_some());
            }
        }
    }
    // 10 in the seed and fixtures alone, over 50 with the practice corpus
    assert!(asked >= 10, "markers before {asked} verbs");
    let m = markers.find("浓度较2019年同期分别").unwrap();
    assert_eq!(m.as_str(), "较2019年同期分别");
}
