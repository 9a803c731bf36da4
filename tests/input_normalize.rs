//! Normalization of the seed report (facts checked by reading the file) and the offset
//! map back to the input's own lines and columns.

use report::input::{DamageKind, Position, decode, normalize};

const SEED: &str = include_str!("../fixtures/zhuhai-2021.txt");

fn at(line: usize, column: usize) -> Position {
    Position { line, column }
}

#[test]
fn seed_counts_per_step() {
    let t = normalize(SEED).transformations;
    // 1038 parenthesized readings in the file; the one after `A` is glued to damage,
    // and goes once the damaged place is known.
    assert_eq!(t.pinyin_annotations, 1038);
    assert_eq!((t.html_tags, t.html_entities, t.fullwidth_chars), (0, 0, 0));
    assert_eq!(t.traditional_chars, 1769);
    assert_eq!(t.damaged, 3);
}

#[test]
fn seed_keeps_its_lines_and_reads_as_simplified() {
    let normalized = normalize(SEED);
    let text = &normalized.text;
    assert_eq!(text.matches('\n').count(), SEED.matches('\n').count());
    for expected in [
        "珠海市生态环境局2021年工作总结及2022年工作计划",
        "空气质量指数(AQI)达标率95.1%,同比提升1.7个百分点",
        "3324.37万元",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
    assert!(!text.contains("(tài)") && !text.contains("態"));
}

#[test]
fn seed_damaged_places_with_their_lines() {
    let normalized = normalize(SEED);
    let places: Vec<(usize, usize, DamageKind, &str)> = normalized
        .damage
        .iter()
        .map(|d| {
            let p = normalized.map.locate(d.start);
            (p.line, p.column, d.kind, d.text.as_str())
        })
        .collect();
    // Lines and columns read off the file: line 43 `“六?!薄?/strong>規`, line 53
    // `領域?qū)n}建設`, line 95 `環?;\u{E2A6}A(chǔ)設施`.
    assert_eq!(
        places,
        vec![
            (43, 22, DamageKind::ReplacementChar, "?!薄?/strong>"),
            (53, 199, DamageKind::ReplacementChar, "?qū)n}"),
            (95, 120, DamageKind::ReplacementChar, "?;\u{E2A6}A"),
        ]
    );
    // The damaged text stays in the normalized text, after simplification around it;
    // the reading glued after its `A` goes like every other reading.
    assert!(normalized.text.contains("领域?qū)n}建设"));
    assert!(normalized.text.contains("环?;\u{E2A6}A设施"));
}

#[test]
fn a_character_after_a_removed_annotation_maps_to_its_column() {
    let normalized = normalize("生態(tài)環(huán)境局\n局(jú)長(zhǎng)說");
    assert_eq!(normalized.text, "生态环境局\n局长说");
    let find = |c: char| normalized.text.find(c).unwrap();
    assert_eq!(normalized.map.locate(find('态')), at(1, 2));
    assert_eq!(normalized.map.locate(find('环')), at(1, 8));
    assert_eq!(normalized.map.locate(find('境')), at(1, 15));
    assert_eq!(normalized.map.locate(find('长')), at(2, 6));
    assert_eq!(normalized.map.locate(find('说')), at(2, 14));
    assert_eq!(normalized.map.locate(normalized.text.len()), at(2, 15));
}

#[test]
fn seed_positions_map_to_the_original_columns() {
    let normalized = normalize(SEED);
    // Line 11: `空氣質(zhì)量指數(shù)(AQI)達(dá)標(biāo)率95.1%`: 達 is character 22, 9 is 35.
    let original_line = SEED.lines().nth(10).unwrap();
    let column = original_line.find("達(dá)標(biāo)率95.1%").unwrap();
    assert_eq!(original_line[..column].chars().count() + 1, 22);
    let offset = normalized.text.find("达标率95.1%").unwrap();
    assert_eq!(normalized.map.locate(offset), at(11, 22));
    let nine = normalized.text.find("95.1%").unwrap();
    assert_eq!(normalized.map.locate(nine), at(11, 35));
}

#[test]
fn full_width_input_maps_each_character() {
    let normalized = normalize("（一）ＰＭ２．５为３５．５微克\n达标率８０．７％");
    assert_eq!(normalized.text, "(一)PM2.5为35.5微克\n达标率80.7%");
    let p = |s: &str| normalized.map.locate(normalized.text.find(s).unwrap());
    assert_eq!(p("PM"), at(1, 4));
    assert_eq!(p("为"), at(1, 9));
    assert_eq!(p("35.5"), at(1, 10));
    assert_eq!(p("80.7"), at(2, 4));
    assert_eq!(p("%"), at(2, 8));
}

#[test]
fn crlf_line_ends_map_to_the_lines() {
    let normalized = normalize("第一行\r\n第二(èr)行\r\n\r\n第四行");
    assert_eq!(normalized.text, "第一行\n第二行\n\n第四行");
    let p = |s: &str| normalized.map.locate(normalized.text.find(s).unwrap());
    assert_eq!(p("第二"), at(2, 1));
    assert_eq!(p("行\n\n"), at(2, 7));
    assert_eq!(p("第四"), at(4, 1));
    assert_eq!(normalized.map.locate(normalized.text.len()), at(4, 4));
}

#[test]
fn a_byte_order_mark_is_not_a_column() {
    let bytes = [&[0xEF, 0xBB, 0xBF][..], "甲乙\n丙".as_bytes()].concat();
    let decoded = decode(&bytes, None).unwrap();
    let normalized = normalize(&decoded.text);
    assert_eq!(normalized.map.locate(0), at(1, 1));
    assert_eq!(normalized.map.locate(3), at(1, 2));
    assert_eq!(normalized.map.locate(7), at(2, 1));
}

#[test]
fn html_around_text_maps_past_the_tags() {
    let normalized = normalize("<p><strong>达标率</strong>&nbsp;95.1%</p>\n<br>下一行");
    assert_eq!(normalized.text, "达标率 95.1%\n下一行");
    let p = |s: &str| normalized.map.locate(normalized.text.find(s).unwrap());
    assert_eq!(p("达标率"), at(1, 12));
    assert_eq!(p(" 95"), at(1, 24));
    assert_eq!(p("95"), at(1, 30));
    assert_eq!(p("下一行"), at(2, 5));
}

#[test]
fn every_offset_maps_inside_the_input() {
    let normalized = normalize(SEED);
    let lines: Vec<usize> = SEED.split('\n').map(|l| l.chars().count()).collect();
    for (offset, _) in normalized.text.char_indices() {
        let p = normalized.map.locate(offset);
        assert!(p.line <= lines.len(), "offset {offset}: {p:?}");
        assert!(p.column <= lines[p.line - 1] + 1, "offset {offset}: {p:?}");
    }
}

#[test]
fn normalized_line_numbers_equal_input_line_numbers() {
    let normalized = normalize(SEED);
    for (offset, c) in normalized.text.char_indices() {
        if c == '\n' {
            continue;
        }
        let line = normalized.text[..offset].matches('\n').count() + 1;
        assert_eq!(normalized.map.locate(offset).line, line);
    }
}
