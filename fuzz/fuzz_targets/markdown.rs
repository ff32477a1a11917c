//! Fuzz target `markdown`: the invariants live in `newsdesk_fuzz::checks::markdown`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdesk_fuzz::checks::markdown(data));
