//! Reading back `report export --format json` output, so a pipeline can keep last year's
//! analysis and compare against it without the original text. A file is taken for an
//! export when its first character (after a byte-order mark and blanks) is `{` or `[`:
//! no report text starts that way.

use thiserror::Error;

use crate::model::{Report, SCHEMA_VERSION};

#[derive(Debug, Error)]
pub enum ExportError {
    #[error("not a valid `report export --format json` file: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the export holds no report")]
    Empty,
    #[error("schema_version {found} is newer than this program's {SCHEMA_VERSION}")]
    NewerSchema { found: u32 },
}

/// Whether the bytes are a JSON export rather than a report text.
pub fn is_export(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    matches!(
        bytes.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    )
}

/// The reports of an export: one object, or an array of them (several files).
pub fn read_export(bytes: &[u8]) -> Result<Vec<Report>, ExportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace());
    let reports = if first == Some(&b'[') {
        serde_json::from_slice::<Vec<Report>>(bytes)?
    } else {
        vec![serde_json::from_slice::<Report>(bytes)?]
    };
    if reports.is_empty() {
        return Err(ExportError::Empty);
    }
    if let Some(newer) = reports.iter().find(|r| r.schema_version > SCHEMA_VERSION) {
        return Err(ExportError::NewerSchema {
            found: newer.schema_version,
        });
    }
    Ok(reports)
}
