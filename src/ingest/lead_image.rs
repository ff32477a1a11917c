//! Finding an article's lead image: in a page, its JSON-LD `image`, `og:image`,
//! `twitter:image`, else its first figure or large `<img>`; in a feed entry, its
//! `media:content`/`media:thumbnail`, image enclosure or `itunes:image`, else the first
//! large image of its HTML.
//!
//! Every address is made absolute with the page's [`Base`]; one that cannot be, or that looks
//! like a logo, icon or tracking pixel rather than a picture, is passed over.

use dom_query::{Document, NodeRef};
use feed_rs::model::Entry;
use serde_json::Value;

use super::links::{Base, Target, image_source};
use crate::content::Image;
use crate::content::image::{MAX_SIDE, check_src};

/// A side shorter than this (when the page states it) marks an icon or avatar, not a picture.
const MIN_SIDE: u32 = 200;

/// An `<img>` outside a `<figure>` counts only when its stated width is at least this.
const MIN_LOOSE_WIDTH: u32 = 400;

/// Words in an image's file name that mark site furniture rather than the article's picture.
const FURNITURE: &[&str] = &[
    "logo",
    "placeholder",
    "spacer",
    "blank",
    "pixel",
    "favicon",
    "icon",
    "avatar",
    "sprite",
    "default-og",
    "default_og",
    "fallback",
];

/// File endings that are never a photograph (SVGs are also never inlined, so never kept).
const NOT_PHOTOS: &[&str] = &[".svg", ".svgz", ".ico", ".cur"];

/// The lead image of a parsed page, resolved against `base`.
pub fn of_page(doc: &Document, base: &Base) -> Option<Image> {
    let mut found: Vec<Image> = Vec::new();
    for script in doc.select("script[type='application/ld+json']").iter() {
        if let Ok(v) = serde_json::from_str::<Value>(script.text().trim())
            && let Some(a) = super::html::find_article(&v)
        {
            found.extend(a.get("image").and_then(|i| from_json_ld(i, base)));
        }
    }
    let meta = |sel: &str| -> Option<String> {
        doc.select(sel)
            .iter()
            .filter_map(|s| s.attr("content"))
            .map(|c| c.trim().to_string())
            .find(|c| !c.is_empty())
    };
    let og = meta("meta[property='og:image:secure_url']")
        .or_else(|| meta("meta[property='og:image:url']"))
        .or_else(|| meta("meta[property='og:image']"))
        .or_else(|| meta("meta[name='og:image']"));
    if let Some(mut img) = og.and_then(|u| resolved(&u, base)) {
        img.width = meta("meta[property='og:image:width']").and_then(|w| side(&w));
        img.height = meta("meta[property='og:image:height']").and_then(|h| side(&h));
        img.alt = meta("meta[property='og:image:alt']").map(|a| one_line(&a));
        found.push(img);
    }
    let twitter = meta("meta[name='twitter:image']")
        .or_else(|| meta("meta[name='twitter:image:src']"))
        .or_else(|| meta("meta[property='twitter:image']"));
    if let Some(mut img) = twitter.and_then(|u| resolved(&u, base)) {
        img.alt = meta("meta[name='twitter:image:alt']").map(|a| one_line(&a));
        found.push(img);
    }
    found.extend(first_picture(doc, base));
    choose(found)
}

/// The lead image of a feed entry whose HTML is `html` (resolved against `base`).
pub fn of_entry(e: &Entry, html: &str, base: &Base) -> Option<Image> {
    let mut found: Vec<Image> = Vec::new();
    for m in &e.media {
        let credit = m
            .credits
            .iter()
            .map(|c| one_line(&c.entity))
            .find(|c| !c.is_empty());
        let alt = m
            .description
            .as_ref()
            .map(|d| one_line(&d.content))
            .filter(|d| !d.is_empty() && !d.contains('<'));
        for c in &m.content {
            let Some(url) = &c.url else { continue };
            let is_image = match &c.content_type {
                Some(t) => t.ty().as_str().eq_ignore_ascii_case("image"),
                None => has_image_ending(url.path()),
            };
            if let (true, Some(mut img)) = (is_image, resolved(url.as_str(), base)) {
                img.width = c.width.filter(|w| (1..=MAX_SIDE).contains(w));
                img.height = c.height.filter(|h| (1..=MAX_SIDE).contains(h));
                img.alt.clone_from(&alt);
                img.credit.clone_from(&credit);
                found.push(img);
            }
        }
        for t in &m.thumbnails {
            if let Some(mut img) = resolved(&t.image.uri, base) {
                img.width = t.image.width.filter(|w| (1..=MAX_SIDE).contains(w));
                img.height = t.image.height.filter(|h| (1..=MAX_SIDE).contains(h));
                img.alt.clone_from(&alt);
                img.credit.clone_from(&credit);
                found.push(img);
            }
        }
    }
    if found.iter().all(too_small) && html.contains("<img") {
        found.extend(first_picture(&Document::fragment(html), base));
    }
    choose(found)
}

