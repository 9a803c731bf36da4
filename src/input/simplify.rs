//! Traditional → simplified Chinese as a normalization step: the converter
//! ([`crate::lexicon::script::t2s`]) runs once over the whole text; its output is then aligned with the input line by line
//! (conversion never touches line breaks) and character by character, recording an edit
//! only where a character changes its byte length, so the offset map stays small.

use std::borrow::Cow;

use super::rewrite::Step;
use crate::lexicon::script::t2s;

/// Conversion rounds after the first, until the text no longer changes.
const MAX_ROUNDS: usize = 3;

/// Converts traditional characters to simplified ones; `count` is characters changed.
pub fn to_simplified(text: &str) -> Step<'_> {
    let mut converted = t2s(text);
    if converted == text {
        return Step {
            text: Cow::Borrowed(text),
            ..Step::default()
        };
    }
    // A few dictionary entries convert into characters that convert again (薴 → 苧 →
    // 苎); normalizing must give text that normalizing leaves alone.
    for _ in 0..MAX_ROUNDS {
        let again = t2s(&converted);
        if again == converted {
            break;
        }
        converted = again;
    }
    let mut step = Step::default();
    let (mut in_at, mut out_at) = (0, 0);
    let mut out_lines = converted.split('\n');
    for in_line in text.split('\n') {
        let out_line = out_lines.next().unwrap_or("");
        if in_line != out_line {
            align_line(in_line, out_line, in_at, out_at, &mut step);
        }
        in_at += in_line.len() + 1;
        out_at += out_line.len() + 1;
    }
    step.text = Cow::Owned(converted);
    step
}

/// Records the changes between one input line and its conversion, which start at byte
/// `in_at` and `out_at` of the whole texts.
fn align_line(input: &str, output: &str, in_at: usize, out_at: usize, step: &mut Step) {
    let (edits, count) = (step.map.len(), step.count);
    let mut in_chars = input.char_indices();
    let mut out_chars = output.char_indices();
    loop {
        match (in_chars.next(), out_chars.next()) {
            (Some((i, a)), Some((o, b))) => {
                if a == b {
                    continue;
                }
                step.count += 1;
                if a.len_utf8() != b.len_utf8() {
                    let (i, o) = (in_at + i, out_at + o);
                    step.map.push(i..i + a.len_utf8(), o..o + b.len_utf8());
                }
            }
            (None, None) => return,
            _ => break,
        }
    }
    // A phrase changed its length: forget the character pairs and record one edit for
    // the span between the common prefix and the common suffix.
    step.map.truncate(edits);
    step.count = count;
    let prefix = common_prefix(input, output);
    let suffix = common_suffix(&input[prefix..], &output[prefix..]);
    let in_span = prefix..input.len() - suffix;
    let out_span = prefix..output.len() - suffix;
    step.count += input[in_span.clone()].chars().count();
    step.map.push(
        in_at + in_span.start..in_at + in_span.end,
        out_at + out_span.start..out_at + out_span.end,
    );
}

/// Bytes of the longest common prefix of whole characters.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// Bytes of the longest common suffix of whole characters.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_with_phrases() {
        let out = to_simplified("生態環境局\n臺灣乾淨\n乾隆著名");
        assert_eq!(out.text, "生态环境局\n台湾干净\n乾隆著名");
        assert_eq!(out.count, 6);
        // Same byte lengths: nothing to remember.
        assert!(out.map.is_empty());
    }

    #[test]
    fn what_opencc_makes_of_the_ambiguous_characters() {
        // 臺 and 颱 both become 台; 乾 stays in names (乾隆) and becomes 干 in 乾燥; 著
        // stays 著 (OpenCC keeps it: it is also a simplified character), so 衝著 → 冲著.
        let out = to_simplified("臺北颱風 乾燥 乾隆 著名 顯著 衝著 於是 裡面 髮");
        assert_eq!(out.text, "台北台风 干燥 乾隆 著名 显著 冲著 于是 里面 发");
    }

    #[test]
    fn conversion_reaches_a_fixed_point() {
        let once = to_simplified("薴").text.into_owned();
        assert_eq!(to_simplified(&once).text, once);
    }

    #[test]
    fn simplified_text_is_left_alone() {
        let text = "珠海市生态环境局2021年工作总结, 显著改善";
        let out = to_simplified(text);
        assert_eq!(out.text, text);
        assert_eq!(out.count, 0);
    }

    #[test]
    fn a_length_change_is_one_edit() {
        let mut step = Step::default();
        align_line("甲乙丙", "甲丁戊己丙", 10, 20, &mut step);
        assert_eq!(step.count, 1);
        assert_eq!(step.map.to_input(20 + 3), 10 + 3);
        assert_eq!(step.map.to_input(20 + 12), 10 + 6);
    }
}
