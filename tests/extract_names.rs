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

#[test]
fn a_list_of_times_takes_the_measure_before_it() {
    let text =
        "某市2017年气候公报\n冬季全市平均降水量为84毫米,12月、1月、2月分别为30.9、44.2和9.0毫米。";
    for value in ["30.9", "44.2", "9.0毫米"] {
        assert_eq!(name_of(text, value), "冬季全市平均降水量", "{value}");
    }
    let text =
        "某市2022年水资源公报\n一季度用水量1.2万吨,1月、2月、3月依次为0.3万吨、0.4万吨和0.5万吨。";
    for value in ["0.3万吨", "0.4万吨", "0.5万吨"] {
        assert_eq!(name_of(text, value), "一季度用水量", "{value}");
    }
    let text = "某市2020年空气质量\n上半年PM2.5平均浓度为31微克/立方米,其中1月、2月分别为52和47微克/立方米。";
    for value in ["52", "47微克/立方米"] {
        assert_eq!(name_of(text, value), "PM2.5平均浓度", "{value}");
    }
}

#[test]
fn a_list_takes_its_owners_from_the_clause_before() {
    let text = "某市2017年空气质量\n各区县中,甲区、乙区、丙县的综合指数较低,分别是2.68、2.71和2.76;丁区、戊区较高,依次为3.98和3.82。";
    assert_eq!(name_of(text, "2.68"), "甲区综合指数");
    assert_eq!(name_of(text, "2.76"), "丙县综合指数");
    // A parallel list without a measure shares the one before it.
    assert_eq!(name_of(text, "3.82"), "戊区综合指数");
}

#[test]
fn table_cells_are_named_by_row_and_column() {
    let text = "某市2021年空气质量\n区县｜优良率｜PM2.5均值（微克/立方米）\n甲区｜98.3｜36.5\n乙县｜96.6｜29.6\n";
    assert_eq!(name_of(text, "36.5"), "甲区PM2.5均值");
    assert_eq!(name_of(text, "96.6"), "乙县优良率");
    assert_eq!(name_of(text, "29.6"), "乙县PM2.5均值");
}

#[test]
fn a_change_with_only_its_place_takes_the_measure_before_it() {
    let text = "某市2018年空气质量\n12个县区中,7个县区优良天数同比增加,5个减少:甲县增加15天,乙县增加13天,丙区、丁区各增加7天;戊县减少9天。";
    assert_eq!(name_of(text, "15天"), "甲县优良天数增加");
    assert_eq!(name_of(text, "13天"), "乙县优良天数增加");
    assert_eq!(name_of(text, "7天"), "丙区、丁区优良天数各增加");
    assert_eq!(name_of(text, "9天"), "戊县优良天数减少");
    // A change that names its measure keeps it.
    let text = "某市2018年水质\n全市达标断面12个,劣Ⅴ类断面减少2个。";
    assert_eq!(name_of(text, "2个"), "劣Ⅴ类断面减少");
}

#[test]
fn a_clause_without_keywords_takes_the_category_of_the_clause_before_on_its_head_noun() {
    use report::model::Category;
    let category_of = |text: &str, quantity: &str| {
        analyze(text.as_bytes(), &Options::default())
            .expect("analyzes")
            .indicators
            .iter()
            .find(|i| i.quantity.text == quantity)
            .map(|i| i.category)
    };
    let text = "某市2017年空气质量\n各区县空气质量综合指数在2.7到4.0之间。甲区、乙区的综合指数较低,分别是2.7和2.9。";
    assert_eq!(category_of(text, "2.9"), Some(Category::Air));
    // A clause before that speaks of something else lends nothing.
    let text = "某市2023年生态\n考察长江岸线120公里;新增鸟类记录9种。";
    assert_eq!(category_of(text, "9种"), Some(Category::General));
}

