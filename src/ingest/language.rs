//! The article's language, recorded when ingest writes a new file.

use crate::content::FrontMatter;
use crate::lang;

/// Sets `front.language`: detected from the title and `body` when detection is sure, else
/// the language the input declared (already in `front`), else none (the site's `language`
/// then applies). Ingest derives nothing else: people, places and summary are left to the
/// build, which derives what an article lacks on every build.
pub fn record(front: &mut FrontMatter, body: &str) {
    let declared = front.language.take().map(|l| lang::primary(&l));
    let detected = lang::detect(&format!("{}\n\n{body}", front.title));
    front.language = match detected {
        Some(d) if d.reliable => Some(d.code.to_string()),
        _ => declared.filter(|l| lang::validate(l).is_ok()),
    };
}
