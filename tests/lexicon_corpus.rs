//! The lexicon over the practice corpus (`../shared/corpus`): the same quantity in two
//! cities gets the same id, whatever each report calls it; a change with no level of its
//! own carries the id of what it changes; and at least half of each file's indicators
//! carry a lexicon id, no fewer than today. Each asserted mention was read in the report
//! text (file, line, the value as written, after normalization: full-width digits
//! folded).

use std::path::{Path, PathBuf};

use report::model::Report;
use report::{Options, analyze};

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir).or_else(|| {
        eprintln!("note: the practice corpus is absent; lexicon coverage not checked");
        None
    })
}

fn load(dir: &Path, name: &str) -> Report {
    let bytes = std::fs::read(dir.join(format!("{name}.txt"))).expect("corpus text");
    analyze(&bytes, &Options::default()).expect("analyzes")
}

/// The id of the mention written `text` on `line` whose name ends with `name`.
fn id_of(report: &Report, line: usize, text: &str, name: &str) -> String {
    report
        .indicators
        .iter()
        .find(|i| i.quantity.line == line && i.quantity.text == text && i.name.ends_with(name))
        .map(|i| i.id.clone())
        .unwrap_or_else(|| panic!("no `{name}` `{text}` on line {line}"))
}

/// A mention: file, line, the value as written, the end of the name the report gives it.
type Mention = (&'static str, usize, &'static str, &'static str);

#[test]
fn the_same_quantity_in_two_cities_has_one_id() {
    let Some(dir) = corpus() else { return };
    // (id, [(file, line, value as written)]), what each report calls it above
    let same: &[(&str, &[Mention])] = &[
        // 空气优良率 / 空气质量优良率 / 空气质量优良天数比率
        (
            "air.aqi_compliance_rate",
            &[
                ("lianyungang-2020", 3, "81.1%", "空气优良率"),
                ("xiamen-2019", 4, "97.5%", "空气质量优良率"),
                ("jingjiang-2023", 3, "80.7%", "空气质量优良天数比率"),
            ],
        ),
        // 可吸入颗粒物(PM10)年均浓度 / 可吸入颗粒物（PM10）平均浓度
        (
            "air.pm10_concentration",
            &[
                (
                    "lianyungang-2020",
                    9,
                    "55微克/立方米",
                    "可吸入颗粒物(PM10)年均浓度",
                ),
                (
                    "hangzhou-2021",
                    4,
                    "55微克/立方米",
                    "可吸入颗粒物(PM10)平均浓度",
                ),
            ],
        ),
        // 全市pm2.5浓度 / 台中市PM2.5平均值
        (
            "air.pm25_concentration",
            &[
                ("lianyungang-2020", 3, "37微克/立方米", "PM2.5浓度"),
                ("taichung-2023", 4, "12.7微克/立方公尺", "PM2.5平均值"),
            ],
        ),
        // 城市集中式饮用水水源地水质达标率 / 国控饮用水水源地点位水质达标率
        (
            "water.drinking_source_compliance",
            &[
                ("qingdao-2017", 7, "100%", "集中式饮用水水源地水质达标率"),
                ("hangzhou-2021", 9, "100%", "饮用水水源地点位水质达标率"),
            ],
        ),
        // 优三类比例 / 地表水省考以上断面优Ⅲ比例 / 市控以上断面水质优良比例
        (
            "water.sections_good_ratio",
            &[
                ("lianyungang-2020", 3, "100%", "优三类比例"),
                ("jingjiang-2023", 3, "100%", "优Ⅲ比例"),
                ("hangzhou-2021", 3, "100%", "断面水质优良比例"),
            ],
        ),
        // 国、省考地表水断面22个 / 国省考断面10个 / 国控断面10个
        (
            "water.monitored_sections",
            &[
                ("lianyungang-2020", 10, "22个", "地表水断面"),
                ("jingjiang-2023", 4, "10个", "国省考断面"),
                ("linyi-2018", 5, "10个", "国控断面"),
            ],
        ),
        // 二氧化硫、二氧化氮…的浓度均值依次为八、三十四 / 市区二氧化硫、二氧化氮…年均浓度
        // 分别为10微克/立方米、28微克/立方米
        (
            "air.so2_concentration",
            &[
                ("chengdu-2017", 3, "八", "二氧化硫浓度均值"),
                ("lianyungang-2020", 9, "10微克/立方米", "二氧化硫年均浓度"),
            ],
        ),
        (
            "air.no2_concentration",
            &[
                ("chengdu-2017", 3, "三十四", "二氧化氮浓度均值"),
                ("lianyungang-2020", 9, "28微克/立方米", "二氧化氮年均浓度"),
            ],
        ),
        // 一氧化碳日均值第九十五百分位数 / 一氧化碳第95百分位浓度
        (
            "air.co_concentration",
            &[
                (
                    "chengdu-2017",
                    3,
                    "一点零毫克每立方米",
                    "一氧化碳日均值第九十五百分位数",
                ),
                (
                    "lianyungang-2020",
                    9,
                    "1.3毫克/立方米",
                    "一氧化碳第95百分位浓度",
                ),
            ],
        ),
        // 臭氧日最大八小时均值第九十百分位数 / 臭氧8小时第90百分位浓度 / 臭氧浓度
        (
            "air.o3_concentration",
            &[
                (
                    "chengdu-2017",
                    3,
                    "一百八十微克每立方米",
                    "臭氧日最大八小时均值第九十百分位数",
                ),
                (
                    "lianyungang-2020",
                    9,
                    "163微克/立方米",
                    "臭氧8小时第90百分位浓度",
                ),
                ("hangzhou-2021", 4, "162微克/立方米", "臭氧浓度"),
            ],
        ),
        // 县级以上集中式饮用水水源地…达标率 / 集中式饮用水源地达标率
        (
            "water.drinking_source_compliance",
            &[
                (
                    "hangzhou-2021",
                    3,
                    "100%",
                    "县级以上集中式饮用水水源地达标率",
                ),
                ("xiamen-2019", 5, "100%", "集中式饮用水源地达标率"),
            ],
        ),
        // 全年平均氣溫為22.4攝氏度 (traditional) / 春季全市平均气温13.9℃
        (
            "climate.mean_temperature",
            &[
                ("macau-2004", 10, "22.4摄氏度", "平均气温"),
                ("qingdao-2017", 11, "13.9℃", "平均气温"),
            ],
        ),
        // 年平均降雨量 / 全市平均降水量 / 降雨量
        (
            "climate.precipitation",
            &[
                ("macau-2004", 10, "2133.4毫米", "年平均降雨量"),
                ("qingdao-2017", 10, "84毫米", "平均降水量"),
                ("taichung-2023", 5, "1397.0mm", "降雨量"),
            ],
        ),
        // 全年优良天数为201天 / 市区全年空气质量优良天数297天 / 八月份优良天数二十三天
        (
            "air.good_days",
            &[
                ("linyi-2018", 3, "201天", "优良天数"),
                ("lianyungang-2020", 8, "297天", "市区全年空气质量优良天数"),
                ("chengdu-2017", 3, "二十三天", "八月份优良天数"),
            ],
        ),
        // 空气质量综合指数为2.98 / 二十二个区(市)县的空气质量综合指数在二点六八…
        (
            "air.composite_index",
            &[
                ("xiamen-2019", 4, "2.98", "空气质量综合指数"),
                ("chengdu-2017", 4, "二点六八", "区(市)县空气质量综合指数"),
            ],
        ),
        // 公安与生态环境部门联合查处污染环境刑事案件96起、行政案件63起
        (
            "enforcement.criminal_cases",
            &[("linyi-2018", 7, "96起", "污染环境刑事案件")],
        ),
        (
            "enforcement.detention_cases",
            &[("linyi-2018", 7, "63起", "行政案件")],
        ),
    ];
    for (id, mentions) in same {
        for (file, line, text, name) in *mentions {
            let report = load(&dir, file);
            assert_eq!(
                &id_of(&report, *line, text, name),
                id,
                "{file}:{line} `{text}`"
            );
        }
    }
}

#[test]
fn penalties_of_two_cities_share_one_id() {
    let Some(dir) = corpus() else { return };
    // 处罚金额1.24亿元 (Linyi) / 罚没金额3324.37万元 (Zhuhai, the seed)
    let linyi = load(&dir, "linyi-2018");
    assert_eq!(
        id_of(&linyi, 7, "1.24亿元", "处罚金额"),
        "enforcement.penalty_amount"
    );
    let seed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/zhuhai-2021.txt");
    let bytes = std::fs::read(seed_path).expect("the seed is readable");
    let seed = analyze(&bytes, &Options::default()).expect("the seed analyzes");
    assert_eq!(
        id_of(&seed, 21, "3324.37万元", "罚没金额"),
        "enforcement.penalty_amount"
    );
}

#[test]
fn a_change_with_no_level_carries_the_id_of_what_it_changes() {
    let Some(dir) = corpus() else { return };
    // (file, line, the change as written, id, whether it rises)
    let changes: &[(&str, usize, &str, &str, bool)] = &[
        // 综合指数在全省17个设区市中位列第9,同比改善7.9%
        ("linyi-2018", 3, "7.9%", "air.composite_index", false),
        // PM2.5、PM10、二氧化硫、二氧化氮浓度同比分别改善10.0%、7.0%…
        ("linyi-2018", 3, "10.0%", "air.pm25_concentration", false),
        ("linyi-2018", 3, "7.0%", "air.pm10_concentration", false),
        // 细颗粒物…浓度同比分别改善17.8%、10.6%…
        ("qingdao-2017", 5, "17.8%", "air.pm25_concentration", false),
        // 全市PM2.5浓度为35.5微克/立方米,同比下降4.2微克/立方米(10.7%)
        (
            "jingjiang-2023",
            4,
            "4.2微克/立方米",
            "air.pm25_concentration",
            false,
        ),
        // 全市空气质量综合指数为二点八三,同比减小零点三二,降幅为百分之10.1
        ("xiamen-2019", 8, "百分之10.1", "air.composite_index", false),
        // 8个县区优良天数同比增加,7个减少:临沭县增加15天,沂南县增加13天
        ("linyi-2018", 4, "15天", "air.good_days@linshu", true),
        ("linyi-2018", 4, "13天", "air.good_days@yinan", true),
        // PM10方面,…降幅在九到五十五微克每立方米之间
        ("chengdu-2017", 5, "九", "air.pm10_concentration", false),
        // 全市平均降水量…比常年同期偏多52.0毫米
        (
            "qingdao-2017",
            10,
            "52.0毫米",
            "climate.precipitation",
            true,
        ),
    ];
    for &(file, line, text, id, rises) in changes {
        let report = load(&dir, file);
        let row = report
            .indicators
            .iter()
            .find(|i| i.quantity.line == line && i.quantity.text == text)
            .unwrap_or_else(|| panic!("{file}:{line}: no `{text}`"));
        assert_eq!(row.id, id, "{file}:{line} `{text}`");
        assert!(row.change_only, "{file}:{line} `{text}` is a change");
        let change = row.change.as_ref().expect("a change");
        assert_eq!(change.value, row.quantity.value.abs(), "{file}:{line}");
        let up = change.direction == report::model::Direction::Up;
        assert_eq!(up, rises, "{file}:{line} `{text}`");
        // no value of the indicator: what stands for the indicator is not this row
        assert!(
            report
                .primary_mention(id)
                .is_none_or(|m| (m.quantity.line, m.quantity.text.as_str()) != (line, text)),
            "{file}: {id}"
        );
    }
}

#[test]
fn share_of_indicators_with_a_lexicon_id() {
    let Some(dir) = corpus() else { return };
    // (file, lexicon ids, indicators) as reached; every file has at least half. A value
    // about a part of the region carries the lexicon id with `@` and the place
    // (`air.pm25_concentration@binjiang`), and a change with no level of its own the id
    // of what it changes (`临沭县优良天数增加15天` → `air.good_days@linshu`).
    let reached = [
        ("chengdu-2017", 26, 45),
        ("hangzhou-2021", 26, 36),
        ("jingjiang-2023", 20, 24),
        ("lianyungang-2020", 21, 31),
        ("linyi-2018", 25, 41),
        ("macau-2004", 14, 24),
        ("qingdao-2017", 33, 43),
        ("taichung-2023", 13, 17),
        ("xiamen-2019", 14, 25),
    ];
    for (file, known, total) in reached {
        let report = load(&dir, file);
        let with_id = report
            .indicators
            .iter()
            .filter(|i| {
                let lexicon_id = i.id.split('@').next().unwrap_or(&i.id);
                report::lexicon::indicator(lexicon_id).is_some()
            })
            .count();
        let share = with_id as f64 / report.indicators.len().max(1) as f64;
        let floor = known as f64 / total as f64;
        assert!(
            share >= floor,
            "{file}: {with_id} of {} carry a lexicon id, below {known} of {total}",
            report.indicators.len()
        );
        assert!(
            share >= 0.5,
            "{file}: {with_id} of {}",
            report.indicators.len()
        );
    }
}

#[test]
fn a_district_value_keeps_the_lexicon_id_with_its_place() {
    let Some(dir) = corpus() else { return };
    let report = load(&dir, "hangzhou-2021");
    let cell = |text: &str, line: usize| {
        report
            .indicators
            .iter()
            .find(|i| i.quantity.text == text && i.quantity.line == line)
            .unwrap_or_else(|| panic!("no {text} on line {line}"))
    };
    // 滨江区｜98.3｜0｜36.5｜6｜15.1 (line 14): the PM2.5 column is the district's mean.
    let binjiang = cell("36.5", 14);
    assert_eq!(binjiang.id, "air.pm25_concentration@binjiang");
    assert_eq!(binjiang.place.as_deref(), Some("滨江区"));
    assert_eq!(binjiang.name, "滨江区PM2.5均值");
    // The city's own value (line 11) keeps the plain id.
    let city = cell("39.1微克/立方米", 11);
    assert_eq!(city.id, "air.pm25_concentration");
    assert_eq!(city.place, None);
}
