//! Decoding report bytes into text. Reports arrive as UTF-8, as GB18030/GBK from
//! mainland systems, as Big5 from Taiwan and Hong Kong, or as UTF-16 saved by Windows
//! tools. The order: a byte-order mark decides; else UTF-16 recognized by its NUL high
//! bytes; else strict UTF-8; else `chardetng` guesses from 512 bytes past any leading
//! ASCII (from the first 64 KiB when that guess is unsure or does not decode) and
//! `encoding_rs` decodes. A decoding that meets bytes the encoding cannot have is
//! refused with the offset of the first one, never patched with U+FFFD; so is a guess
//! that yields no Chinese at all (a single-byte code page reads any bytes, so
//! "decodable" alone proves nothing for a Chinese report).
//!
//! Limits: input over [`MAX_INPUT_BYTES`] (16 MiB) is refused before decoding, so
//! memory stays bounded (the analysis holds about 20 times the input at its peak; a
//! long report is under 1 MiB); callers reading files should check the size first with
//! [`check_size`].

use encoding_rs::{BIG5, DecoderResult, Encoding, GB18030, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::InputError;
use crate::lexicon::is_han;

/// Largest input accepted, in bytes (16 MiB).
pub const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// NUL bytes on one parity it takes to read a text as UTF-16 without a byte-order mark.
const MIN_UTF16_NULS: usize = 8;

/// How much of the input the encoding guess reads.
const GUESS_SAMPLE_BYTES: usize = 64 * 1024;

/// How much past its leading ASCII the quick guess reads: some 250 Chinese characters,
/// which tell GB18030 from Big5 (128 bytes did on each of 190 samples: the practice
/// files, and windows of other reports encoded both ways). chardetng runs each byte it
/// is given through twenty-odd candidate encodings, about as costly as all of the
/// analysis of that byte, so the full sample is read only when the quick guess is
/// unsure or fails to decode the text.
const QUICK_GUESS_BYTES: usize = 512;

/// Decoded text and the encoding that produced it.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Refuses an input of `bytes` bytes when it is over [`MAX_INPUT_BYTES`].
pub fn check_size(bytes: u64) -> Result<(), InputError> {
    check_size_against(bytes, MAX_INPUT_BYTES)
}

/// Refuses an input of `bytes` bytes when it is over `limit`.
pub fn check_size_against(bytes: u64, limit: u64) -> Result<(), InputError> {
    if bytes > limit {
        Err(InputError::TooLarge { bytes, limit })
    } else {
        Ok(())
    }
}

/// Decodes report bytes; `forced` overrides detection. Text of nothing but white space
/// is refused like an empty file: there is no report in it.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, InputError> {
    let decoded = decode_any(bytes, forced)?;
    if decoded.text.chars().all(char::is_whitespace) {
        return Err(InputError::Blank);
    }
    Ok(decoded)
}

/// Decodes report bytes, white space only included.
fn decode_any(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, InputError> {
    check_size(bytes.len() as u64)?;
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let bom = Encoding::for_bom(bytes);
    let (encoding, body) = match (forced, bom) {
        (Some(forced), Some((found, len))) if forced == found => (forced, &bytes[len..]),
        (Some(forced), _) => (forced, bytes),
        (None, Some((found, len))) => (found, &bytes[len..]),
        (None, None) => return decode_detected(bytes),
    };
    if !is_utf16(encoding) {
        refuse_binary(body)?;
    }
    if body.is_empty() {
        return Err(InputError::Empty);
    }
    decode_strict(encoding, body).map(|text| Decoded { text, encoding })
}

/// No BOM, no forced encoding: UTF-8 if valid, else the guess.
fn decode_detected(bytes: &[u8]) -> Result<Decoded, InputError> {
    if let Some(encoding) = utf16_without_bom(bytes)
        && let Ok(text) = decode_strict(encoding, bytes)
        && text.chars().any(is_han)
    {
        return Ok(Decoded { text, encoding });
    }
    refuse_nul_heavy(bytes)?;
    refuse_binary(bytes)?;
    // simdutf8 validates at memory speed; std's error says where UTF-8 stops.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Decoded {
            text: text.to_string(),
            encoding: UTF_8,
        });
    }
    let utf8_valid_up_to = std::str::from_utf8(bytes)
        .err()
        .map_or(bytes.len(), |e| e.valid_up_to());
    if let Some(decoded) = quick_guess(bytes) {
        return Ok(decoded);
    }
    let full_len = bytes.len().min(GUESS_SAMPLE_BYTES);
    let (encoding, _) = guess(&bytes[..full_len]);
    match decode_strict(encoding, bytes) {
        Ok(text) if text.chars().any(is_han) => Ok(Decoded { text, encoding }),
        _ => Err(furthest_failure(bytes, utf8_valid_up_to)),
    }
}

