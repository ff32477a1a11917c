//! Traces a problem found in rendered output back to where a person can fix it: a link on an
//! article page is looked up in that article's file (the line where the Markdown or the front
//! matter wrote it); anything else came from a template, and is reported once for all the
//! pages it appears on.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Mutex;

use super::links::{Broken, External, percent_decode};
use super::{Problem, Severity, rel_path};
use crate::render::Page;
use crate::site::Site;

/// Content files' text, read on demand.
pub struct Sources<'a> {
    root: &'a Path,
    site: &'a Site,
    texts: Mutex<HashMap<usize, std::sync::Arc<String>>>,
}

/// A place a link was written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// Content file (site-relative) or page URL.
    pub file: String,
    /// 1-based line, 0 for a page.
    pub line: usize,
    /// Pages sharing this template place (1 for content).
    pub pages: usize,
}

impl<'a> Sources<'a> {
    /// Reads articles of `site` under `root` as needed.
    pub fn new(root: &'a Path, site: &'a Site) -> Self {
        Sources {
            root,
            site,
            texts: Mutex::new(HashMap::new()),
        }
    }

    fn text(&self, i: usize) -> std::sync::Arc<String> {
        let mut texts = self.texts.lock().expect("sources lock");
        texts
            .entry(i)
            .or_insert_with(|| {
                let path = self.root.join(&self.site.articles[i].path);
                std::sync::Arc::new(std::fs::read_to_string(path).unwrap_or_default())
            })
            .clone()
    }

    /// The content file and line where article `i` wrote `url`, if it did: the body first
    /// (links), then the front matter (`source_url`).
    pub fn find(&self, i: usize, url: &str) -> Option<(String, usize)> {
        let a = &self.site.articles[i];
        let text = self.text(i);
        let decoded = percent_decode(url);
        let bare = url.split(['#', '?']).next().unwrap_or(url);
        let needles: Vec<&str> = [url, decoded.as_str(), bare]
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect();
        let lines: Vec<&str> = text.lines().collect();
        let body = a.body_line.saturating_sub(1).min(lines.len());
        for needle in &needles {
            let hit = (body..lines.len())
                .chain(0..body)
                .find(|&l| lines[l].contains(needle));
            if let Some(l) = hit {
                return Some((rel_path(self.root, &a.path), l + 1));
            }
        }
        None
    }

    /// Where a reference seen on `page` was written: the article's file and line, or `None`
    /// when it came from a template.
    fn place(&self, page: Option<Page>, url: &str) -> Option<(String, usize)> {
        match page {
            Some(Page::Article(i)) => self.find(i, url),
            _ => None,
        }
    }
}

/// Turns broken internal references into problems: one per content line, or one per distinct
/// template reference (with the number of pages it breaks).
pub fn place_all(broken: &[Broken], sources: &Sources<'_>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut from_templates: BTreeMap<(&str, &str), (&str, usize)> = BTreeMap::new();
    for b in broken {
        match sources.place(b.page, &b.url) {
            Some((file, line)) => problems.push(Problem::new(
                file,
                line,
                Severity::Error,
                format!("broken link to {}: {}", b.url, b.why),
            )),
            None => {
                from_templates
                    .entry((b.url.as_str(), b.why.as_str()))
                    .or_insert((b.page_url.as_str(), 0))
                    .1 += 1;
            }
        }
    }
    for ((url, why), (first, n)) in from_templates {
        let pages = if n > 1 {
            format!(" (on {n} pages, from a template)")
        } else {
            " (from a template)".to_string()
        };
        problems.push(Problem::new(
            first,
            0,
            Severity::Error,
            format!("broken link to {url}: {why}{pages}"),
        ));
    }
    problems
}

/// Every distinct external URL with the places it was written: content lines where known,
/// else the first page showing it.
pub fn external_uses(uses: &[External], sources: &Sources<'_>) -> BTreeMap<String, Vec<Place>> {
    let mut out: BTreeMap<String, Vec<Place>> = BTreeMap::new();
    let mut template_pages: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for u in uses {
        match sources.place(u.page, &u.written) {
            Some((file, line)) => {
                let places = out.entry(u.url.clone()).or_default();
                let place = Place {
                    file,
                    line,
                    pages: 1,
                };
                if !places.contains(&place) {
                    places.push(place);
                }
            }
            None => {
                template_pages
                    .entry(u.url.as_str())
                    .or_insert((u.page_url.as_str(), 0))
                    .1 += 1;
            }
        }
    }
    for (url, (first, n)) in template_pages {
        let places = out.entry(url.to_string()).or_default();
        // A URL written in content is reported there; the cards repeating it need no line.
        if places.is_empty() {
            places.push(Place {
                file: first.to_string(),
                line: 0,
                pages: n,
            });
        }
    }
    for places in out.values_mut() {
        places.sort();
    }
    out
}
