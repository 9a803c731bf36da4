//! Diff: compare the indicators of two reports (STUB: to be completed).
