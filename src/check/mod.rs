//! Check: targets as code, evaluated against reports (STUB: to be completed).
