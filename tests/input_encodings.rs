//! The seed report in every form people have it (UTF-8, GB18030, UTF-16 with and without
//! BOM, wrapped in HTML, traditional without pinyin in Big5) normalizes to one simplified
//! text, and the practice corpus's GB18030 and Big5 copies decode to their UTF-8
//! originals.

use std::path::PathBuf;

use encoding_rs::{BIG5, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};
use regex::Regex;
use report::input::{decode, normalize};

const SEED: &str = include_str!("../fixtures/zhuhai-2021.txt");

/// The normalized text of `bytes`, checking the encoding decode reports.
fn normalized(bytes: &[u8], expected: &'static Encoding) -> String {
    let decoded = decode(bytes, None).expect("decodes");
    assert_eq!(decoded.encoding, expected);
    normalize(&decoded.text).text
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend(pair);
    }
    bytes
}

/// The seed as a web page: each line in `<p><span>`, spaces as `&nbsp;`, a document
/// wrapper on the first and last line, so the line count stays the same.
fn html_wrapped(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                let line = line.replace(' ', "&nbsp;");
                format!("<p class=\"text\"><span style=\"font-size:16px\">{line}</span></p>")
            }
        })
        .collect();
    format!("<html><body>{}</body></html>", lines.join("\n"))
}

#[test]
fn seed_normalizes_the_same_in_utf8_gb18030_utf16_and_html() {
    let expected = normalize(SEED).text;
    assert!(expected.contains("珠海市生态环境局2021年工作总结"));
    let (gb, _, unmappable) = GB18030.encode(SEED);
    assert!(!unmappable);
    assert_eq!(normalized(&gb, GB18030_OR_GBK), expected);
    assert_eq!(normalized(&utf16(SEED, false), UTF_16LE), expected);
    assert_eq!(normalized(&utf16(SEED, true), UTF_16BE), expected);
    // Without the byte-order mark, the NUL high bytes of ASCII give UTF-16 away.
    assert_eq!(normalized(&utf16(SEED, false)[2..], UTF_16LE), expected);
    assert_eq!(normalized(&utf16(SEED, true)[2..], UTF_16BE), expected);
    let html = html_wrapped(SEED);
    assert_eq!(normalized(html.as_bytes(), UTF_8), expected);
    let with_bom = [&[0xEF, 0xBB, 0xBF][..], SEED.as_bytes()].concat();
    assert_eq!(normalized(&with_bom, UTF_8), expected);
}

/// chardetng names GB18030 text `GBK`; it is read, and labelled, as GB18030.
const GB18030_OR_GBK: &Encoding = GB18030;

#[test]
fn gbk_guess_decodes_four_byte_gb18030_sequences() {
    // `𠀀` needs GB18030's four-byte form; the label says GB18030, not GBK.
    let (bytes, _, _) = GB18030.encode("珠海市生态环境局工作总结𠀀");
    let decoded = decode(&bytes, None).unwrap();
    assert_eq!(decoded.text, "珠海市生态环境局工作总结𠀀");
    assert_eq!(decoded.encoding.name(), "gb18030");
}

/// Whether Big5 can encode `c` (it has no tone-marked pinyin letters, no private-use
/// characters and not every rare character).
fn in_big5(c: &char) -> bool {
    let mut buffer = [0u8; 4];
    let (_, _, unmappable) = BIG5.encode(c.encode_utf8(&mut buffer));
    !unmappable
}

#[test]
fn traditional_without_pinyin_in_big5_normalizes_like_the_seed() {
    // Remove annotations after Chinese characters with a rule of the test's own, not the
    // library's: a parenthesis of pinyin letters right after a Han character.
    let annotation = Regex::new(r"(\p{Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)").unwrap();
    let plain = annotation.replace_all(SEED, "$1");
    assert!(!plain.contains("(tài)") && plain.contains("珠海市生態環境局"));
    // Big5 cannot hold what is left in the damaged places (tone letters, a private-use
    // character): drop those characters in both.
    let dropped: Vec<char> = plain.chars().filter(|c| !in_big5(c)).collect();
    let mut kinds = dropped.clone();
    kinds.sort_unstable();
    kinds.dedup();
    assert_eq!(kinds, ['ū', 'ǔ', '\u{E2A6}']);
    let plain: String = plain.chars().filter(|c| !dropped.contains(c)).collect();
    let (big5, _, unmappable) = BIG5.encode(&plain);
    assert!(!unmappable);
    let expected: String = normalize(SEED)
        .text
        .chars()
        .filter(|c| !dropped.contains(c))
        .collect();
    // The seed's `A(chǔ)` in a damaged place is a reading and goes; the Big5 copy lost
    // its `ǔ`, and `(ch)` has no tone mark to tell it from other letters: it stays.
    assert!(expected.contains("环?;A设施"));
    let expected = expected.replace("环?;A设施", "环?;A(ch)设施");
    assert_eq!(normalized(&big5, BIG5), expected);
}

#[test]
fn every_window_of_the_seed_is_read_in_its_encoding() {
    // The encoding is guessed from 512 bytes after any leading ASCII: windows that start
    // all over the seed, in GB18030 and in Big5, are each read in their own encoding.
    let chars: Vec<char> = SEED.chars().filter(in_big5).collect();
    for start in (0..chars.len()).step_by(300) {
        let window: String = chars[start..chars.len().min(start + 1200)].iter().collect();
        if !window
            .chars()
            .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c))
        {
            continue;
        }
        for encoding in [GB18030, BIG5] {
            let (bytes, _, unmappable) = encoding.encode(&window);
            if unmappable {
                continue;
            }
            let decoded = decode(&bytes, None).expect("decodes");
            assert_eq!(
                (decoded.encoding, decoded.text.as_str()),
                (encoding, window.as_str()),
                "window at character {start}"
            );
        }
    }
}

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; corpus test skipped", dir.display());
        None
    }
}

#[test]
fn corpus_legacy_copies_decode_to_the_utf8_originals() {
    let Some(dir) = corpus() else { return };
    for (copy, original, encoding) in [
        (
            "lianyungang-2020.gb18030.txt",
            "lianyungang-2020.txt",
            GB18030_OR_GBK,
        ),
        ("taichung-2023.big5.txt", "taichung-2023.txt", BIG5),
    ] {
        let bytes = std::fs::read(dir.join(copy)).unwrap();
        let decoded = decode(&bytes, None).unwrap();
        let expected = std::fs::read_to_string(dir.join(original)).unwrap();
        assert_eq!(decoded.encoding, encoding, "{copy}");
        assert_eq!(decoded.text, expected, "{copy}");
    }
}
