//! Full-width forms typed with a Chinese input method (`２０２３`, `９５．１％`, `（一）`,
//! `ＰＭ２．５`) become their ASCII twins, so numbers, units and section numbers read the
//! same however they were typed. Only forms whose meaning does not change are folded:
//! Chinese punctuation with no ASCII twin of the same use (`、` `。` `“”` `《》` `—`) stays,
//! and so does `？`, which is a real question mark where an ASCII `?` may be damage.

use super::rewrite::{Rewriter, Step};

/// Folds full-width digits, letters and number punctuation to half-width.
pub fn fold_fullwidth(text: &str) -> Step<'_> {
    let mut rewriter = Rewriter::new(text);
    let mut count = 0;
    let mut buffer = [0u8; 4];
    // Full-width forms are EF BC xx / EF BD xx, the ideographic space E3 80 80: only
    // characters led by those bytes are looked at.
    for i in memchr::memchr2_iter(0xEF, 0xE3, text.as_bytes()) {
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        if let Some(half) = halfwidth(c) {
            rewriter.replace(i..i + c.len_utf8(), half.encode_utf8(&mut buffer));
            count += 1;
        }
    }
    rewriter.finish(count)
}

/// The half-width twin of `c`, where folding keeps the meaning.
pub fn halfwidth(c: char) -> Option<char> {
    match c {
        '\u{3000}' => Some(' '),
        '０'..='９'
        | 'Ａ'..='Ｚ'
        | 'ａ'..='ｚ'
        | '％'
        | '．'
        | '（'
        | '）'
        | '，'
        | '：'
        | '；'
        | '／'
        | '～'
        | '＋'
        | '－'
        | '＜'
        | '＞'
        | '＝' => char::from_u32(u32::from(c) - 0xFEE0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_letters_and_number_punctuation_fold() {
        let out = fold_fullwidth("ＰＭ２．５为２３％（一）甲，乙：丙；１／２～３　＋－＜＞＝");
        assert_eq!(out.text, "PM2.5为23%(一)甲,乙:丙;1/2~3 +-<>=");
        assert_eq!(out.count, 24);
    }

    #[test]
    fn chinese_punctuation_stays() {
        let text = "一、二。“三”《四》—？！";
        let out = fold_fullwidth(text);
        assert_eq!(out.text, text);
        assert_eq!(out.count, 0);
    }

    #[test]
    fn a_folded_character_maps_to_its_own_start() {
        let out = fold_fullwidth("９５．１％");
        assert_eq!(out.text, "95.1%");
        assert_eq!(out.map.to_input(2), 6); // `.` ← `．`
        assert_eq!(out.map.to_input(5), 15); // end
    }
}
