//! The HTML reader: metadata from meta tags and JSON-LD, the main content found by readability
//! (dom_smoothie), converted to Markdown and cleaned.

use dom_query::{Document, NodeRef};
use serde_json::Value;

use super::Draft;
use super::clean::Cleaner;
use super::links::Base;
use super::text::normalise_line;
use super::{
    anchor, density, furniture, heading_names, headline, held_back, key_points, labels,
    layout_table, lead_caption, lead_image, meta_row, page_data, published, review_box, signoff,
    standfirst, teasers,
};

/// Fewer words than this in the extracted body means the page has no article.
const MIN_WORDS: usize = 25;
/// The least share of readability's text the dense block's `<p>` text must reach for the
/// block to be a second opinion on it.
const PARAGRAPH_SHARE: f64 = 0.5;

/// Elements whose content is never article text.
const DROP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "nav",
    "aside",
    "footer",
    "button",
    "svg",
    "input",
    "select",
    "textarea",
    "template",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "dialog",
    "menu",
    "head",
    "title",
    "meta",
    "link",
    "annotation",
    "annotation-xml",
];

/// Markdown made from HTML is at most this many bytes per byte of HTML, plus
/// [`GROWTH_SLACK`]: escaping and URL encoding stay well inside it, while a page built to
/// blow up (an unclosed link the parser copies into every later paragraph, deep nesting)
/// is cut to its text or refused instead of taking unbounded time and memory.
pub const MAX_GROWTH: usize = 8;

/// The fixed allowance on top of [`MAX_GROWTH`].
pub const GROWTH_SLACK: usize = 4096;

/// Quotes and lists nested deeper than this are not indented further (each level would
/// repeat its prefix on every line inside it).
const MAX_NESTING: usize = 8;

/// The most Markdown that HTML of `html_len` bytes may turn into.
pub fn markdown_budget(html_len: usize) -> usize {
    html_len
        .saturating_mul(MAX_GROWTH)
        .saturating_add(GROWTH_SLACK)
}

/// Bytes of attribute values in a parsed document. The parser clones a misnested element
/// (with its attributes) into each block after it, so this can far exceed the source.
fn attribute_bytes(doc: &Document) -> usize {
    doc.root()
        .descendants_it()
        .map(|n| n.attrs().iter().map(|a| a.value.len()).sum::<usize>())
        .sum()
}

/// Reads an HTML page into a draft; `url` (where it was fetched) resolves relative links.
pub fn read(html: &str, url: Option<&str>, cleaner: &Cleaner) -> Result<Draft, String> {
    let doc = Document::from(html);
    let budget = markdown_budget(html.len());
    if attribute_bytes(&doc) > budget {
        return Err(format!(
            "HTML refused: its tags expand to more than {} KiB once parsed (an unclosed link repeated into every paragraph?)",
            budget / 1024
        ));
    }
    let meta = Meta::of(&doc);
    // Paragraphs held back in a `<template>` until a click are the story's, and what the
    // passes below read.
    held_back::reveal(&doc);
    // A client-rendered page's story may be only in its data (read before the scripts go).
    let data_story = page_data::story(&doc);
    let links = Base::of(Some(&doc), &[url, meta.url.as_deref()]);
    // Before readability, which rewrites the document and drops its head.
    let image = lead_image::of_page(&doc, &links);
    // A saved page with no address still names its own site: in its absolute links.
    let host = links
        .url()
        .and_then(|u| u.host_str().map(str::to_string))
        .or_else(|| likely_host(&doc));
    // Before furniture: a review theme may name the box's row a footer.
    let review = review_box::find(&doc);
    furniture::remove(&doc);
    labels::remove(&doc);
    heading_names::unmark(&doc);
    meta_row::remove(&doc);
    // After furniture: a photographer's credit beside the caption is gone.
    let caption = lead_caption::find_placed(&doc);
    let points = key_points::find(&doc);
    layout_table::remove_sidebars(&doc);
    let teaser_cards = teasers::cards(&doc, host.as_deref(), cleaner);
    unhide_math(&doc);
    let dense = density::densest_in(&doc);
    let declared = anchor::find(
        &doc,
        meta.body.as_deref(),
        &[
            &meta.titles.json_ld,
            &meta.titles.social,
            &meta.titles.title_tag,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>(),
    );
    let lead = meta
        .description
        .as_deref()
        .and_then(|d| standfirst::find(&doc, d));
    let claim = meta
        .claim
        .as_deref()
        .and_then(|c| standfirst::find(&doc, c));
    let deck = lead
        .is_none()
        .then(|| standfirst::below_headline(&doc))
        .flatten();
    let fetched = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let base = links.url().map(|u| u.as_str().to_string());
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let mut reader = dom_smoothie::Readability::with_document(doc, base.as_deref(), Some(cfg))
        .map_err(|e| format!("cannot read the HTML: {e}"))?;
    let article = match reader.parse() {
        Ok(a) => a,
        // A shell rendered by scripts: nothing on the page, the story in its data.
        Err(_) if data_story.is_some() => nothing_found(),
        Err(_) => return Err("HTML with no article: no main content found".to_string()),
    };
    let title = headline::choose(
        &headline::Candidates {
            readability: Some(article.title.clone()),
            ..meta.titles.clone()
        },
        &meta.sites(article.site_name.as_deref()),
        host.as_deref(),
    );
    if title.is_empty() {
        return Err("HTML with no article: no title found".into());
    }
    let blocks = to_markdown(&article.content, &links);
    let mut kept = cleaner.clean(&title, &blocks);
    // Converting and cleaning the dense block costs as much as the article itself: only when
    // its size says it may be taken (letters, with slack around the word ratios below).
    let found = article
        .text_content
        .chars()
        .filter(|c| c.is_alphanumeric())
        .count()
        .max(1);
    let dense = dense
        .filter(|d| {
            text_words(&kept) < MIN_WORDS
                || ((DENSE_GAIN * 0.9..=DENSE_MAX * 1.2)
                    .contains(&(d.letters as f64 / found as f64))
                    // A story written without `<p>` (`<br>` runs, `<div>` lines) leaves
                    // the page's few paragraphs in furniture: they say nothing of it.
                    && d.in_paragraphs as f64 >= PARAGRAPH_SHARE * found as f64)
        })
        .map(|d| d.html);
    if let Some(dense) = dense {
        // Readability settled on a fragment (page builders split articles into widgets,
        // and it drops a widget of links it takes for a list): the block holding most of the
        // paragraph text, when that is an article and holds what readability found.
        let again = cleaner.clean(&title, &to_markdown(&dense, &links));
        let (before, after) = (text_words(&kept), text_words(&again));
        if after >= MIN_WORDS
            && (before < MIN_WORDS
                || ((DENSE_GAIN..=DENSE_MAX).contains(&(after as f64 / before as f64))
                    && covers(&again, &kept)))
        {
            kept = again;
        }
    }
    if let Some(declared) = declared
        && let Some(story) = check_declared(&declared, &kept, &title, &links, cleaner)
    {
        kept = story;
    }
    if let Some(data) = data_story
        && let Some(story) = from_data(&data, &kept, &title, &links, cleaner)
    {
        kept = story;
    }
    let under_headline = |h1: &str| {
        let (h1, title) = (super::clean::key(h1), super::clean::key(&title));
        !title.is_empty() && (h1.contains(&title) || title.contains(&h1))
    };
    let lead = lead.or(deck.filter(|d| under_headline(&d.headline)).map(|d| d.html));
    if let Some(points) = points.filter(|p| under_headline(&p.headline)) {
        // The author's summary above the story, outside the body readability finds; none of
        // it kept by readability already (it then chose what to keep).
        let blocks = cleaner.clean(&title, &to_markdown(&points.html, &links));
        if !blocks.is_empty() && !blocks.iter().any(|b| standfirst::already_in(b, &kept)) {
            kept.splice(0..0, blocks);
        }
    }
    if let Some(caption) = caption {
        // The lead figure's caption, in the header above the story readability found; after
        // the standfirst set above the figure when readability kept that as the first block.
        let blocks = cleaner.clean(&title, &to_markdown(&caption.html, &links));
        if !blocks.is_empty() && !caption_kept(&blocks.join(" "), &kept) {
            let at = match (&caption.after, kept.first()) {
                (Some(sf), Some(first)) => {
                    let (sf, first) = (super::clean::key(sf), super::clean::key(first));
                    usize::from(!sf.is_empty() && first.contains(&sf))
                }
                _ => 0,
            };
            kept.splice(at..at, blocks);
        }
    }
    if let Some(claim) = claim {
        // The claim a fact check reviews, in its box above the check (after the standfirst).
        let blocks = cleaner.clean(&title, &to_markdown(&claim, &links));
        if !blocks.is_empty() && !standfirst::already_in(&blocks.join(" "), &kept) {
            kept.splice(0..0, blocks);
        }
    }
    if let Some(lead) = lead {
        // The standfirst a page sets beside its headline, outside the body readability finds.
        let blocks = cleaner.clean(&title, &to_markdown(&lead, &links));
        if !blocks.is_empty() && !standfirst::already_in(&blocks.join(" "), &kept) {
            kept.splice(0..0, blocks);
        }
    }
    if let Some(review) = review.filter(|r| under_headline(&r.headline)) {
        // The review's pros, cons and verdict, after the story (readability left the box out,
        // or furniture took its row); none of it kept already, and without its scores.
        let blocks =
            review_box::without_scores(cleaner.clean(&title, &to_markdown(&review.html, &links)));
        if !blocks.is_empty() && !blocks.iter().any(|b| standfirst::already_in(b, &kept)) {
            kept.extend(blocks);
        }
    }
    // Other stories' teasers readability kept in the story's column.
    kept.retain(|b| !teasers::is_teaser(b, &teaser_cards));
    let authors = if meta.authors.is_empty() {
        article
            .byline
            .as_deref()
            .map(split_byline)
            .unwrap_or_default()
    } else {
        meta.authors
    };
    signoff::trim(&mut kept, &authors);
    let size: usize = kept.iter().map(|b| b.len() + 2).sum();
    if size > budget {
        return Err(format!(
            "HTML refused: its article converts to {} KiB of Markdown, over {} KiB for a page of this size",
            size / 1024,
            budget / 1024
        ));
    }
    let words = text_words(&kept);
    if words < MIN_WORDS {
        return Err(format!(
            "HTML with no article: only {words} words of text in the main content"
        ));
    }
    let date = meta
        .date
        .clone()
        .or_else(|| {
            article
                .published_time
                .as_deref()
                .and_then(published::normalise)
        })
        .or_else(|| meta.time.clone())
        .or_else(|| {
            [
                fetched,
                meta.url.as_deref(),
                links.url().map(url::Url::as_str),
            ]
            .into_iter()
            .flatten()
            .find_map(published::from_url)
            .map(|d| d.to_string())
        })
        .or_else(|| {
            // "… | DW | 19.01.2020": a date as a title's last part.
            [&meta.titles.social, &meta.titles.title_tag]
                .into_iter()
                .flatten()
                .filter_map(|t| t.rsplit(['|', '-', '–', '—', '·']).next())
                .filter(|last| last.split_whitespace().count() <= 4)
                .find_map(published::dateline)
                .map(|d| d.to_string())
        })
        .or_else(|| meta.dateline.map(|d| d.to_string()));
    Ok(Draft {
        title,
        body: kept.join("\n\n"),
        date,
        authors,
        source: meta
            .source
            .or(article.site_name.map(|s| normalise_line(&s))),
        source_url: meta.url.or(article.url).or(fetched.map(str::to_string)),
        partial: false,
        fingerprint: String::new(),
        language: meta.language,
        image,
    })
}

/// The story as the page declares it ([`anchor`]), when readability's pick `kept` disagrees
/// with it: a declared body (microdata, JSON-LD) must hold the pick and be held by it; the
/// `<article>` holding the headline, which also holds its header and furniture, must hold
/// most of the pick, and when it does not, readability's pick inside it is the story.
fn check_declared(
    declared: &anchor::Anchor,
    kept: &[String],
    title: &str,
    links: &Base,
    cleaner: &Cleaner,
) -> Option<Vec<String>> {
    // Its raw text first: converting it costs as much as the article, and most picks agree.
    let o = anchor::overlap(kept, std::slice::from_ref(&declared.text));
    // The story and the next one the page loaded below it: the story's own block is taken.
    let second = anchor::holds_another_story(declared, kept, o);
    if !second && !anchor::may_replace(declared.source, o) {
        return None;
    }
    let blocks = cleaner.clean(title, &to_markdown(&declared.html, links));
    if text_words(&blocks) < MIN_WORDS
        || (!second && !anchor::may_replace(declared.source, anchor::overlap(kept, &blocks)))
    {
        return None;
    }
    if !matches!(
        declared.source,
        anchor::Source::Article | anchor::Source::Heading
    ) {
        return Some(blocks);
    }
    let cfg = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    let page = format!("<html><body>{}</body></html>", declared.html);
    let base = links.url().map(url::Url::as_str);
    let inside = dom_smoothie::Readability::new(page, base, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| cleaner.clean(title, &to_markdown(&a.content, links)))
        .filter(|b| text_words(b) >= MIN_WORDS);
    Some(inside.unwrap_or(blocks))
}

/// What readability found on a page showing nothing of its story.
fn nothing_found() -> dom_smoothie::Article {
    dom_smoothie::Article {
        title: String::new(),
        byline: None,
        content: "".into(),
        text_content: "".into(),
        length: 0,
        excerpt: None,
        site_name: None,
        dir: None,
        lang: None,
        published_time: None,
        modified_time: None,
        image: None,
        favicon: None,
        url: None,
    }
}

/// The story in the page's data ([`page_data`]) when readability found none or a fragment of
/// it (a shell rendered by scripts, a paywall over the first paragraph).
fn from_data(
    data: &page_data::Story,
    kept: &[String],
    title: &str,
    links: &Base,
    cleaner: &Cleaner,
) -> Option<Vec<String>> {
    let before = text_words(kept);
    if before >= MIN_WORDS
        && !anchor::is_fragment(anchor::overlap(kept, std::slice::from_ref(&data.text)))
    {
        return None;
    }
    let blocks = cleaner.clean(title, &to_markdown(&data.html, links));
    (text_words(&blocks) >= MIN_WORDS.max(before + 1)).then_some(blocks)
}

/// A page's own host when it does not say its address: the host most of its absolute links
/// and images point to (at least [`OWN_HOST_MIN`] of them, and more than any other).
fn likely_host(doc: &Document) -> Option<String> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for node in doc.select("a[href], img[src], link[href]").nodes() {
        let Some(v) = node.attr("href").or_else(|| node.attr("src")) else {
            continue;
        };
        if let Ok(u) = url::Url::parse(v.trim())
            && matches!(u.scheme(), "http" | "https")
            && let Some(h) = u.host_str()
        {
            *counts.entry(h.to_ascii_lowercase()).or_default() += 1;
        }
    }
    let mut ranked: Vec<(String, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    match ranked.as_slice() {
        [(h, n), rest @ ..] if *n >= OWN_HOST_MIN && rest.first().is_none_or(|r| r.1 < *n) => {
            Some(h.clone())
        }
        _ => None,
    }
}

/// Absolute links to one host that make it the page's own.
const OWN_HOST_MIN: usize = 3;

/// The densest block replaces readability's pick only when it holds this many times the words.
const DENSE_GAIN: f64 = 1.15;

/// ... and at most this many: a block with far more text than readability's pick holds other
/// stories too (teasers, a blog's front page), not the rest of this one.
const DENSE_MAX: f64 = 2.0;

/// Does `wider` hold nearly all of `narrower`'s paragraphs (so it only adds to them)?
fn covers(wider: &[String], narrower: &[String]) -> bool {
    let all = super::clean::key(&wider.join(" "));
    let keys: Vec<String> = narrower
        .iter()
        .map(|b| super::clean::key(b))
        .filter(|k| k.len() > 20)
        .collect();
    let found = keys.iter().filter(|k| all.contains(k.as_str())).count();
    !keys.is_empty() && found * 10 >= keys.len() * 9
}

/// Words of running text in `blocks` (headings and images aside).
fn text_words(blocks: &[String]) -> usize {
    // A picture's line is no text, but a paragraph may open with one (`<p><img><br>Text`).
    blocks
        .iter()
        .filter(|b| !b.starts_with('#'))
        .flat_map(|b| b.lines())
        .filter(|l| !l.trim_start().starts_with("!["))
        .map(word_count)
        .sum()
}

/// Characters of scripts written without spaces (Chinese, Japanese, Thai, …) per word: a
/// Chinese word is one to two characters, a Thai one about four.
const CHARS_PER_WORD: usize = 2;

/// Words in `text`: runs between spaces, except that text in a script written without
/// spaces counts by characters, so a Chinese or Thai article is not taken for a stub.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .map(|token| {
            let spaceless = token.chars().filter(|&c| is_spaceless_script(c)).count();
            if spaceless == 0 {
                1
            } else {
                spaceless.div_ceil(CHARS_PER_WORD)
            }
        })
        .sum()
}

