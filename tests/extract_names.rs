//! Names: a bare measure takes the topic stated earlier in its sentence. The sentences
//! are written for these tests; each expected name was read off the sentence.

use report::{Options, analyze};

fn name_of(text: &str, quantity: &str) -> String {
    let report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    report
        .indicators
        .iter()
        .find(|i| i.quantity.text == quantity)
        .unwrap_or_else(|| panic!("no `{quantity}`"))
        .name
        .clone()
}

#[test]
fn a_bare_measure_takes_the_topic_of_its_sentence() {
    let text = "某市2021年环境状况公报\n某市PM2.5实现全年达标,平均浓度为25微克/立方米。";
    assert_eq!(name_of(text, "25微克/立方米"), "某市PM2.5平均浓度");
    let text =
        "某市2021年环境状况公报\n全市二氧化氮持续下降,年均浓度为21微克/立方米,同比下降4.5%。";
    assert_eq!(name_of(text, "21微克/立方米"), "全市二氧化氮年均浓度");
    let text = "某市2021年环境状况公报\n昼间区域环境噪声平均等效声级为54.2分贝,达标率97.1%。";
    assert_eq!(name_of(text, "97.1%"), "昼间区域环境噪声达标率");
}

#[test]
fn a_measure_with_its_own_subject_keeps_its_name() {
    let text = "某市2021年环境状况公报\n全市空气质量持续改善,优良天数比例为88.2%。";
    assert_eq!(name_of(text, "88.2%"), "优良天数比例");
}

#[test]
fn a_list_of_subjects_takes_its_values_in_order() {
    // `依次` distributes like `分别`; the measure after the last subject is shared.
    let text =
        "某市2019年环境状况公报\n二氧化硫、二氧化氮、PM10的年均浓度依次为9、31、58微克/立方米。";
    assert_eq!(name_of(text, "9"), "二氧化硫年均浓度");
    assert_eq!(name_of(text, "31"), "二氧化氮年均浓度");
    assert_eq!(name_of(text, "58微克/立方米"), "PM10的年均浓度");
}
