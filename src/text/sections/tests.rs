//! Section trees of hand-made normalized text in the numbering styles met so far.

use super::*;
use crate::input::normalize;

/// `id number title (level, line)` of every section, one string each.
fn outline(text: &str) -> Vec<String> {
    sections(&normalize(text))
        .into_iter()
        .map(|s| {
            let s = s.section;
            format!(
                "{} {} {} (level {}, line {})",
                s.id, s.number, s.title, s.level, s.line
            )
        })
        .collect()
}

/// The seed's style: `一、`, `(一)`, `1.` with run-in `一是` after a `。`, blank lines.
const SEED_STYLE: &str = "珠海市生态环境局2021年工作总结及2022年工作计划

一、珠海市2021年生态环境质量状况

空气质量指数(AQI)达标率95.1%,同比提升1.7个百分点。

二、2021年主要工作成效及做法

(一)“十四五”生态环境保护工作完成总体谋划

一是构建“十四五”规划政策体系。高标准编制五个专项规划。二是争取科学合理指标任务。加强汇报。

(二)生态环境保护督察工作高标准推进

一是圆满完成督察工作。我市为全省唯一没有不满意案件评价的城市。二是加快推进整改工作。

(三)省、市民生实事任务如期完成。

(四)污染防治攻坚战成效显著

1.蓝天保卫战成果突出。一是重点推进VOCs治理。累计减排VOCs1.38万吨。二是加速移动源防治。

2.碧水保卫战取得阶段性成果。一是重点攻坚国考断面水质达标。

(六)服务高质量发展大局成效凸显

1.积极服务“六稳”“六保”。规范降低51个二级行业环评类别。

四、2022年重点工作计划

(一)协同推进经济高质量发展和生态环境高水平保护

更加自觉将生态环境保护工作融入到统筹生产、生活、生态布局中。
";

#[test]
fn seed_style_outline_nests_all_four_levels() {
    assert_eq!(
        outline(SEED_STYLE),
        vec![
            "1 一、 珠海市2021年生态环境质量状况 (level 1, line 3)",
            "2 二、 2021年主要工作成效及做法 (level 1, line 7)",
            "2.1 (一) “十四五”生态环境保护工作完成总体谋划 (level 2, line 9)",
            "2.1.1 一是 构建“十四五”规划政策体系 (level 4, line 11)",
            "2.1.2 二是 争取科学合理指标任务 (level 4, line 11)",
            "2.2 (二) 生态环境保护督察工作高标准推进 (level 2, line 13)",
            "2.2.1 一是 圆满完成督察工作 (level 4, line 15)",
            "2.2.2 二是 加快推进整改工作 (level 4, line 15)",
            "2.3 (三) 省、市民生实事任务如期完成 (level 2, line 17)",
            "2.4 (四) 污染防治攻坚战成效显著 (level 2, line 19)",
            "2.4.1 1. 蓝天保卫战成果突出 (level 3, line 21)",
            "2.4.1.1 一是 重点推进VOCs治理 (level 4, line 21)",
            "2.4.1.2 二是 加速移动源防治 (level 4, line 21)",
            "2.4.2 2. 碧水保卫战取得阶段性成果 (level 3, line 23)",
            "2.4.2.1 一是 重点攻坚国考断面水质达标 (level 4, line 23)",
            "2.5 (六) 服务高质量发展大局成效凸显 (level 2, line 25)",
            "2.5.1 1. 积极服务“六稳”“六保” (level 3, line 27)",
            "3 四、 2022年重点工作计划 (level 1, line 29)",
            "3.1 (一) 协同推进经济高质量发展和生态环境高水平保护 (level 2, line 31)",
        ]
    );
}

#[test]
fn ranges_cover_numbering_heading_and_body() {
    let normalized = normalize(SEED_STYLE);
    let text = normalized.text.as_str();
    let spans = sections(&normalized);
    let blue_sky = spans
        .iter()
        .find(|s| s.section.id == "2.4.1")
        .expect("2.4.1");
    assert_eq!(&text[blue_sky.number.clone()], "1.");
    assert_eq!(&text[blue_sky.heading.clone()], "1.蓝天保卫战成果突出");
    // The body of a level-3 section runs over its run-in items to the next `2.`.
    assert!(text[blue_sky.body.clone()].starts_with("。一是重点推进VOCs治理"));
    assert!(
        text[blue_sky.body.clone()]
            .trim_end()
            .ends_with("二是加速移动源防治。")
    );
    let second = spans
        .iter()
        .find(|s| s.section.id == "2.4.1.2")
        .expect("2.4.1.2");
    assert_eq!(&text[second.body.clone()], "。\n\n");
    // The decimal 1.38 lies in 2.4.1.1, not in a section of its own.
    let decimal = text.find("1.38").expect("decimal");
    let first = spans
        .iter()
        .find(|s| s.section.id == "2.4.1.1")
        .expect("2.4.1.1");
    assert!(first.body.contains(&decimal));
    let last = spans.last().expect("sections");
    assert_eq!(last.body.end, text.len());
    let plan = spans.iter().find(|s| s.section.id == "3").expect("3");
    assert_eq!(plan.body.end, text.len());
}

