//! Parsed front matter in a binary form (postcard), for the memo of front matter by its
//! YAML's hash ([`super::Fronts`]) that a build cache keeps: every article's front matter
//! is read back from it on every CLI build, and decoding it from JSON was ~72 M
//! instructions at 10,000 articles. The lead image and the curator's extra fields, which
//! postcard cannot describe on their own, stay JSON inside it.

use serde::{Deserialize, Serialize};

use super::FrontMatter;

/// [`FrontMatter`]'s fields in order, each always present (postcard has no field names to
/// leave one out by).
#[derive(Serialize, Deserialize)]
struct Binary {
    title: String,
    date: Option<String>,
    updated: Option<String>,
    source: Option<String>,
    source_url: Option<String>,
    authors: Vec<String>,
    summary: Option<String>,
    language: Option<String>,
    /// JSON.
    image: Option<String>,
    note: Option<String>,
    pin: Option<i64>,
    people: Option<Vec<String>>,
    places: Option<Vec<String>>,
    tags: Vec<String>,
    draft: bool,
    slug: Option<String>,
    fingerprint: Option<String>,
    date_inferred: bool,
    partial: bool,
    duplicate_of: Option<String>,
    /// JSON.
    extra: Option<String>,
}

/// `front` encoded, when it decodes back to the very same front matter.
pub fn encode(front: &FrontMatter) -> Option<Vec<u8>> {
    let f = front.clone();
    let binary = Binary {
        title: f.title,
        date: f.date,
        updated: f.updated,
        source: f.source,
        source_url: f.source_url,
        authors: f.authors,
        summary: f.summary,
        language: f.language,
        image: match &f.image {
            Some(i) => Some(serde_json::to_string(i).ok()?),
            None => None,
        },
        note: f.note,
        pin: f.pin,
        people: f.people,
        places: f.places,
        tags: f.tags,
        draft: f.draft,
        slug: f.slug,
        fingerprint: f.fingerprint,
        date_inferred: f.date_inferred,
        partial: f.partial,
        duplicate_of: f.duplicate_of,
        extra: match &f.extra {
            Some(v) => Some(serde_json::to_string(v).ok()?),
            None => None,
        },
    };
    let bytes = postcard::to_stdvec(&binary).ok()?;
    (decode(&bytes).as_ref() == Some(front)).then_some(bytes)
}

/// The front matter `bytes` encode ([`encode`]); `None` unless they are exactly one.
pub fn decode(bytes: &[u8]) -> Option<FrontMatter> {
    let (b, rest) = postcard::take_from_bytes::<Binary>(bytes).ok()?;
    if !rest.is_empty() {
        return None;
    }
    Some(FrontMatter {
        title: b.title,
        date: b.date,
        updated: b.updated,
        source: b.source,
        source_url: b.source_url,
        authors: b.authors,
        summary: b.summary,
        language: b.language,
        image: match b.image {
            Some(json) => Some(serde_json::from_str(&json).ok()?),
            None => None,
        },
        note: b.note,
        pin: b.pin,
        people: b.people,
        places: b.places,
        tags: b.tags,
        draft: b.draft,
        slug: b.slug,
        fingerprint: b.fingerprint,
        date_inferred: b.date_inferred,
        partial: b.partial,
        duplicate_of: b.duplicate_of,
        extra: match b.extra {
            Some(json) => Some(serde_json::from_str(&json).ok()?),
            None => None,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_round_trips_and_other_bytes_are_refused() {
        let front = FrontMatter {
            title: "Ä title".into(),
            date: Some("2024-07-01".into()),
            authors: vec!["A".into(), "B".into()],
            image: Some(crate::content::Image::url("/a.jpg")),
            pin: Some(-3),
            people: Some(vec![]),
            tags: vec!["x".into()],
            draft: true,
            extra: Some(serde_json::json!({"n": 1.5, "list": [1, "two", null]})),
            ..FrontMatter::default()
        };
        let bytes = encode(&front).unwrap();
        assert_eq!(decode(&bytes).unwrap(), front);
        assert_eq!(
            decode(&encode(&FrontMatter::default()).unwrap()).unwrap(),
            FrontMatter::default()
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(decode(&longer).is_none());
        assert!(decode(&bytes[..bytes.len() - 1]).is_none());
        assert!(decode(b"{\"title\":\"json\"}").is_none());
    }
}
