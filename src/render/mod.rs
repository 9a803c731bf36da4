//! Render: the output formats of the model (STUB: to be completed).

pub mod github;
pub mod junit;
