//! Invariant checks behind newsdesk's fuzz targets. The same file is compiled into the main
//! crate's `tests/fuzz_regressions.rs` (on stable), so every finding kept there is re-checked
//! by the exact code that found it.

pub mod checks;