/// Letters of the scripts written without spaces between words: Han, kana, Thai, Lao, Khmer,
/// Myanmar and Tibetan (Korean is spaced: its words count as words).
pub(super) fn is_spaceless_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FA1F  // CJK Extensions B–F
        | 0x0E00..=0x0EFF    // Thai, Lao
        | 0x1780..=0x17FF    // Khmer
        | 0x1000..=0x109F    // Myanmar
        | 0x0F00..=0x0FFF    // Tibetan
    )
}

/// What the page says about itself.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    /// The headline as each source gives it.
    pub titles: headline::Candidates,
    /// The publication date from JSON-LD or meta tags, normalised.
    pub date: Option<String>,
    /// The date of the article's `<time>` element, normalised.
    pub time: Option<String>,
    /// A date written near the headline.
    pub dateline: Option<chrono::NaiveDate>,
    /// Bylines.
    pub authors: Vec<String>,
    /// The publication's name.
    pub source: Option<String>,
    /// Other names the publication goes by (`application-name`, the JSON-LD publisher).
    pub aliases: Vec<String>,
    /// The canonical address.
    pub url: Option<String>,
    /// The page's summary of itself (`og:description`, `description`, JSON-LD).
    pub description: Option<String>,
    /// The language the page declares (`<html lang>`, `content-language`, `og:locale`).
    pub language: Option<String>,
    /// The story's text as JSON-LD's `articleBody` states it.
    pub body: Option<String>,
    /// The claim a fact check reviews (JSON-LD `ClaimReview`).
    pub claim: Option<String>,
}

/// Meta tags naming the publication date, most specific first.
const DATE_META: &[&str] = &[
    "meta[property='article:published_time']",
    "meta[name='article:published_time']",
    "meta[property='og:article:published_time']",
    "meta[itemprop='datePublished']",
    "meta[property='datePublished']",
    "meta[name='datePublished']",
    "meta[name='parsely-pub-date']",
    "meta[name='sailthru.date']",
    "meta[name='pubdate']",
    "meta[name='publishdate']",
    "meta[name='publish-date']",
    "meta[name='publish_date']",
    "meta[name='publication_date']",
    "meta[name='article.published']",
    "meta[name='article_date_original']",
    "meta[name='cXenseParse:recs:publishtime']",
    "meta[name='citation_publication_date']",
    "meta[name='citation_date']",
    "meta[name='dc.date.issued']",
    "meta[name='DC.date.issued']",
    "meta[name='dcterms.issued']",
    "meta[name='DCTERMS.issued']",
    "meta[name='dcterms.created']",
    "meta[name='DC.date.created']",
    "meta[name='dc.date']",
    "meta[name='DC.date']",
    "meta[name='DC.Date']",
    "meta[name='dcterms.date']",
    "meta[name='date']",
    "meta[name='Date']",
    "meta[property='article:published']",
    "meta[itemprop='dateCreated']",
];

