//! Image files: what they are by their bytes, and (at build time) their resized renditions.

pub mod index;
pub mod prune;
pub mod renditions;
pub mod sniff;
