//! Property tests for hostile input, through the public API: decoding, normalization and
//! the whole analysis never panic on any input; the offset map always points into the
//! input; normalizing twice equals normalizing once; numbers formatted and re-read give
//! back the same value. Inputs are drawn from an alphabet of what reports contain
//! (Han characters in both scripts, pinyin annotations, HTML, full-width forms, digits,
//! Chinese numerals, units, line ends) so the cases reach deep into the pipeline.

use proptest::prelude::*;
use report::extract::number::{parse_chinese, scan};
use report::extract::parse_quantity;
use report::input::{decode, normalize};
use report::{Options, analyze};
use rust_decimal::Decimal;

/// Pieces of report text; a case is a sequence of them.
const PIECES: &[&str] = &[
    "態(tài)",
    "環境",
    "空气质量",
    "优良率",
    "达标率",
    "(AQI)",
    "(表)",
    "<p>",
    "</p>",
    "&amp;",
    "&lt;",
    "&#20013;",
    "&#x4E2D;",
    "<b",
    "１２",
    "％",
    "，",
    "。",
    "；",
    "、",
    "\n",
    "\r\n",
    "\r",
    "95.1",
    "1,570",
    "3324.37",
    "2021年",
    "一",
    "十一",
    "两",
    "三千二百",
    "百分之",
    "点五",
    "万",
    "亿",
    "吨",
    "元",
    "万元",
    "亿元",
    "个百分点",
    "件",
    "同比",
    "增长",
    "下降",
    "以上",
    "约",
    "一、",
    "（一）",
    "1.",
    "?",
    "\u{FFFD}",
    " ",
    "\t",
    "ā",
    "é",
    "(",
    ")",
    "（",
    "）",
    "0",
    "9",
    "-",
    "%",
    "第",
    "十四五",
];

fn report_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
        ],
        0..120,
    )
    .prop_map(|pieces| pieces.concat())
}

/// The input position of every character boundary of the normalized text (and one
/// past its end) lies inside the input: a real line, a column within that line.
fn assert_positions_in_input(input: &str) {
    let normalized = normalize(input);
    let lines: Vec<&str> = input.split('\n').collect();
    let text = &normalized.text;
    let offsets = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len(), text.len() + 10]);
    for offset in offsets {
        let original = normalized.map.original_offset(offset);
        assert!(original <= input.len(), "offset {offset} → {original}");
        assert!(
            input.is_char_boundary(original),
            "offset {offset} → {original}"
        );
        let at = normalized.map.locate(offset);
        assert!(
            (1..=lines.len()).contains(&at.line),
            "offset {offset} → line {}",
            at.line
        );
        let line_chars = lines[at.line - 1].chars().count();
        assert!(
            (1..=line_chars + 1).contains(&at.column),
            "offset {offset} → {}:{} (line has {line_chars} chars)",
            at.line,
            at.column
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode(&bytes, None);
        for forced in [encoding_rs::GB18030, encoding_rs::BIG5, encoding_rs::UTF_16LE] {
            let _ = decode(&bytes, Some(forced));
        }
    }

    #[test]
    fn the_offset_map_always_maps_into_the_input(input in report_text()) {
        assert_positions_in_input(&input);
    }

    /// HTML is the one step that must not be repeated: `&lt;p&gt;` is the text `<p>`, which
    /// a second pass would take for a tag. So the property holds for text whose markup
    /// characters (in both widths) are gone.
    #[test]
    fn normalizing_twice_equals_normalizing_once(input in report_text()) {
        let input: String = input.chars().filter(|c| !"<>&＜＞＆".contains(*c)).collect();
        let once = normalize(&input).text;
        let twice = normalize(&once).text;
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn arabic_numbers_formatted_and_scanned_round_trip(
        mantissa in 0i64..1_000_000_000_000,
        scale in 0u32..6,
    ) {
        let value = Decimal::new(mantissa, scale);
        let written = report::render::number::decimal(value);
        let text = format!("达标率{written}%，");
        let tokens = scan(&text);
        prop_assert_eq!(tokens.len(), 1, "{}", text);
        prop_assert_eq!(tokens[0].value, Some(value));
    }

    #[test]
    fn quantities_with_scale_words_round_trip(mantissa in 0i64..100_000_000, scale in 0u32..4) {
        let value = Decimal::new(mantissa, scale);
        let written = format!("{}万吨", report::render::number::decimal(value));
        let quantity = parse_quantity(&written).expect("a quantity");
        prop_assert_eq!(quantity.value, value);
        prop_assert_eq!(quantity.base_value, value * Decimal::from(10_000));
        prop_assert_eq!(quantity.base_unit.as_str(), "吨");
    }

    #[test]
    fn chinese_numerals_formatted_and_parsed_round_trip(n in 0u64..1_000_000_000_000) {
        use chinese_number::{ChineseCase, ChineseCountMethod, ChineseVariant, NumberToChinese};
        let numerals = n
            .to_chinese(ChineseVariant::Simple, ChineseCase::Lower, ChineseCountMethod::TenThousand)
            .expect("in range");
        prop_assert_eq!(parse_chinese(&numerals), Some(Decimal::from(n)), "{}", numerals);
    }
}

proptest! {
    // The whole pipeline is slower per case; fewer cases, same alphabet.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn analysis_of_any_text_never_panics_and_exports_finite_json(input in report_text()) {
        let options = Options { path: "case.txt".to_string(), encoding: None };
        if let Ok(report) = analyze(input.as_bytes(), &options) {
            let json = serde_json::to_string(&report).expect("serializable");
            prop_assert!(!json.contains("inf") && !json.contains("NaN"), "{}", json);
            let lines = input.split('\n').count();
            for indicator in &report.indicators {
                prop_assert!((1..=lines).contains(&indicator.quantity.line));
            }
        }
    }

    #[test]
    fn analysis_of_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let options = Options { path: "case.txt".to_string(), encoding: None };
        let _ = analyze(&bytes, &options);
    }
}

/// Regression (offset-map property): the end of an input of exactly 512 bytes, a whole
/// block of the character index, underflowed the column count.
#[test]
fn the_end_of_a_512_byte_input_is_past_its_last_column() {
    let input = "a".repeat(512);
    let at = normalize(&input).map.locate(512);
    assert_eq!((at.line, at.column), (1, 513));
}

/// Regression (idempotence property): `\r\r\n` left `\r\n`, which a second pass changed.
#[test]
fn a_run_of_carriage_returns_before_a_line_feed_goes_at_once() {
    assert_eq!(normalize("一\r\r\n二").text, "一\n二");
}
