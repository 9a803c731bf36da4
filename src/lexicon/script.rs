//! Chinese script: traditional → simplified conversion with OpenCC's dictionaries
//! through the `hanconv` crate (phrases first, so 乾隆 and 著名 stay while 乾淨 → 干净;
//! 臺 → 台). Normalization converts whole reports with it, and names are compared after
//! it; the characters that start no dictionary entry are copied in runs.

use std::sync::LazyLock;

use hanconv::{Converters, Dictionary, Trie};

/// The traditional → simplified dictionary and the characters its entries start with.
struct Dictionaries {
    trie: &'static Trie<&'static str>,
    /// One bit per code point below the largest first character.
    starts: Vec<u64>,
}

static T2S: LazyLock<Dictionaries> = LazyLock::new(|| {
    let trie = Converters::T2S.dictionaries()[0];
    let mut starts = Vec::new();
    for (key, _) in Dictionary::TSPhrases
        .iter()
        .chain(Dictionary::TSCharacters.iter())
    {
        if let Some(c) = key.chars().next() {
            let (word, bit) = (c as usize / 64, c as usize % 64);
            if starts.len() <= word {
                starts.resize(word + 1, 0);
            }
            starts[word] |= 1 << bit;
        }
    }
    Dictionaries { trie, starts }
});

impl Dictionaries {
    fn starts_entry(&self, c: char) -> bool {
        let (word, bit) = (c as usize / 64, c as usize % 64);
        self.starts.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }
}

/// `hanconv::t2s`, the same conversion (the longest dictionary entry at each place,
/// else the character as it is), with the characters that start no entry copied in
/// runs instead of looked up one by one in the dictionary.
pub fn t2s(text: &str) -> String {
    let dictionaries = &*T2S;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((at, c)) = rest
        .char_indices()
        .find(|&(_, c)| dictionaries.starts_entry(c))
    {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let mut chars = rest.chars();
        match dictionaries.trie.r#match(chars.clone()) {
            Some((converted, length)) => {
                out.push_str(converted);
                chars.nth(length - 1);
            }
            None => {
                out.push(c);
                chars.next();
            }
        }
        rest = chars.as_str();
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversion_is_hanconvs() {
        for text in [
            "生態環境局\n臺灣乾淨\n乾隆著名",
            "2021年空氣品質AQI>100,PM2.5濃度為17.7微克/立方公尺。",
            "简体文本不变,只有个别繁體字",
            "",
            "𠀀𪚥薴苧",
        ] {
            assert_eq!(t2s(text), hanconv::t2s(text), "{text}");
        }
    }
}