/// The guess from [`QUICK_GUESS_BYTES`] past any leading ASCII, when it stands: when
/// chardetng does not doubt it, all of the input decodes with it, and it cannot be Big5
/// read wrongly. Every Big5 byte pair is a GB18030 one too, so a GB18030 guess stands
/// only when Big5 cannot read the bytes (a Big5 report that opens with 512 bytes of
/// symbols looks like GB18030). Otherwise the guess from the full sample decides.
fn quick_guess(bytes: &[u8]) -> Option<Decoded> {
    let quick_len = Encoding::ascii_valid_up_to(bytes) + QUICK_GUESS_BYTES;
    if quick_len >= bytes.len().min(GUESS_SAMPLE_BYTES) {
        return None;
    }
    let (encoding, true) = guess(&bytes[..quick_len]) else {
        return None;
    };
    if encoding == GB18030 && decode_strict(BIG5, bytes).is_ok() {
        return None;
    }
    let text = decode_strict(encoding, bytes).ok()?;
    text.chars()
        .any(is_han)
        .then_some(Decoded { text, encoding })
}

/// chardetng's guess from `sample` (the start of a text that is not UTF-8), and
/// whether chardetng trusts it (its score is not below zero).
fn guess(sample: &[u8]) -> (&'static Encoding, bool) {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, false);
    let (encoding, sure) = detector.guess_assess(None, false);
    (gb18030_for_gbk(encoding), sure)
}

/// The error to show for bytes no encoding reads: the failure of the Chinese encoding
/// (UTF-8, GB18030, Big5) that read furthest, which points nearest the bad bytes.
fn furthest_failure(bytes: &[u8], utf8_valid_up_to: usize) -> InputError {
    let offset_of = |error: &InputError| match error {
        InputError::Undecodable { offset, .. } => *offset,
        _ => 0,
    };
    let utf8 = InputError::Undecodable {
        encoding: UTF_8.name(),
        offset: utf8_valid_up_to,
    };
    [GB18030, BIG5]
        .into_iter()
        .filter_map(|encoding| decode_strict(encoding, bytes).err())
        .fold(utf8, |best, next| {
            if offset_of(&next) > offset_of(&best) {
                next
            } else {
                best
            }
        })
}

