//! Report-like text of any shape analyzes without panicking: the pieces are the
//! characters and words the segmentation and project/target rules react to.

use proptest::prelude::*;
use report::{Options, analyze};

/// Text made of the characters the segmentation and project/target rules react to.
fn report_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "一、",
        "(二)",
        "（三）",
        "1.",
        "2、",
        "一是",
        "二是",
        "。",
        ",",
        ";",
        ":",
        "|",
        "\n",
        "计划",
        "完成",
        "任务",
        "目标",
        "预计",
        "在建",
        "选址",
        "等",
        "项目",
        "中心",
        "厂",
        "6个",
        "1.38万吨",
        "达90%以上",
        "6.82亿元",
        "完成率100%",
        "工作计划",
        "存在问题",
        "2021年",
        "112年",
        "珠海市生态环境局",
        "“",
        "”",
        " ",
        "唯一是",
        "(1)",
        "①",
        "标准15微克以下",
        "| 指标 | 年度目标 | 完成情况 |",
        "首页 > ",
        "完成省下达的目标任务(30微克/立方米)",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_report_like_text_analyzes_without_panic(text in report_like()) {
        if let Ok(report) = analyze(text.as_bytes(), &Options::default()) {
            for s in &report.sections {
                prop_assert!(s.line >= 1);
            }
            for t in &report.targets {
                prop_assert!(t.line >= 1);
            }
        }
    }
}
