//! Decoding: byte-order mark, then strict UTF-8, then a guess (STUB: to be completed).

use encoding_rs::Encoding;

use crate::InputError;

/// Decoded text and the encoding that produced it.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
}

/// Decodes report bytes; `forced` overrides detection.
pub fn decode(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Decoded, InputError> {
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    let encoding = forced.unwrap_or(encoding_rs::UTF_8);
    let (text, _, _) = encoding.decode(bytes);
    Ok(Decoded {
        text: text.into_owned(),
        encoding,
    })
}