#[test]
fn a_series_states_its_verb_once() {
    let text = "某市2019年污染减排\n全年全市削减化学需氧量5880吨,氨氮648吨,二氧化硫1477吨。";
    assert_eq!(name_of(text, "648吨"), "削减氨氮");
    assert_eq!(name_of(text, "1477吨"), "削减二氧化硫");
    let text = "某县2020年执法\n查处违法企业31家、违法项目12个。";
    assert_eq!(name_of(text, "12个"), "查处违法项目");
    // An item with its own verb keeps it (the subject it elides is not filled here).
    let text = "某市2021年固废\n产生一般工业固体废物120万吨,综合利用98万吨。";
    assert_eq!(name_of(text, "98万吨"), "综合利用");
}

#[test]
fn an_elided_head_is_filled_from_its_sibling() {
    let text = "某市2004年环境统计\n治安警察局全年接获噪音投诉2,695宗;环境委员会另接获76宗。";
    assert_eq!(name_of(text, "76宗"), "环境委员会另接获噪音投诉");
    let text = "某区2020年执法\n区生态环境局受理环境信访件320件,街道办另受理45件。";
    assert_eq!(name_of(text, "45件"), "街道办另受理环境信访件");
    // A sibling that adds no subject lends nothing.
    let text = "某市2021年\n重点企业分级差异化管理企业52家,新增重点企业8家。";
    assert_eq!(name_of(text, "8家"), "新增重点企业");
}

#[test]
fn a_change_after_a_ranking_belongs_to_what_was_ranked() {
    let text = "某市2018年空气质量\n全市综合指数在全省17个设区市中位列第9,同比改善7.9%。";
    assert_eq!(name_of(text, "7.9%"), "综合指数同比改善");
    let text = "某市2019年\n全市水质指数在全国168个城市中排名第12,同比下降3.2%。";
    assert_eq!(name_of(text, "3.2%"), "水质指数同比下降");
}

#[test]
fn a_ranking_population_is_named_by_what_it_ranks_among() {
    let text = "某市2019年\n全市水质指数在全国168个城市中排名第12。";
    assert_eq!(name_of(text, "168个"), "全国城市");
    let text = "某县2020年\n县域空气质量在全省120个县中位列第5。";
    assert_eq!(name_of(text, "120个"), "全省县");
}

#[test]
fn places_in_a_name_are_not_what_it_measures() {
    // `河` of `河东区` is no water keyword here: the change takes the measure before it.
    let text =
        "某市2018年空气质量\n8个县区优良天数同比增加:临沭县增加15天,河东区、兰陵县各增加7天。";
    assert_eq!(name_of(text, "7天"), "河东区、兰陵县优良天数各增加");
}

#[test]
fn a_short_measure_said_again_takes_its_full_name() {
    let text = "某市2023年气象\n全年降雨量1397.0mm。其中1至3月,去年雨量仅32mm。";
    assert_eq!(name_of(text, "32mm"), "降雨量");
    let text = "某市2022年水质\n全市河流平均透明度1.2米,湖库透明度0.9米。";
    // A measure with its own subject keeps it.
    assert_eq!(name_of(text, "0.9米"), "湖库透明度");
    // A count keeps the generic thing it counts.
    let text = "某市2021年\n推动13家省碳控排企业完成履约。2家企业获批示范称号。";
    assert_eq!(name_of(text, "2家"), "企业");
}

#[test]
fn a_value_after_a_linking_word_is_what_the_clause_before_names() {
    let text = "某市2022年空气质量\n各县(市、区)中,甲县优良天数比例最高,为91.2%;乙区最低,为79.6%。";
    assert_eq!(name_of(text, "91.2%"), "甲县优良天数比例");
    // Only a place: it takes the measure of the value before.
    assert_eq!(name_of(text, "79.6%"), "乙区优良天数比例");
    // A clause with a number of its own is a sibling, not the subject.
    let text = "某市2004年气候\n年平均风速为每小时12.9公里,约合每秒3.6米。";
    assert_eq!(name_of(text, "约合每秒3.6米"), "年平均风速");
}

