//! Feeds beyond the per-list Atom template: JSON Feed 1.1 beside every Atom feed, and the
//! edition feeds (`editions/atom.xml`, `editions/feed.json`) whose entries are whole digests,
//! what RSS-to-email services send out.

use serde::Serialize;
use tera::Value;

use super::Renderer;
use crate::error::Result;
use crate::site::urls::{List, Loc};

/// The JSON Feed version this writes.
pub const JSON_FEED_VERSION: &str = "https://jsonfeed.org/version/1.1";

#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    language: &'a str,
    authors: Vec<Author<'a>>,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Author<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct Item {
    id: String,
    url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_url: Option<String>,
    title: String,
    content_html: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    summary: String,
    date_published: String,
    date_modified: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    authors: Vec<OwnedAuthor>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    /// The item's language when it is not the feed's.
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

#[derive(Serialize)]
struct OwnedAuthor {
    name: String,
}

/// One edition as a feed entry.
struct EditionEntry {
    title: String,
    permalink: String,
    published: String,
    updated: String,
    summary: String,
    content: String,
}

impl Renderer<'_> {
    fn json(&self, title: &str, page: Loc<'_>, feed: Loc<'_>, items: Vec<Item>) -> String {
        let site = self.site;
        let feed = JsonFeed {
            version: JSON_FEED_VERSION,
            title,
            home_page_url: site.urls.permalink(page),
            feed_url: site.urls.permalink(feed),
            description: &site.config.description,
            language: &site.config.language,
            authors: vec![Author {
                name: &site.config.title,
                url: Some(&site.urls.base_url),
            }],
            items,
        };
        let mut s = serde_json::to_string_pretty(&feed).expect("a feed serialises");
        s.push('\n');
        s
    }

    /// The JSON Feed of the list `of` holding `items` (newest first).
    pub fn json_feed(&self, title: &str, of: List<'_>, items: &[usize]) -> String {
        let site = self.site;
        let tz = site.config.tz();
        let limit = match of {
            List::Home => site.config.feed_limit,
            List::Region(_) | List::Term(..) => site.config.term_feed_limit(),
        };
        let list = &items[..items.len().min(limit)];
        let items = list
            .iter()
            .map(|&i| {
                let a = &site.articles[i];
                let permalink = site.urls.permalink(Loc::Article(a));
                let mut authors: Vec<OwnedAuthor> = a
                    .front
                    .authors
                    .iter()
                    .map(|n| OwnedAuthor { name: n.clone() })
                    .collect();
                if authors.is_empty()
                    && let Some(s) = &a.front.source
                {
                    authors.push(OwnedAuthor { name: s.clone() });
                }
                Item {
                    id: permalink.clone(),
                    url: permalink,
                    external_url: a
                        .front
                        .source_url
                        .clone()
                        .filter(|u| crate::markdown::is_safe_url(u)),
                    title: a.front.title.clone(),
                    // From the Atom entry every build already keeps (rendering the Markdown
                    // again for each JSON Feed doubled the cost of a full build's feeds).
                    content_html: self.contexts.values().feed_content(of, i),
                    summary: self.contexts.values().summary(i),
                    date_published: a.date.rfc3339(tz),
                    date_modified: a.updated.unwrap_or(a.date).rfc3339(tz),
                    authors,
                    tags: a.front.tags.clone(),
                    language: a
                        .front
                        .language
                        .clone()
                        .filter(|l| !l.eq_ignore_ascii_case(&site.config.language)),
                }
            })
            .collect();
        self.json(title, Loc::List(of, 1), Loc::JsonFeed(of), items)
    }

    fn edition_entries(&self) -> Result<Vec<EditionEntry>> {
        let site = self.site;
        let tz = site.config.tz();
        let n = site.editions.len().min(site.config.feed_limit);
        (0..n)
            .map(|e| {
                let ed = &site.editions[e];
                let d = self.digest(e);
                let instant = |upd: bool| {
                    ed.articles
                        .iter()
                        .map(|&i| {
                            let a = &site.articles[i];
                            if upd {
                                a.updated.unwrap_or(a.date).instant(tz)
                            } else {
                                a.date.instant(tz)
                            }
                        })
                        .max()
                        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
                };
                Ok(EditionEntry {
                    title: match &d.headline {
                        Some(h) => format!("{}: {h}", ed.title),
                        None => ed.title.clone(),
                    },
                    permalink: site.urls.permalink(Loc::Edition(&ed.id)),
                    published: instant(false),
                    updated: instant(true),
                    summary: d.preheader.clone(),
                    content: self.digest_html(e, &crate::site::urls::file(Loc::EditionsFeed))?,
                })
            })
            .collect()
    }

    /// `editions/feed.json`.
    pub fn editions_json_feed(&self) -> Result<String> {
        let items = self
            .edition_entries()?
            .into_iter()
            .map(|e| Item {
                id: e.permalink.clone(),
                url: e.permalink,
                external_url: None,
                title: e.title,
                content_html: e.content,
                summary: e.summary,
                date_published: e.published,
                date_modified: e.updated,
                authors: Vec::new(),
                tags: Vec::new(),
                language: None,
            })
            .collect();
        let title = format!(
            "{} — {}",
            self.site.config.title,
            self.site.interface.text("editions-title", &[])
        );
        Ok(self.json(&title, Loc::Editions, Loc::EditionsJsonFeed, items))
    }

    /// The `feed` value the `atom.xml` template renders `editions/atom.xml` from: entries of
    /// the same shape as an article list's.
    pub fn editions_atom_value(&self) -> Result<Value> {
        let site = self.site;
        let entries = self.edition_entries()?;
        let updated = entries
            .iter()
            .map(|e| e.updated.clone())
            .max()
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let entries: Vec<Value> = entries
            .into_iter()
            .map(|e| {
                let mut m = tera::Map::new();
                m.insert("title".into(), Value::from(e.title));
                m.insert("permalink".into(), Value::from(e.permalink));
                m.insert("source_url".into(), Value::none());
                m.insert("datetime".into(), Value::from(e.published));
                m.insert("updated_rfc3339".into(), Value::from(e.updated));
                m.insert("authors".into(), Value::from(Vec::<Value>::new()));
                m.insert("source".into(), Value::none());
                m.insert("lang".into(), Value::none());
                m.insert("tags".into(), Value::from(Vec::<Value>::new()));
                m.insert("summary".into(), Value::from(e.summary));
                // Plain (not safe) so the XML template escapes the HTML into text.
                m.insert("content".into(), Value::normal_string(&e.content));
                Value::from(m)
            })
            .collect();
        let feed_url = site.urls.permalink(Loc::EditionsFeed);
        let mut m = tera::Map::new();
        m.insert(
            "title".into(),
            Value::from(format!(
                "{} — {}",
                site.config.title,
                site.interface.text("editions-title", &[])
            )),
        );
        m.insert("id".into(), Value::from(feed_url.clone()));
        m.insert(
            "url".into(),
            Value::from(site.urls.permalink(Loc::Editions)),
        );
        m.insert("feed_url".into(), Value::from(feed_url));
        m.insert("updated".into(), Value::from(updated));
        m.insert("entries".into(), Value::from(entries));
        Ok(Value::from(m))
    }
}
