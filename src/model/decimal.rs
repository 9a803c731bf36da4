//! Decimal values serialize as JSON numbers: integers without a fraction (`192`, exact to
//! all 28 digits), other
//! values as the shortest float that reads back to the same decimal (`3324.37`).

use rust_decimal::Decimal;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use serde::{Deserialize, Deserializer, Serializer, de::Error};

pub fn serialize<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    let normalized = value.normalize();
    // Every decimal integer fits an i128: a 28-digit value stays exact, not `1e+28`.
    if normalized.scale() == 0
        && let Some(i) = normalized.to_i128()
    {
        return s.serialize_i128(i);
    }
    s.serialize_f64(normalized.to_f64().unwrap_or(0.0))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    let n = serde_json::Number::deserialize(d)?;
    if let Some(i) = n.as_i64() {
        return Ok(Decimal::from(i));
    }
    let f = n.as_f64().ok_or_else(|| D::Error::custom("not a number"))?;
    // Display of f64 is the shortest text that reads back to the same float.
    f.to_string()
        .parse::<Decimal>()
        .or_else(|_| Decimal::from_f64(f).ok_or(()))
        .map_err(|_| D::Error::custom("number out of range"))
}