#[test]
fn a_share_after_a_count_and_a_list_connective() {
    let text = "某市2022年水环境\n达到或优于Ⅲ类水质的断面有13个,占86.7%。";
    assert_eq!(name_of(text, "86.7%"), "达到或优于Ⅲ类水质断面比例");
    let text = "某市2022年减排\n化学需氧量、氨氮减排量分别完成省下达任务的112%和105%。";
    // `和` is no name: the last value takes the list's (the last subject's) name.
    assert_eq!(name_of(text, "105%"), "氨氮减排量分别完成省下达任务");
}

#[test]
fn a_quoted_list_is_one_item_and_a_goal_verb_is_no_name() {
    let text = "某区2023年执法\n开展“双随机、一公开”检查218家次。";
    assert_eq!(name_of(text, "218家次"), "开展“双随机、一公开”检查");
    let text =
        "某区2023年工作总结\n二、2024年工作计划\n全区PM2.5平均浓度力争控制在27微克/立方米以内。";
    assert_eq!(name_of(text, "27微克/立方米以内"), "全区PM2.5平均浓度");
}

#[test]
fn an_amount_after_an_amount_of_something_is_of_it_too() {
    let text = "某市2020年固体废物\n全市一般工业固体废物产生量为1256.3万吨,综合利用量为1102.5万吨,综合利用率为87.8%。";
    assert_eq!(
        name_of(text, "1102.5万吨"),
        "全市一般工业固体废物综合利用量"
    );
    assert_eq!(name_of(text, "87.8%"), "全市一般工业固体废物综合利用率");
    let text = "某市2021年\n危险废物产生量27.33万吨,利用处置量30.18万吨。";
    assert_eq!(name_of(text, "30.18万吨"), "危险废物利用处置量");
    // An amount with a subject of its own keeps it.
    let text = "某市2021年\n二氧化硫排放量1.2万吨,氮氧化物排放量2.3万吨。";
    assert_eq!(name_of(text, "2.3万吨"), "氮氧化物排放量");
}

#[test]
fn a_full_width_exclamation_or_question_mark_ends_a_sentence_as_a_full_stop_does() {
    // `！` and `？` stay full-width after normalization; they end the sentence before the
    // name as `。` does, so the name does not reach back over them.
    for mark in ["。", "！", "？"] {
        let text =
            format!("某市2021年环境状况公报\n2020年全市空气质量良好{mark}全年优良天数为300天。");
        assert_eq!(name_of(&text, "300天"), "优良天数", "{mark}");
    }
}

#[test]
fn a_counted_noun_and_a_year_topic_stop_at_a_full_width_sentence_end() {
    // The noun after a count runs to the end of its comma clause, and a year that opens
    // an earlier sentence of the line is no topic past a sentence end: `！` and `？` end
    // both as `。` does (before, `湿地公园！全市空气质量良好` was the name of the 5).
    for mark in ["。", "！", "？"] {
        let text = format!("某市2021年工作总结\n全年新建5座湿地公园{mark}全市空气质量良好。");
        assert_eq!(name_of(&text, "5座"), "湿地公园", "{mark}");
        let text = format!("某市2021年工作总结\n108年台中市空气品质改善{mark}不良天数为44天。");
        assert_eq!(name_of(&text, "44天"), "不良天数", "{mark}");
    }
}

#[test]
fn a_row_ruled_with_a_full_width_bar_is_named_as_one_ruled_with_an_ascii_bar() {
    // A lone table row written as text: the value's label is the cell before it, whether
    // the cells are ruled with `|` or with `｜` (before, the whole row was its name).
    for bar in ["|", "｜"] {
        let text =
            format!("某市2021年工作总结\n全市情况如下。\n滨江区{bar}优良天数比例{bar}98.3%\n");
        assert_eq!(name_of(&text, "98.3%"), "优良天数比例", "{bar}");
    }
}

