//! Template values built once per article and shared by reference (Tera values are
//! reference-counted), so a list page holds only its own cards and copies no article text.

use std::sync::OnceLock;

use serde::Serialize;
use tera::Value;

use crate::config::{ArticlePages, TermEntries};
use crate::lang;
use crate::markdown::is_safe_url;
use crate::site::urls::{List, Loc};
use crate::site::{Site, TermKind};

/// A `{ name, url }` link.
#[derive(Serialize)]
pub struct Link<'a> {
    /// Display name.
    pub name: &'a str,
    /// Root-relative URL (or `None` when there is no page to link).
    pub url: Option<String>,
}

/// A link with a count, for indexes.
#[derive(Serialize)]
pub struct CountedLink<'a> {
    /// Display name.
    pub name: &'a str,
    /// Root-relative URL.
    pub url: String,
    /// Articles.
    pub count: usize,
}

#[derive(Serialize)]
struct Card<'a> {
    title: &'a str,
    /// The article's language (its own, else the site's).
    language: &'a str,
    /// The article's language when it differs from the site's: pages set `lang`, feeds `xml:lang`.
    lang: Option<&'a str>,
    /// `rtl` or `ltr` when the article's script runs the other way from the site's.
    dir: Option<&'static str>,
    url: String,
    permalink: String,
    date: String,
    date_display: String,
    datetime: String,
    /// The links below are shared by every card that has them (see [`Values::term_link`]).
    source: Option<Value>,
    source_url: Option<&'a str>,
    also_sources: Vec<Link<'a>>,
    /// Other published articles reporting the same story: their source (else title) and page.
    also_covered: Vec<Link<'a>>,
    summary: String,
    summary_is_lead: bool,
    note: Option<&'a str>,
    people: Vec<Value>,
    regions: Vec<Value>,
    tags: Vec<Value>,
    reading_minutes: usize,
    pin: Option<i64>,
    /// The lead image, when the article has one.
    image: Option<crate::site::images::ImageView>,
    extra: &'a serde_json::Value,
}

/// A feed entry: the card plus the body and the time of the last change.
#[derive(Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    card: Value,
    content: Value,
    updated_rfc3339: String,
    authors: &'a [String],
}