/// The first candidate that is not known to be small, completed with what later candidates
/// say about the same address (JSON-LD often names the image, `og:` its size).
fn choose(found: Vec<Image>) -> Option<Image> {
    let i = found.iter().position(|c| !too_small(c))?;
    let mut best = found[i].clone();
    for other in found.iter().filter(|o| o.src == best.src) {
        best.alt = best.alt.or_else(|| other.alt.clone());
        best.credit = best.credit.or_else(|| other.credit.clone());
        if best.width.is_none() && best.height.is_none() {
            best.width = other.width;
            best.height = other.height;
        }
    }
    best.alt = best.alt.filter(|a| !a.is_empty());
    best.credit = best.credit.filter(|c| !c.is_empty());
    Some(best)
}

fn too_small(img: &Image) -> bool {
    img.width.is_some_and(|w| w < MIN_SIDE) || img.height.is_some_and(|h| h < MIN_SIDE)
}

/// An image from a JSON-LD `image` value: a URL, an `ImageObject`, or a list of either.
fn from_json_ld(v: &Value, base: &Base) -> Option<Image> {
    match v {
        Value::String(u) => resolved(u, base),
        Value::Array(items) => items.iter().find_map(|i| from_json_ld(i, base)),
        Value::Object(o) => {
            let url = ["url", "contentUrl", "@id"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))?;
            let mut img = resolved(url, base)?;
            img.width = o.get("width").and_then(json_side);
            img.height = o.get("height").and_then(json_side);
            img.alt = ["caption", "description", "name"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))
                .map(one_line);
            img.credit = ["creditText", "copyrightHolder", "author", "creator"]
                .iter()
                .find_map(|k| match o.get(*k)? {
                    Value::String(s) => Some(one_line(s)),
                    Value::Object(p) => p.get("name").and_then(Value::as_str).map(one_line),
                    Value::Array(a) => a
                        .first()
                        .and_then(|p| p.get("name"))
                        .and_then(Value::as_str)
                        .map(one_line),
                    _ => None,
                });
            Some(img)
        }
        _ => None,
    }
}

/// A JSON-LD size: a number, a numeric string (`"1200"`, `"1200px"`) or a `QuantitativeValue`.
fn json_side(v: &Value) -> Option<u32> {
    match v {
        Value::Number(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .and_then(ok_side),
        Value::String(s) => side(s),
        Value::Object(o) => o.get("value").and_then(json_side),
        _ => None,
    }
}

/// A stated size in pixels (`"1200"`, `"1200px"`), if plausible.
fn side(s: &str) -> Option<u32> {
    s.trim()
        .trim_end_matches("px")
        .parse::<u32>()
        .ok()
        .and_then(ok_side)
}

fn ok_side(n: u32) -> Option<u32> {
    (1..=MAX_SIDE).contains(&n).then_some(n)
}

/// The first `<img>` inside a `<figure>`, else the first `<img>` stated to be large.
fn first_picture(doc: &Document, base: &Base) -> Option<Image> {
    let from = |img: &NodeRef, in_figure: bool| -> Option<Image> {
        let mut out = resolved(&image_source(img)?, base)?;
        out.width = img.attr("width").and_then(|w| side(&w));
        out.height = img.attr("height").and_then(|h| side(&h));
        if !in_figure && out.width.is_none_or(|w| w < MIN_LOOSE_WIDTH) {
            return None;
        }
        out.alt = img.attr("alt").map(|a| one_line(&a));
        if too_small(&out) {
            return None;
        }
        Some(out)
    };
    let figure = doc
        .select("figure img")
        .nodes()
        .iter()
        .find_map(|img| from(img, true));
    figure.or_else(|| {
        doc.select("img")
            .nodes()
            .iter()
            .find_map(|i| from(i, false))
    })
}

/// `raw` made absolute, as an image, unless it cannot be or is not a picture.
fn resolved(raw: &str, base: &Base) -> Option<Image> {
    let Target::Link(u) = base.resolve(raw) else {
        return None;
    };
    if !u.starts_with("http") || check_src(&u).is_err() || !is_picture(&u) {
        return None;
    }
    Some(Image::url(u))
}

/// Whether an absolute image address looks like a picture rather than site furniture.
fn is_picture(u: &str) -> bool {
    let Ok(url) = url::Url::parse(u) else {
        return false;
    };
    let file = url
        .path_segments()
        .and_then(|mut s| s.next_back())
        .unwrap_or("")
        .to_ascii_lowercase();
    !NOT_PHOTOS.iter().any(|e| file.ends_with(e)) && !FURNITURE.iter().any(|w| file.contains(w))
}

fn has_image_ending(path: &str) -> bool {
    let p = path.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]
        .iter()
        .any(|e| p.ends_with(e))
}