#[test]
fn lianyungang_style_run_ins_at_paragraph_starts() {
    let text = "连云港市生态环境局2020年度工作总结及2021年度工作计划
一、2020年度工作亮点
一是环境质量达到历史最好水平。全市pm2.5浓度为37微克/立方米,同比下降11.9%。
二是体制改革走在全省前列。在省内率先推行轮岗交流机制。
三是国家级试点扎实推进。在国内率先开展试点。
二、2020年环境质量状况
(一)城市空气。市区全年空气质量优良天数297天。
(二)水环境。全市22个国、省考地表水断面全面消除劣Ⅴ类。
三、2021年度工作计划
2021年是“十四五”开局之年。
";
    assert_eq!(
        outline(text),
        vec![
            "1 一、 2020年度工作亮点 (level 1, line 2)",
            "1.1 一是 环境质量达到历史最好水平 (level 4, line 3)",
            "1.2 二是 体制改革走在全省前列 (level 4, line 4)",
            "1.3 三是 国家级试点扎实推进 (level 4, line 5)",
            "2 二、 2020年环境质量状况 (level 1, line 6)",
            "2.1 (一) 城市空气 (level 2, line 7)",
            "2.2 (二) 水环境 (level 2, line 8)",
            "3 三、 2021年度工作计划 (level 1, line 9)",
        ]
    );
}

#[test]
fn jingjiang_style_run_in_after_parenthesized_heading() {
    let text = "靖江市生态环境局2023年上半年工作总结暨下半年工作打算(节选)
二、重点工作进展情况
(一)全面提速生态文明建设。一是推进生态文明建设示范创建。启动创建。
二是持续开展生物多样性调查。目前已累计考察1200多公里。
三是启动生物多样性智能监测系统建设。依托AI智能识别技术。
三、下半年工作打算
下半年,将对照年度目标。
";
    assert_eq!(
        outline(text),
        vec![
            "1 二、 重点工作进展情况 (level 1, line 2)",
            "1.1 (一) 全面提速生态文明建设 (level 2, line 3)",
            "1.1.1 一是 推进生态文明建设示范创建 (level 4, line 3)",
            "1.1.2 二是 持续开展生物多样性调查 (level 4, line 4)",
            "1.1.3 三是 启动生物多样性智能监测系统建设 (level 4, line 5)",
            "2 三、 下半年工作打算 (level 1, line 6)",
        ]
    );
}

#[test]
fn run_in_out_of_sequence_is_prose() {
    // `二是` without a preceding `一是`, and `一是` inside a word, open nothing.
    let text = "一、工作情况\n问题之二是资金不足。其唯一是指标。\n";
    assert_eq!(outline(text), vec!["1 一、 工作情况 (level 1, line 1)"]);
    let text = "一、工作情况\n资金不足,二是人员不足。\n";
    assert_eq!(outline(text), vec!["1 一、 工作情况 (level 1, line 1)"]);
}

#[test]
fn skipped_level_nests_under_the_nearest_heading() {
    let text = "一、总体情况\n1.大气。一是控尘。\n2.水。\n二、计划\n(一)大气\n";
    assert_eq!(
        outline(text),
        vec![
            "1 一、 总体情况 (level 1, line 1)",
            "1.1 1. 大气 (level 3, line 2)",
            "1.1.1 一是 控尘 (level 4, line 2)",
            "1.2 2. 水 (level 3, line 3)",
            "2 二、 计划 (level 1, line 4)",
            "2.1 (一) 大气 (level 2, line 5)",
        ]
    );
}

#[test]
fn text_without_numbering_has_no_sections() {
    let text = "雨少风弱 台中市112年PM2.5年均值仍列历年第三低\n环保局表示,依环境部近8年空气品质监测结果。\n";
    assert!(outline(text).is_empty());
}

#[test]
fn parenthesized_digits_are_the_fourth_level_in_any_order() {
    let text = "一、大气\n1.扬尘。\n(1)工地。加强检查。\n(3)道路。\n2.机动车。\n";
    assert_eq!(
        outline(text),
        vec![
            "1 一、 大气 (level 1, line 1)",
            "1.1 1. 扬尘 (level 3, line 2)",
            "1.1.1 (1) 工地 (level 4, line 3)",
            "1.1.2 (3) 道路 (level 4, line 4)",
            "1.2 2. 机动车 (level 3, line 5)",
        ]
    );
}