/// `s` escaped for HTML text and attributes.
fn esc(s: &str) -> String {
    let mut out = Vec::new();
    let _ = tera::escape_html(s, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

static NULL: serde_json::Value = serde_json::Value::Null;

/// Per-article values, computed on first use.
pub struct Values<'s> {
    site: &'s Site,
    cards: Vec<OnceLock<Value>>,
    entries: Vec<OnceLock<Value>>,
    /// Entries whose content is the summary and a link (term feeds).
    short_entries: Vec<OnceLock<Value>>,
    /// Each term's `{ name, url }` link, per kind (in [`TermKind::ALL`] order), and each
    /// region node's: made once and shared by the cards, which held a copy each (at 100,000
    /// articles about a third of the cards' memory).
    term_links: [Vec<OnceLock<Value>>; 3],
    region_links: Vec<OnceLock<Value>>,
}

impl<'s> Values<'s> {
    /// Prepares (lazily) the values of every article of `site`.
    pub fn new(site: &'s Site) -> Self {
        let n = site.articles.len();
        Values {
            site,
            cards: (0..n).map(|_| OnceLock::new()).collect(),
            entries: (0..n).map(|_| OnceLock::new()).collect(),
            short_entries: (0..n).map(|_| OnceLock::new()).collect(),
            term_links: TermKind::ALL.map(|k| lazy(k.terms(site).len())),
            region_links: lazy(site.regions.nodes.len()),
        }
    }

    /// The link to term `t` of `kind`, shared.
    fn term_link(&self, kind: TermKind, t: usize) -> Value {
        let k = TermKind::ALL
            .iter()
            .position(|&x| x == kind)
            .expect("a kind");
        self.term_links[k][t]
            .get_or_init(|| {
                let site = self.site;
                let term = &kind.terms(site)[t];
                Value::from_serializable(&Link {
                    name: &term.name,
                    url: Some(site.urls.url(Loc::List(List::Term(kind, &term.slug), 1))),
                })
            })
            .clone()
    }

    /// The link to region node `n`, shared.
    fn region_value(&self, n: usize) -> Value {
        self.region_links[n]
            .get_or_init(|| Value::from_serializable(&self.region_link(n)))
            .clone()
    }

    /// The card of article `i`.
    pub fn card(&self, i: usize) -> Value {
        self.cards[i].get_or_init(|| self.build_card(i)).clone()
    }

    /// Cards for a list of articles.
    pub fn cards(&self, list: &[usize]) -> Value {
        Value::from(list.iter().map(|&i| self.card(i)).collect::<Vec<_>>())
    }

    /// The feed entry of article `i`: its card plus content.
    pub fn entry(&self, i: usize) -> Value {
        self.entries[i]
            .get_or_init(|| self.build_entry(i, self.content(i)))
            .clone()
    }

    /// The entry of article `i` in the feed of `list`: whole for the home feed, and for
    /// region and term feeds unless `term_feeds: full`; else the summary and a link.
    pub fn entry_in(&self, list: List<'_>, i: usize) -> Value {
        if self.short_feed(list) {
            self.short_entries[i]
                .get_or_init(|| self.build_entry(i, Value::safe_string(&self.feed_summary_html(i))))
                .clone()
        } else {
            self.entry(i)
        }
    }

    /// Whether the feed of `list` carries summaries rather than whole articles.
    pub fn short_feed(&self, list: List<'_>) -> bool {
        !matches!(list, List::Home) && self.site.config.term_feeds.entries == TermEntries::Summary
    }

    /// The content (HTML) of article `i` in the feed of `list`.
    pub fn feed_content(&self, list: List<'_>, i: usize) -> String {
        let entry = self.entry_in(list, i);
        entry
            .as_map()
            .and_then(|m| m.get(&tera::value::Key::from("content")))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    }

    fn build_entry(&self, i: usize, html: Value) -> Value {
        let site = self.site;
        let a = &site.articles[i];
        let tz = site.config.tz();
        // Plain (not safe) so the XML template escapes the HTML into text.
        Value::from_serializable(&Entry {
            card: self.card(i),
            content: Value::normal_string(html.as_str().unwrap_or("")),
            updated_rfc3339: a.updated.unwrap_or(a.date).rfc3339(tz),
            authors: &a.front.authors,
        })
    }

    /// A term feed's content for article `i`: its summary, the curator's note and a link to
    /// its page here.
    fn feed_summary_html(&self, i: usize) -> String {
        let site = self.site;
        let a = &site.articles[i];
        let mut html = String::new();
        let summary = self.summary(i);
        if !summary.is_empty() {
            html.push_str(&format!("<p>{}</p>", esc(&summary)));
        }
        if let Some(note) = &a.front.note {
            let label = site.interface.text("curators-note-prefix", &[]);
            html.push_str(&format!("<p><em>{}</em> {}</p>", esc(&label), esc(note)));
        }
        html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>",
            esc(&site.urls.permalink(Loc::Article(a))),
            esc(&site.interface.text("read-article", &[]))
        ));
        html
    }

    /// The article body for pages and feeds (safe HTML), honouring `article_pages`.
    pub fn content(&self, i: usize) -> Value {
        match self.site.config.article_pages {
            ArticlePages::Full => Value::safe_string(&self.site.html(i)),
            ArticlePages::Summary => Value::safe_string(&self.summary_html(i)),
        }
    }

    fn summary_html(&self, i: usize) -> String {
        let a = &self.site.articles[i];
        let mut html = String::new();
        let summary = self.summary(i);
        if !summary.is_empty() {
            html.push_str(&format!("<p>{}</p>", esc(&summary)));
        }
        if let Some(note) = &a.front.note {
            let label = self.site.interface.text("curators-note-prefix", &[]);
            html.push_str(&format!("<p><em>{}</em> {}</p>", esc(&label), esc(note)));
        }
        if let Some(url) = a.front.source_url.as_deref().filter(|u| is_safe_url(u)) {
            let ui = &self.site.interface;
            let text = match a.front.source.as_deref() {
                Some(name) => ui.text("read-full-at", &[("source", name.into())]),
                None => ui.text("read-full-original", &[]),
            };
            html.push_str(&format!(
                "<p><a href=\"{}\">{}</a></p>",
                esc(url),
                esc(&text)
            ));
        }
        html
    }

    /// The summary (see [`Site::summary`]).
    pub fn summary(&self, i: usize) -> String {
        self.site.summary(i)
    }

    fn build_card(&self, i: usize) -> Value {
        let site = self.site;
        let a = &site.articles[i];
        let tz = site.config.tz();
        let site_lang = site.config.language.as_str();
        let language = a.front.language.as_deref().unwrap_or(site_lang);
        let (lang, dir) = lang::attrs_within(language, site_lang);
        let card = Card {
            title: &a.front.title,
            language,
            lang,
            dir,
            url: site.urls.url(Loc::Article(a)),
            permalink: site.urls.permalink(Loc::Article(a)),
            date: a.local_date.format("%Y-%m-%d").to_string(),
            date_display: site.interface.date(a.local_date),
            datetime: a.date.rfc3339(tz),
            source: site.article_source[i].map(|s| self.term_link(TermKind::Sources, s)),
            source_url: a.front.source_url.as_deref().filter(|u| is_safe_url(u)),
            also_sources: site.also_sources[i]
                .iter()
                .map(|(name, url)| Link {
                    name,
                    url: url.clone().filter(|u| is_safe_url(u)),
                })
                .collect(),
            also_covered: site
                .also_covered(i)
                .map(|(name, loc)| Link {
                    name,
                    url: Some(site.urls.url(loc)),
                })
                .collect(),
            summary: self.summary(i),
            summary_is_lead: a.front.summary.is_none() || site.derived[i].summary_is_lead,
            note: a.front.note.as_deref(),
            people: site.article_people[i]
                .iter()
                .map(|&p| self.term_link(TermKind::People, p))
                .collect(),
            regions: site.regions.countries[i]
                .iter()
                .map(|&n| self.region_value(n))
                .collect(),
            tags: site.article_tags[i]
                .iter()
                .map(|&t| self.term_link(TermKind::Tags, t))
                .collect(),
            reading_minutes: site.rendered(i).word_count.div_ceil(230).max(1),
            pin: a.front.pin,
            image: site.images[i].as_ref().map(|img| img.view(&site.urls)),
            extra: a.front.extra.as_ref().unwrap_or(&NULL),
        };
        Value::from_serializable(&card)
    }

    /// A link to region node `n`.
    pub fn region_link(&self, n: usize) -> Link<'s> {
        let node = &self.site.regions.nodes[n];
        Link {
            name: &node.name,
            url: Some(self.site.urls.url(self.region_loc(n))),
        }
    }

    /// The first page of region node `n`.
    pub fn region_loc(&self, n: usize) -> Loc<'s> {
        region_loc(self.site, n)
    }
}

/// `n` values to be made on first use.
fn lazy(n: usize) -> Vec<OnceLock<Value>> {
    (0..n).map(|_| OnceLock::new()).collect()
}

/// The first page of region node `n`.
pub fn region_loc(site: &Site, n: usize) -> Loc<'_> {
    Loc::List(List::Region(&site.regions.nodes[n].slug), 1)
}
