//! The library's sentences in the chosen language: audit findings and their notes, the
//! extraction's diagnostics, `check` reasons and `diff` notes. The library writes them
//! in English, and this catalogue is keyed by their English patterns as gettext is by
//! its msgids; a pattern's slots say what fills them, so a figure's units read in English
//! under `en` while the report's own words stay as written. A sentence no pattern
//! matches is shown as it is (the language tests catch one).

use super::Lang;
use crate::render::units;

/// English pattern and Chinese sentence. In the pattern, `{}` is a figure or an
/// expression of figures (its units in English under `en`), `{t}` the report's own text
/// (kept as written), `{w}` a word of [`WORDS`], `{u}` a bare unit; two slots never touch.
/// The Chinese sentence names the slots by position, `{0}` to `{9}`. More specific
/// patterns come first.
const CATALOGUE: &[(&str, &str)] = &[
    // Extraction: damaged text and numbers it could not account for.
    (
        "damaged text `{t}`: a replacement character stands where a Chinese character was lost",
        "损坏文字`{0}`:替换字符占了丢失汉字的位置",
    ),
    (
        "damaged text `{t}`: a pinyin reading follows a character that cannot carry it",
        "损坏文字`{0}`:拼音注音跟在不能带注音的字符之后",
    ),
    (
        "left as is: the original characters cannot be recovered from the text",
        "原样保留:原来的字符无法从文本中恢复",
    ),
    (
        "number `{t}` is neither a quantity nor a known kind of non-quantity",
        "数字`{0}`既不是数量,也不属于已知的非数量类别",
    ),
    (
        "a number of {} digits is too {w} to read; not taken as a quantity",
        "{0}位数字过{1},无法读取;不作为数量",
    ),
    // capacity-vs-load
    (
        "{} a year is {} on average; {} ({t}) is {}% of it",
        "全年{0}即日均{1};{2}({3})是日均的{4}%",
    ),
    ("{} (line {}) / {} days = {}", "{0}(第{1}行)÷ {2}天 = {3}"),
    // change-direction, decrease-over-100
    (
        "`{t}`: the word says {w}, the negative figure says the opposite",
        "`{0}`:文字说{1},负数却相反",
    ),
    (
        "`{t}` says {w}, but the change was read as {w}",
        "`{0}`说{1},但变化读作{2}",
    ),
    (
        "a change's word and its sign must agree",
        "变化的文字与正负号应当一致",
    ),
    (
        "`{t}`: a fall of {}% would leave less than nothing",
        "`{0}`:下降{1}%将少于零",
    ),
    // negative-count, share-over-100
    ("negative count: {t} is {}", "计数为负:{0}为{1}"),
    ("share above 100%: {t} is {}%", "占比超过100%:{0}为{1}%"),
    (
        "a share of a whole lies between 0% and 100%",
        "整体中的占比应在0%到100%之间",
    ),
    // sum-mismatch, part-exceeds-whole and their rounding
    (
        "parts do not add up: {} = {}, not {}",
        "各部分相加不符:{0} = {1},而非{2}",
    ),
    (
        "{} = {} holds only within rounding, against {}",
        "{0} = {1},与{2}仅在舍入范围内相符",
    ),
    ("part exceeds its whole: {} > {}", "部分超过整体:{0} > {1}"),
    (
        "whole counts: no rounding to allow for",
        "整数计数:无舍入误差",
    ),
    (
        "with rounding, the parts add up to {}; the whole {} is {}",
        "计入舍入,各部分之和在{0};整体{1}在{2}",
    ),
    // ratio-mismatch
    ("ratio does not hold: {}, not {}", "比例不成立:{0},而非{1}"),
    (
        "{} holds only within rounding: {}, which prints as {}%",
        "{0}仅在舍入范围内成立:{1},四舍五入为{2}%",
    ),
    (
        "with {} in {} and {} in {}, the ratio lies in {}%",
        "{0}在{1}内、{2}在{3}内时,比例在{4}%内",
    ),
    // rate-vs-days
    ("the days counted: {} at line {}", "计入的天数:第{1}行的{0}"),
    ("{} does not match the days: {}", "{0}与天数不符:{1}"),
    (
        "the rate fits a year of {}…{} valid monitoring days, not {}",
        "该比率对应全年{0}…{1}个有效监测日,而非{2}",
    ),
    (
        "no count of valid monitoring days up to {} gives {}",
        "不超过{0}的有效监测日数都得不出{1}",
    ),
    // prior-not-integer
    (
        "implied {w} count is not a whole number: {}",
        "推算的{0}年计数不是整数:{1}",
    ),
    ("implied {w} count: {}", "推算的{0}年计数:{1}"),
    (
        "with {}% in {}, the {w} count lies in {}",
        "{0}%在{1}内时,{2}年计数在{3}内",
    ),
    // target-missed
    ("target {w}: {}", "目标{0}:{1}"),
    ("target {}, actual {}", "目标 {0},实际 {1}"),
    (
        "the model says `{w}`; the numbers say `{w}`",
        "模型记为“{0}”,数字表明“{1}”",
    ),
    // Verified checks (`validate --all`).
    ("{} = {} holds", "{0} = {1} 成立"),
    ("{} ≤ {} holds", "{0} ≤ {1} 成立"),
    ("{} holds: {}", "{0}成立:{1}"),
    // check: why a target is not met
    ("{t} not found in the report", "报告中没有{0}"),
    (
        "the report states no target for {t}",
        "报告没有给出{0}的目标",
    ),
    (
        "the report's target (line {}) is {w}",
        "报告的目标(第{0}行){1}",
    ),
    (
        "a target in {u} cannot be compared with the report's {u}",
        "以{0}为单位的目标无法与报告的{1}比较",
    ),
    ("{} may or may not be in {}", "{0}可能在也可能不在{1}内"),
    ("{} may or may not be {}", "{0}可能满足也可能不满足{1}"),
    (
        "no year-on-year change stated that can be compared",
        "报告没有可比较的同比变化",
    ),
    ("change {} is not in {}", "变化{0}不在{1}内"),
    ("change {} is not {}", "变化{0}不满足{1}"),
    ("{} is not in {}", "{0}不在{1}内"),
    ("{} is not {}", "{0}不满足{1}"),
    // check: a target's generated label (`targets.toml` without `label`)
    ("{t} change {}", "{0} 变化 {1}"),
    ("{t} status {w}", "{0} 状态为{1}"),
    ("{t} in {}", "{0} 在 {1} 内"),
    // diff: why a stated change cannot be checked against OLD
    ("NEW's change is not year-on-year", "新报告所述变化不是同比"),
    ("a bound, not a value", "是界限而非数值"),
    (
        "OLD and NEW are in units that do not convert",
        "新旧报告的单位无法换算",
    ),
    ("OLD is zero: no relative change", "旧报告为零,无相对变化"),
    ("the relative change is out of range", "相对变化超出范围"),
    (
        "the change is in another unit than the value",
        "变化与数值的单位不同",
    ),
    (
        "OLD is about {}, not the year before {}",
        "旧报告是{0}年的,而非{1}年的上一年",
    ),
];

