//! newsdesk: a static site generator for curated news digests.
//!
//! Data flows one way: content files → [`content`] → [`site`] model → [`render`] → [`output`].

pub mod build;
pub mod check;
pub mod config;
pub mod content;
pub mod deploy;
pub mod edition;
pub mod enrich;
pub mod error;
pub mod fetch;
pub mod filestamp;
pub mod geo;
pub mod i18n;
pub mod imaging;
pub mod inbox;
pub mod ingest;
pub mod init;
pub mod keyhash;
pub mod lang;
pub mod mapped;
pub mod markdown;
pub mod output;
pub mod render;
pub mod search;
pub mod serde_arc;
pub mod serde_packed;
pub mod serve;
pub mod shared_str;
pub mod site;
pub mod slug;
pub mod suggest;
pub mod timing;
pub mod yaml;

pub use build::{BuildOptions, BuildReport, build};
pub use error::{Error, Result};