/// Text on one line with single spaces (it ends up in an attribute).
fn one_line(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(300)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Option<Image> {
        let doc = Document::from(html);
        of_page(
            &doc,
            &Base::of(Some(&doc), &[Some("https://news.example/a/b.html")]),
        )
    }

    fn entry(xml: &str) -> Option<Image> {
        let feed = feed_rs::parser::parse(xml.as_bytes()).unwrap();
        let e = &feed.entries[0];
        let html = e
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .or_else(|| e.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        of_entry(
            e,
            &html,
            &Base::of(None, &[Some("https://feed.example/x/")]),
        )
    }

    #[test]
    fn json_ld_comes_first_and_og_completes_it() {
        let img = page(
            r#"<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "image":[{"@type":"ImageObject","url":"/img/lead.jpg","caption":"The  quay",
            "creditText":"Jane Roe/Agency"}]}</script>
            <meta property="og:image" content="https://news.example/img/lead.jpg">
            <meta property="og:image:width" content="1200"><meta property="og:image:height" content="675">
            <meta name="twitter:image" content="https://news.example/img/tw.jpg"></head><body></body>"#,
        )
        .unwrap();
        assert_eq!(img.src, "https://news.example/img/lead.jpg");
        assert_eq!(img.alt.as_deref(), Some("The quay"));
        assert_eq!(img.credit.as_deref(), Some("Jane Roe/Agency"));
        assert_eq!((img.width, img.height), (Some(1200), Some(675)));
    }

    #[test]
    fn og_then_twitter_then_figure_then_large_img() {
        let og = page(
            r#"<meta property="og:image" content="../pics/a.png"><meta property="og:image:alt" content="A">"#,
        )
        .unwrap();
        assert_eq!(og.src, "https://news.example/pics/a.png");
        assert_eq!(og.alt.as_deref(), Some("A"));
        let tw = page(r#"<meta name="twitter:image:src" content="//cdn.example/t.jpg">"#).unwrap();
        assert_eq!(tw.src, "https://cdn.example/t.jpg");
        let fig = page(
            r#"<body><img src="/small.jpg" width="40"><figure><img data-src="/f.jpg" src="data:," alt="F" width="800" height="450"></figure></body>"#,
        )
        .unwrap();
        assert_eq!(fig.src, "https://news.example/f.jpg");
        assert_eq!((fig.width, fig.alt.as_deref()), (Some(800), Some("F")));
        let large =
            page(r#"<body><img src="/s.jpg"><img src="/l.jpg" width="640"></body>"#).unwrap();
        assert_eq!(large.src, "https://news.example/l.jpg");
    }

    #[test]
    fn furniture_and_unsafe_addresses_are_passed_over() {
        assert_eq!(
            page(
                r#"<meta property="og:image" content="/static/site-logo.png">
                <meta property="og:image" content="javascript:alert(1)">
                <meta name="twitter:image" content="/a.svg"><body><img src="/x.jpg"></body>"#
            ),
            None
        );
        let small = page(
            r#"<meta property="og:image" content="/tiny.jpg"><meta property="og:image:width" content="64">
            <meta name="twitter:image" content="/big.jpg">"#,
        )
        .unwrap();
        assert_eq!(small.src, "https://news.example/big.jpg");
    }

    const RSS: &str = r#"<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>F</title><item><title>T</title><link>https://feed.example/x/1</link>"#;

    #[test]
    fn feed_media_enclosures_and_itunes() {
        let media = entry(&format!(
            r#"{RSS}<media:content url="https://img.example/m.jpg" type="image/jpeg" width="1024" height="576"><media:credit>AP</media:credit></media:content><description>d</description></item></channel></rss>"#
        ))
        .unwrap();
        assert_eq!(media.src, "https://img.example/m.jpg");
        assert_eq!((media.width, media.height), (Some(1024), Some(576)));
        assert_eq!(media.credit.as_deref(), Some("AP"));
        let thumb = entry(&format!(
            r#"{RSS}<media:thumbnail url="/t.jpg" width="640" height="360"/><description>d</description></item></channel></rss>"#
        ))
        .unwrap();
        assert_eq!(thumb.src, "https://feed.example/t.jpg");
        let audio_then_image = entry(&format!(
            r#"{RSS}<enclosure url="https://a.example/e.mp3" type="audio/mpeg" length="1"/><itunes:image href="https://a.example/cover.jpg"/><description>d</description></item></channel></rss>"#
        ))
        .unwrap();
        assert_eq!(audio_then_image.src, "https://a.example/cover.jpg");
        let enclosure = entry(&format!(
            r#"{RSS}<enclosure url="https://a.example/e.png" type="image/png" length="1"/><description>d</description></item></channel></rss>"#
        ))
        .unwrap();
        assert_eq!(enclosure.src, "https://a.example/e.png");
        let in_html = entry(&format!(
            r#"{RSS}<description>&lt;p&gt;x&lt;/p&gt;&lt;figure&gt;&lt;img src="p.jpg" alt="P"&gt;&lt;/figure&gt;</description></item></channel></rss>"#
        ))
        .unwrap();
        assert_eq!(in_html.src, "https://feed.example/x/p.jpg");
        assert_eq!(
            entry(&format!(
                r#"{RSS}<description>no picture</description></item></channel></rss>"#
            )),
            None
        );
    }
}