/// Words that fill `{w}` slots, in English and Chinese; a word not listed (a year) stays.
const WORDS: &[(&str, &str)] = &[
    ("up", "上升"),
    ("down", "下降"),
    ("flat", "持平"),
    ("met", "达成"),
    ("missed", "未达成"),
    ("open", "待定"),
    ("small", "小"),
    ("large", "大"),
    ("prior", "上一"),
];

/// What fills a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Figure,
    Text,
    Word,
    Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece<'a> {
    Literal(&'a str),
    Slot(Slot),
}

/// The pieces of an English pattern.
fn pieces(pattern: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        if open > 0 {
            out.push(Piece::Literal(&rest[..open]));
        }
        out.push(Piece::Slot(match &rest[open + 1..close] {
            "t" => Slot::Text,
            "w" => Slot::Word,
            "u" => Slot::Unit,
            _ => Slot::Figure,
        }));
        rest = rest.get(close + 1..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push(Piece::Literal(rest));
    }
    out
}

/// The texts filling the slots when `text` matches `pieces`, trying every place a
/// literal after a slot occurs.
fn fill<'t>(pieces: &[Piece<'_>], text: &'t str, args: &mut Vec<(Slot, &'t str)>) -> bool {
    match pieces {
        [] => text.is_empty(),
        [Piece::Literal(literal), rest @ ..] => text
            .strip_prefix(literal)
            .is_some_and(|after| fill(rest, after, args)),
        [Piece::Slot(slot)] => {
            args.push((*slot, text));
            !text.is_empty()
        }
        [Piece::Slot(slot), rest @ ..] => {
            let Some(Piece::Literal(next)) = rest.first() else {
                return false;
            };
            for (at, _) in text.match_indices(next).filter(|(at, _)| *at > 0) {
                args.push((*slot, &text[..at]));
                if fill(rest, &text[at..], args) {
                    return true;
                }
                args.pop();
            }
            false
        }
    }
}

