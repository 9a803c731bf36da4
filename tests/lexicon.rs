//! The lexicon data files run their own examples: indicator names resolve to their ids,
//! unit examples parse to their units.

use report::extract::{parse_quantity, unit};
use report::lexicon::{indicators, resolve_name, resolve_name_in};
use report::model::Category;

#[test]
fn indicator_examples_resolve_to_their_ids() {
    // An example resolves for a quantity of the entry's category: by a name or alias, or
    // by a short alias (`大邑县综合指数` in a paragraph on air).
    for entry in indicators() {
        for example in &entry.examples {
            let found =
                resolve_name_in(example, &entry.unit, entry.category).map(|e| e.id.as_str());
            assert_eq!(found, Some(entry.id.as_str()), "example `{example}`");
            // one that names the entry by more than a short alias needs no category
            let short = entry
                .short_aliases
                .iter()
                .any(|a| example.ends_with(a.as_str()));
            if !short {
                let found = resolve_name(example, &entry.unit).map(|e| e.id.as_str());
                assert_eq!(found, Some(entry.id.as_str()), "example `{example}`");
            }
        }
    }
}

#[test]
fn short_aliases_count_only_in_their_category() {
    let id = |name: &str, unit: &str, category: Option<Category>| {
        match category {
            Some(c) => resolve_name_in(name, unit, c),
            None => resolve_name(name, unit),
        }
        .map(|e| e.id.as_str())
    };
    // `大邑县综合指数2.68` after `二十二个区(市)县的空气质量综合指数…`: air
    assert_eq!(
        id("大邑县综合指数", "", Some(Category::Air)),
        Some("air.composite_index")
    );
    // a composite index of something else, or of nothing said, is no air quality index
    assert_eq!(id("大邑县综合指数", "", Some(Category::Water)), None);
    assert_eq!(id("大邑县综合指数", "", Some(Category::General)), None);
    assert_eq!(id("综合指数", "", None), None);
    // `公安与生态环境部门联合查处…行政案件63起`: enforcement
    assert_eq!(
        id("行政案件", "起", Some(Category::Enforcement)),
        Some("enforcement.detention_cases")
    );
    assert_eq!(id("行政案件", "起", None), None);
    for entry in indicators() {
        for alias in &entry.short_aliases {
            assert_ne!(
                resolve_name(alias, &entry.unit).map(|e| e.id.as_str()),
                Some(entry.id.as_str()),
                "{}: short alias `{alias}` is a full alias too",
                entry.id
            );
        }
    }
}

#[test]
fn indicator_ids_are_unique_and_well_formed() {
    let mut ids: Vec<&str> = indicators().iter().map(|e| e.id.as_str()).collect();
    for id in &ids {
        let (category, rest) = id.split_once('.').expect("category.name");
        assert!(report::model::Category::parse(category).is_some(), "{id}");
        assert!(
            rest.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{id}"
        );
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), indicators().len());
}

#[test]
fn unit_examples_parse_to_their_unit() {
    for (unit_name, examples) in unit::examples() {
        for example in examples {
            let q =
                parse_quantity(&example).unwrap_or_else(|| panic!("`{example}` does not parse"));
            let kind = unit::kind_of(&q.unit).or(unit::kind_of(unit_name.as_str()));
            assert_eq!(
                kind,
                unit::kind_of(&unit_name),
                "`{example}` parsed as {}",
                q.unit
            );
        }
    }
}

#[test]
fn the_vocabulary_is_broad_and_in_both_scripts() {
    assert!(indicators().len() >= 100, "{} entries", indicators().len());
    for entry in indicators() {
        assert!(!entry.examples.is_empty(), "{} has no example", entry.id);
        let simplified: Vec<String> = std::iter::once(&entry.name)
            .chain(&entry.aliases)
            .map(|a| report::lexicon::fold(a))
            .collect();
        // every traditional alias is one of the simplified ones in the other script
        for traditional in &entry.aliases_traditional {
            assert!(
                simplified.contains(&report::lexicon::fold(traditional)),
                "{}: `{traditional}` is no simplified alias in traditional script",
                entry.id
            );
        }
    }
    let with_traditional = indicators()
        .iter()
        .filter(|e| !e.aliases_traditional.is_empty())
        .count();
    assert!(
        with_traditional * 10 >= indicators().len() * 9,
        "{with_traditional}"
    );
}

