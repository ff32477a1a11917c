//! URL slugs: lowercase ASCII words joined by hyphens, transliterated from any script.

/// The longest slug we produce, in bytes.
pub const MAX_LEN: usize = 80;

/// Turns any text into a slug (`"São Paulo’s Mayor"` → `"sao-paulos-mayor"`); never empty.
pub fn slugify(text: &str) -> String {
    // Apostrophes inside words should not split them ("Xi’s" → "xis").
    let folded: String = text
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ'))
        .collect();
    let mut s = slug::slugify(folded);
    if s.len() > MAX_LEN {
        let cut = s[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        s.truncate(cut);
    }
    if s.is_empty() {
        s.push_str("untitled");
    }
    s
}

/// Is `s` already a valid slug (what `slugify` could return)?
pub fn is_valid(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_LEN
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_and_trims() {
        assert_eq!(slugify("São Paulo’s Mayor"), "sao-paulos-mayor");
        assert_eq!(
            slugify("Blinken and U.S.-China Tensions"),
            "blinken-and-u-s-china-tensions"
        );
        assert_eq!(slugify("Владимир Путин"), "vladimir-putin");
        assert_eq!(slugify("北京"), "bei-jing");
        assert_eq!(slugify("!!!"), "untitled");
        let long = slugify(&"word ".repeat(40));
        assert!(long.len() <= MAX_LEN && is_valid(&long), "{long}");
    }
}