/// A slot's text in `lang`.
fn show(slot: Slot, text: &str, lang: Lang) -> String {
    match (slot, lang) {
        (Slot::Figure, Lang::En) => units::in_english(text),
        (Slot::Unit, Lang::En) => units::unit_in_english(text),
        (Slot::Word, Lang::Zh) => WORDS
            .iter()
            .find(|(en, _)| *en == text)
            .map_or(text, |(_, zh)| zh)
            .to_string(),
        _ => text.to_string(),
    }
}

/// A sentence of the library in `lang`: Chinese from the catalogue under `zh`, and under
/// `en` the same sentence with the figures' units in English. A sentence the catalogue
/// does not know is returned as it is.
pub fn sentence(text: &str, lang: Lang) -> String {
    for (en, zh) in CATALOGUE {
        let pattern = pieces(en);
        let mut args = Vec::new();
        if !fill(&pattern, text, &mut args) {
            continue;
        }
        let shown: Vec<String> = args
            .iter()
            .map(|(slot, arg)| show(*slot, arg, lang))
            .collect();
        return match lang {
            Lang::Zh => {
                let mut out = (*zh).to_string();
                for (i, arg) in shown.iter().enumerate() {
                    out = out.replace(&format!("{{{i}}}"), arg);
                }
                out
            }
            Lang::En => {
                let mut args = shown.into_iter();
                pattern
                    .iter()
                    .map(|piece| match piece {
                        Piece::Literal(literal) => (*literal).to_string(),
                        Piece::Slot(_) => args.next().unwrap_or_default(),
                    })
                    .collect()
            }
        };
    }
    text.to_string()
}

/// Whether the catalogue has a pattern for `text`.
pub fn is_known(text: &str) -> bool {
    CATALOGUE
        .iter()
        .any(|(en, _)| fill(&pieces(en), text, &mut Vec::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_is_well_formed() {
        for (en, zh) in CATALOGUE {
            let pattern = pieces(en);
            let slots = pattern
                .iter()
                .filter(|p| matches!(p, Piece::Slot(_)))
                .count();
            for pair in pattern.windows(2) {
                let touching = matches!(pair, [Piece::Slot(_), Piece::Slot(_)]);
                assert!(!touching, "two slots touch in {en}");
            }
            for i in 0..slots {
                assert!(zh.contains(&format!("{{{i}}}")), "{zh} lacks {{{i}}}");
            }
            assert!(
                !zh.contains(&format!("{{{slots}}}")),
                "{zh} has too many slots"
            );
        }
    }

    #[test]
    fn a_finding_reads_in_chinese_with_its_figures() {
        let message = "5268.88吨 a year is 14.44吨/日 on average; 16吨/日 (新增医疗废物处置能力) is 111% of it";
        assert_eq!(
            sentence(message, Lang::Zh),
            "全年5268.88吨即日均14.44吨/日;16吨/日(新增医疗废物处置能力)是日均的111%"
        );
        assert_eq!(
            sentence(message, Lang::En),
            "5268.88 t a year is 14.44 t/d on average; 16 t/d (新增医疗废物处置能力) is 111% of it"
        );
    }

    #[test]
    fn words_in_slots_are_translated_and_report_text_is_kept() {
        assert_eq!(
            sentence(
                "`同比上升3.4%` says up, but the change was read as down",
                Lang::Zh
            ),
            "`同比上升3.4%`说上升,但变化读作下降"
        );
        assert_eq!(
            sentence("implied 2020 count: 77件", Lang::Zh),
            "推算的2020年计数:77件"
        );
        assert_eq!(
            sentence("implied prior count is not a whole number: 76.92", Lang::Zh),
            "推算的上一年计数不是整数:76.92"
        );
    }

    #[test]
    fn check_reasons_read_in_both_languages() {
        let reason = "3324.37万元 is not >= 5000万元";
        assert_eq!(sentence(reason, Lang::Zh), "3324.37万元不满足>= 5000万元");
        assert_eq!(
            sentence(reason, Lang::En),
            "3324.37 ×10k yuan is not >= 5000 ×10k yuan"
        );
        assert_eq!(
            sentence("27.33万吨 is not in [10万吨, 30万吨]", Lang::Zh),
            "27.33万吨不在[10万吨, 30万吨]内"
        );
        assert_eq!(
            sentence(
                "a target in 万吨 cannot be compared with the report's %",
                Lang::En
            ),
            "a target in ×10k t cannot be compared with the report's %"
        );
    }

    #[test]
    fn an_unknown_sentence_is_kept() {
        assert_eq!(sentence("something new", Lang::Zh), "something new");
        assert!(!is_known("something new"));
        assert!(is_known("a bound, not a value"));
    }
}
