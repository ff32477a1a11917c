//! Fuzz target `clean_html`: the invariants live in `newsdesk_fuzz::checks::clean_html`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdesk_fuzz::checks::clean_html(data));
