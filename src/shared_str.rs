//! A piece of a shared text: an article's body is a slice of its file's text, and a build
//! cache's texts are slices of the shard they were read from (its mapped file), so neither
//! is copied again.

use std::ops::{Deref, Range};
use std::sync::Arc;

use crate::mapped::Utf8Bytes;

/// A `str` that is a range of a reference-counted text; cloning it clones the `Arc`.
#[derive(Clone)]
pub struct SharedStr {
    text: Arc<Utf8Bytes>,
    range: Range<usize>,
}

impl SharedStr {
    /// The range `range` of `text`; `None` when it is out of bounds or splits a character.
    pub fn slice(text: &Arc<Utf8Bytes>, range: Range<usize>) -> Option<SharedStr> {
        text.as_str().get(range.clone())?;
        Some(SharedStr {
            text: Arc::clone(text),
            range,
        })
    }

    /// The part `part` of this text (which must be a slice of it), sharing its buffer.
    ///
    /// # Panics
    /// When `part` does not lie inside `self` (a caller's bug).
    pub fn sub(&self, part: &str) -> SharedStr {
        let start = (part.as_ptr() as usize)
            .checked_sub(self.as_ptr() as usize)
            .filter(|s| s + part.len() <= self.len())
            .expect("a slice of this text");
        let from = self.range.start + start;
        SharedStr {
            text: Arc::clone(&self.text),
            range: from..from + part.len(),
        }
    }

    /// The text this is a range of, and the range (for writing texts side by side).
    pub fn parts(&self) -> (&Arc<Utf8Bytes>, Range<usize>) {
        (&self.text, self.range.clone())
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        // The range was checked to be on character boundaries when made.
        &self.text.as_str()[self.range.clone()]
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        self
    }
}

impl From<String> for SharedStr {
    fn from(text: String) -> Self {
        let range = 0..text.len();
        SharedStr {
            text: Arc::new(Utf8Bytes::from(text)),
            range,
        }
    }
}

impl From<&str> for SharedStr {
    fn from(text: &str) -> Self {
        SharedStr::from(text.to_string())
    }
}

impl PartialEq for SharedStr {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for SharedStr {}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl std::fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for SharedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_shares_the_buffer_and_reads_as_its_text() {
        let whole = SharedStr::from("---\ntitle: é\n---\nBody é.".to_string());
        let body = whole.sub(&whole[whole.find("Body").unwrap()..]);
        assert_eq!(body, "Body é.");
        assert!(Arc::ptr_eq(whole.parts().0, body.parts().0));
        let inner = body.sub(&body[5..]);
        assert_eq!(&*inner, "é.");
        assert_eq!(inner.parts().1, whole.len() - 3..whole.len());
    }

    #[test]
    fn slices_off_bounds_or_inside_a_character_are_refused() {
        let text = Arc::new(Utf8Bytes::from("aé".to_string()));
        assert_eq!(SharedStr::slice(&text, 0..1).unwrap(), "a");
        assert!(SharedStr::slice(&text, 0..2).is_none(), "inside é");
        assert!(SharedStr::slice(&text, 1..9).is_none(), "past the end");
        assert_eq!(SharedStr::slice(&text, 1..3).unwrap(), "é");
    }

    #[test]
    #[should_panic(expected = "a slice of this text")]
    fn a_foreign_part_is_a_bug() {
        let a = SharedStr::from("abc");
        let b = String::from("abc");
        let _ = a.sub(&b);
    }
}
