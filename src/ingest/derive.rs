//! The enrichment hook: the one place ingest fills fields derived from an article's text.

use crate::content::FrontMatter;

/// Fills `people`, `places` and `summary` from the cleaned article (title in `front`, Markdown
/// `body`). This is the seam for the enrichment module: it is called once per new article,
/// after cleaning and before writing, and must leave fields the caller already set alone.
///
/// Until enrichment lands it derives nothing, so the fields stay empty rather than guessed
/// (the build derives what is absent).
pub fn derive_fields(front: &mut FrontMatter, body: &str) {
    let _ = (front, body);
}
