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
