//! Machine-readable article metadata: the JSON-LD `NewsArticle` in each article page's head.

use serde_json::{Value, json};

use crate::site::Site;

/// The `NewsArticle` of article `i` as JSON that is safe inside `<script>`: `<`, `>` and `&`
/// are written as `\u` escapes, so no title can close the element or open a comment.
///
/// It says only what the page's other head elements do not: the summary is the page's
/// description (`<meta name="description" property="og:description">`), its address the
/// canonical link, its language `<html lang>` (unless the article's own differs), the site
/// publishing it `og:site_name` (no `publisher`: search engines do not ask for it on
/// articles), its tags `keywords` here and nowhere else; `dateModified` is there when the
/// article was updated.
pub fn news_article(site: &Site, i: usize) -> String {
    let a = &site.articles[i];
    let tz = site.config.tz();
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.front.title,
        "datePublished": a.date.rfc3339(tz),
        "wordCount": site.rendered(i).word_count,
    });
    let obj = doc.as_object_mut().expect("a JSON object");
    if let Some(updated) = a.updated {
        obj.insert("dateModified".into(), Value::from(updated.rfc3339(tz)));
    }
    let language = a.front.language.as_deref().unwrap_or(&site.config.language);
    if let (Some(lang), _) = crate::lang::attrs_within(language, &site.config.language) {
        obj.insert("inLanguage".into(), Value::from(lang));
    }
    if !a.front.authors.is_empty() {
        let authors: Vec<Value> = a
            .front
            .authors
            .iter()
            .map(|n| json!({ "@type": "Person", "name": n }))
            .collect();
        obj.insert("author".into(), Value::from(authors));
    }
    if let Some(img) = &site.images[i] {
        let v = img.view(&site.urls);
        let mut o = json!({ "@type": "ImageObject", "url": v.preview });
        let o_map = o.as_object_mut().expect("a JSON object");
        if let (Some(w), Some(h)) = (v.preview_width, v.preview_height) {
            o_map.insert("width".into(), Value::from(w));
            o_map.insert("height".into(), Value::from(h));
        }
        if !v.alt.is_empty() {
            o_map.insert("caption".into(), Value::from(v.alt));
        }
        if let Some(c) = v.credit {
            o_map.insert("creditText".into(), Value::from(c));
        }
        obj.insert("image".into(), o);
    }
    if let Some(url) = &a.front.source_url {
        obj.insert("isBasedOn".into(), Value::from(url.as_str()));
    }
    if let Some(s) = site.article_source[i] {
        obj.insert(
            "sourceOrganization".into(),
            json!({ "@type": "NewsMediaOrganization", "name": site.sources[s].name }),
        );
    }
    let mut about: Vec<Value> = site.article_people[i]
        .iter()
        .map(|&p| json!({ "@type": "Person", "name": site.people[p].name }))
        .collect();
    about.extend(
        site.regions.countries[i]
            .iter()
            .map(|&n| json!({ "@type": "Place", "name": site.regions.nodes[n].name })),
    );
    if !about.is_empty() {
        obj.insert("about".into(), Value::from(about));
    }
    if !site.article_tags[i].is_empty() {
        let tags: Vec<&str> = site.article_tags[i]
            .iter()
            .map(|&t| site.tags[t].name.as_str())
            .collect();
        obj.insert("keywords".into(), Value::from(tags.join(", ")));
    }
    script_safe(&doc.to_string())
}

/// JSON text with `<`, `>` and `&` escaped (still the same JSON value).
pub fn script_safe(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_keeps_its_value_and_cannot_close_the_script() {
        let v = json!({ "headline": "</script><script>alert(1)</script> & <!--" });
        let s = script_safe(&v.to_string());
        assert!(!s.contains('<') && !s.contains('>'));
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
