//! URL slugs: lowercase ASCII words joined by hyphens, transliterated from any script.
//!
//! Slugs become folder and file names (`articles/2024/07/<slug>/`, `content/…/<slug>.md`),
//! so they are safe path components on every system: only `a-z`, `0-9` and `-`, at most
//! [`MAX_LEN`] bytes, never `.`/`..`, never a name Windows reserves for devices.

/// The longest slug we produce, in bytes.
pub const MAX_LEN: usize = 80;

/// Turns any text into a slug (`"São Paulo’s Mayor"` → `"sao-paulos-mayor"`); never empty.
pub fn slugify(text: &str) -> String {
    // A slug already (a picture's file name, a front matter slug) is its own slug: what
    // follows would rebuild it through two strings and a transliteration per character.
    if is_valid(text) {
        return text.to_string();
    }
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
    if is_reserved(&s) {
        // `con/` or `con.md` cannot be created, cloned or served on Windows.
        s.push_str(RESERVED_SUFFIX);
    }
    s
}

/// Appended to a slug that would be a Windows device name (`con` → `con-1`).
pub const RESERVED_SUFFIX: &str = "-1";

/// Is `name` (a lowercase slug, or any file name's part before its first dot) a device name
/// that Windows refuses as a file or folder name, whatever its case or extension?
pub fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let lower = stem.to_ascii_lowercase();
    match lower.as_str() {
        "con" | "prn" | "aux" | "nul" | "conin$" | "conout$" => true,
        _ => {
            let port = lower
                .strip_prefix("com")
                .or_else(|| lower.strip_prefix("lpt"));
            // COM1–COM9 and LPT1–LPT9, plus the superscript digits Windows also reserves.
            port.is_some_and(|d| {
                let mut chars = d.chars();
                matches!(
                    (chars.next(), chars.next()),
                    (Some('0'..='9' | '¹' | '²' | '³'), None)
                )
            })
        }
    }
}

/// Is `s` already a valid slug (what `slugify` could return)?
pub fn is_valid(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_LEN
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && !is_reserved(s)
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

    #[test]
    fn windows_device_names_are_never_slugs() {
        for name in [
            "CON", "con", "Nul", "aux", "PRN", "COM1", "com9", "LPT1", "lpt0",
        ] {
            let s = slugify(name);
            assert_eq!(s, format!("{}-1", name.to_ascii_lowercase()));
            assert!(
                is_valid(&s) && !is_valid(&name.to_ascii_lowercase()),
                "{name}"
            );
        }
        for name in ["CON.txt", "nul.tar.gz", "Com1.md", "aux .md", "LPT²"] {
            assert!(is_reserved(name), "{name}");
        }
        for name in [
            "con-1", "cone", "com10", "com", "lpt", "console", "nul-txt", "comé",
        ] {
            assert!(!is_reserved(name), "{name}");
        }
        // An extension becomes part of the slug, which is then no device name.
        assert_eq!(slugify("con.txt"), "con-txt");
    }

    #[test]
    fn nothing_escapes_a_folder() {
        for hostile in [
            "..",
            "../../x",
            "/etc/x",
            "C:\\x",
            "a\0b",
            "\u{1}\u{7f}",
            ".",
        ] {
            let s = slugify(hostile);
            assert!(is_valid(&s), "{hostile:?} gave {s:?}");
        }
        // Each CJK character expands to a word or two: the cut keeps whole words.
        let s = slugify(&"北京".repeat(500));
        assert!(is_valid(&s) && s.len() <= MAX_LEN, "{s}");
    }
}