impl Meta {
    /// Reads JSON-LD (`NewsArticle` and kin) first, then OpenGraph and other meta tags.
    pub fn of(doc: &Document) -> Meta {
        let mut m = Meta::default();
        let meta = |sel: &str| -> Option<String> {
            doc.select(sel)
                .iter()
                .filter_map(|s| s.attr("content").or_else(|| s.attr("datetime")))
                .map(|c| normalise_line(&c))
                .find(|c| !c.is_empty())
        };
        m.titles.social = meta("meta[property='og:title']")
            .or_else(|| meta("meta[name='og:title']"))
            .or_else(|| meta("meta[name='twitter:title']"));
        m.titles.title_tag = doc
            .select("head title")
            .iter()
            .chain(doc.select("title").iter())
            .map(|t| t.text().to_string())
            .find(|t| !t.trim().is_empty());
        m.titles.h1 = doc
            .select("h1")
            .iter()
            .map(|h| h.text().to_string())
            .filter(|h| !h.trim().is_empty() && h.len() < 1000)
            .take(5)
            .collect();
        m.titles.sections = section_names(doc);
        m.titles.after_h1 = heading_after_h1(doc);
        if m.titles.h1.is_empty() {
            m.titles.emphasised = emphasised_headings(doc);
        }
        let json_ld: Vec<Value> = doc
            .select("script[type='application/ld+json']")
            .iter()
            .filter_map(|script| serde_json::from_str::<Value>(script.text().trim()).ok())
            .collect();
        let mut articles = Vec::new();
        for v in &json_ld {
            find_articles(v, &mut articles);
        }
        // A page may describe other stories too (the next one, a list of related ones): the
        // one whose headline is this page's comes first, and only its body is the page's.
        let own = articles.iter().position(|a| {
            a.get("headline")
                .or_else(|| a.get("name"))
                .and_then(Value::as_str)
                .is_some_and(|h| m.titles.names(h))
        });
        if let Some(i) = own {
            let a = articles.remove(i);
            articles.insert(0, a);
        }
        m.claim = super::claim::reviewed(&json_ld);
        let sole = articles.len() == 1;
        for (i, a) in articles.iter().enumerate() {
            m.fill_from_json_ld(a, i == 0 && (own.is_some() || sole));
        }
        // Yoast and kin describe only a `WebPage`: its date is the article's, its name is
        // the title with the site's name, taken from the other sources.
        let page_date = json_ld.iter().find_map(find_page_date);
        m.date = m.date.or(page_date);
        m.description = meta("meta[property='og:description']")
            .or_else(|| meta("meta[name='description']"))
            .or_else(|| meta("meta[name='twitter:description']"))
            .or_else(|| meta("meta[property='twitter:description']"))
            .or(m.description.take());
        m.date = m.date.and_then(|d| published::normalise(&d)).or_else(|| {
            DATE_META
                .iter()
                .filter_map(|s| meta(s))
                .find_map(|d| published::normalise(&d))
        });
        m.time = published::from_time(doc);
        if let (Some(d), Some(t)) = (&m.date, &m.time)
            && let Some(local) = published::in_local_time(d, t)
        {
            // The page's own zone, which its `<time>` shows and its UTC metadata does not.
            m.date = Some(local);
        }
        if m.date.is_none() && m.time.is_none() {
            let lang = doc.select("html").attr("lang");
            let headlines: Vec<&str> = [&m.titles.json_ld, &m.titles.social]
                .into_iter()
                .flatten()
                .map(String::as_str)
                .collect();
            m.dateline = published::near_headline(doc, lang.as_deref(), &headlines);
        }
        if m.authors.is_empty() {
            let from_meta: Vec<String> = doc
                .select("meta[name='author'], meta[property='article:author'], meta[name='parsely-author'], meta[name='byl']")
                .iter()
                .filter_map(|s| s.attr("content"))
                .map(|c| normalise_line(&c))
                .filter(|c| !c.is_empty() && !c.starts_with("http"))
                .flat_map(|c| split_byline(&c))
                .collect();
            m.authors = dedup(from_meta);
        }
        let site_name = meta("meta[property='og:site_name']");
        let app = meta("meta[name='application-name']");
        m.aliases.extend(m.source.take());
        m.aliases.extend(app.clone());
        m.source = site_name.or(app).or_else(|| m.aliases.first().cloned());
        m.language = doc
            .select("html[lang]")
            .attr("lang")
            .map(|l| l.trim().to_string())
            .or_else(|| meta("meta[http-equiv='content-language']"))
            .or_else(|| meta("meta[http-equiv='Content-Language']"))
            .or_else(|| meta("meta[property='og:locale']"))
            .map(|l| crate::lang::primary(&l))
            .filter(|l| crate::lang::validate(l).is_ok());
        m.url = doc
            .select("link[rel='canonical']")
            .attr("href")
            .map(|h| h.trim().to_string())
            .filter(|h| h.starts_with("http"))
            .or_else(|| meta("meta[property='og:url']"))
            .or(m.url);
        m
    }

    /// Every name the publication goes by, for taking it off the headline.
    fn sites(&self, readability: Option<&str>) -> Vec<String> {
        self.source
            .iter()
            .chain(&self.aliases)
            .map(String::clone)
            .chain(readability.map(str::to_string))
            .collect()
    }

    /// Fills what is still missing from a JSON-LD article; its `articleBody` only when it is
    /// known to be this page's story (`own`).
    fn fill_from_json_ld(&mut self, a: &Value, own: bool) {
        let s = |k: &str| a.get(k).and_then(Value::as_str).map(normalise_line);
        self.titles.json_ld = self
            .titles
            .json_ld
            .take()
            .or_else(|| s("headline"))
            .or_else(|| s("name"));
        self.description = self.description.take().or_else(|| s("description"));
        // Not `s`: its line breaks are the paragraph breaks.
        self.body = self.body.take().or_else(|| {
            a.get("articleBody")
                .filter(|_| own)
                .and_then(Value::as_str)
                .map(str::to_string)
        });
        self.date = self
            .date
            .take()
            .or_else(|| s("datePublished"))
            .or_else(|| s("dateCreated"));
        if self.authors.is_empty() {
            self.authors = dedup(names(a.get("author")));
        }
        if self.source.is_none() {
            self.source = names(a.get("publisher")).into_iter().next();
        }
        self.url =
            self.url
                .take()
                .or_else(|| s("url"))
                .or_else(|| match a.get("mainEntityOfPage") {
                    Some(Value::String(u)) => Some(u.clone()),
                    Some(o) => o.get("@id").and_then(Value::as_str).map(str::to_string),
                    None => None,
                });
    }
}

/// The first `<h2>` or `<h3>` after the page's first `<h1>`, outside navigation, asides and
/// footers, with a headline's words ([`headline::MIN_HEADLINE_WORDS`]); a section label
/// between them ("Public Works") is passed over.
fn heading_after_h1(doc: &Document) -> Option<String> {
    let mut seen_h1 = false;
    for h in doc.select("h1, h2, h3").nodes() {
        let text = normalise_line(&h.text());
        if h.node_name().as_deref() == Some("h1") {
            seen_h1 |= !text.is_empty();
            continue;
        }
        if !seen_h1 || word_count(&text) < headline::MIN_HEADLINE_WORDS {
            continue;
        }
        let aside = h.ancestors_it(None).any(|a| {
            a.node_name()
                .is_some_and(|n| matches!(&*n, "nav" | "aside" | "footer"))
        });
        if !aside {
            return Some(text);
        }
    }
    None
}

/// Texts set apart as headings without heading elements (bold, a large font, a class
/// naming a title), outside navigation, asides and footers: at most [`MAX_EMPHASISED`].
fn emphasised_headings(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    let selector = "body b, body strong, body font[size], body [class*='title'], body [class*='headline'], body h2";
    for e in doc.select(selector).nodes() {
        let text = normalise_line(&e.text());
        if text.chars().count() > 300 || word_count(&text) < headline::MIN_HEADLINE_WORDS {
            continue;
        }
        let aside = e.ancestors_it(None).any(|a| {
            a.node_name()
                .is_some_and(|n| matches!(&*n, "nav" | "aside" | "footer"))
        });
        if !aside && !out.contains(&text) {
            out.push(text);
        }
        if out.len() >= MAX_EMPHASISED {
            break;
        }
    }
    out
}

/// How many set-apart texts a page without an `<h1>` offers as its headline.
const MAX_EMPHASISED: usize = 12;

/// The texts of links to the site's home and its sections (a path of at most one part, or a
/// taxonomy and one part; no query): "News", "Blog", "Aktuelles".
fn section_names(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in doc.select("body a[href]").nodes() {
        let Some(href) = a.attr("href") else {
            continue;
        };
        let path = match url::Url::parse(href.trim()) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.query().is_none() => {
                u.path().to_string()
            }
            Ok(_) => continue,
            Err(_) if !href.contains(['?', '#', ':']) => href.trim().to_string(),
            Err(_) => continue,
        };
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let section = match parts.as_slice() {
            [] | [_] => true,
            [first, _] => TAXONOMIES.contains(&first.to_ascii_lowercase().as_str()),
            _ => false,
        };
        if !section {
            continue;
        }
        let text = normalise_line(&a.text());
        let words = text.split_whitespace().count();
        if (1..=3).contains(&words) && !out.contains(&text) {
            out.push(text);
        }
        if out.len() >= MAX_SECTIONS {
            break;
        }
    }
    out
}

