//! The `image:` front matter key: an article's lead image, written as a plain address
//! (`image: https://…/a.jpg`) or as a map (`{src, alt, credit, width, height}`).
//!
//! Checked while the YAML is parsed, so a bad value is reported at its own line and column.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// The largest width or height accepted (anything bigger is a typo or a hostile file).
pub const MAX_SIDE: u32 = 20_000;

/// The longest `src` accepted: data URLs and tracking blobs are not image addresses.
pub const MAX_SRC: usize = 2048;

/// An article's lead image.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Image {
    /// An absolute `http(s)` URL, or a path in the site (`/images/a.jpg`, `images/a.jpg`).
    pub src: String,
    /// The text alternative (empty or absent: the image is described by the headline).
    pub alt: Option<String>,
    /// Who made or owns the image, shown beside it.
    pub credit: Option<String>,
    /// The width in pixels, when known.
    pub width: Option<u32>,
    /// The height in pixels, when known.
    pub height: Option<u32>,
}

impl Image {
    /// An image known only by its address.
    pub fn url(src: impl Into<String>) -> Image {
        Image {
            src: src.into(),
            ..Image::default()
        }
    }

    /// Whether `src` is a web address rather than a file of the site.
    pub fn is_remote(&self) -> bool {
        let s = self.src.to_ascii_lowercase();
        s.starts_with("https://") || s.starts_with("http://")
    }

    /// Whether only `src` is set (written as a plain address).
    fn is_plain(&self) -> bool {
        self.alt.is_none() && self.credit.is_none() && self.width.is_none() && self.height.is_none()
    }
}

/// Why `src` is not an image address, if it is not one.
pub fn check_src(src: &str) -> Result<(), String> {
    match plain_site_path(src) {
        true => Ok(()),
        false => check_src_fully(src),
    }
}

/// [`check_src`] without its shortcut.
fn check_src_fully(src: &str) -> Result<(), String> {
    let s = src.trim();
    if s.is_empty() {
        return Err("`image` needs a `src`: an http(s) URL or a path in the site".into());
    }
    if s.len() > MAX_SRC {
        return Err(format!(
            "`image` src is {} bytes, over the {MAX_SRC}-byte limit",
            s.len()
        ));
    }
    if s != src || s.chars().any(char::is_whitespace) {
        return Err(format!(
            "`image` src `{}` contains spaces: encode them as %20",
            s.chars().take(80).collect::<String>()
        ));
    }
    let lower = s.to_ascii_lowercase();
    if let Some((scheme, _)) = lower.split_once(':')
        && !scheme.contains('/')
        && scheme != "http"
        && scheme != "https"
    {
        return Err(format!(
            "`image` src `{}` uses `{scheme}:`: only http(s) URLs and paths in the site are allowed",
            s.chars().take(80).collect::<String>()
        ));
    }
    if lower.starts_with("http://") || lower.starts_with("https://") {
        let ok = url::Url::parse(s)
            .ok()
            .is_some_and(|u| u.host_str().is_some_and(|h| !h.is_empty()));
        if !ok {
            return Err(format!(
                "`image` src `{}` is not a valid URL",
                s.chars().take(80).collect::<String>()
            ));
        }
    } else if s.starts_with("//") {
        return Err(format!(
            "`image` src `{s}` has no scheme: write it with https:"
        ));
    } else if s.split(['/', '\\']).any(|part| part == "..") {
        return Err(format!(
            "`image` src `{s}` leaves the site with `..`: use a path inside it"
        ));
    }
    Ok(())
}

/// Whether `src` passes [`check_src`] at a glance: a path in the site of letters, digits,
/// `/`, `-`, `_` and `.` only (no space, no scheme, no `\\`), not starting with `//`, with
/// no `..` in it. Most sites' pictures are such paths, checked on every build (one pass
/// over the bytes instead of ~1,200 instructions a picture of the checks below).
fn plain_site_path(src: &str) -> bool {
    let b = src.as_bytes();
    if b.is_empty() || b.len() > MAX_SRC || b.starts_with(b"//") {
        return false;
    }
    let mut prev = 0u8;
    for &c in b {
        let plain = c.is_ascii_alphanumeric() || matches!(c, b'/' | b'-' | b'_' | b'.');
        if !plain || (c == b'.' && prev == b'.') {
            return false;
        }
        prev = c;
    }
    true
}

