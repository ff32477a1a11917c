//! The enrichment hook: the one place ingest fills fields derived from an article's text.

use crate::content::FrontMatter;
use crate::lang;

/// Fills `people`, `places` and `summary` from the cleaned article (title in `front`, Markdown
/// `body`). This is the seam for the enrichment module: it is called once per new article,
/// after cleaning and before writing, and must leave fields the caller already set alone.
///
/// It records the article's `language`: detected from the title and body when detection is
/// sure, else the language the input declared (already in `front`), else none (the site's
/// `language` then applies). People, places and summary stay empty rather than guessed (the
/// build derives what is absent).
pub fn derive_fields(front: &mut FrontMatter, body: &str) {
    let declared = front.language.take().map(|l| lang::primary(&l));
    let detected = lang::detect(&format!("{}\n\n{body}", front.title));
    front.language = match detected {
        Some(d) if d.reliable => Some(d.code.to_string()),
        _ => declared.filter(|l| lang::validate(l).is_ok()),
    };
}
