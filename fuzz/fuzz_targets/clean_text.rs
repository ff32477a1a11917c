//! Fuzz target `clean_text`: the invariants live in `newsdesk_fuzz::checks::clean_text`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdesk_fuzz::checks::clean_text(data));
