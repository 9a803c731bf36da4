//! HTML left in copied web pages: tags (`<p>`, `</strong>`, comments) are removed and
//! entities (`&nbsp;`, `&amp;`, `&#8220;`) replaced by the character they stand for, so
//! the text reads as the page did. A tag that spans lines keeps its line breaks; `<br>`
//! and `<p>` add none, so line numbers stay those of the file. A `<` that does not open a
//! tag (`PM2.5<35`) is text and stays.

use super::rewrite::{Rewriter, Step};

/// Longest tag we accept; a `<` without a `>` this close is text.
const MAX_TAG_BYTES: usize = 4096;
/// Longest entity name we look up.
const MAX_ENTITY_BYTES: usize = 32;

/// Named entities met in Chinese web pages. Spaces of every width become one space.
const NAMED_ENTITIES: &[(&str, &str)] = &[
    ("nbsp", " "),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("middot", "·"),
    ("times", "×"),
    ("divide", "÷"),
    ("deg", "°"),
    ("plusmn", "±"),
    ("permil", "‰"),
    ("le", "≤"),
    ("ge", "≥"),
    ("yen", "¥"),
    ("copy", "©"),
    ("reg", "®"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("micro", "µ"),
];

/// Text without HTML, with the number of tags and entities replaced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlStripped<'a> {
    /// The step; its `count` is tags plus entities.
    pub step: Step<'a>,
    pub tags: usize,
    pub entities: usize,
}

/// Removes HTML tags and replaces HTML entities.
pub fn strip_html(text: &str) -> HtmlStripped<'_> {
    let mut rewriter = Rewriter::new(text);
    let (mut tags, mut entities) = (0, 0);
    let mut buffer = [0u8; 4];
    for start in memchr::memchr2_iter(b'<', b'&', text.as_bytes()) {
        if start < rewriter.position() {
            continue;
        }
        let rest = &text[start..];
        if rest.starts_with('<') {
            if let Some(len) = tag_len(rest) {
                rewriter.remove_keeping_lines(start..start + len);
                tags += 1;
            }
        } else if let Some((len, replacement)) = entity(rest) {
            let with = match replacement {
                Replacement::Text(s) => s,
                Replacement::Char(c) => c.encode_utf8(&mut buffer),
            };
            rewriter.replace(start..start + len, with);
            entities += 1;
        }
    }
    HtmlStripped {
        step: rewriter.finish(tags + entities),
        tags,
        entities,
    }
}

/// Length of the tag or comment `rest` starts with, if it starts with one.
fn tag_len(rest: &str) -> Option<usize> {
    if let Some(body) = rest.strip_prefix("<!--") {
        return body.find("-->").map(|end| 4 + end + 3);
    }
    let bytes = rest.as_bytes();
    let name_at = match bytes.get(1)? {
        b'/' | b'!' | b'?' => 2,
        _ => 1,
    };
    if !bytes.get(name_at)?.is_ascii_alphabetic() {
        return None;
    }
    for (i, &b) in bytes.iter().enumerate().take(MAX_TAG_BYTES).skip(name_at) {
        match b {
            b'>' => return Some(i + 1),
            b'<' => return None,
            _ => {}
        }
    }
    None
}

enum Replacement {
    Text(&'static str),
    Char(char),
}

/// The entity `rest` starts with (`&amp;`, `&#20013;`, `&#x4E2D;`): its length and what
/// it stands for.
fn entity(rest: &str) -> Option<(usize, Replacement)> {
    let end = rest
        .as_bytes()
        .iter()
        .take(MAX_ENTITY_BYTES + 2)
        .position(|&b| b == b';')?;
    let body = rest.get(1..end)?;
    let replacement = if let Some(number) = body.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        match char::from_u32(code)? {
            // A line break or tab written as an entity is white space of the page, not a
            // line of the file: the text keeps the file's lines.
            '\n' | '\r' | '\t' => Replacement::Text(" "),
            // NUL and other control characters are not text: the entity stays.
            c if c.is_control() => return None,
            c => Replacement::Char(c),
        }
    } else {
        let (_, text) = NAMED_ENTITIES.iter().find(|(name, _)| *name == body)?;
        Replacement::Text(text)
    };
    Some((end + 1, replacement))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_text_stays() {
        let out = strip_html("<p>工作<strong>总结</strong></p>");
        assert_eq!(out.step.text, "工作总结");
        assert_eq!(out.tags, 4);
        assert_eq!(out.entities, 0);
    }

    #[test]
    fn entities_become_characters() {
        let out = strip_html("A&nbsp;B&amp;C&#20013;&#x6587;&lt;&unknown;");
        assert_eq!(out.step.text, "A B&C中文<&unknown;");
        assert_eq!(out.entities, 5);
    }

    #[test]
    fn a_less_than_sign_that_opens_no_tag_is_text() {
        let text = "PM2.5<35微克, 1 < 2, a<b";
        assert_eq!(strip_html(text).step.text, text);
        assert_eq!(strip_html(text).tags, 0);
    }

    #[test]
    fn a_tag_across_lines_keeps_its_line_breaks() {
        let out = strip_html("甲<span\nclass=\"x\">乙\n<br>丙<!-- 注\n释 -->丁");
        assert_eq!(out.step.text, "甲\n乙\n丙\n丁");
        // `乙` maps back to its own byte in the input.
        let input = "甲<span\nclass=\"x\">乙\n<br>丙<!-- 注\n释 -->丁";
        let at = out.step.text.find('乙').unwrap();
        assert_eq!(out.step.map.to_input(at), input.find('乙').unwrap());
    }

    #[test]
    fn an_entity_line_break_adds_no_line() {
        let out = strip_html("甲&#10;乙&#x0D;丙&#0;");
        assert_eq!(out.step.text, "甲 乙 丙&#0;");
        assert_eq!(out.entities, 2);
    }

    #[test]
    fn a_decoded_entity_is_not_parsed_again() {
        assert_eq!(strip_html("&lt;p&gt;").step.text, "<p>");
    }
}
