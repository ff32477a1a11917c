//! "Did you mean" suggestions for misspelt keys and names.

/// Returns the candidate closest to `word`, if it is close enough to be a plausible typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_l = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&word_l, &c.to_lowercase()), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Formats " (did you mean `x`?)" or an empty string.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates)
        .map(|c| format!("; did you mean `{c}`?"))
        .unwrap_or_default()
}

/// Extracts the field name from serde's "unknown field `x`, expected ..." message.
pub fn unknown_field(message: &str) -> Option<&str> {
    let rest = message.split("unknown field `").nth(1)?;
    rest.split('`').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_keys_only() {
        let keys = ["title", "base_url", "paginate_by"];
        assert_eq!(closest("titel", keys), Some("title"));
        assert_eq!(closest("paginateby", keys), Some("paginate_by"));
        assert_eq!(closest("zzzz", keys), None);
    }

    #[test]
    fn parses_serde_unknown_field() {
        let m = "unknown field `titel`, expected one of `title`, `date`";
        assert_eq!(unknown_field(m), Some("titel"));
    }
}