/// chardetng names GB18030 text `GBK`; the bytes are read as GB18030 (encoding_rs
/// decodes both alike, four-byte forms included), so the label says what was used.
fn gb18030_for_gbk(encoding: &'static Encoding) -> &'static Encoding {
    if encoding == encoding_rs::GBK {
        GB18030
    } else {
        encoding
    }
}

fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

/// UTF-16 saved without a byte-order mark: the high byte of every ASCII character
/// (digits, punctuation, line ends) is NUL, so NULs fall mostly on one parity of the
/// sample (odd offsets for little-endian). A binary file has NULs on both. The caller
/// still requires the decoded text to hold Chinese.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(GUESS_SAMPLE_BYTES)];
    if !bytes.len().is_multiple_of(2) || sample.is_empty() {
        return None;
    }
    let mut nuls = [0usize; 2];
    for i in memchr::memchr_iter(0, sample) {
        nuls[i % 2] += 1;
    }
    let (even, odd) = (nuls[0], nuls[1]);
    // At least one character in fifty is ASCII, and few NULs sit on the other parity
    // (those of U+4E00 `一`, U+5100 … whose low byte is 0).
    let dominates =
        |n: usize, other: usize| n >= MIN_UTF16_NULS && n * 100 >= sample.len() && other * 8 <= n;
    if dominates(odd, even) {
        Some(UTF_16LE)
    } else if dominates(even, odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// An even number of bytes with two NULs or more, in one byte of fifty or more, three in
/// four of them on one parity, that did not read as UTF-16 above (too little ASCII to be sure):
/// probably UTF-16 all the same, so the error suggests forcing it.
fn refuse_nul_heavy(bytes: &[u8]) -> Result<(), InputError> {
    let sample = &bytes[..bytes.len().min(GUESS_SAMPLE_BYTES)];
    let mut nuls = [0usize; 2];
    for i in memchr::memchr_iter(0, sample) {
        nuls[i % 2] += 1;
    }
    let total = nuls[0] + nuls[1];
    let one_parity = nuls[0].max(nuls[1]) * 4 >= total * 3;
    match memchr::memchr(0, bytes) {
        Some(offset)
            if bytes.len().is_multiple_of(2)
                && total >= 2
                && total * 50 >= sample.len()
                && one_parity =>
        {
            Err(InputError::MaybeUtf16 { offset })
        }
        _ => Ok(()),
    }
}

/// Text never holds NUL bytes; a file that does is binary (an image, an archive).
fn refuse_binary(bytes: &[u8]) -> Result<(), InputError> {
    match memchr::memchr(0, bytes) {
        Some(offset) => Err(InputError::Binary { offset }),
        None => Ok(()),
    }
}

/// Decodes all of `bytes` with `encoding`, refusing malformed input. The text grows as
/// needed: the worst-case bound of some encodings is three times the input.
fn decode_strict(encoding: &'static Encoding, bytes: &[u8]) -> Result<String, InputError> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2 + 16);
    let mut consumed = 0;
    loop {
        let rest = bytes.get(consumed..).unwrap_or_default();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        consumed += read;
        match result {
            DecoderResult::InputEmpty => return Ok(text),
            DecoderResult::OutputFull => text.reserve(rest.len() - read + rest.len() / 2 + 16),
            DecoderResult::Malformed(bad, after) => {
                return Err(InputError::Undecodable {
                    encoding: encoding.name(),
                    offset: consumed.saturating_sub(usize::from(bad) + usize::from(after)),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_gbk_and_bom_forms_decode() {
        let text = "珠海市生態環境局2021年";
        assert_eq!(decode(text.as_bytes(), None).unwrap().text, text);
        let (gbk, _, _) = encoding_rs::GB18030.encode(text);
        let decoded = decode(&gbk, None).unwrap();
        assert_eq!(decoded.text, text);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode(&utf16, None).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (text, UTF_16LE));
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], text.as_bytes()].concat();
        assert_eq!(decode(&with_bom, None).unwrap().text, text);
    }

    #[test]
    fn the_quick_guess_reads_past_a_long_ascii_start() {
        // 8 KiB of ASCII (HTML left-overs) before the Chinese: the quick sample starts
        // where the Chinese does, and the Big5 text is read as Big5, not GB18030.
        let header = "<p class=\"x\">2021</p>\n".repeat(400);
        let chinese = "臺中市政府環境保護局112年度施政成果:細懸浮微粒年平均濃度15.2微克/立方公尺,較前一年改善。".repeat(30);
        let text = format!("{header}{chinese}");
        let (big5, _, _) = BIG5.encode(&text);
        assert!(big5.len() > GUESS_SAMPLE_BYTES / 16 + QUICK_GUESS_BYTES);
        // The quick guess itself reads it (the full sample would too, later): its 512
        // bytes start past the markup, where 512 bytes of ASCII would guess no Chinese.
        let quick = quick_guess(&big5).expect("the quick guess stands");
        assert_eq!((quick.text.as_str(), quick.encoding), (text.as_str(), BIG5));
        assert_ne!(guess(&big5[..QUICK_GUESS_BYTES]).0, BIG5);
        let decoded = decode(&big5, None).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            (text.as_str(), BIG5)
        );
        let simplified = text.replace('臺', "台");
        let (gbk, _, _) = GB18030.encode(&simplified);
        assert_eq!(quick_guess(&gbk).map(|d| d.encoding), Some(GB18030));
        assert_eq!(decode(&gbk, None).unwrap().encoding, GB18030);
    }

    #[test]
    fn big5_that_opens_with_symbols_is_not_read_as_gb18030() {
        // 300 full-width signs and bullets: the first 512 bytes hold no Chinese word, and
        // chardetng's quick guess is GB18030, which reads any Big5 bytes; Big5 reads
        // these too, so the full sample decides.
        for lead in ["＝", "●○■□◆◇"] {
            let chinese = "臺中市政府環境保護局112年度施政成果:細懸浮微粒年平均濃度15.2微克/立方公尺,較前一年改善。";
            let text = format!(
                "{}\n{}",
                lead.repeat(300 / lead.chars().count()),
                chinese.repeat(20)
            );
            let (big5, _, unmappable) = BIG5.encode(&text);
            assert!(!unmappable);
            let decoded = decode(&big5, None).unwrap();
            assert_eq!(
                (decoded.encoding, decoded.text.as_str()),
                (BIG5, text.as_str()),
                "{lead}"
            );
        }
    }

    #[test]
    fn bad_bytes_are_refused_with_their_offset() {
        let mut gbk = encoding_rs::GB18030
            .encode("珠海市生态环境局工作总结")
            .0
            .into_owned();
        gbk.insert(6, 0xFF);
        let err = decode(&gbk, None).unwrap_err();
        assert_eq!(
            err,
            InputError::Undecodable {
                encoding: "gb18030",
                offset: 6
            }
        );
        assert_eq!(
            decode(b"ab\0cd", None).unwrap_err(),
            InputError::Binary { offset: 2 }
        );
        assert_eq!(decode(b"", None).unwrap_err(), InputError::Empty);
        assert_eq!(
            decode(&[0xEF, 0xBB, 0xBF], None).unwrap_err(),
            InputError::Empty
        );
    }

    #[test]
    fn bytes_no_chinese_encoding_reads_are_undecodable() {
        let err = decode(&[b'a', 0xC3, 0x28, 0xA0, 0xA1, b'b'], None).unwrap_err();
        assert_eq!(
            err,
            InputError::Undecodable {
                encoding: "UTF-8",
                offset: 1
            }
        );
    }

    #[test]
    fn utf16_without_a_bom_is_recognized_by_its_nul_bytes() {
        let text = "一是2021年,空气质量达标率95.1%\n";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let decoded = decode(&le, None).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (text, UTF_16LE));
        let decoded = decode(&be, None).unwrap();
        assert_eq!((decoded.text.as_str(), decoded.encoding), (text, UTF_16BE));
        // Too little ASCII to be sure: the error suggests the encoding.
        let short: Vec<u8> = "达标率95%"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode(&short, None).unwrap_err(),
            InputError::MaybeUtf16 { offset: 7 }
        );
        // NULs on both parities: binary.
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None).unwrap_err(),
            InputError::Binary { offset: 8 }
        );
    }

    #[test]
    fn a_forced_encoding_wins() {
        let (big5, _, _) = encoding_rs::BIG5.encode("臺灣");
        let decoded = decode(&big5, Some(encoding_rs::BIG5)).unwrap();
        assert_eq!(
            (decoded.text.as_str(), decoded.encoding),
            ("臺灣", encoding_rs::BIG5)
        );
    }

    #[test]
    fn size_limit() {
        assert!(check_size_against(10, 10).is_ok());
        assert_eq!(
            check_size_against(11, 10),
            Err(InputError::TooLarge {
                bytes: 11,
                limit: 10
            })
        );
        assert!(check_size(MAX_INPUT_BYTES).is_ok());
        assert!(check_size(MAX_INPUT_BYTES + 1).is_err());
    }
}
