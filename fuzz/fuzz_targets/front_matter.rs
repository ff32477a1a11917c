//! Fuzz target `front_matter`: the invariants live in `newsdesk_fuzz::checks::front_matter`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| newsdesk_fuzz::checks::front_matter(data));