#[test]
fn a_verb_inside_a_counted_facility_is_part_of_its_name() {
    // `处理` is a stop word of counted things (`lexicon/naming.toml`), but not where it
    // heads a facility noun: before, the 5 was `建成污水` and the 12 `完成垃圾`.
    let text = "某市2021年工作总结\n全年建成5座污水处理厂。完成12座垃圾处理设施改造。";
    assert_eq!(name_of(text, "5座"), "污水处理厂");
    assert_eq!(name_of(text, "12座"), "垃圾处理设施");
}

#[test]
fn a_paragraph_number_is_no_part_of_a_name() {
    // A paragraph that opens with its number and no heading of its own.
    let text = "某市2022年工作总结\n二、减排\n(四)化学需氧量排放量4.1万吨,同比下降2%。\n5.二氧化硫排放量比2020年下降3.2%。";
    assert_eq!(name_of(text, "4.1万吨"), "化学需氧量排放量");
    // A change with nothing to carry it is named by its subject and what it compares with.
    assert_eq!(name_of(text, "3.2%"), "二氧化硫排放量比2020年下降");
}

#[test]
fn a_change_only_name_says_what_it_compares_with() {
    let text = "某市2017年气候公报\n全市平均降水量较常年偏多52%。\n氨氮排放量比上年下降1.1%。";
    assert_eq!(name_of(text, "52%"), "平均降水量较常年偏多");
    assert_eq!(name_of(text, "1.1%"), "氨氮排放量同比下降");
}

#[test]
fn counts_of_different_things_share_no_verb() {
    // A series states its verb once only for items counted alike.
    let text = "某市2022年工作总结\n检查企业8650家次,立案查处环境违法案件412宗。";
    assert_eq!(name_of(text, "412宗"), "立案查处环境违法案件");
    let text = "某市2022年工作总结\n检查企业1.2万家次,企业3000家次。";
    assert_eq!(name_of(text, "3000家次"), "检查企业");
    let text = "某市2022年工作总结\n削减化学需氧量5880吨,氨氮648吨,二氧化硫1.4万吨。";
    assert_eq!(name_of(text, "1.4万吨"), "削减二氧化硫");
}

#[test]
fn a_counted_thing_ends_before_among() {
    let text = "某市2020年环境状况公报\n全市纳入国家考核的8个断面中,Ⅰ~Ⅲ类水质断面占100%。";
    assert_eq!(name_of(text, "8个"), "全市纳入国家考核断面");
}

#[test]
fn a_standard_is_named_without_the_verb_that_meets_it() {
    let text = "某市111年施政成果\n全市PM2.5年平均浓度为13.2μg/m3,已连续4年符合国家空气品质标准(15μg/m3)。";
    assert_eq!(name_of(text, "15μg/m3"), "国家空气品质标准");
    let text =
        "某市2022年环境状况公报\n全市PM2.5年均浓度为28微克/立方米,达到国家二级标准35微克/立方米。";
    assert_eq!(name_of(text, "35微克/立方米"), "国家二级标准");
}

#[test]
fn a_value_alone_in_brackets_is_named_by_what_stands_before_them() {
    let text = "某市2022年环境状况公报\n全市优良天数比例(88.2%)同比上升。";
    assert_eq!(name_of(text, "88.2%"), "全市优良天数比例");
    // A unitless value in brackets after a value slot (`指数`) is a value too.
    let text = "某市2022年环境状况公报\n全市空气质量综合指数(3.62)同比下降。";
    assert_eq!(name_of(text, "3.62"), "全市空气质量综合指数");
    let text = "某市2022年环境状况公报\n全市PM2.5年均浓度为28微克/立方米,低于国家二级标准(35微克/立方米)。";
    assert_eq!(name_of(text, "35微克/立方米"), "国家二级标准");
}

