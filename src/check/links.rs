//! Internal links of an in-memory build: every `href`, `src` and `action` on every HTML page
//! is resolved against the set of files a build would write, and every `#fragment` against
//! the `id`s of its target page. External links are collected for [`super::external`].

use std::collections::{HashMap, HashSet};

use super::html;
use crate::output::OutputFile;
use crate::render::Page;
use crate::site::Site;
use crate::site::urls::{self, Urls};

/// A reference that does not resolve.
#[derive(Debug, Clone)]
pub struct Broken {
    /// The page it is on.
    pub page: Option<Page>,
    /// That page's root-relative URL (with the base path).
    pub page_url: String,
    /// The reference as written in the page.
    pub url: String,
    /// Why it is broken.
    pub why: String,
}

/// A link to another site, and where it was seen.
#[derive(Debug, Clone)]
pub struct External {
    /// The absolute URL without its fragment.
    pub url: String,
    /// The reference as written in the page.
    pub written: String,
    /// The page it is on.
    pub page: Option<Page>,
    /// That page's root-relative URL.
    pub page_url: String,
}

/// What the internal link check found.
#[derive(Debug, Default)]
pub struct Found {
    /// Broken internal references.
    pub broken: Vec<Broken>,
    /// Every use of an external link.
    pub external: Vec<External>,
    /// Internal references resolved.
    pub checked: usize,
}

/// Where a reference points.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A site-relative output path (`tags/x/`, empty for home) and a fragment.
    Internal(String, Option<String>),
    /// Another site.
    External(String),
    /// Nothing to check (`mailto:`, an empty `#`, …).
    Skip,
    /// Can never work.
    Broken(String),
}

/// Resolves the links of rendered files one at a time, against the paths a build writes.
pub struct Scanner<'a> {
    paths: HashSet<String>,
    urls: &'a Urls,
    base_url: &'a str,
    base_path: &'a str,
    external: bool,
}

/// What one rendered file holds for the link check; the file itself can be dropped.
pub struct Scanned {
    /// The file's output path.
    path: String,
    /// Its anchors (HTML only).
    ids: HashSet<String>,
    /// References already known to be broken.
    broken: Vec<Broken>,
    /// External links (when wanted).
    external: Vec<External>,
    /// `#fragments` to look for once every page's anchors are known.
    anchors: Vec<(String, String, Broken)>,
    /// Internal references resolved.
    checked: usize,
}

impl<'a> Scanner<'a> {
    /// A scanner for `site`, whose build writes `paths`; `external` keeps external links.
    pub fn new(site: &'a Site, paths: HashSet<String>, external: bool) -> Self {
        Scanner {
            paths,
            urls: &site.urls,
            base_url: &site.urls.base_url,
            base_path: &site.urls.base_path,
            external,
        }
    }

    /// Reads and resolves the references of one rendered file.
    pub fn scan(&self, page: Option<Page>, file: OutputFile) -> Scanned {
        let mut out = Scanned {
            path: file.path,
            ids: HashSet::new(),
            broken: Vec::new(),
            external: Vec::new(),
            anchors: Vec::new(),
            checked: 0,
        };
        if !out.path.ends_with(".html") {
            return out;
        }
        let links = html::links(&String::from_utf8_lossy(&file.bytes));
        out.ids = links.ids;
        let base_path = self.base_path;
        let dir = match out.path.rfind('/') {
            Some(k) => &out.path[..=k],
            None => "",
        };
        let page_url = self.urls.url_of_file(&out.path);
        for r in links.refs {
            let broken = |why: String| Broken {
                page,
                page_url: page_url.clone(),
                url: r.url.clone(),
                why,
            };
            match resolve(&r.url, &out.path, dir, self.base_url, base_path) {
                Target::Skip => {}
                Target::External(url) => {
                    if self.external {
                        out.external.push(External {
                            url,
                            written: r.url.clone(),
                            page,
                            page_url: page_url.clone(),
                        });
                    }
                }
                Target::Broken(why) => out.broken.push(broken(why)),
                Target::Internal(path, fragment) => {
                    out.checked += 1;
                    match (existing(&self.paths, &path), fragment) {
                        (None, _) => out
                            .broken
                            .push(broken(format!("no page or file {base_path}{path}"))),
                        (Some(target), Some(frag)) => {
                            let b = broken(String::new());
                            out.anchors.push((target, frag, b));
                        }
                        (Some(_), None) => {}
                    }
                }
            }
        }
        out
    }
}

/// Checks the `#fragments` against every page's anchors and gathers the findings.
pub fn finish(scans: Vec<Scanned>, urls: &Urls) -> Found {
    let ids: HashMap<&str, &HashSet<String>> = scans
        .iter()
        .filter(|s| s.path.ends_with(".html"))
        .map(|s| (s.path.as_str(), &s.ids))
        .collect();
    let mut found = Found::default();
    let mut anchors = Vec::new();
    for s in &scans {
        found.checked += s.checked;
        found.broken.extend(s.broken.iter().cloned());
        found.external.extend(s.external.iter().cloned());
        for (target, frag, b) in &s.anchors {
            if let Some(set) = ids.get(target.as_str())
                && !set.contains(frag)
            {
                let page = urls.url_of_file(target);
                anchors.push(Broken {
                    why: format!("{page} has no anchor `#{frag}`"),
                    ..b.clone()
                });
            }
        }
    }
    found.broken.extend(anchors);
    found
}