fn check_side(name: &str, v: u32) -> Result<u32, String> {
    if v == 0 || v > MAX_SIDE {
        Err(format!(
            "`image` {name} is {v}: it must be between 1 and {MAX_SIDE} pixels"
        ))
    } else {
        Ok(v)
    }
}

/// Text fields are single lines: a line break would break the attribute they end up in.
fn one_line(name: &str, v: String) -> Result<Option<String>, String> {
    let v = v.split_whitespace().collect::<Vec<_>>().join(" ");
    if v.len() > 1000 {
        return Err(format!("`image` {name} is over 1000 bytes"));
    }
    Ok(Some(v))
}

impl Serialize for Image {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_plain() {
            return s.serialize_str(&self.src);
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("src", &self.src)?;
        if let Some(a) = &self.alt {
            m.serialize_entry("alt", a)?;
        }
        if let Some(c) = &self.credit {
            m.serialize_entry("credit", c)?;
        }
        if let Some(w) = self.width {
            m.serialize_entry("width", &w)?;
        }
        if let Some(h) = self.height {
            m.serialize_entry("height", &h)?;
        }
        m.end()
    }
}

/// The keys of the map form.
const FIELDS: &[&str] = &["src", "alt", "credit", "width", "height"];

struct ImageVisitor;

impl<'de> Visitor<'de> for ImageVisitor {
    type Value = Image;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an image URL or a map with `src` (and `alt`, `credit`, `width`, `height`)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Image, E> {
        check_src(v).map_err(E::custom)?;
        Ok(Image::url(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Image, A::Error> {
        let mut img = Image::default();
        let mut src = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "src" => {
                    let v: String = map.next_value()?;
                    check_src(&v).map_err(de::Error::custom)?;
                    src = Some(v);
                }
                "alt" => img.alt = one_line("alt", map.next_value()?).map_err(de::Error::custom)?,
                "credit" => {
                    img.credit = one_line("credit", map.next_value()?).map_err(de::Error::custom)?
                }
                "width" => {
                    img.width =
                        Some(check_side("width", map.next_value()?).map_err(de::Error::custom)?)
                }
                "height" => {
                    img.height =
                        Some(check_side("height", map.next_value()?).map_err(de::Error::custom)?)
                }
                other => {
                    return Err(de::Error::custom(format!(
                        "unknown `image` key `{other}`{}",
                        crate::suggest::did_you_mean(other, FIELDS.iter().copied())
                    )));
                }
            }
        }
        img.src = src.ok_or_else(|| {
            de::Error::custom("`image` needs a `src`: an http(s) URL or a path in the site")
        })?;
        Ok(img)
    }
}

impl<'de> Deserialize<'de> for Image {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Image, D::Error> {
        d.deserialize_any(ImageVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut passes only what the full checks pass.
    #[test]
    fn a_plain_site_path_passes_the_full_checks() {
        let samples = [
            "/images/photo-0117.jpg",
            "images/a_b.c.png",
            "/images/../secret.jpg",
            "/images/a..b.jpg",
            "..",
            "//cdn.example.net/a.jpg",
            "/a b.jpg",
            " /a.jpg",
            "javascript:alert(1)",
            "https://example.org/a.jpg",
            "/images/\\..\\x.jpg",
            "",
            ".",
            "/",
        ];
        let long = format!("/{}", "a".repeat(MAX_SRC));
        for s in samples.iter().copied().chain([long.as_str()]) {
            if plain_site_path(s) {
                assert!(check_src_fully(s).is_ok(), "{s}");
            }
            assert_eq!(check_src(s).is_ok(), check_src_fully(s).is_ok(), "{s}");
        }
        assert!(plain_site_path("/images/photo-0117.jpg"));
        assert!(!plain_site_path("/images/../x.jpg"));
    }
}
