//! The lexicon data files run their own examples: indicator names resolve to their ids,
//! unit examples parse to their units.

use report::extract::{parse_quantity, unit};
use report::lexicon::{indicators, resolve_name};

#[test]
fn indicator_examples_resolve_to_their_ids() {
    for entry in indicators() {
        for example in &entry.examples {
            let found = resolve_name(example, &entry.unit).map(|e| e.id.as_str());
            assert_eq!(found, Some(entry.id.as_str()), "example `{example}`");
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
