//! Fuzz target `enrich`: the invariants live in `newsdesk_fuzz::checks::enrich`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdesk_fuzz::checks::enrich(data));
