//! Control characters out: C0/C1 controls other than tab and line ends cannot appear in
//! XML (feeds, sitemaps) and mean nothing on a page, so they are dropped from content files
//! and from front matter values (YAML escapes like `"\x01"` reach the parsed strings).

use std::borrow::Cow;

use super::front_matter::FrontMatter;

/// True for characters no output format may carry.
fn is_banned(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{fffe}' | '\u{ffff}')
}

/// `text` without banned control characters (borrowed when there were none).
pub fn strip(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_banned) {
        Cow::Owned(text.chars().filter(|&c| !is_banned(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

fn strip_in_place(s: &mut String) {
    if let Cow::Owned(clean) = strip(s) {
        *s = clean;
    }
}

fn strip_json(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::String(s) => strip_in_place(s),
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_json),
        serde_json::Value::Object(map) => {
            let keys: Vec<String> = map.keys().filter(|k| strip(k) != **k).cloned().collect();
            for k in keys {
                if let Some(value) = map.remove(&k) {
                    map.insert(strip(&k).into_owned(), value);
                }
            }
            map.values_mut().for_each(strip_json);
        }
        _ => {}
    }
}

/// Drops banned control characters from every string of the front matter.
pub fn strip_front_matter(fm: &mut FrontMatter) {
    strip_in_place(&mut fm.title);
    for s in [
        &mut fm.date,
        &mut fm.updated,
        &mut fm.source,
        &mut fm.source_url,
        &mut fm.summary,
        &mut fm.language,
        &mut fm.note,
        &mut fm.slug,
        &mut fm.fingerprint,
        &mut fm.duplicate_of,
    ]
    .into_iter()
    .flatten()
    {
        strip_in_place(s);
    }
    fm.authors.iter_mut().for_each(strip_in_place);
    fm.tags.iter_mut().for_each(strip_in_place);
    for list in [&mut fm.people, &mut fm.places].into_iter().flatten() {
        list.iter_mut().for_each(strip_in_place);
    }
    if let Some(extra) = fm.extra.as_mut() {
        strip_json(extra);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_controls_keeps_text_and_line_ends() {
        assert_eq!(strip("a\u{0}b\u{1}\tc\r\n\u{85}d\u{ffff}"), "ab\tc\r\nd");
        assert!(matches!(strip("plain é"), Cow::Borrowed(_)));
        let mut fm = FrontMatter {
            title: "T\u{1}".into(),
            tags: vec!["x\u{7}".into()],
            extra: Some(serde_json::json!({"k\u{2}": ["v\u{3}"]})),
            ..FrontMatter::default()
        };
        strip_front_matter(&mut fm);
        assert_eq!(fm.title, "T");
        assert_eq!(fm.tags, ["x"]);
        assert_eq!(fm.extra.unwrap(), serde_json::json!({"k": ["v"]}));
    }
}
