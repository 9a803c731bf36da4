//! Non-quantities: every number-like token that is not a quantity gets a reason — year,
//! date, time, ordinal, section number, code (`PM2.5`), period (`5年来`), name or slogan
//! (`十四五`, `碧海2021`), word (`统一`), page furniture. The rules are patterns
//! (`patterns::source::non_quantity_rules`, compiled at build time), read in one pass;
//! vocabulary that no pattern can tell lives in `lexicon/nonquantities.toml`.

use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::Deserialize;
use serde::de::IntoDeserializer;

use super::number::NumberToken;
use crate::model::NonQuantityKind;
use crate::patterns::{NON_QUANTITY_RULES, ROC_YEAR_SPAN, SECTION_NUMBER};
use crate::text::Segmented;

/// A stretch of text whose numbers are of one non-quantity kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub range: Range<usize>,
    pub kind: NonQuantityKind,
    /// A quoted name gives way when a unit follows the number (`“3个100%”`).
    pub yields_to_unit: bool,
}

#[derive(Debug, Deserialize)]
struct Vocabulary {
    names: Vec<String>,
    words: Vec<String>,
    code_prefixes: Vec<String>,
    #[allow(dead_code)] // run by the tests
    negative_examples: Vec<String>,
}

crate::lexicon::lexicon_words!(fn vocabulary() -> Vocabulary = "nonquantities");

/// The examples that must yield no quantity.
pub fn negative_examples() -> &'static [String] {
    &vocabulary().negative_examples
}

/// A matcher of any of the words, the longest first where two start at one place (what
/// a regex alternation of them sorted by length finds, at a fraction of its build cost).
fn alternation(words: &[String]) -> AhoCorasick {
    let mut sorted: Vec<&String> = words.iter().collect();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostFirst)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(sorted)
        .expect("a word list builds")
}

/// Every rule's own matches, leftmost first and not overlapping: what each rule finds
/// run alone over the text. One pass asks the anchored rule set at every character
/// which rule matches there first; the rules listed after it whose last match has ended
/// are tried there too.
fn rule_matches(text: &str, mut push: impl FnMut(Range<usize>, NonQuantityKind)) {
    let rules = &NON_QUANTITY_RULES;
    let kinds = rule_kinds();
    // Where each rule's next match may start.
    let mut free = vec![0; kinds.len()];
    for (start, _) in text.char_indices() {
        let Some((first, end)) = rules.first_at(text, start) else {
            continue;
        };
        for (rule, &kind) in kinds.iter().enumerate().skip(first) {
            if free[rule] > start {
                continue;
            }
            let end = if rule == first {
                end
            } else {
                match rules.rule_at(text, start, rule) {
                    Some(end) => end,
                    None => continue,
                }
            };
            free[rule] = end;
            push(start..end, kind);
        }
    }
}

/// The kind of each non-quantity rule, as the rules name it.
fn rule_kinds() -> &'static [NonQuantityKind] {
    static KINDS: OnceLock<Vec<NonQuantityKind>> = OnceLock::new();
    KINDS.get_or_init(|| {
        NON_QUANTITY_RULES
            .kinds()
            .iter()
            .map(|&kind| {
                NonQuantityKind::deserialize(kind.into_deserializer())
                    .unwrap_or_else(|_: serde::de::value::Error| panic!("unknown kind {kind}"))
            })
            .collect()
    })
}

/// Quoted names: an opening mark, 1 to `max` characters that are neither its closing
/// mark nor a line break, then the closing mark (`“十四五”`, `《…规划》`).
const QUOTES: [(char, char, usize); 3] = [('“', '”', 15), ('《', '》', 40), ('「', '」', 15)];

/// The quoted names of the text, leftmost first and not overlapping. Scanned by hand:
/// as a regex, the bounded runs of "any character but" took longer to compile than
/// the rest of the extraction of a report takes to run.
fn quoted(text: &str) -> Vec<Range<usize>> {
    let openers = QUOTES.map(|(open, ..)| open);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find(openers) {
        let start = at + offset;
        let Some(&(open, close, max)) = QUOTES.iter().find(|q| text[start..].starts_with(q.0))
        else {
            break;
        };
        let body_start = start + open.len_utf8();
        at = body_start;
        let end = text[body_start..]
            .char_indices()
            .take(max + 1)
            .find(|&(_, c)| c == close || c == '\n');
        if let Some((length, c)) = end.filter(|&(length, c)| c == close && length > 0) {
            at = body_start + length + c.len_utf8();
            found.push(start..at);
        }
    }
    found
}
/// Finds every non-quantity span of the text.
pub fn spans(text: &str, segmented: &Segmented, roc: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut push = |range: Range<usize>, kind, yields_to_unit| {
        spans.push(Span {
            range,
            kind,
            yields_to_unit,
        })
    };
    for section in &segmented.sections {
        push(
            section.number.clone(),
            NonQuantityKind::SectionNumber,
            false,
        );
    }
    for caps in SECTION_NUMBER.captures_iter(text) {
        if let Some(m) = caps.get(1).or(caps.get(2)).or(caps.get(3)) {
            push(m.range(), NonQuantityKind::SectionNumber, false);
        }
    }
    for range in &segmented.furniture {
        push(range.clone(), NonQuantityKind::PageFurniture, false);
    }
    rule_matches(text, |range, kind| push(range, kind, false));
    if roc {
        for caps in ROC_YEAR_SPAN.captures_iter(text) {
            let year: u32 = caps[1].parse().unwrap_or(0);
            if (60..=150).contains(&year) {
                push(
                    caps.get(0).map_or(0..0, |m| m.range()),
                    NonQuantityKind::Year,
                    false,
                );
            }
        }
    }
    static NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| alternation(&vocabulary().names));
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| alternation(&vocabulary().words));
    for m in NAMES.find_iter(text) {
        push(m.range(), NonQuantityKind::Name, false);
    }
    for range in quoted(text) {
        push(range, NonQuantityKind::Name, true);
    }
    for m in WORDS.find_iter(text) {
        push(m.range(), NonQuantityKind::Word, false);
    }
    spans.sort_by_key(|s| s.range.start);
    spans
}

