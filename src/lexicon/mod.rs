//! The lexicon: domain vocabulary as data (indicators, units, categories, non-quantity
//! words), compiled in from `lexicon/*.toml` (STUB: to be completed).