/// The first part of a path that lists a section (`/category/recipes/`), in the CMSs'
/// and the major news languages' words.
const TAXONOMIES: &[&str] = &[
    "category",
    "categories",
    "kategorie",
    "rubrik",
    "ressort",
    "thema",
    "themen",
    "topic",
    "topics",
    "section",
    "sections",
    "tag",
    "tags",
    "rubrique",
    "categorie",
    "categoria",
    "seccion",
    "sezione",
    "secao",
];

/// Enough section names for any menu; a page of tag links stops here.
const MAX_SECTIONS: usize = 300;

/// The first JSON-LD object whose `@type` is an article kind, searching arrays and `@graph`.
pub(super) fn find_article(v: &Value) -> Option<&Value> {
    let mut all = Vec::new();
    find_articles(v, &mut all);
    all.into_iter().next()
}

/// Every JSON-LD object whose `@type` is an article kind (`NewsArticle`, `BlogPosting`,
/// `LiveBlogPosting`, …), in document order, searching arrays and `@graph`.
fn find_articles<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| find_articles(i, out)),
        Value::Object(o) => {
            let is_article = |t: &Value| {
                t.as_str().is_some_and(|t| {
                    t.ends_with("Article") || t.ends_with("Posting") || t == "Report"
                })
            };
            let typed = match o.get("@type") {
                Some(Value::Array(ts)) => ts.iter().any(is_article),
                Some(t) => is_article(t),
                None => false,
            };
            if typed {
                out.push(v);
            } else if let Some(g) = o.get("@graph") {
                find_articles(g, out);
            }
        }
        _ => {}
    }
}

/// The `datePublished` of a JSON-LD `WebPage` (in arrays and `@graph` too).
fn find_page_date(v: &Value) -> Option<String> {
    match v {
        Value::Array(items) => items.iter().find_map(find_page_date),
        Value::Object(o) => {
            let page = match o.get("@type") {
                Some(Value::String(t)) => t.ends_with("WebPage"),
                Some(Value::Array(ts)) => ts
                    .iter()
                    .any(|t| t.as_str().is_some_and(|t| t.ends_with("WebPage"))),
                _ => false,
            };
            page.then(|| o.get("datePublished").and_then(Value::as_str))
                .flatten()
                .map(str::to_string)
                .or_else(|| o.get("@graph").and_then(find_page_date))
        }
        _ => None,
    }
}

/// Names from a JSON-LD person/organisation value (string, object or list).
fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => split_byline(s),
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .map(|n| vec![normalise_line(n)])
            .unwrap_or_default(),
        Some(Value::Array(items)) => items.iter().flat_map(|i| names(Some(i))).collect(),
        _ => Vec::new(),
    }
}

/// "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe", "Reuters"].
pub fn split_byline(byline: &str) -> Vec<String> {
    let decoded = normalise_line(byline);
    let b = decoded.as_str();
    let lower = b.to_lowercase();
    // "Posted by", "Von", "Par", "Por": the byline's lead-in in the major languages.
    let lead = [
        "posted by ",
        "written by ",
        "by ",
        "von ",
        "par ",
        "por ",
        "autor: ",
        "author: ",
    ]
    .iter()
    .find(|p| lower.starts_with(*p))
    .map_or(0, |p| p.len());
    let b = b.get(lead..).unwrap_or(b);
    b.split([',', '&', ';', '|'])
        .flat_map(|p| p.split(" and "))
        .map(normalise_line)
        .filter(|p| !p.is_empty() && p.split_whitespace().count() <= 6)
        .collect()
}

