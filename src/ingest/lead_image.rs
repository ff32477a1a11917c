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

/// Folders that hold site furniture (matched whole: Drupal keeps everything under
/// `sites/default/files`, FAZ renditions under `default-retina`, so `default` is not one).
const FURNITURE_DIRS: &[&str] = &[
    "fallback",
    "fallbacks",
    "placeholder",
    "placeholders",
    "logo",
    "logos",
    "icons",
    "avatars",
    "author",
    "authors",
    "social",
    "share",
    "sharing",
    "branding",
    "category",
    "categories",
    "blog-categories",
];

/// Words that make a file name a site-wide share picture when nothing in the name is about
/// the story (`facebook.png`, `preview-fb-hd.png`, `portrait2018facebook.jpg`, `og-default.jpg`).
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "fb",
    "twitter",
    "og",
    "opengraph",
    "social",
    "share",
    "sharing",
    "preview",
    "default",
    "generic",
    "site",
    "brand",
    "branding",
    "portrait",
    "profile",
    "author",
    "headshot",
    "banner",
    "header",
];

/// Words that say nothing about a picture's subject (sizes, kinds, versions).
const EMPTY_WORDS: &[&str] = &[
    "hd", "retina", "large", "big", "small", "medium", "wide", "square", "image", "img", "pic",
    "picture", "photo", "card", "thumb", "new", "final", "web", "px", "x", "v", "me", "main",
];

/// File endings that are never a photograph (SVGs are also never inlined, so never kept).
const NOT_PHOTOS: &[&str] = &[".svg", ".svgz", ".ico", ".cur"];

/// The lead image of a parsed page, resolved against `base`.
pub fn of_page(doc: &Document, base: &Base) -> Option<Image> {
    let mut found: Vec<Image> = Vec::new();
    let ld: Vec<Value> = doc
        .select("script[type='application/ld+json']")
        .iter()
        .filter_map(|script| serde_json::from_str::<Value>(script.text().trim()).ok())
        .collect();
    let mut nodes = Nodes::default();
    for v in &ld {
        nodes.collect(v, 0);
    }
    for v in &ld {
        if let Some(a) = super::html::find_article(v) {
            found.extend(
                a.get("image")
                    .and_then(|i| from_json_ld(i, base, &nodes, 0)),
            );
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
    // The site's own logo or emblem, offered as the page's picture, is no article's picture.
    let emblems = site_emblems(doc, base, &nodes);
    found.retain(|img| !emblems.contains(&img.src));
    choose(found)
}

/// JSON-LD objects by `@id`, so that a reference (`{"@id": "…#primaryimage"}`) can be
/// followed to the node it names, and the site's organisation and logos can be told apart.
#[derive(Default)]
struct Nodes<'a> {
    by_id: std::collections::HashMap<&'a str, &'a Value>,
    /// Organisations, brands, the website itself, publishers and authors: their `logo` and
    /// `image` are emblems.
    publishers: Vec<&'a Value>,
}

/// How deep JSON-LD is walked and references are followed (hostile pages nest without end).
const MAX_DEPTH: usize = 12;

impl<'a> Nodes<'a> {
    fn collect(&mut self, v: &'a Value, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        match v {
            Value::Array(items) => items.iter().for_each(|i| self.collect(i, depth + 1)),
            Value::Object(o) => {
                // A bare reference names a node; it is not one.
                if let Some(id) = o.get("@id").and_then(Value::as_str)
                    && o.len() > 1
                {
                    self.by_id.entry(id).or_insert(v);
                }
                let is_publisher = |t: &str| {
                    t.ends_with("Organization") || matches!(t, "WebSite" | "Brand" | "Corporation")
                };
                let typed = match o.get("@type") {
                    Some(Value::String(t)) => is_publisher(t),
                    Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_publisher),
                    _ => false,
                };
                if typed {
                    self.publishers.push(v);
                }
                for (k, child) in o {
                    // The publisher's logo, and an author's portrait, are not the story's picture.
                    if matches!(k.as_str(), "publisher" | "author" | "creator") {
                        self.publishers.push(child);
                    }
                    self.collect(child, depth + 1);
                }
            }
            _ => {}
        }
    }

    /// The node `v` refers to when it is a bare `{"@id": …}` reference, else `v`.
    fn follow(&self, v: &'a Value) -> &'a Value {
        match v.as_object() {
            Some(o) if o.len() == 1 => o
                .get("@id")
                .and_then(Value::as_str)
                .and_then(|id| self.by_id.get(id).copied())
                .unwrap_or(v),
            _ => v,
        }
    }
}