/// The output file a site-relative path is served from, if the build writes it.
fn existing(paths: &HashSet<String>, path: &str) -> Option<String> {
    let file = urls::file_of_rel(path);
    if paths.contains(&file) {
        return Some(file);
    }
    // Static hosts redirect `/x` to `/x/` when `x/index.html` exists.
    let dir_index = urls::file_of_rel(&format!("{path}/"));
    paths.contains(&dir_index).then_some(dir_index)
}

/// Resolves `url` found on the page written to `page_file` (in folder `dir`).
fn resolve(url: &str, page_file: &str, dir: &str, base_url: &str, base_path: &str) -> Target {
    if url.is_empty() || url == "#" {
        return Target::Skip;
    }
    let lower = url.get(..12).unwrap_or(url).to_ascii_lowercase();
    let site_rel: String = if let Some(rest) = url.strip_prefix(base_url) {
        rest.to_string()
    } else if lower.starts_with("http://") || lower.starts_with("https://") {
        return Target::External(strip_fragment(url).to_string());
    } else if let Some(rest) = url.strip_prefix("//") {
        return Target::External(format!("https://{}", strip_fragment(rest)));
    } else if has_scheme(url) {
        return Target::Skip;
    } else if url.starts_with('#') || url.starts_with('?') {
        let own = urls::rel_of_file(page_file);
        format!("{own}{url}")
    } else if url.starts_with('/') {
        match url.strip_prefix(base_path) {
            Some(rest) => rest.to_string(),
            None => {
                return Target::Broken(format!(
                    "it leaves the site's base path {base_path} (write {}{} or a relative link)",
                    base_path.trim_end_matches('/'),
                    url
                ));
            }
        }
    } else {
        match normalise(&format!("{dir}{url}")) {
            Some(p) => p,
            None => return Target::Broken("it climbs above the site's root".into()),
        }
    };
    let (path_query, fragment) = match site_rel.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (site_rel.as_str(), None),
    };
    let path = path_query.split('?').next().unwrap_or("");
    let fragment = fragment.filter(|f| !f.is_empty()).map(percent_decode);
    Target::Internal(percent_decode(path), fragment)
}

fn strip_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

/// `scheme:` before any `/`, `?` or `#` (so `a/b:c` is a path, `mailto:x` a scheme).
fn has_scheme(url: &str) -> bool {
    match url.find(':') {
        Some(c) => {
            url[..c]
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || "+.-".contains(ch))
                && !url[..c].is_empty()
        }
        None => false,
    }
}

/// Folds `.` and `..` segments; `None` when `..` climbs above the root.
fn normalise(path: &str) -> Option<String> {
    let (p, tail) = match path.find(['?', '#']) {
        Some(i) => (&path[..i], &path[i..]),
        None => (path, ""),
    };
    let mut out: Vec<&str> = Vec::new();
    for s in p.split('/') {
        match s {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            s => out.push(s),
        }
    }
    let mut joined = out.join("/");
    let folder = p.ends_with('/') || p.ends_with("/.") || p.ends_with("/..");
    if folder && !joined.is_empty() {
        joined.push('/');
    }
    Some(format!("{joined}{tail}"))
}

/// Decodes `%XX` escapes (invalid ones are kept as written).
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(url: &str) -> Target {
        resolve(
            url,
            "articles/2024/07/x/index.html",
            "articles/2024/07/x/",
            "https://u.github.io/repo/",
            "/repo/",
        )
    }

    fn internal(p: &str, f: Option<&str>) -> Target {
        Target::Internal(p.into(), f.map(str::to_string))
    }

    #[test]
    fn resolves_every_kind_of_reference() {
        assert_eq!(r("/repo/tags/a/"), internal("tags/a/", None));
        assert_eq!(r("/repo/"), internal("", None));
        assert_eq!(
            r("https://u.github.io/repo/atom.xml"),
            internal("atom.xml", None)
        );
        assert_eq!(r("#main"), internal("articles/2024/07/x/", Some("main")));
        assert_eq!(
            r("../y/#a%20b"),
            internal("articles/2024/07/y/", Some("a b"))
        );
        assert_eq!(r("../../08/z/?q=1"), internal("articles/2024/08/z/", None));
        assert_eq!(
            r("img/a%20b.png"),
            internal("articles/2024/07/x/img/a b.png", None)
        );
        assert_eq!(
            r("https://example.com/a#b"),
            Target::External("https://example.com/a".into())
        );
        assert_eq!(
            r("//cdn.example.com/x.js"),
            Target::External("https://cdn.example.com/x.js".into())
        );
        assert_eq!(r("mailto:a@b.c"), Target::Skip);
        assert_eq!(r("#"), Target::Skip);
        assert!(matches!(r("/tags/a/"), Target::Broken(m) if m.contains("base path /repo/")));
        assert!(matches!(r("../../../../../x"), Target::Broken(_)));
    }
}