fn dedup(v: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(v.len());
    for s in v {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Converts an HTML fragment to Markdown blocks (paragraphs, headings, lists, quotes, images,
/// code); scripts, forms, navigation and other non-text elements are dropped, and no raw HTML
/// is emitted, so the output is safe to render.
/// Never more than [`markdown_budget`] bytes in all: past it, only the text is kept.
/// Links and images are resolved against `base` ([`Base::apply`]).
pub fn to_markdown(html: &str, base: &Base) -> Vec<String> {
    let doc = Document::from(html);
    base.apply(&doc);
    let budget = markdown_budget(html.len());
    if attribute_bytes(&doc) <= budget {
        let mut out = Blocks::new(budget, 0);
        for root in doc.select("body").nodes() {
            out.children(root);
        }
        out.flush();
        if out.used + 2 * out.blocks.len() <= budget {
            return out.blocks;
        }
    }
    // Escaped text is at most about twice its source: the words survive, structure does not.
    let text = tidy(&escape_inline(&doc.root().text()));
    if text.is_empty() {
        Vec::new()
    } else {
        vec![escape_block_start(&text)]
    }
}

struct Blocks {
    blocks: Vec<String>,
    inline: String,
    /// Bytes in `blocks`; conversion stops once it passes `budget`.
    used: usize,
    budget: usize,
    /// How many quotes this one is inside.
    quote_depth: usize,
}

impl Blocks {
    fn new(budget: usize, quote_depth: usize) -> Blocks {
        Blocks {
            blocks: Vec::new(),
            inline: String::new(),
            used: 0,
            budget,
            quote_depth,
        }
    }

    fn push(&mut self, block: String) {
        self.used += block.len();
        self.blocks.push(block);
    }

    fn flush(&mut self) {
        let p = tidy(&self.inline);
        self.inline.clear();
        if !p.is_empty() {
            self.push(escape_block_start(&p));
        }
    }

    fn children(&mut self, node: &NodeRef) {
        for child in node.children() {
            self.node(&child);
        }
    }

    fn node(&mut self, node: &NodeRef) {
        if self.used > self.budget {
            return;
        }
        if node.is_text() {
            self.inline.push_str(&escape_inline(&node.text()));
            return;
        }
        if !node.is_element() {
            return;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if DROP.contains(&name.as_str()) || is_hidden(node) {
            return;
        }
        match name.as_str() {
            "p" => {
                self.flush();
                self.inline.push_str(&inline(node));
                self.flush();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = name[1..].parse::<usize>().unwrap_or(2);
                let text = tidy(&inline(node));
                if !text.is_empty() {
                    self.push(format!("{} {text}", "#".repeat(level)));
                }
            }
            "ul" | "ol" => {
                self.flush();
                let list = list(node, 0);
                if !list.is_empty() {
                    self.push(list);
                }
            }
            "blockquote" if self.quote_depth >= MAX_NESTING => {
                self.flush();
                self.children(node);
                self.flush();
            }
            "blockquote" => {
                self.flush();
                let left = self.budget.saturating_sub(self.used);
                let mut inner = Blocks::new(left, self.quote_depth + 1);
                inner.children(node);
                inner.flush();
                if !inner.blocks.is_empty() {
                    let quoted: Vec<String> = inner
                        .blocks
                        .iter()
                        .map(|b| {
                            b.lines()
                                .map(|l| {
                                    if l.is_empty() {
                                        ">".to_string()
                                    } else {
                                        format!("> {l}")
                                    }
                                })
                                .collect::<Vec<_>>()
                                .join("\n")
                        })
                        .collect();
                    self.push(quoted.join("\n>\n"));
                }
            }
            "pre" => {
                self.flush();
                let code = node.text();
                let code = code.trim_matches('\n');
                if !code.trim().is_empty() {
                    // Longer than any backtick run inside, so no line of the code can close it.
                    let run = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                    let fence = "`".repeat(run.max(2) + 1);
                    self.push(format!("{fence}\n{code}\n{fence}"));
                }
            }
            "figure" | "picture" => {
                self.flush();
                self.children(node);
                self.flush();
            }
            "figcaption" => {
                self.flush();
                self.inline.push_str(&inline(node));
                self.flush();
            }
            "img" => {
                if let Some(img) = image(node) {
                    self.flush();
                    self.push(img);
                }
            }
            "table" => {
                self.flush();
                if let Some(t) = table(node) {
                    self.push(t);
                }
            }
            "br" => self.inline.push('\n'),
            "hr" => self.flush(),
            "div" | "section" | "article" | "main" | "header" | "li" | "dl" | "dd" | "dt"
            | "address" | "center" | "details" | "summary" | "body" | "html" => {
                self.flush();
                self.children(node);
                self.flush();
            }
            // An inline element wrapping whole paragraphs (an old page's `<font>` around its
            // story, a `<span>` around `<p>`s): its blocks stay blocks.
            _ if WRAPPERS.contains(&name.as_str()) && holds_blocks(node) => {
                self.flush();
                self.children(node);
                self.flush();
            }
            _ => push_inline(&mut self.inline, &inline_of(node, &name)),
        }
    }
}

/// Whether the lead caption is among the kept blocks already: a block that is the caption,
/// perhaps with its credit, and not much more. A story sentence that names what the
/// picture shows ("… opened The Corner Cup on Dovecot Street in 1984") does not count.
fn caption_kept(caption: &str, kept: &[String]) -> bool {
    let cap = super::clean::key(caption);
    cap.is_empty()
        || kept.iter().any(|b| {
            let b = super::clean::key(b);
            b.contains(&cap) && b.len() <= cap.len() * 2
        })
}

/// Inline elements that old and sloppy markup wraps around whole paragraphs.
const WRAPPERS: &[&str] = &[
    "font", "span", "small", "big", "tt", "u", "nobr", "ins", "del", "mark", "b", "strong", "em",
    "i",
];

/// Whether a paragraph, division, list, table or heading lies inside `node`.
fn holds_blocks(node: &NodeRef) -> bool {
    node.descendants_it().any(|d| {
        d.node_name().is_some_and(|n| {
            matches!(
                &*n.to_ascii_lowercase(),
                "p" | "div"
                    | "ul"
                    | "ol"
                    | "table"
                    | "blockquote"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
            )
        })
    })
}

/// Inline Markdown of an element's children.
fn inline(node: &NodeRef) -> String {
    let mut s = String::new();
    for child in node.children() {
        if child.is_text() {
            s.push_str(&escape_inline(&child.text()));
        } else if child.is_element() {
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if !DROP.contains(&name.as_str()) && !is_hidden(&child) {
                // Blocks met inside running text (a `<div>` in a link, `<p>`s in a cell) are
                // still apart from the words around them.
                let block = BLOCK.contains(&name.as_str());
                if block {
                    s.push(' ');
                }
                push_inline(&mut s, &inline_of(&child, &name));
                if block {
                    s.push(' ');
                }
            }
        }
    }
    s
}

/// Elements that break running text even when found inside an inline context.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "figure",
    "figcaption",
    "table",
    "tr",
    "td",
    "th",
    "pre",
    "address",
];

/// Appends inline Markdown. Two code spans side by side would fuse their backticks into a
/// longer run that closes neither, exposing the unescaped code: a space keeps them apart.
fn push_inline(buf: &mut String, piece: &str) {
    if buf.ends_with('`') && piece.starts_with('`') {
        buf.push(' ');
    }
    buf.push_str(piece);
}

fn inline_of(node: &NodeRef, name: &str) -> String {
    match name {
        "a" => {
            let raw = inline(node);
            let text = raw.trim();
            let link = match node.attr("href").and_then(|h| safe_url(&h)) {
                Some(href) if !text.is_empty() => format!("[{text}]({href})"),
                _ => text.to_string(),
            };
            // "Samuel Alito </a>is": the space inside the link still separates the words.
            keep_edges(&raw, link)
        }
        "strong" | "b" => wrap(&inline(node), "**"),
        "em" | "i" | "cite" => wrap(&inline(node), "*"),
        "code" | "kbd" | "samp" => {
            // On one line: code is not escaped, so a line of it starting `<div` would begin
            // a raw HTML block before the code span is even seen.
            let t = node.text().replace('`', "'").replace(['\n', '\r'], " ");
            if t.trim().is_empty() {
                String::new()
            } else {
                format!("`{}`", t.trim())
            }
        }
        "img" => image(node).unwrap_or_default(),
        "br" => "\n".into(),
        // MathML's identifiers, numbers and operators are read apart: "x 1 , … , x N".
        "mi" | "mn" | "mo" | "ms" | "mtext" => format!(" {} ", inline(node)),
        _ => inline(node),
    }
}

fn wrap(text: &str, mark: &str) -> String {
    let t = text.trim();
    keep_edges(
        text,
        if t.is_empty() {
            String::new()
        } else {
            format!("{mark}{t}{mark}")
        },
    )
}

/// `markup` made from `text` trimmed, with the whitespace `text` had at either edge kept as
/// one space: the element's edge is not a word boundary, its whitespace is.
fn keep_edges(text: &str, markup: String) -> String {
    if markup.is_empty() {
        // Keep the space the element may have held.
        return if text.is_empty() {
            String::new()
        } else {
            " ".into()
        };
    }
    let lead = if text.starts_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    let trail = if text.ends_with(char::is_whitespace) {
        " "
    } else {
        ""
    };
    format!("{lead}{markup}{trail}")
}

fn image(node: &NodeRef) -> Option<String> {
    let src = node
        .attr("src")
        .filter(|s| !s.trim().is_empty() && !s.starts_with("data:"))
        .or_else(|| node.attr("data-src"))?;
    let src = safe_url(&src)?;
    // Brackets would end the alt text; they go before escaping so `\<` stays escaped.
    let alt = node
        .attr("alt")
        .map(|a| escape_inline(&tidy(&a.replace(['\\', '[', ']', '\n'], " "))))
        .unwrap_or_default();
    Some(format!("![{alt}]({src})"))
}

/// Is `node` an element named one of `names` (in any case)?
fn named(node: &NodeRef, names: &[&str]) -> bool {
    node.node_name()
        .is_some_and(|n| names.iter().any(|m| n.eq_ignore_ascii_case(m)))
}

fn list(node: &NodeRef, depth: usize) -> String {
    let ordered = named(node, &["ol"]);
    let indent = "  ".repeat(depth.min(MAX_NESTING));
    let mut lines = Vec::new();
    let mut n = 0;
    for li in node
        .children()
        .into_iter()
        .filter(|c| c.is_element() && named(c, &["li"]))
    {
        n += 1;
        let mut text = String::new();
        let mut nested = Vec::new();
        for child in li.children() {
            let name = child
                .node_name()
                .map(|n| n.to_ascii_lowercase())
                .unwrap_or_default();
            if child.is_element() && (name == "ul" || name == "ol") {
                let sub = list(&child, depth + 1);
                // An empty nested list must not keep an otherwise empty item alive.
                if !sub.is_empty() {
                    nested.push(sub);
                }
            } else if child.is_text() {
                text.push_str(&escape_inline(&child.text()));
            } else if child.is_element() && !DROP.contains(&name.as_str()) {
                push_inline(&mut text, &inline_of(&child, &name));
                if matches!(name.as_str(), "p" | "div") {
                    text.push(' ');
                }
            }
        }
        let text = tidy(&text).replace('\n', " ");
        if text.is_empty() && nested.is_empty() {
            continue;
        }
        let marker = if ordered { format!("{n}.") } else { "-".into() };
        lines.push(format!("{indent}{marker} {text}"));
        lines.extend(nested.into_iter().filter(|s| !s.is_empty()));
    }
    lines.join("\n")
}

fn table(node: &NodeRef) -> Option<String> {
    // This table's own rows only: a nested table's rows are already in its cell's text.
    let rows: Vec<Vec<String>> = node
        .children()
        .into_iter()
        .flat_map(|c| {
            if named(&c, &["tr"]) {
                vec![c]
            } else if named(&c, &["thead", "tbody", "tfoot"]) {
                c.children()
                    .into_iter()
                    .filter(|r| named(r, &["tr"]))
                    .collect()
            } else {
                Vec::new()
            }
        })
        .map(|tr| {
            tr.children()
                .into_iter()
                .filter(|c| named(c, &["td", "th"]))
                .map(|c| tidy(&inline(&c)).replace('|', "\\|").replace('\n', " "))
                .collect::<Vec<_>>()
        })
        .filter(|r: &Vec<String>| !r.is_empty())
        .collect();
    let width = rows.iter().map(Vec::len).max()?;
    let line = |r: &[String]| format!("| {} |", r.join(" | "));
    // Only the header is padded to the widest row: shorter body rows are valid as they are,
    // and padding each of them would make a wide, long table quadratic.
    let mut header = rows[0].clone();
    header.resize(width, String::new());
    let mut out = vec![line(&header), format!("|{}", " --- |".repeat(width))];
    out.extend(rows[1..].iter().map(|r| line(r)));
    Some(out.join("\n"))
}

/// Shows MathML that the page hides for screen readers behind a picture of the formula, so
/// readability (which drops hidden elements) keeps it: it is the formula's text.
fn unhide_math(doc: &Document) {
    for math in doc.select("math").nodes() {
        let ancestors: Vec<NodeRef> = math.ancestors_it(None).collect();
        for a in ancestors {
            if a.attr("style").is_some_and(|s| {
                s.replace(' ', "")
                    .to_ascii_lowercase()
                    .contains("display:none")
            }) {
                a.remove_attr("style");
            }
        }
    }
}

/// Elements the page hides are not part of what a reader sees; hidden MathML is, though: it
/// is the text of the formula a picture shows (Wikipedia hides it for screen readers).
fn is_hidden(node: &NodeRef) -> bool {
    let hidden = node.has_attr("hidden")
        || node
            .attr("aria-hidden")
            .is_some_and(|v| v.as_ref() == "true")
        || node.attr("style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        });
    hidden
        && !node.descendants_it().any(|d| {
            d.node_name()
                .is_some_and(|n| n.eq_ignore_ascii_case("math"))
        })
}

/// Only web, mail and relative links survive; `javascript:` and the like are dropped.
fn safe_url(href: &str) -> Option<String> {
    // Browsers drop tabs and line breaks from URLs; left in, they break the Markdown link.
    let h = href.trim().replace(['\t', '\n', '\r'], "");
    let h = h.as_str();
    let lower = h.to_ascii_lowercase();
    let ok = lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with('/')
        || lower.starts_with('#')
        || !lower.contains(':');
    (ok && !h.is_empty()).then(|| {
        h.replace(' ', "%20")
            .replace('(', "%28")
            .replace(')', "%29")
            .replace('<', "%3C")
            .replace('>', "%3E")
            // A backtick in a link would pair with one of a later code span (code spans
            // bind first), ending that span early and exposing its unescaped text.
            .replace('`', "%60")
    })
}

/// Escapes what Markdown would read as markup inside running text.
fn escape_inline(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '*' | '`' | '[' | ']' | '<' | '>' => {
                s.push('\\');
                s.push(c);
            }
            '_' => s.push('_'),
            '\u{a0}' => s.push(' '),
            // Soft hyphens, zero-width spaces and word joiners are invisible on the page and
            // would split words for search and enrichment (ZWJ/ZWNJ shape scripts: kept).
            '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' => {}
            _ => s.push(c),
        }
    }
    s
}

/// A paragraph that starts like a heading, list item or quote keeps that text literal.
fn escape_block_start(p: &str) -> String {
    let first = p.split_whitespace().next().unwrap_or("");
    let numbered = first
        .strip_suffix(['.', ')'])
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    let fence = first.starts_with("~~~");
    if first.starts_with('#') || matches!(first, "-" | "+" | "=") || numbered || fence {
        if numbered {
            let (digits, rest) = p.split_at(first.len() - 1);
            return format!("{digits}\\{rest}");
        }
        return format!("\\{p}");
    }
    p.to_string()
}

/// Collapses whitespace runs to one space (keeping explicit line breaks as Markdown hard
/// breaks) and trims.
fn tidy(s: &str) -> String {
    let lines: Vec<String> = s
        .split('\n')
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .enumerate()
        // A line after a hard break begins a Markdown line: a `~~~` there would open a code
        // fence that swallows (and unbalances) the blocks after it.
        .map(|(i, l)| if i == 0 { l } else { escape_block_start(&l) })
        .collect();
    lines.join("\\\n")
}

/// A test's view of a removal pass: `html` parsed, `pass` run on it, the body's words.
#[cfg(test)]
pub(crate) fn body_words_after(html: &str, pass: impl Fn(&Document) -> usize) -> String {
    let doc = Document::from(html);
    pass(&doc);
    doc.select("body")
        .text()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_opening_with_a_picture_counts_its_words() {
        let blocks = [
            "![](https://x.org/comic.jpg)\\\nCartoonist Matt Bors got a spot on CNN.".to_string(),
            "![alt text here](https://x.org/i.jpg)".to_string(),
            "## Heading words".to_string(),
        ];
        assert_eq!(text_words(&blocks), 8);
    }

    fn to_markdown(html: &str) -> Vec<String> {
        super::to_markdown(html, &Base::of(None, &[Some("https://x.org/")]))
    }

    #[test]
    fn markdown_keeps_structure() {
        let blocks = to_markdown(
            "<div><h2>Sub <em>head</em></h2><p>One <strong>bold</strong> and <a href=\"https://x.org/a b\">a link</a>.</p>\
             <ul><li>first</li><li>second<ul><li>nested</li></ul></li></ul>\
             <ol><li>one</li><li>two</li></ol>\
             <blockquote><p>Quoted.</p><p>Twice.</p></blockquote>\
             <figure><img src=\"https://x.org/i.jpg\" alt=\"A [pic]\"><figcaption>Caption here</figcaption></figure>\
             <script>alert(1)</script><p>Unsafe <a href=\"javascript:alert(1)\">link</a> &lt;b&gt; *stars*</p></div>",
        );
        assert_eq!(
            blocks,
            vec![
                "## Sub *head*",
                "One **bold** and [a link](https://x.org/a%20b).",
                "- first\n- second\n  - nested",
                "1. one\n2. two",
                "> Quoted.\n>\n> Twice.",
                "![A pic](https://x.org/i.jpg)",
                "Caption here",
                "Unsafe link \\<b\\> \\*stars\\*",
            ]
        );
    }

    #[test]
    fn code_and_alt_text_cannot_smuggle_raw_html() {
        let blocks = to_markdown(
            "<pre>~~~~\n```\n&lt;b&gt;x</pre><img src=\"/a.jpg\" alt=\"A [pic] <b>\nbold\\\">",
        );
        assert_eq!(
            blocks,
            vec![
                "````\n~~~~\n```\n<b>x\n````",
                "![A pic \\<b\\> bold](https://x.org/a.jpg)"
            ]
        );
    }

    #[test]
    fn a_caption_is_kept_only_where_a_block_is_the_caption() {
        let kept = vec![
            "Maureen and Ken Batty opened The Corner Cup on Dovecot Street in 1984 and have run it six days a week ever since.".to_string(),
        ];
        assert!(!caption_kept("The Corner Cup on Dovecot Street", &kept));
        let with_credit =
            vec!["The Corner Cup on Dovecot Street (Image: Teesside Post)".to_string()];
        assert!(caption_kept(
            "The Corner Cup on Dovecot Street",
            &with_credit
        ));
    }

    #[test]
    fn a_lead_caption_under_a_standfirst_follows_it() {
        // A regional weekly: the bold standfirst, then the lead photo, then the story's block.
        let story = "<p>Die 86 Meter lange Stahlbrücke hat 2,4 Millionen Euro gekostet, das Land hat die Hälfte davon bezahlt und die Stadt den Rest.</p>\
            <p>Rund 200 Besucherinnen und Besucher waren zur Eröffnung am Freitagnachmittag gekommen, darunter viele Familien aus dem Stadtteil.</p>\
            <p>Die alte Holzbrücke war vor zwei Jahren wegen schwerer Schäden gesperrt worden und wird im kommenden Frühjahr abgerissen.</p>";
        let page = format!(
            "<html><head><title>Radbrücke offen</title></head><body><main><article><h1>Radbrücke offen</h1>\
            <p class=\"lead\"><strong>Nach elf Monaten Bauzeit können Radfahrer und Fußgänger seit Freitag die neue Brücke benützen.</strong></p>\
            <figure><img src=\"/b.jpg\" alt=\"\"><figcaption><span class=\"caption\">Der Bürgermeister (Mitte) eröffnete die Brücke.</span> <span class=\"copyright\">Foto: Gemeinde</span></figcaption></figure>\
            <div class=\"article-body\">{story}</div></article></main></body></html>"
        );
        let d = read(&page, None, &Cleaner::new(&[]).unwrap()).unwrap();
        let at = |s: &str| d.body.find(s).unwrap_or_else(|| panic!("{s}: {}", d.body));
        assert!(
            at("Nach elf Monaten") < at("eröffnete die Brücke"),
            "{}",
            d.body
        );
        assert!(at("eröffnete die Brücke") < at("86 Meter"), "{}", d.body);
        assert!(!d.body.contains("Foto: Gemeinde"), "{}", d.body);
    }

    #[test]
    fn paragraphs_wrapped_in_an_inline_element_stay_apart() {
        // An old page's <font> around its story (readability has turned its <br><br> runs
        // into <p>s inside it).
        let blocks = to_markdown(
            "<div><font face=\"Verdana\"><b>Head</b><p>First paragraph.</p><p>Second <i>one</i>.</p></font></div>",
        );
        assert_eq!(
            blocks,
            vec!["**Head**", "First paragraph.", "Second *one*."]
        );
        // Inline elements without blocks inside stay inline.
        let blocks = to_markdown("<p>A <font color=red>red</font> <span>word</span>.</p>");
        assert_eq!(blocks, vec!["A red word."]);
    }

    #[test]
    fn lines_after_a_break_cannot_open_blocks() {
        let blocks = to_markdown("<p>a<br>~~~ x<br># b<br>2. c</p><pre>&lt;p&gt;</pre><p>~~~</p>");
        assert_eq!(
            blocks,
            vec!["a\\\n\\~~~ x\\\n\\# b\\\n2\\. c", "```\n<p>\n```", "\\~~~"]
        );
    }

    #[test]
    fn items_holding_only_empty_lists_are_dropped() {
        let blocks = to_markdown(
            "<ul><li><ul><li> </li></ul></li><li>kept</li></ul><ul><li><ol></ol></li></ul>",
        );
        assert_eq!(blocks, vec!["- kept"]);
    }

    #[test]
    fn output_stays_within_its_budget() {
        // The parser copies the unclosed link into each later paragraph: kept as this
        // page's link structure, it would be about 300 times the page.
        let href = "a".repeat(2_000);
        let html = format!(
            "<p><a href=\"/{href}\">start</p>{}",
            "<p>word</p>".repeat(300)
        );
        let blocks = to_markdown(&html);
        let size: usize = blocks.iter().map(|b| b.len() + 2).sum();
        assert!(size <= markdown_budget(html.len()), "{size}");
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].starts_with("start") && blocks[0].ends_with("word"));
        let page = format!("<html><head><title>T</title></head><body>{html}</body></html>");
        let e = read(&page, None, &Cleaner::new(&[]).unwrap()).unwrap_err();
        assert!(e.starts_with("HTML refused"), "{e}");
    }

    #[test]
    fn nesting_and_tables_stay_linear() {
        let quotes = format!("{}<p>deep</p>", "<blockquote>".repeat(20));
        assert_eq!(
            to_markdown(&quotes),
            vec![format!("{}deep", "> ".repeat(8))]
        );
        let lists = format!("{}deep", "<ul><li>x".repeat(20));
        let longest = to_markdown(&lists)[0].lines().map(str::len).max().unwrap();
        assert_eq!(longest, "  ".len() * 8 + "- xdeep".len());
        let table = "<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d<table><tr><td>e</td></tr></table></td></tr></table>";
        assert_eq!(
            to_markdown(table),
            vec!["| a | b | c |\n| --- | --- | --- |\n| d e |"]
        );
    }

    #[test]
    fn backticks_in_links_are_encoded() {
        let blocks = to_markdown("<p><a href=\"/a\n`b\">x</a> <code>&lt;b&gt;`</code></p>");
        assert_eq!(blocks, vec!["[x](https://x.org/a%60b) `<b>'`"]);
    }

    #[test]
    fn adjacent_code_spans_stay_apart() {
        let blocks = to_markdown("<p><code>a.</code><code>&lt;li&gt;</code> and <kbd>b</kbd></p>");
        assert_eq!(blocks, vec!["`a.` `<li>` and `b`"]);
    }

    #[test]
    fn inline_code_stays_on_one_line() {
        let blocks = to_markdown("<p>See <code>a\n&lt;div onclick=x&gt;\n# b</code> here</p>");
        assert_eq!(blocks, vec!["See `a <div onclick=x> # b` here"]);
    }

    #[test]
    fn block_starts_are_escaped() {
        assert_eq!(escape_block_start("# not a heading"), "\\# not a heading");
        assert_eq!(escape_block_start("1984. A year"), "1984\\. A year");
        assert_eq!(escape_block_start("Plain text"), "Plain text");
        // A first word ending in a multi-byte character once panicked (found by fuzzing).
        assert_eq!(escape_block_start("Déjà vu"), "Déjà vu");
        assert_eq!(escape_block_start("© 2024"), "© 2024");
        assert_eq!(to_markdown("<p>Café society</p>"), vec!["Café society"]);
    }

    #[test]
    fn words_never_glue_at_element_edges() {
        let blocks = to_markdown(
            "<p><a href=\"/w/Alito\">Samuel Alito </a>is the tip; <b>bold </b>text, \
             <em> lean</em>ing and <a href=\"#\">anchor </a>here.</p>\
             <p>in<span>side</span></p><table><tr><td><p>one</p><p>two</p></td></tr></table>",
        );
        assert_eq!(
            blocks,
            vec![
                "[Samuel Alito](https://x.org/w/Alito) is the tip; **bold** text, *lean*ing and anchor here.",
                "inside",
                "| one two |\n| --- |",
            ]
        );
    }

    #[test]
    fn invisible_characters_are_handled() {
        let blocks = to_markdown(
            "<p>A\u{ad}van\u{ad}cée&nbsp;de la re&shy;cherche\u{200b}, zero&#8203;width.</p>",
        );
        assert_eq!(blocks, vec!["Avancée de la recherche, zerowidth."]);
        // Joiners shape Persian and Indic words: they stay.
        assert_eq!(
            to_markdown("<p>می\u{200c}خواهم</p>"),
            vec!["می\u{200c}خواهم"]
        );
    }

    #[test]
    fn unresolvable_links_keep_their_text() {
        let blocks = super::to_markdown(
            "<p>See <a href=\"/about/\">about us</a> and <a href=\"https://o.org/\">this</a>.\
             <img src=\"/i.png\" alt=\"gone\"></p>",
            &Base::none(),
        );
        assert_eq!(blocks, vec!["See about us and [this](https://o.org/)."]);
    }

    #[test]
    fn spaceless_scripts_count_by_characters() {
        let cleaner = Cleaner::new(&[]).unwrap();
        let zh = "<html lang=zh><head><title>台北市长宣布新计划 | 新闻网</title><meta property=og:site_name content=新闻网></head><body><article><h1>台北市长宣布新计划</h1>\
             <p>台北市长今天宣布了一项新的交通计划，目的是减少市中心的拥堵。该计划将在明年开始实施，预计会影响数十万通勤者。</p>\
             <p>市政府表示，新计划包括扩建地铁线路和增加公交车班次。</p></article></body></html>";
        let d = read(zh, Some("https://news.example.tw/a/1"), &cleaner).unwrap();
        assert_eq!(d.title, "台北市长宣布新计划");
        assert_eq!(d.language.as_deref(), Some("zh"));
        assert!(word_count("台北市长今天宣布了一项新的交通计划") >= 8);
        assert_eq!(word_count("two words"), 2);
        let th = format!(
            "<html><body><article><p>{}</p></article></body></html>",
            "กรุงเทพมหานครประกาศแผนใหม่ ".repeat(4)
        );
        let e = read(&th, None, &cleaner).unwrap_err();
        assert!(e.contains("no title"), "{e}");
    }

    #[test]
    fn hidden_mathml_is_the_formula_text() {
        let page = "<html><head><title>t-SNE</title></head><body><article><h1>t-SNE</h1>\
            <p>Given a set of <span class=\"mwe-math-element\"><span style=\"display: none;\">\
            <math><semantics><mrow><mi>N</mi></mrow><annotation encoding=\"application/x-tex\">{\\displaystyle N}</annotation></semantics></math>\
            </span><img src=\"/n.svg\" aria-hidden=\"true\" alt=\"N\"></span> objects \
            <math><msub><mi>x</mi><mn>1</mn></msub><mo>,</mo><mi>x</mi></math>, the method first computes \
            probabilities that are proportional to the similarity of the objects, in pairs, for every pair.</p>\
            </article></body></html>";
        let d = read(
            page,
            Some("https://en.wikipedia.org/wiki/T"),
            &Cleaner::new(&[]).unwrap(),
        )
        .unwrap();
        let words: Vec<&str> = d.body.split_whitespace().collect();
        assert_eq!(
            words[..10],
            [
                "Given", "a", "set", "of", "N", "objects", "x", "1", ",", "x"
            ],
            "{}",
            d.body
        );
        assert!(
            !d.body.contains("displaystyle") && !d.body.contains("svg"),
            "{}",
            d.body
        );
    }

    const STORY: [&str; 4] = [
        "The new tram line between the two cities will open at the end of 2031, two years later than planned, the transport authority told the council on Tuesday.",
        "The delay is due mainly to the repair of the bridge that will carry the tracks, which must be strengthened first, the authority's director said.",
        "The cost of the project is now put at 410 million euros, about 90 million more than in the estimate made three years ago.",
        "Trams are to run every ten minutes, and up to 24,000 passengers a day are expected once the line is open.",
    ];

    #[test]
    fn a_story_only_in_json_ld_replaces_the_paragraph_above_a_paywall() {
        let ld = serde_json::json!({"@type": "NewsArticle", "headline": "Tram line to open in 2031", "articleBody": STORY.join(" ")});
        let page = format!(
            "<html><head><title>Tram line to open in 2031</title><script type=\"application/ld+json\">{ld}</script></head>\
             <body><article><h1>Tram line to open in 2031</h1><p>{}</p><div class=paywall><h3>Read on with Plus</h3><p>Subscribe today.</p></div></article></body></html>",
            STORY[0]
        );
        let d = read(&page, Some("https://x.org/a"), &Cleaner::new(&[]).unwrap()).unwrap();
        for p in STORY {
            assert!(d.body.contains(p), "{p} missing from {}", d.body);
        }
        // A page showing the whole story keeps its own paragraphs.
        let shown = page.replace(
            &format!("<p>{}</p>", STORY[0]),
            &STORY.map(|p| format!("<p>{p}</p>")).concat(),
        );
        let d = read(&shown, Some("https://x.org/a"), &Cleaner::new(&[]).unwrap()).unwrap();
        assert_eq!(d.body, STORY.join("\n\n"));
    }

    #[test]
    fn the_next_story_loaded_below_the_article_is_left_out() {
        let next = [
            "The city will build a car park with three hundred spaces beside the station, free for anyone holding a ticket, the council decided on Monday.",
            "It should be ready in the summer, and about two thousand people are expected to use the station every day once it opens.",
        ];
        let article = |h: &str, ps: &[&str]| {
            format!(
                "<article class=story><h1>{h}</h1><div class=body>{}</div></article>",
                ps.iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
            )
        };
        let page = format!(
            "<html><head><title>Tram line to open in 2031 - Daily</title></head><body><div class=scroll>{}<div>Next article</div>{}</div></body></html>",
            article("Tram line to open in 2031", &STORY),
            article("Car park planned beside the station", &next)
        );
        let d = read(&page, Some("https://x.org/a"), &Cleaner::new(&[]).unwrap()).unwrap();
        assert_eq!(d.body, STORY.join("\n\n"));
    }

    #[test]
    fn the_next_post_appended_inside_the_articles_container_is_left_out() {
        let next = [
            "The space agency's capsule splashed down in the Pacific on Friday after ten days around the Moon, and the crew was recovered within the hour.",
            "Engineers will now study the heat shield, which lost more material than expected during the first uncrewed test flight two years ago.",
            "The next mission is to land astronauts near the lunar south pole, though its date depends on the lander being ready in time.",
            "Recovery ships returned the crew to port in San Diego, where they were met by their families and the agency's leadership.",
        ];
        let ps = |ps: &[&str]| ps.iter().map(|p| format!("<p>{p}</p>")).collect::<String>();
        // A news theme: the next posts are loaded into the story's own container, headed
        // in the headline's template.
        let page = |caption_h1: &str| {
            format!(
                "<html><head><title>Tram line to open in 2031 - Daily</title></head><body><article class=wrap>\
                 <div class=post><h1 class=\"post-title entry-title\">Tram line to open in 2031</h1><div class=content>{}{caption_h1}{}\
                 <div class=more><div class=item><h1 class=post-title>Capsule splashes down after lunar flyby</h1><div class=content>{}</div></div></div>\
                 </div></div></article></body></html>",
                ps(&STORY[..2]),
                ps(&STORY[2..]),
                ps(&next)
            )
        };
        let cleaner = Cleaner::new(&[]).unwrap();
        let d = read(&page(""), Some("https://x.org/a"), &cleaner).unwrap();
        assert!(!d.body.contains("splashed down"), "{}", d.body);
        for p in STORY {
            assert!(d.body.contains(p), "{p} missing from {}", d.body);
        }
        // A blog's `<h1>` styling a line inside the story is not another story.
        let d = read(
            &page("<h1 style=\"text-align:center\">The new trams on their first test run</h1>"),
            Some("https://x.org/a"),
            &cleaner,
        )
        .unwrap();
        for p in STORY {
            assert!(d.body.contains(p), "{p} missing from {}", d.body);
        }
    }

    #[test]
    fn a_shell_rendered_by_scripts_takes_its_story_from_next_data() {
        let mut blocks: Vec<serde_json::Value> = STORY
            .iter()
            .map(|p| serde_json::json!({"type": "paragraph", "text": p}))
            .collect();
        blocks.insert(2, serde_json::json!({"type": "related", "title": "Bus fares go up in April", "url": "/bus"}));
        let data = serde_json::json!({"props": {"pageProps": {"article": {"body": blocks}}}});
        let page = format!(
            "<html><head><title>Tram line to open in 2031</title></head><body><h1>Tram line to open in 2031</h1>\
             <div class=skeleton></div><script id=__NEXT_DATA__ type=\"application/json\">{data}</script></body></html>"
        );
        let d = read(&page, Some("https://x.org/a"), &Cleaner::new(&[]).unwrap()).unwrap();
        assert_eq!(d.body, STORY.join("\n\n"));
    }

    #[test]
    fn the_standfirst_beside_the_headline_leads_the_body_once() {
        let body = "<p>The first paragraph of the story tells what happened on Monday in the city, and who was there to see it.</p>\
            <p>The second paragraph goes on with the details that matter to readers who want to know more about it.</p>";
        let page = |lead: &str| {
            format!(
                "<html><head><title>Trains</title><meta property=og:description content=\"Rail links across Europe exist already. Why do so few take them?\"></head>\
                 <body><header><h1>Trains</h1><div class=summary>Rail links across Europe exist already. Why do so few take them?</div></header>\
                 <article>{lead}{body}</article></body></html>"
            )
        };
        let cleaner = Cleaner::new(&[]).unwrap();
        let d = read(&page(""), Some("https://x.org/a"), &cleaner).unwrap();
        assert!(
            d.body.starts_with(
                "Rail links across Europe exist already. Why do so few take them?\n\nThe first"
            ),
            "{}",
            d.body
        );
        let inside = "<p>Rail links across Europe exist already. Why do so few take them?</p>";
        let d = read(&page(inside), Some("https://x.org/a"), &cleaner).unwrap();
        assert_eq!(d.body.matches("Rail links").count(), 1, "{}", d.body);
    }

    #[test]
    fn a_block_of_links_inside_the_story_is_kept() {
        // Squarespace-style: the story is a run of sibling blocks; readability drops the one
        // that is mostly links (a list of restaurants with their sites), the densest block
        // holding all the paragraph text brings it back.
        let long = "Montauk liegt ganz am östlichen Ende von Long Island, gut drei Stunden von Manhattan entfernt, und ist im Sommer voller Surfer, Fischer und Familien aus der Stadt.";
        let tips: String = [
            "Gosman",
            "Navy Beach",
            "Inlet Seafood",
            "Surf Lodge",
            "Sloppy Tuna",
        ]
        .iter()
        .map(|n| {
            format!(
                "<p>{n} / toller Blick / <a href=\"https://{}.example\">www.{}.example</a></p>",
                n.len(),
                n.len()
            )
        })
        .collect();
        let page = format!(
            "<html><head><title>Montauk</title></head><body><div class=site><div class=content>\
             <h1>Montauk</h1>\
             <div class=block><p>{long}</p><p>{long}</p><p>{long}</p></div>\
             <div class=block><h2>Meine Tipps:</h2>{tips}</div>\
             <div class=block><p>{long}</p><p>Eure Beate</p></div></div>\
             <div class=sidebar><p><a href=/a>Archiv</a></p></div></div></body></html>"
        );
        let d = read(
            &page,
            Some("https://x.org/montauk"),
            &Cleaner::new(&[]).unwrap(),
        )
        .unwrap();
        assert!(d.body.contains("Sloppy Tuna"), "{}", d.body);
        assert!(d.body.contains("Eure Beate"), "{}", d.body);
        assert!(!d.body.contains("Archiv"), "{}", d.body);
    }

    #[test]
    fn a_saved_page_names_its_site_by_its_links() {
        let links = "<a href=\"https://www.stuttgart.de/a\">a</a><a href=\"https://www.stuttgart.de/b\">b</a>\
            <img src=\"https://www.stuttgart.de/i.png\"><a href=\"https://other.org/\">o</a>";
        let doc = Document::from(format!("<body>{links}</body>").as_str());
        assert_eq!(likely_host(&doc).as_deref(), Some("www.stuttgart.de"));
        let few = Document::from(
            "<body><a href=\"https://a.org/1\">1</a><a href=\"https://a.org/2\">2</a></body>",
        );
        assert_eq!(likely_host(&few), None);
        let page = format!(
            "<html><head><title>Bohnenviertel - Stadt Stuttgart</title></head><body>{links}\
             <article><p>{}</p></article></body></html>",
            "Das Bohnenviertel ist eines der ältesten Viertel der Stadt, mit Gassen und kleinen Läden. ".repeat(3)
        );
        let d = read(&page, None, &Cleaner::new(&[]).unwrap()).unwrap();
        assert_eq!(d.title, "Bohnenviertel");
    }

    #[test]
    fn bylines_split() {
        assert_eq!(
            split_byline("By Jane Doe and John Roe, Reuters"),
            vec!["Jane Doe", "John Roe", "Reuters"]
        );
        assert_eq!(split_byline("Posted by K A"), vec!["K A"]);
        assert_eq!(
            split_byline("Von Anna Schmidt &amp; Jörg Weber"),
            vec!["Anna Schmidt", "Jörg Weber"]
        );
    }

    #[test]
    fn a_story_in_br_runs_is_not_traded_for_the_block_around_the_pages_few_paragraphs() {
        // A portal's viewer: the story is `<br>`-separated text, the only `<p>`s are its
        // copyright line and the site's footer (a `<div>`, not `<footer>`).
        let page = format!(
            "<html><head><title>Tram line to open in 2031 : News</title></head><body>\
             <div id=header><a href=/>News</a><ul><li><a href=/p>Politics</a></li><li><a href=/e>Economy</a></li><li><a href=/s>Society</a></li><li><a href=/c>Life and culture</a></li><li><a href=/t>IT and science</a></li></ul></div>\
             <div id=ct><h2>Tram line to open in 2031</h2><div class=info><span>Reporter Jane Lee</span> <span>Posted 2025.02.11 10:12</span> <button>Comments</button> <button>Summary bot</button> <button>Listen to this text</button> <button>Change the font size</button> <button>Send by social media</button></div><div id=body><article id=story>{}</article>\
             <p class=source>Copyright Daily News. Reproduction, redistribution and use for training artificial intelligence prohibited without the written permission of the publisher.</p></div>\
             <div class=reactions><a href=#>Like 12</a> <a href=#>Warm 3</a> <a href=#>Sad 0</a> <a href=#>Angry 2</a> <a href=#>Want a follow-up story 5</a></div>\
             <div class=more><h4>Top stories</h4><ul><li><a href=/1>Cold snap deepens over the capital</a></li><li><a href=/2>House prices rise for a third week</a></li><li><a href=/3>Chip exports grow for a second month running</a></li><li><a href=/4>Snow closes mountain roads across the north</a></li></ul></div></div>\
             <div id=footer><p>Copyright Daily Corp. All Rights Reserved. Registered as an online newspaper in Seoul under number 00123; publisher and editor Kim Min-jun; youth protection officer Park Ji-woo.</p></div></body></html>",
            STORY.join("<br><br>")
        );
        let d = read(&page, Some("https://x.org/a"), &Cleaner::new(&[]).unwrap()).unwrap();
        for p in STORY {
            assert!(d.body.contains(p), "{p} missing from {}", d.body);
        }
        assert!(
            !d.body.contains("Politics") && !d.body.contains("Top stories"),
            "{}",
            d.body
        );
    }

    #[test]
    fn the_key_points_box_under_the_headline_joins_the_story() {
        let page = |h1: &str| {
            format!(
                "<html><head><title>Tram line to open in 2031 - Daily</title></head><body><main><article class=article><h1>{h1}</h1>\
                 <div class=author><span>Anna Weber</span> <span>04.03.2025, 14:05</span></div>\
                 <div class=key-points><h2>Key points</h2><ul><li>The line opens two years late.</li><li>It will cost 410 million euros.</li></ul></div>\
                 <div class=article__body>{}</div><div class=tags><a href=/t/tram>tram</a> <a href=/t/rail>rail</a></div></article></main></body></html>",
                STORY.map(|p| format!("<p>{p}</p>")).concat()
            )
        };
        let cleaner = Cleaner::new(&[]).unwrap();
        let d = read(
            &page("Tram line to open in 2031"),
            Some("https://x.org/a"),
            &cleaner,
        )
        .unwrap();
        assert!(
            d.body.starts_with("## Key points\n\n- The line opens two years late.\n- It will cost 410 million euros.\n\nThe new tram line"),
            "{}",
            d.body
        );
        // Under a blog's name (its `<h1>`), a list is the blog's, not the story's summary.
        let blog = page("Rail Notes")
            .replace("<title>Tram line to open in 2031 - Daily</title>", "<title>Tram line to open in 2031 | Rail Notes</title><meta property=og:site_name content=\"Rail Notes\">")
            .replace("<div class=author>", "<h2>Tram line to open in 2031</h2><div class=author>");
        let d = read(&blog, Some("https://x.org/a"), &cleaner).unwrap();
        assert_eq!(d.title, "Tram line to open in 2031");
        assert!(!d.body.contains("opens two years late"), "{}", d.body);
    }

    #[test]
    fn the_deck_under_the_headline_leads_but_a_blogs_tagline_does_not() {
        let deck = "The authority now expects the trams to run at the end of 2031, two years late and 90 million euros over budget.";
        let page = |h1: &str| {
            format!(
                "<html><head><title>Tram line to open in 2031 | Rail Notes</title><meta property=og:site_name content=\"Rail Notes\"></head><body>\
                 <header><h1>{h1}</h1><h2>{deck}</h2></header><main><article><h2>Tram line to open in 2031</h2>{}</article></main></body></html>",
                STORY.map(|p| format!("<p>{p}</p>")).concat()
            )
        };
        let cleaner = Cleaner::new(&[]).unwrap();
        let d = read(
            &page("Tram line to open in 2031"),
            Some("https://x.org/a"),
            &cleaner,
        )
        .unwrap();
        assert!(d.body.starts_with(deck), "{}", d.body);
        let d = read(&page("Rail Notes"), Some("https://x.org/a"), &cleaner).unwrap();
        assert_eq!(d.title, "Tram line to open in 2031");
        assert!(!d.body.contains("over budget"), "{}", d.body);
    }
}