/// Addresses of the site's emblems: the `logo` (and `image`) of the publisher, organisation or
/// website in JSON-LD, and the page's icons.
fn site_emblems(doc: &Document, base: &Base, nodes: &Nodes) -> Vec<String> {
    let mut out = Vec::new();
    for p in &nodes.publishers {
        let p = nodes.follow(p);
        for key in ["logo", "image"] {
            if let Some(v) = p
                .as_array()
                .map_or(Some(p), |a| a.first())
                .and_then(|p| p.get(key))
            {
                out.extend(json_ld_address(v, base, nodes, 0));
            }
        }
    }
    for link in doc
        .select("link[rel~='icon'], link[rel='apple-touch-icon'], link[rel='mask-icon']")
        .iter()
    {
        if let Some(href) = link.attr("href")
            && let Target::Link(u) = base.resolve(&href)
        {
            out.push(u);
        }
    }
    out
}

/// Every absolute address a JSON-LD image value names, furniture or not.
fn json_ld_address(v: &Value, base: &Base, nodes: &Nodes, depth: usize) -> Vec<String> {
    if depth > MAX_DEPTH {
        return Vec::new();
    }
    let resolve = |u: &str| match base.resolve(u) {
        Target::Link(u) => Some(u),
        _ => None,
    };
    match nodes.follow(v) {
        Value::String(u) => resolve(u).into_iter().collect(),
        Value::Array(items) => items
            .iter()
            .flat_map(|i| json_ld_address(i, base, nodes, depth + 1))
            .collect(),
        Value::Object(o) => ["url", "contentUrl"]
            .iter()
            .filter_map(|k| o.get(*k).and_then(Value::as_str))
            .filter_map(resolve)
            .collect(),
        _ => Vec::new(),
    }
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

/// An image from a JSON-LD `image` value: a URL, an `ImageObject`, a reference to one
/// elsewhere in the page's JSON-LD (`{"@id": …}`), or a list of these.
fn from_json_ld(v: &Value, base: &Base, nodes: &Nodes, depth: usize) -> Option<Image> {
    if depth > MAX_DEPTH {
        return None;
    }
    match nodes.follow(v) {
        Value::String(u) => resolved(u, base),
        Value::Array(items) => items
            .iter()
            .find_map(|i| from_json_ld(i, base, nodes, depth + 1)),
        Value::Object(o) => {
            // An `@id` is a name, not an address: it counts only when it names an image file.
            let url = ["url", "contentUrl"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))
                .or_else(|| {
                    o.get("@id")
                        .and_then(Value::as_str)
                        .filter(|id| has_image_ending(id.split(['?', '#']).next().unwrap_or("")))
                })?;
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
    let segments: Vec<String> = url
        .path_segments()
        .map(|s| s.map(str::to_ascii_lowercase).collect())
        .unwrap_or_default();
    let Some((file, dirs)) = segments.split_last() else {
        return false;
    };
    !NOT_PHOTOS.iter().any(|e| file.ends_with(e))
        && !FURNITURE.iter().any(|w| file.contains(w))
        // WordPress names the Customizer's crops so: header images, site icons, logos.
        && !file.starts_with("cropped-")
        && !dirs.iter().any(|d| FURNITURE_DIRS.contains(&d.as_str()))
        && !is_share_name(file)
}

/// Whether a file name is only share-picture words, sizes and numbers, with at least one
/// share word: nothing in it names the story.
fn is_share_name(file: &str) -> bool {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    let mut words: Vec<&str> = Vec::new();
    // Split at anything but letters and digits, and where letters meet digits.
    for part in stem.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut start = 0;
        let b = part.as_bytes();
        for k in 1..b.len() {
            if b[k].is_ascii_digit() != b[k - 1].is_ascii_digit() {
                words.push(&part[start..k]);
                start = k;
            }
        }
        if start < part.len() {
            words.push(&part[start..]);
        }
    }
    let share = |w: &&str| SHARE_WORDS.contains(w);
    words.iter().any(share)
        && words
            .iter()
            .all(|w| share(w) || EMPTY_WORDS.contains(w) || w.bytes().all(|c| c.is_ascii_digit()))
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

    #[test]
    fn json_ld_references_are_followed_to_their_node() {
        let img = page(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"https://news.example/#org","name":"N",
             "logo":{"@type":"ImageObject","@id":"https://news.example/#logo","url":"https://news.example/logo-512.png"},
             "image":{"@id":"https://news.example/#logo"}},
            {"@type":"ImageObject","@id":"https://news.example/a/b.html#primaryimage",
             "url":"https://news.example/up/erin.png?fit=3217%2C1665","width":3217,"height":1665,"caption":"Erin"},
            {"@type":"BlogPosting","headline":"H","publisher":{"@id":"https://news.example/#org"},
             "image":{"@id":"https://news.example/a/b.html#primaryimage"}}]}</script>"#,
        )
        .unwrap();
        assert_eq!(img.src, "https://news.example/up/erin.png?fit=3217%2C1665");
        assert_eq!((img.width, img.alt.as_deref()), (Some(3217), Some("Erin")));
        // A reference to nothing is no address.
        assert_eq!(
            page(
                r#"<script type="application/ld+json">{"@type":"NewsArticle",
                "image":{"@id":"https://news.example/a/b.html#primaryimage"}}</script>"#
            ),
            None
        );
        // References that loop end.
        assert_eq!(
            page(
                r#"<script type="application/ld+json">[{"@id":"urn:x","image":{"@id":"urn:y"},"@type":"Thing"},
                {"@id":"urn:y","image":{"@id":"urn:x"},"@type":"Thing"},
                {"@type":"NewsArticle","image":{"@id":"urn:x"}}]</script>"#
            ),
            None
        );
    }

    #[test]
    fn the_sites_emblems_are_not_the_storys_picture() {
        let logo = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "publisher":{"@type":"Organization","name":"N","logo":{"@type":"ImageObject","url":"https://news.example/brand/n-1200.jpg"}},
            "author":{"@type":"Person","name":"J","image":"https://news.example/people/j.jpg"}}</script>"#;
        let got = |og: &str| {
            page(&format!(
                r#"{logo}<meta property="og:image" content="{og}"><link rel="apple-touch-icon" href="/touch-1200.png">
                <meta name="twitter:image" content="https://news.example/2024/quay.jpg">"#
            ))
            .unwrap()
            .src
        };
        for emblem in [
            "https://news.example/brand/n-1200.jpg",
            "https://news.example/people/j.jpg",
            "https://news.example/touch-1200.png",
        ] {
            assert_eq!(
                got(emblem),
                "https://news.example/2024/quay.jpg",
                "{emblem}"
            );
        }
        assert_eq!(
            got("https://news.example/2024/harbour.jpg"),
            "https://news.example/2024/harbour.jpg"
        );
    }

    #[test]
    fn site_wide_share_pictures_are_furniture_by_name_and_folder() {
        for furniture in [
            "https://a.example/images/facebook.png",
            "https://a.example/tm3/img/preview-fb-hd.png",
            "https://a.example/img/portrait2018facebook.jpg",
            "https://a.example/og-default-1200x630.jpg",
            "https://a.example/files/2013/06/cropped-1024px-alsterpanorama.jpg",
            "https://a.example/core/files/fallback/big/1365597833-AGC2.jpg",
            "https://a.example/media/blog-categories/technical.jpg",
            "https://a.example/static/authors/jane-roe.jpg",
        ] {
            assert!(!is_picture(furniture), "{furniture}");
        }
        for story in [
            "https://github.blog/wp-content/uploads/2019/03/Erin_FB.png?resize=1024,538",
            "https://cdn.example/sites/default/files/styles/1200x800/public/2020/01/17/a_image_hires_193421.JPG",
            "https://media0.faz.net/ppmedia/aktuell/1.6604694/default-retina/auch-herbert-groenemeyer.jpg",
            "https://www.dw.com/image/43470564_304.jpg",
            "https://img.zeit.de/mobilitaet/2020-01/zug-bild/wide__1300x731",
            "https://media.example/2018/08/la-traffic.jpg",
            "https://a.example/2020/01/facebook-hearing-zuckerberg.jpg",
        ] {
            assert!(is_picture(story), "{story}");
        }
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
