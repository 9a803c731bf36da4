//! Property tests for hostile input, through the public API: decoding, normalization and
//! the whole analysis never panic on any input; the offset map always points into the
//! input; normalizing twice equals normalizing once; numbers formatted and re-read give
//! back the same value. Inputs are drawn from an alphabet of what reports contain
//! (Han characters in both scripts, pinyin annotations, HTML, full-width forms, digits,
//! Chinese numerals, units, line ends) so the cases reach deep into the pipeline.

use proptest::prelude::*;
use report::extract::number::{parse_chinese, scan};
use report::extract::parse_quantity;
use report::input::{LineIndex, decode, normalize};
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
    // Lines as the input defines them (LF, CRLF or a lone CR), line ends included.
    let starts = LineIndex::new(input).starts().to_vec();
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
            (1..=starts.len()).contains(&at.line),
            "offset {offset} → line {}",
            at.line
        );
        let end = starts.get(at.line).copied().unwrap_or(input.len());
        let line_chars = input[starts[at.line - 1]..end].chars().count();
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
            let lines = LineIndex::new(&input).starts().len();
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

/// Unit-like ASCII tokens (`m3`, `km2`, `mg/L`) written between numbers: `10m2处` made
/// two quantities overlap and naming slice backwards (a panic).
fn numbers_around_ascii_units() -> impl Strategy<Value = String> {
    let number = prop::sample::select(&["10", "2", "12.5", "0.3", "1,570", "95.1"][..]);
    let token = prop::sample::select(
        &[
            "m", "m2", "m3", "km2", "mg/L", "mg/m3", "μg/m3", "t", "kg", "%",
        ][..],
    );
    let after =
        prop::sample::select(&["处", "吨", "万吨", "个", "、", "和", "", "。", "m3", "亿元"][..]);
    let filler = prop::sample::select(&["扬尘监测点", "新增", "分别为", "面积", "", "达"][..]);
    prop::collection::vec((filler, number.clone(), token, number, after), 1..12).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(f, a, t, b, u)| format!("{f}{a}{t}{b}{u}"))
            .collect()
    })
}

/// Lines joined by one of the line ends, chosen per line.
fn with_line_ends(lines: Vec<String>, ends: Vec<&str>) -> String {
    lines
        .iter()
        .zip(ends.iter().cycle())
        .map(|(line, end)| format!("{line}{end}"))
        .collect()
}

/// What the analysis found, by place: the same text with other line ends must give it.
fn found(text: &str) -> Vec<(usize, usize, String, String)> {
    let options = Options {
        path: "case.txt".to_string(),
        encoding: None,
    };
    analyze(text.as_bytes(), &options).map_or_else(
        |e| vec![(0, 0, e.to_string(), String::new())],
        |report| {
            report
                .indicators
                .iter()
                .map(|i| {
                    (
                        i.quantity.line,
                        i.quantity.column,
                        i.quantity.value.to_string(),
                        i.quantity.unit.clone(),
                    )
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn numbers_around_ascii_units_never_panic(text in numbers_around_ascii_units()) {
        let options = Options { path: "case.txt".to_string(), encoding: None };
        // Text without Han characters may be refused; it must not panic.
        if let Ok(report) = analyze(text.as_bytes(), &options) {
            let columns = text.chars().count();
            for indicator in &report.indicators {
                prop_assert_eq!(indicator.quantity.line, 1);
                prop_assert!((1..=columns).contains(&indicator.quantity.column));
            }
        }
    }

    #[test]
    fn cr_crlf_and_mixed_line_ends_read_like_lf(
        lines in prop::collection::vec(numbers_around_ascii_units(), 1..6),
        ends in prop::collection::vec(prop::sample::select(&["\r", "\r\n", "\n", "\r\r\n"][..]), 1..4),
    ) {
        let lf = with_line_ends(lines.clone(), vec!["\n"]);
        prop_assert_eq!(found(&with_line_ends(lines, ends)), found(&lf));
    }
}

/// Regression (fuzzing, issue 19): `number, m, number, unit` overlapped two quantities.
#[test]
fn a_unit_with_a_digit_between_numbers_is_one_quantity() {
    for (text, value, unit) in [
        ("扬尘监测点10m2处", "10", "m2"),
        ("2m3吨", "2", "m3"),
        ("12.5m3万吨", "12.5", "m3"),
    ] {
        let found = found(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            (found[0].2.as_str(), found[0].3.as_str()),
            (value, unit),
            "{text}"
        );
    }
}