#[test]
fn a_level_inside_a_counted_name_is_part_of_it() {
    let text = "某市2021年环境质量\n全市85个省控以上断面水质优良率为98.8%。";
    assert_eq!(name_of(text, "85个"), "省控以上断面");
    let text = "某市2021年工作总结\n全市共有1200家规模以上工业企业。";
    assert_eq!(name_of(text, "1200家"), "规模以上工业企业");
}

#[test]
fn a_noun_that_ends_in_a_linking_word_keeps_it() {
    let text = "某市2022年执法\n全年立案查处环境违法行为712宗。";
    assert_eq!(name_of(text, "712宗"), "立案查处环境违法行为");
}

#[test]
fn a_measure_going_from_one_value_to_another_names_both() {
    let text = "某市2022年生态环境状况公报\n优良天数比例由上年的80.1%提高到85.5%。";
    assert_eq!(name_of(text, "80.1%"), "优良天数比例");
    assert_eq!(name_of(text, "85.5%"), "优良天数比例");
    let text = "某市2022年生态环境状况公报\n未受污染河段比例由2019年的45%提高至2022年的67%。";
    assert_eq!(name_of(text, "67%"), "未受污染河段比例");
}

#[test]
fn a_bracketed_list_inside_a_name_is_one_item() {
    // `县(市、区)` is one word: its `、` splits no list.
    let text = "某市2022年生态环境状况公报\n全市11个县(市、区)优良天数比例均在80%以上。";
    assert_eq!(name_of(text, "80%以上"), "县(市、区)优良天数比例");
    let text = "某市2022年生态环境状况公报\n各县(市、区)PM2.5浓度在31至49微克/立方米之间。";
    assert_eq!(name_of(text, "31"), "县(市、区)PM2.5浓度");
}

#[test]
fn subjects_of_a_list_share_the_measure_the_last_one_names() {
    let text = "某市2022年生态环境状况公报\n二氧化硫、二氧化氮年均浓度均为10微克/立方米。";
    let report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    let names: Vec<&str> = report.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["二氧化硫年均浓度", "二氧化氮年均浓度"]);
    let text = "某市2022年生态环境状况公报\n化学需氧量、氨氮排放总量分别为3.2万吨和0.41万吨。";
    assert_eq!(name_of(text, "3.2万吨"), "化学需氧量排放总量");
    // A subject with a measure of its own keeps it.
    let text = "某市2022年生态环境状况公报\n达标率、优三类比例均达到100%。";
    let report = analyze(text.as_bytes(), &Options::default()).expect("analyzes");
    let names: Vec<&str> = report.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["达标率", "优三类比例"]);
}

#[test]
fn a_rate_after_a_level_is_no_rate_of_it() {
    // A rate borrows the subject of a count or an amount before it, not of a level.
    let text = "某市2022年生态环境状况公报\nPM2.5年平均浓度为30微克/立方米,资源回收率为63%。";
    assert_eq!(name_of(text, "63%"), "资源回收率");
    let text = "某市2022年生态环境状况公报\n医疗废物产生量1.2万吨,安全处置率100%。";
    assert_eq!(name_of(text, "100%"), "医疗废物安全处置率");
}

#[test]
fn a_kept_noun_inside_a_linking_word_stays_whole() {
    let title = "某市2022年生态环境状况公报\n";
    // `均为` is a linking word, but `平均` is part of the name; `累计达到` links as a whole.
    assert_eq!(
        name_of(
            &format!("{title}全市降尘量平均为3.2吨/平方公里·月。"),
            "3.2吨/平方公里·月"
        ),
        "全市降尘量平均"
    );
    assert_eq!(
        name_of(&format!("{title}全市森林覆盖率累计达到45.2%。"), "45.2%"),
        "全市森林覆盖率"
    );
}