#[test]
fn longer_aliases_win_over_shorter_ones() {
    let id = |name: &str, unit: &str| resolve_name(name, unit).map(|e| e.id.as_str());
    assert_eq!(
        id("地下水水质优良比例", "%"),
        Some("water.groundwater_good_ratio")
    );
    assert_eq!(
        id("市控断面水质优良比例", "%"),
        Some("water.sections_good_ratio")
    );
    assert_eq!(
        id("国考断面水质优良比例", "%"),
        Some("water.national_sections_good_ratio")
    );
    assert_eq!(
        id("开展非现场检查", "家次"),
        Some("enforcement.offsite_inspections")
    );
    assert_eq!(
        id("国家一级重点保护鸟类", "种"),
        Some("general.protected_bird_species")
    );
    // a count of sections is not their share
    assert_eq!(id("国考断面", "个"), Some("water.monitored_sections"));
    assert_eq!(
        id("细懸浮微粒(PM2.5)平均值", "微克/立方公尺"),
        Some("air.pm25_concentration")
    );
    // a change is not the quantity
    assert_eq!(id("PM2.5浓度同比改善", "%"), None);
}

#[test]
fn names_are_compared_without_de_and_units_by_kind() {
    let id = |name: &str, unit: &str| resolve_name(name, unit).map(|e| e.id.as_str());
    // 的 does not count: `PM2.5的浓度均值` is `PM2.5浓度均值`
    assert_eq!(
        id("PM2.5的浓度均值", "微克每立方米"),
        Some("air.pm25_concentration")
    );
    assert_eq!(
        id("PM2.5的月均浓度", "微克/立方米"),
        Some("air.pm25_monthly_concentration")
    );
    // a bare number is an index; a count per area is a density
    assert_eq!(id("空气质量综合指数", ""), Some("air.composite_index"));
    assert_eq!(id("空气质量综合指数", "%"), None);
    assert_eq!(
        id("人口密度", "人/平方公里"),
        Some("general.population_density")
    );
    // one wind speed in either unit
    assert_eq!(
        id("年平均风速", "公里/小时"),
        Some("climate.mean_wind_speed")
    );
    assert_eq!(id("年平均风速", "米/秒"), Some("climate.mean_wind_speed"));
}

#[test]
fn near_names_of_other_quantities_stay_apart() {
    let id = |name: &str, unit: &str| resolve_name(name, unit).map(|e| e.id.as_str());
    assert_eq!(
        id("全市人均地区生产总值", "元"),
        Some("general.gdp_per_capita")
    );
    assert_eq!(id("地区生产总值", "亿元"), Some("general.gdp"));
    assert_eq!(
        id("纳入疑似污染地块", "个"),
        Some("soil.suspected_contaminated_sites")
    );
    assert_eq!(
        id("整治黑臭水体", "条"),
        Some("water.black_odorous_remediated")
    );
    assert_eq!(
        id("城市黑臭水体", "条"),
        Some("water.black_odorous_water_bodies")
    );
    assert_eq!(
        id("千吨万人饮用水水源地水质达标率", "%"),
        Some("water.rural_drinking_source_compliance")
    );
    assert_eq!(
        id("水土流失治理面积", "平方公里"),
        Some("general.soil_erosion_controlled")
    );
    assert_eq!(
        id("推广新能源汽车", "辆"),
        Some("climate.new_energy_vehicles")
    );
    // not the same quantity: industrial plants, a water-source reserve, mean maxima
    assert_eq!(id("在建工业污水处理厂", "座"), None);
    assert_eq!(id("饮用水水源保护区面积", "平方公里"), None);
    assert_eq!(id("平均最高气温", "℃"), None);
}
