//! Category keywords (`lexicon/categories.toml`), compiled once into one automaton that
//! finds every keyword of every category in a text in a single pass.

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

use crate::model::Category;

#[derive(Debug, Deserialize)]
struct CategoryDef {
    id: Category,
    keywords: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CategoryFile {
    category: Vec<CategoryDef>,
}

/// The keywords of all categories: the automaton and, per pattern, the categories (in
/// file order) that list that keyword.
struct Keywords {
    automaton: AhoCorasick,
    orders: Vec<Vec<usize>>,
    ids: Vec<Category>,
}

fn keywords() -> &'static Keywords {
    static KEYWORDS: OnceLock<Keywords> = OnceLock::new();
    KEYWORDS.get_or_init(|| {
        let file: CategoryFile = super::lexicon_file!("categories");
        let defs = file.category;
        let mut words: Vec<&str> = Vec::new();
        let mut orders: Vec<Vec<usize>> = Vec::new();
        for (order, def) in defs.iter().enumerate() {
            for keyword in &def.keywords {
                match words.iter().position(|w| w == keyword) {
                    Some(at) => orders[at].push(order),
                    None => {
                        words.push(keyword);
                        orders.push(vec![order]);
                    }
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&words)
            .expect("category keywords build an automaton");
        Keywords {
            automaton,
            orders,
            ids: defs.iter().map(|d| d.id).collect(),
        }
    })
}

/// Where the first keyword of any category starts in `text` (`县区优良天数` → at
/// `优良天数`), read as words like [`first_with_keyword`].
pub fn first_keyword_start(text: &str) -> Option<usize> {
    kept_hits(text).into_iter().map(|(start, ..)| start).min()
}

/// The keyword hits of `text` that do not stand inside a longer hit: (start, end,
/// pattern).
fn kept_hits(text: &str) -> Vec<(usize, usize, usize)> {
    let hits: Vec<(usize, usize, usize)> = keywords()
        .automaton
        .find_overlapping_iter(text)
        .map(|hit| (hit.start(), hit.end(), hit.pattern().as_usize()))
        .collect();
    let inside_longer = |&(start, end, _): &(usize, usize, usize)| {
        hits.iter()
            .any(|&(s, e, _)| s <= start && end <= e && e - s > end - start)
    };
    hits.iter().copied().filter(|h| !inside_longer(h)).collect()
}

/// The first category (in file order) with a keyword in `text`, leaving out `except`.
/// Keywords are read as words: one that stands inside a longer keyword of the text is
/// not there (`碳` in `一氧化碳`, `水` in `水平` or `降水量`).
pub fn first_with_keyword(text: &str, except: Option<Category>) -> Option<Category> {
    let keywords = keywords();
    kept_hits(text)
        .into_iter()
        .flat_map(|(_, _, pattern)| keywords.orders[pattern].iter().copied())
        .filter(|&order| Some(keywords.ids[order]) != except)
        .min()
        .map(|order| keywords.ids[order])
}
