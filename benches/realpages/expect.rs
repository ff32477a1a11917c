//! A page's hand-written expectations (`<page>.yaml`), shared by the real-pages benchmark
//! and the test that checks the expectation files themselves.

use std::fs;
use std::path::Path;

use serde::Deserialize;

/// A page's hand-written expectations (`<page>.yaml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// The headline without the site name.
    pub title: String,
    /// Other headlines the page states as its own (a kicker-less or SEO variant): also right.
    #[serde(default)]
    pub titles_also: Vec<String>,
    /// The publication date the page states (`YYYY-MM-DD`), or null.
    pub date: Option<String>,
    /// Other dates the page states as its publication (metadata disagreeing with the
    /// dateline): also right.
    #[serde(default)]
    pub dates_also: Vec<String>,
    /// ISO 639-1.
    pub language: String,
    /// False for index pages, listings and other pages with no article.
    pub has_article: bool,
    /// The page's address when it states one (canonical link, og:url), passed to the reader.
    #[serde(default)]
    pub url: Option<String>,
    /// People the article mentions, canonical full names; absent when not labelled.
    #[serde(default)]
    pub people: Option<Vec<String>>,
    /// Countries (common English names) mentioned or implied; absent when not labelled.
    #[serde(default)]
    pub countries: Option<Vec<String>>,
    /// The article's lead image as the page states it (absolute URL), `null` when it has none
    /// worth showing (only site furniture); absent when not labelled.
    #[serde(default, deserialize_with = "labelled")]
    pub image: Option<Option<String>>,
    /// Free-form remarks for whoever revisits the page (not scored).
    #[serde(default)]
    #[allow(dead_code)]
    pub note: Option<String>,
}

/// A key that may be present with a null value: `Some(None)`, unlike an absent key (`None`).
fn labelled<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

/// Expectations, or `None` when the page has none yet; a malformed file stops the run.
pub fn read_expect(path: &Path) -> Option<Expect> {
    let text = fs::read_to_string(path).ok()?;
    Some(serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}