#[test]
fn a_bare_goal_a_city_word_and_a_quota_keep_what_they_name() {
    let title = "某市2022年生态环境状况公报\n";
    // A goal in brackets named by goal words only is the goal of the measure before it.
    assert_eq!(
        name_of(
            &format!("{title}臭氧浓度为162微克/立方米,未完成年度目标(160微克/立方米)。"),
            "160微克/立方米"
        ),
        "臭氧浓度目标"
    );
    assert_eq!(
        name_of(
            &format!("{title}都市固体废物产生量为1.1万公吨。"),
            "1.1万公吨"
        ),
        "都市固体废物产生量"
    );
    assert_eq!(
        name_of(
            &format!("{title}省下达的化学需氧量减排任务为1200吨。"),
            "1200吨"
        ),
        "省下达化学需氧量减排任务"
    );
}

#[test]
fn a_count_followed_by_its_predicate_counts_the_thing_of_the_count_before() {
    let text = "某区2023年工作总结\n全区9项约束性指标中,8项全面完成,1项未完成。全区14个镇街中,9个镇街PM2.5浓度同比下降,5个同比上升。";
    assert_eq!(name_of(text, "8项"), "约束性指标全面完成");
    assert_eq!(name_of(text, "1项"), "约束性指标未完成");
    // A Latin word keeps its digits (`PM2.5`).
    assert_eq!(name_of(text, "9个"), "镇街PM2.5浓度");
    assert_eq!(name_of(text, "5个"), "镇街PM2.5浓度同比上升");
}

#[test]
fn places_ranked_in_turn_take_the_measure_of_the_first() {
    let text = "某区2023年1—9月生态环境工作情况\n各街道中,城关街道PM2.5浓度最低,为28微克/立方米;东湖街道次之,为29微克/立方米;新港镇最高,为36微克/立方米。";
    assert_eq!(name_of(text, "28微克/立方米"), "城关街道PM2.5浓度");
    assert_eq!(name_of(text, "29微克/立方米"), "东湖街道PM2.5浓度");
    assert_eq!(name_of(text, "36微克/立方米"), "新港镇PM2.5浓度");
}

#[test]
fn a_second_list_of_the_same_items_and_items_ending_in_a_class() {
    let text = "某市2022年生态环境状况公报\n全市15个国考断面中,Ⅱ类、Ⅲ类、Ⅳ类断面分别为3个、10个和2个,分别占20.0%、66.7%和13.3%。";
    assert_eq!(name_of(text, "3个"), "Ⅱ类断面");
    assert_eq!(name_of(text, "10个"), "Ⅲ类断面");
    assert_eq!(name_of(text, "20.0%"), "Ⅱ类断面比例");
    assert_eq!(name_of(text, "66.7%"), "Ⅲ类断面比例");
    assert_eq!(name_of(text, "13.3%"), "Ⅳ类断面比例");
    let text = "某市2022年生态环境状况公报\n国家级和省级自然保护区分别有16个和41个。";
    assert_eq!(name_of(text, "16个"), "国家级自然保护区");
    assert_eq!(name_of(text, "41个"), "省级自然保护区");
}

#[test]
fn a_topic_ends_at_its_number() {
    let text =
        "某区2023年工作总结\n前三季度,我区优良天数214天,优良率78.4%。全市优良天数335天,占比91.8%。";
    assert_eq!(name_of(text, "78.4%"), "优良天数优良率");
    assert_eq!(name_of(text, "91.8%"), "全市优良天数占比");
}

#[test]
fn a_level_and_above_inside_a_counted_name() {
    let text = "某市2022年生态环境状况公报\n全市12个县级及以上集中式饮用水水源地水质达标率为100%。全国339个地级及以上城市平均优良天数比例为86.5%。";
    assert_eq!(name_of(text, "12个"), "县级及以上集中式饮用水水源地");
    assert_eq!(name_of(text, "339个"), "地级及以上城市");
}