/// Longest span a lookup needs to look back over.
const MAX_SPAN: usize = 512;

/// Strength of a kind when spans overlap: the lower, the stronger.
fn priority(kind: NonQuantityKind) -> u8 {
    use NonQuantityKind::*;
    match kind {
        SectionNumber => 0,
        PageFurniture => 1,
        Date | Time => 2,
        Year => 3,
        Code => 4,
        Ordinal => 5,
        Period => 6,
        Name => 7,
        Word => 8,
        Change => 9,
        Unit => 10,
    }
}

/// The strongest span that contains the token.
pub fn span_of<'a>(spans: &'a [Span], token: &NumberToken) -> Option<&'a Span> {
    let after = spans.partition_point(|s| s.range.start <= token.start);
    spans[..after]
        .iter()
        .rev()
        .take_while(|s| s.range.start + MAX_SPAN >= token.start)
        .filter(|s| s.range.start <= token.start && token.end <= s.range.end)
        .min_by_key(|s| priority(s.kind))
}

/// Whether the digits of `token` belong to a chemical formula or a standard code
/// (`PM2.5`, `NO2`, `GB3095`).
pub fn is_code(text: &str, token: &NumberToken) -> bool {
    let before = &text[..token.start];
    let before = before.strip_suffix(' ').unwrap_or(before);
    let letters: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !letters.is_empty()
        && vocabulary()
            .code_prefixes
            .iter()
            .any(|p| letters == *p || letters.ends_with(p.as_str()) && letters.len() <= p.len() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::number::scan;

    /// The one-pass reading finds what each rule finds alone, overlaps included: the
    /// code `8小时第` and the ordinal `第90` share a character; two year rules both match
    /// `2019-2020年`, one with its `年`.
    #[test]
    fn one_pass_finds_what_each_rule_finds_alone() {
        let texts = [
            "臭氧8小时第90百分位浓度为163微克/立方米,2019-2020年度",
            "2021年3月5日10:30,拨打12369热线;GB 3095-2012二级标准,一、二类海水",
            "近5年来,第一批一企一策,前10强,三期工程,AQI>100,表2",
            "",
        ];
        for text in texts {
            let rules = crate::patterns::source::non_quantity_rules();
            let mut alone: Vec<(Range<usize>, NonQuantityKind)> = rules
                .iter()
                .zip(rule_kinds())
                .flat_map(|((_, pattern), &kind)| {
                    let regex = regex::Regex::new(pattern).unwrap();
                    regex
                        .find_iter(text)
                        .map(|m| (m.range(), kind))
                        .collect::<Vec<_>>()
                })
                .collect();
            let mut one_pass = Vec::new();
            rule_matches(text, |range, kind| one_pass.push((range, kind)));
            alone.sort_by_key(|(r, k)| (r.start, r.end, *k as u8));
            one_pass.sort_by_key(|(r, k)| (r.start, r.end, *k as u8));
            assert_eq!(one_pass, alone, "{text}");
        }
        let mut found = Vec::new();
        rule_matches("第90百分位,8小时第", |range, kind| {
            found.push((range, kind))
        });
        assert_eq!(
            found,
            vec![
                (0..5, NonQuantityKind::Ordinal),
                (15..25, NonQuantityKind::Code)
            ]
        );
    }

    #[test]
    fn quoted_names_are_what_the_pattern_finds() {
        let pattern =
            regex::Regex::new(r"“[^”\n]{1,15}”|《[^》\n]{1,40}》|「[^」\n]{1,15}」").unwrap();
        let fifteen = "一二三四五六七八九十一二三四五";
        let texts = [
            "“十四五”规划,《珠海市生态环境保护“十四五”规划》和「碧海2021」".to_string(),
            format!("“{fifteen}”“{fifteen}六”“”“a\nb”“x“y”"),
            format!("《{}》《{}》", fifteen.repeat(2), fifteen.repeat(3)),
            "“未闭合,“三线一单”;「」「一」》《".to_string(),
        ];
        for text in &texts {
            let expected: Vec<Range<usize>> = pattern.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(quoted(text), expected, "{text}");
        }
        assert_eq!(quoted("“十四五”").len(), 1);
    }

    fn kinds(text: &str) -> Vec<(String, Option<NonQuantityKind>)> {
        let spans = spans(text, &Segmented::default(), false);
        scan(text)
            .iter()
            .map(|t| {
                (
                    text[t.start..t.end].to_string(),
                    span_of(&spans, t).map(|s| s.kind),
                )
            })
            .collect()
    }

    fn kind(text: &str, number: &str) -> Option<NonQuantityKind> {
        kinds(text)
            .into_iter()
            .find(|(n, _)| n == number)
            .and_then(|(_, k)| k)
    }

    use NonQuantityKind::*;

    #[test]
    fn years_dates_times() {
        assert_eq!(kind("2021年处罚", "2021"), Some(Year));
        assert_eq!(kind("2022-03-31 13:24:40", "2022"), Some(Date));
        assert_eq!(kind("2022-03-31 13:24:40", "24"), Some(Time));
        assert_eq!(kind("于12月20日点火运行", "20"), Some(Date));
        assert_eq!(kind("7月1日起", "7"), Some(Date));
        assert_eq!(kind("１—６月", "１"), None); // full-width is folded before extraction
        assert_eq!(kind("1—6月,全市", "6"), Some(Date));
        assert_eq!(kind("报告(2019-2020年度)", "2020"), Some(Year));
        assert_eq!(kind("六·五世界环境日", "五"), Some(Date));
    }

    #[test]
    fn ordinals_and_periods() {
        assert_eq!(kind("第二轮交办", "二"), Some(Ordinal));
        assert_eq!(kind("第95百分位浓度", "95"), Some(Ordinal));
        assert_eq!(kind("二级行业", "二"), Some(Ordinal));
        assert_eq!(kind("达到5年来最优", "5"), Some(Period));
        assert_eq!(kind("计划五年投入", "五"), Some(Period));
    }

    #[test]
    fn names_and_slogans() {
        assert_eq!(kind("“十四五”规划", "十四五"), Some(Name));
        assert_eq!(kind("联合开展“碧海2021”专项", "2021"), Some(Name));
        assert_eq!(kind("“三线一单”", "三"), Some(Name));
        assert_eq!(kind("一企一策", "一"), Some(Name));
        assert_eq!(kind("六大攻坚行动", "六"), Some(Name));
        assert_eq!(kind("进一步统一", "一"), Some(Word));
    }

    #[test]
    fn section_numbers_by_fallback() {
        assert_eq!(kind("一、总体情况", "一"), Some(SectionNumber));
        assert_eq!(kind("(四)污染防治", "四"), Some(SectionNumber));
        assert_eq!(kind("1.蓝天保卫战", "1"), Some(SectionNumber));
        assert_eq!(kind("目标。二是争取", "二"), Some(SectionNumber));
        assert_eq!(kind("1.38万吨", "1.38"), None);
    }

    #[test]
    fn codes() {
        let text = "细颗粒物(PM2.5)和NO2,减排VOCs1.38万吨";
        let tokens = scan(text);
        let codes: Vec<&str> = tokens
            .iter()
            .filter(|t| is_code(text, t))
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(codes, vec!["2.5", "2"]);
        assert_eq!(kind("(AQI>100)天数", "100"), Some(Code));
    }

    #[test]
    fn identifiers_and_references() {
        assert_eq!(kind("电话:0756-2123456,", "2123456"), Some(Code));
        assert_eq!(kind("可随时拨打12369环保举报热线", "12369"), Some(Code));
        // Page footers.
        assert_eq!(kind("备案号:京ICP备12345678号-1", "12345678"), Some(Code));
        assert_eq!(
            kind("京公网安备11010502030123号", "11010502030123"),
            Some(Code)
        );
        assert_eq!(kind("网站标识码:1101000012", "1101000012"), Some(Code));
        assert_eq!(
            kind("地址:某市人民路88号 邮编:123456", "123456"),
            Some(Code)
        );
        assert_eq!(kind("地址:某市人民路88号", "88"), Some(Code));
        assert_eq!(kind("通过12369热线举报", "12369"), Some(Code));
        assert_eq!(
            kind(
                "网址:http://www.example.gov.cn/hbj/2021/0315/art_123.html",
                "0315"
            ),
            Some(Code)
        );
        assert_eq!(kind("标准(GB 3095-2012)", "2012"), Some(Code));
        assert_eq!(kind("见表1、图2。", "2"), Some(Ordinal));
        assert_eq!(kind("任务;(2)新建监测站2座", "2"), Some(SectionNumber));
        assert_eq!(kind("常住人口1234567人", "1234567"), None);
    }

    #[test]
    fn roc_years_only_in_roc_text() {
        let text = "112年台中市";
        let t = &scan(text)[0];
        let roc = spans(text, &Segmented::default(), true);
        assert_eq!(span_of(&roc, t).map(|s| s.kind), Some(Year));
        // Elsewhere a number of years is a period, not a calendar year.
        let plain = spans(text, &Segmented::default(), false);
        assert_eq!(span_of(&plain, t).map(|s| s.kind), Some(Period));
    }
}
