//! Rendering: every page, feed and site file of a [`Site`] through the Tera templates, in parallel.

pub mod digest;
pub mod email;
pub mod feeds;
pub mod highlight;
pub mod intro;
pub mod keys;
pub mod map;
pub mod markdown;
pub mod meta;
pub mod nesting;
pub mod sparkline;
pub mod subjects;
pub mod templates;
pub mod text;
pub mod values;

use std::collections::HashMap;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Value};

use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::output::{OutputFile, Transaction};
use crate::search::{self, SearchIndex};
use crate::site::{Site, Term, urls};
use crate::timing::Laps;
use templates::Templates;
use values::{CountedLink, Link, Values, region_rel};

/// One thing to render; pages are enumerated first, then rendered in parallel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    /// Home, page n (1-based).
    Home(usize),
    /// An article page.
    Article(usize),
    /// The regions overview.
    Regions,
    /// A region node, page n.
    Region(usize, usize),
    /// A term index.
    TermList(TermKind),
    /// A term, page n.
    Term(TermKind, usize, usize),
    /// The editions list.
    Editions,
    /// One edition.
    Edition(usize),
    /// `/atom.xml`.
    HomeFeed,
    /// A region's feed.
    RegionFeed(usize),
    /// A term's feed.
    TermFeed(TermKind, usize),
    /// `404.html`.
    NotFound,
    /// `sitemap.xml`.
    Sitemap,
    /// `robots.txt`.
    Robots,
    /// `editions/<id>/email.html`.
    EditionEmail(usize),
    /// `editions/<id>/email.txt`.
    EditionText(usize),
    /// `editions/atom.xml`: one entry per edition, each a whole digest.
    EditionsFeed,
    /// `editions/feed.json`.
    EditionsJsonFeed,
    /// `/feed.json`.
    HomeJsonFeed,
    /// A region's JSON Feed.
    RegionJsonFeed(usize),
    /// A term's JSON Feed.
    TermJsonFeed(TermKind, usize),
    /// The `/search/` page.
    Search,
    /// `search/meta.json`: the search index's description.
    SearchMeta,
    /// A word chunk of the search index.
    SearchWords(usize),
    /// A document chunk of the search index.
    SearchDocs(usize),
}

/// Which pages a render pass covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everything but the search index files, which are a separate output set.
    AllButSearchIndex,
    /// Only the search index files.
    SearchIndex,
}

impl Scope {
    fn includes(self, page: Page) -> bool {
        let index = matches!(
            page,
            Page::SearchMeta | Page::SearchWords(_) | Page::SearchDocs(_)
        );
        match self {
            Scope::AllButSearchIndex => !index,
            Scope::SearchIndex => index,
        }
    }
}

/// The flat indexes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// `/people/`.
    People,
    /// `/tags/`.
    Tags,
    /// `/sources/`.
    Sources,
}

impl TermKind {
    const ALL: [TermKind; 3] = [TermKind::People, TermKind::Tags, TermKind::Sources];

    fn dir(self) -> &'static str {
        match self {
            TermKind::People => "people",
            TermKind::Tags => "tags",
            TermKind::Sources => "sources",
        }
    }

    fn singular(self) -> &'static str {
        match self {
            TermKind::People => "person",
            TermKind::Tags => "tag",
            TermKind::Sources => "source",
        }
    }

    /// The terms of this index.
    pub fn terms(self, site: &Site) -> &[Term] {
        match self {
            TermKind::People => &site.people,
            TermKind::Tags => &site.tags,
            TermKind::Sources => &site.sources,
        }
    }
}

fn pages_for(count: usize, per: usize) -> usize {
    count.div_ceil(per).max(1)
}

/// Every page of the site, in a stable order.
pub fn pages(site: &Site) -> Vec<Page> {
    let per = site.config.paginate_by;
    let mut pages = Vec::new();
    for n in 1..=pages_for(site.articles.len(), per) {
        pages.push(Page::Home(n));
    }
    pages.extend((0..site.articles.len()).map(Page::Article));
    pages.push(Page::Regions);
    for (r, node) in site.regions.nodes.iter().enumerate() {
        for n in 1..=pages_for(node.articles.len(), per) {
            pages.push(Page::Region(r, n));
        }
        pages.extend([Page::RegionFeed(r), Page::RegionJsonFeed(r)]);
    }
    for kind in TermKind::ALL {
        pages.push(Page::TermList(kind));
        for (t, term) in kind.terms(site).iter().enumerate() {
            for n in 1..=pages_for(term.articles.len(), per) {
                pages.push(Page::Term(kind, t, n));
            }
            pages.extend([Page::TermFeed(kind, t), Page::TermJsonFeed(kind, t)]);
        }
    }
    pages.push(Page::Editions);
    for e in 0..site.editions.len() {
        pages.extend([
            Page::Edition(e),
            Page::EditionEmail(e),
            Page::EditionText(e),
        ]);
    }
    pages.extend([Page::EditionsFeed, Page::EditionsJsonFeed]);
    pages.extend([Page::HomeFeed, Page::HomeJsonFeed]);
    pages.extend([Page::NotFound, Page::Sitemap, Page::Robots]);
    let n = site.articles.len();
    pages.extend([Page::Search, Page::SearchMeta]);
    pages.extend((0..search::word_chunks(n)).map(Page::SearchWords));
    pages.extend((0..search::doc_chunks(n)).map(Page::SearchDocs));
    pages
}

#[derive(Serialize)]
struct SiteGlobals<'a> {
    title: &'a str,
    description: &'a str,
    language: &'a str,
    base_url: &'a str,
    base_path: &'a str,
    article_pages: &'a str,
    feed_url: String,
    json_feed_url: String,
    generator: String,
}

#[derive(Serialize)]
struct PageMeta<'a> {
    url: String,
    permalink: String,
    title: &'a str,
    kind: &'a str,
    feed: Option<String>,
    /// The JSON Feed beside `feed`.
    json_feed: Option<String>,
}

/// What a render pass did.
#[derive(Debug, Clone)]
pub struct RenderReport {
    /// Files in the output set (rendered or kept).
    pub files: usize,
    /// Pages rendered (their key changed or they have none).
    pub rendered: usize,
    /// Wall time of each phase.
    pub phases: Vec<(&'static str, std::time::Duration)>,
}

/// Renders pages with one template set; cheap to share across threads.
pub struct Renderer<'s> {
    site: &'s Site,
    templates: &'s Templates,
    values: Values<'s>,
    memo: subjects::Memo,
    /// Built on first use: a build whose articles are all unchanged never needs it.
    search: OnceLock<SearchIndex>,
}

impl<'s> Renderer<'s> {
    /// Prepares rendering `site` with `templates`.
    pub fn new(site: &'s Site, templates: &'s mut Templates) -> Self {
        let globals = SiteGlobals {
            title: &site.config.title,
            description: &site.config.description,
            language: &site.config.language,
            base_url: &site.urls.base_url,
            base_path: &site.urls.base_path,
            article_pages: site.config.article_pages.as_str(),
            feed_url: site.urls.permalink(&urls::atom_feed("")),
            json_feed_url: site.urls.permalink(&urls::json_feed("")),
            generator: format!("newsdesk {}", env!("CARGO_PKG_VERSION")),
        };
        templates.tera.global_context().insert("site", &globals);
        Renderer {
            site,
            templates,
            values: Values::new(site),
            memo: subjects::Memo::new(site),
            search: OnceLock::new(),
        }
    }

    /// Renders one output set's pages into `tx` (in parallel; the first error stops it).
    /// Pages whose key matches the previous build's (and whose file is intact) are kept as
    /// they are; pages outside `scope` belong to the other set's transaction.
    pub fn render_scope_into(&self, tx: &Transaction, scope: Scope) -> Result<RenderReport> {
        if scope == Scope::SearchIndex {
            return self.render_search_into(tx, &mut search::Memo::default());
        }
        let mut laps = Laps::start();
        let pages: Vec<Page> = pages(self.site)
            .into_iter()
            .filter(|&p| scope.includes(p))
            .collect();
        let keys = keys::Keys::new(self.site, self.templates.fingerprint);
        laps.mark("render: list pages, card keys");
        let stale: Vec<(Page, String, Option<u64>)> = pages
            .par_iter()
            .filter_map(|&p| {
                let path = self.path(p);
                let key = keys.page(self.site, p);
                match key {
                    Some(k) if tx.keep_if_fresh(&path, k) => None,
                    _ => Some((p, path, key)),
                }
            })
            .collect();
        laps.mark("render: page keys");
        stale.par_iter().try_for_each(|&(p, _, key)| {
            let f = self.render(p)?;
            tx.put(&f.path, &f.bytes, key)
        })?;
        // The search index set returned above: static files belong to this one.
        for (name, bytes) in &self.templates.statics {
            tx.put(name, bytes, None)?;
        }
        laps.mark("render: pages");
        Ok(RenderReport {
            files: pages.len() + self.templates.statics.len(),
            rendered: stale.len(),
            phases: laps.phases,
        })
    }

    /// Writes the search index into `tx`. Nothing is built when no article changed since the
    /// files in the output were written (`meta.json` carries the key of every input); otherwise
    /// the index is rebuilt (with `memo`'s words for unchanged articles) and only the chunks
    /// whose uncompressed bytes changed are compressed and written.
    pub fn render_search_into(
        &self,
        tx: &Transaction,
        memo: &mut search::Memo,
    ) -> Result<RenderReport> {
        let mut laps = Laps::start();
        let site = self.site;
        let n = site.articles.len();
        let keys = keys::Keys::new(site, self.templates.fingerprint);
        let meta_key = keys
            .page(site, Page::SearchMeta)
            .expect("the search index has a key");
        let meta_path = self.path(Page::SearchMeta);
        let chunks: Vec<Page> = (0..search::word_chunks(n))
            .map(Page::SearchWords)
            .chain((0..search::doc_chunks(n)).map(Page::SearchDocs))
            .collect();
        laps.mark("search: keys");
        // Unchanged inputs: every chunk is as the last build wrote it, whatever its key.
        let meta_kept = tx.keep_if_fresh(&meta_path, meta_key);
        let stale: Vec<(Page, String)> = chunks
            .par_iter()
            .map(|&p| (p, self.path(p)))
            .filter(|(_, path)| {
                !(meta_kept
                    && tx
                        .previous_key(path)
                        .is_some_and(|k| tx.keep_if_fresh(path, k)))
            })
            .collect();
        let mut rendered = 0;
        if !meta_kept || !stale.is_empty() {
            let raw = search::build_raw(site, memo);
            laps.mark("search: build the index");
            if !meta_kept {
                tx.put(&meta_path, &raw.meta, Some(meta_key))?;
                rendered += 1;
            }
            // A chunk whose bytes some chunk had last time (chunks shift when a word comes or
            // goes) reuses that compression instead of gzipping again.
            let done: Vec<(u64, Option<search::Compressed>, bool)> = stale
                .par_iter()
                .map(|(p, path)| {
                    let bytes = match *p {
                        Page::SearchWords(k) => &raw.words[k],
                        Page::SearchDocs(k) => &raw.docs[k],
                        _ => unreachable!("only chunks are listed"),
                    };
                    let key = search::chunk_key(bytes);
                    let known = memo.compressed(key);
                    if tx.keep_if_fresh(path, key) {
                        return Ok((key, known, false));
                    }
                    let gz = known.unwrap_or_else(|| search::encode::gzip(bytes).into());
                    tx.put(path, &gz, Some(key))?;
                    Ok((key, Some(gz), true))
                })
                .collect::<Result<_>>()?;
            rendered += done.iter().filter(|d| d.2).count();
            let compressed = done.into_iter().filter_map(|(k, gz, _)| Some((k, gz?)));
            // With the inputs unchanged only missing chunks were redone: keep the rest known.
            memo.keep_compressed(compressed, !meta_kept);
        }
        laps.mark("search: compress and write changed chunks");
        Ok(RenderReport {
            files: chunks.len() + 1,
            rendered,
            phases: laps.phases,
        })
    }

    /// Renders every page in memory and hands each to `f` (in parallel; results in page
    /// order), then the static files with no page: what a build would write, for checks that
    /// must not touch the output folder and need not hold every page at once.
    pub fn render_each<R: Send>(
        &self,
        f: impl Fn(Option<Page>, OutputFile) -> R + Sync,
    ) -> Result<Vec<R>> {
        let mut out: Vec<R> = pages(self.site)
            .into_par_iter()
            .map(|p| self.render(p).map(|file| f(Some(p), file)))
            .collect::<Result<_>>()?;
        for (name, bytes) in &self.templates.statics {
            let file = OutputFile {
                path: name.clone(),
                bytes: bytes.clone(),
            };
            out.push(f(None, file));
        }
        Ok(out)
    }

    /// The output path of a page, relative to the output folder.
    pub fn path(&self, page: Page) -> String {
        let site = self.site;
        match page {
            Page::HomeFeed => urls::atom_feed(""),
            Page::RegionFeed(r) => urls::atom_feed(&region_rel(&site.regions.nodes[r].slug)),
            Page::TermFeed(k, t) => {
                urls::atom_feed(&format!("{}/{}/", k.dir(), k.terms(site)[t].slug))
            }
            Page::HomeJsonFeed => urls::json_feed(""),
            Page::RegionJsonFeed(r) => urls::json_feed(&region_rel(&site.regions.nodes[r].slug)),
            Page::TermJsonFeed(k, t) => {
                urls::json_feed(&format!("{}/{}/", k.dir(), k.terms(site)[t].slug))
            }
            Page::EditionEmail(e) => urls::edition_email(&site.editions[e].id),
            Page::EditionText(e) => urls::edition_text(&site.editions[e].id),
            Page::EditionsFeed => urls::atom_feed(urls::EDITIONS),
            Page::EditionsJsonFeed => urls::json_feed(urls::EDITIONS),
            Page::NotFound => "404.html".into(),
            Page::Sitemap => "sitemap.xml".into(),
            Page::Robots => "robots.txt".into(),
            Page::SearchMeta => search::META_PATH.into(),
            Page::SearchWords(k) => search::word_chunk_path(k),
            Page::SearchDocs(k) => search::doc_chunk_path(k),
            _ => urls::output_file(&self.rel(page)),
        }
    }

    /// The site-relative URL path of an HTML page.
    fn rel(&self, page: Page) -> String {
        let site = self.site;
        match page {
            Page::Home(n) => urls::paged("", n),
            Page::Article(i) => urls::article(&site.articles[i]),
            Page::Regions => "regions/".into(),
            Page::Region(r, n) => urls::paged(&region_rel(&site.regions.nodes[r].slug), n),
            Page::TermList(k) => format!("{}/", k.dir()),
            Page::Term(k, t, n) => {
                urls::paged(&format!("{}/{}/", k.dir(), k.terms(site)[t].slug), n)
            }
            Page::Editions => urls::EDITIONS.into(),
            Page::Edition(e) => urls::edition(&site.editions[e].id),
            Page::Search => "search/".into(),
            other => self.path(other),
        }
    }

    /// Renders one page.
    pub fn render(&self, page: Page) -> Result<OutputFile> {
        let index = || self.search.get_or_init(|| search::build(self.site));
        let data = match page {
            Page::SearchMeta => Some(index().meta.clone()),
            Page::SearchWords(k) => Some(index().words[k].clone()),
            Page::SearchDocs(k) => Some(index().docs[k].clone()),
            _ => None,
        };
        if let Some(bytes) = data {
            return Ok(OutputFile {
                path: self.path(page),
                bytes,
            });
        }
        if let Some(text) = self.render_delivery(page)? {
            return Ok(OutputFile {
                path: self.path(page),
                bytes: text.into_bytes(),
            });
        }
        let site = self.site;
        let v = &self.values;
        let mut ctx = Context::new();
        let per = site.config.paginate_by;
        let rel = self.rel(page);
        let mut title: String = site.config.title.clone();
        let mut feed: Option<String> = None;
        let (template, kind) = match page {
            Page::Home(n) => {
                let latest = if site.editions.is_empty() {
                    Value::none()
                } else {
                    self.edition(0)
                };
                ctx.insert_value("edition", latest);
                ctx.insert_value("paginator", self.paginator(&all(site), n, per, ""));
                feed = Some(site.urls.permalink("atom.xml"));
                ("index.html", "home")
            }
            Page::Article(i) => {
                let a = &site.articles[i];
                title = a.front.title.clone();
                ctx.insert_value("article", self.article(i));
                ctx.insert_value("related", v.cards(&site.related[i]));
                ("article.html", "article")
            }
            Page::Regions => {
                title = "Regions".into();
                let roots: Vec<Value> = site
                    .regions
                    .roots
                    .iter()
                    .map(|&r| self.region_tree(r))
                    .collect();
                ctx.insert_value("regions", Value::from(roots));
                ctx.insert("coverage", &coverage(site));
                ("regions.html", "regions")
            }
            Page::Region(r, n) => {
                let node = &site.regions.nodes[r];
                title = node.name.clone();
                let base = region_rel(&node.slug);
                feed = Some(site.urls.permalink(&format!("{base}atom.xml")));
                #[derive(Serialize)]
                struct RegionCtx<'a> {
                    name: &'a str,
                    slug: &'a str,
                    url: String,
                    kind: &'a str,
                    count: usize,
                    parent: Option<Link<'a>>,
                    children: Vec<CountedLink<'a>>,
                    feed: &'a str,
                    brief: Vec<BriefLink<'a>>,
                    timeline: Option<sparkline::Timeline>,
                    top_people: Vec<subjects::Mention>,
                    top_regions: Vec<subjects::Mention>,
                }
                let region = RegionCtx {
                    name: &node.name,
                    slug: &node.slug,
                    url: site.urls.url(&base),
                    kind: node.kind.as_str(),
                    count: node.articles.len(),
                    parent: node.parent.map(|p| v.region_link(p)),
                    children: node
                        .children
                        .iter()
                        .map(|&c| self.counted_region(c))
                        .collect(),
                    feed: feed.as_deref().unwrap_or_default(),
                    brief: self.brief(&site.briefs.regions[r]),
                    timeline: self.memo.region(site, r).timeline.clone(),
                    top_people: self.memo.region(site, r).people.clone(),
                    top_regions: self.memo.region(site, r).countries.clone(),
                };
                ctx.insert("region", &region);
                ctx.insert_value("paginator", self.paginator(&node.articles, n, per, &base));
                ("region.html", "region")
            }
            Page::TermList(k) => {
                let terms = k.terms(site);
                let mut order: Vec<usize> = (0..terms.len()).collect();
                if k == TermKind::People {
                    // Most covered first; the slug order breaks ties.
                    order.sort_by(|&a, &b| {
                        terms[b]
                            .articles
                            .len()
                            .cmp(&terms[a].articles.len())
                            .then(a.cmp(&b))
                    });
                }
                let list: Vec<CountedLink<'_>> = order
                    .iter()
                    .map(|&t| CountedLink {
                        name: &terms[t].name,
                        url: site.urls.url(&format!("{}/{}/", k.dir(), terms[t].slug)),
                        count: terms[t].articles.len(),
                    })
                    .collect();
                title = capitalise(k.dir());
                ctx.insert(k.dir(), &list);
                (list_template(k), k.dir())
            }
            Page::Term(k, t, n) => {
                let term = &k.terms(site)[t];
                title = term.name.clone();
                let base = format!("{}/{}/", k.dir(), term.slug);
                feed = Some(site.urls.permalink(&format!("{base}atom.xml")));
                #[derive(Serialize)]
                struct TermCtx<'a> {
                    name: &'a str,
                    slug: &'a str,
                    url: String,
                    count: usize,
                    feed: &'a str,
                    brief: Vec<BriefLink<'a>>,
                    role: Option<&'a str>,
                    description: Option<&'a str>,
                    timeline: Option<sparkline::Timeline>,
                    top_people: Vec<subjects::Mention>,
                    top_regions: Vec<subjects::Mention>,
                }
                let person = (k == TermKind::People).then_some(t);
                let meta = match k {
                    TermKind::People => site.people_meta[t].as_ref(),
                    _ => None,
                };
                ctx.insert(
                    k.singular(),
                    &TermCtx {
                        name: &term.name,
                        slug: &term.slug,
                        url: site.urls.url(&base),
                        count: term.articles.len(),
                        feed: feed.as_deref().unwrap_or_default(),
                        brief: match k {
                            TermKind::People => self.brief(&site.briefs.people[t]),
                            _ => Vec::new(),
                        },
                        role: meta.and_then(|m| m.role.as_deref()),
                        description: meta.and_then(|m| m.description.as_deref()),
                        timeline: person.and_then(|p| self.memo.person(site, p).timeline.clone()),
                        top_people: person
                            .map(|p| self.memo.person(site, p).people.clone())
                            .unwrap_or_default(),
                        top_regions: person
                            .map(|p| self.memo.person(site, p).countries.clone())
                            .unwrap_or_default(),
                    },
                );
                ctx.insert_value("paginator", self.paginator(&term.articles, n, per, &base));
                (term_template(k), k.singular())
            }
            Page::Editions => {
                title = "Editions".into();
                feed = Some(site.urls.permalink(&urls::atom_feed(urls::EDITIONS)));
                #[derive(Serialize)]
                struct EditionLink<'a> {
                    id: &'a str,
                    title: &'a str,
                    url: String,
                    count: usize,
                }
                let list: Vec<EditionLink<'_>> = site
                    .editions
                    .iter()
                    .map(|e| EditionLink {
                        id: &e.id,
                        title: &e.title,
                        url: site.urls.url(&format!("editions/{}/", e.id)),
                        count: e.articles.len(),
                    })
                    .collect();
                ctx.insert("editions", &list);
                ("editions.html", "editions")
            }
            Page::Edition(e) => {
                title = site.editions[e].title.clone();
                feed = Some(site.urls.permalink(&urls::atom_feed(urls::EDITIONS)));
                ctx.insert_value("edition", self.edition(e));
                ("edition.html", "edition")
            }
            Page::HomeFeed => {
                let list = all(site);
                ctx.insert_value("feed", self.feed(&site.config.title, "", &list));
                ("atom.xml", "feed")
            }
            Page::RegionFeed(r) => {
                let node = &site.regions.nodes[r];
                let t = format!("{} — {}", site.config.title, node.name);
                ctx.insert_value(
                    "feed",
                    self.feed(&t, &region_rel(&node.slug), &node.articles),
                );
                ("atom.xml", "feed")
            }
            Page::TermFeed(k, t) => {
                let term = &k.terms(site)[t];
                let tt = format!("{} — {}", site.config.title, term.name);
                let base = format!("{}/{}/", k.dir(), term.slug);
                ctx.insert_value("feed", self.feed(&tt, &base, &term.articles));
                ("atom.xml", "feed")
            }
            Page::EditionsFeed => {
                ctx.insert_value("feed", self.editions_atom_value()?);
                ("atom.xml", "feed")
            }
            Page::EditionEmail(_)
            | Page::EditionText(_)
            | Page::EditionsJsonFeed
            | Page::HomeJsonFeed
            | Page::RegionJsonFeed(_)
            | Page::TermJsonFeed(..) => unreachable!("rendered by render_delivery"),
            Page::NotFound => {
                title = "Page not found".into();
                ("404.html", "404")
            }
            Page::Sitemap => {
                ctx.insert_value("urls", self.sitemap());
                ("sitemap.xml", "sitemap")
            }
            Page::Robots => ("robots.txt", "robots"),
            Page::Search => {
                title = "Search".into();
                ("search.html", "search")
            }
            Page::SearchMeta | Page::SearchWords(_) | Page::SearchDocs(_) => {
                unreachable!("search index files are not templates")
            }
        };
        let meta = PageMeta {
            url: site.urls.url(&rel),
            permalink: site.urls.permalink(&rel),
            title: &title,
            kind,
            json_feed: feed.as_deref().map(urls::json_beside),
            feed,
        };
        ctx.insert("page", &meta);
        let html = self.render_template(template, &ctx, &self.path(page))?;
        Ok(OutputFile {
            path: self.path(page),
            bytes: html.into_bytes(),
        })
    }

    /// Renders `template` for the output file `path` (named in errors).
    fn render_template(&self, template: &str, ctx: &Context, path: &str) -> Result<String> {
        self.templates.tera.render(template, ctx).map_err(|e| {
            let err = templates::template_error(&e, &self.templates.origins);
            Error::Msg(format!("rendering {path} with {template}: {err}"))
        })
    }

    /// The pages that are not one template's output: emails and JSON Feeds.
    fn render_delivery(&self, page: Page) -> Result<Option<String>> {
        let site = self.site;
        let path = || self.path(page);
        let titled = |name: &str| format!("{} — {}", site.config.title, name);
        Ok(Some(match page {
            Page::EditionEmail(e) => self.email_html(e, &path())?,
            Page::EditionText(e) => self.email_text(e, &path())?,
            Page::EditionsJsonFeed => self.editions_json_feed()?,
            Page::HomeJsonFeed => self.json_feed(&site.config.title, "", &all(site)),
            Page::RegionJsonFeed(r) => {
                let node = &site.regions.nodes[r];
                self.json_feed(&titled(&node.name), &region_rel(&node.slug), &node.articles)
            }
            Page::TermJsonFeed(k, t) => {
                let term = &k.terms(site)[t];
                let base = format!("{}/{}/", k.dir(), term.slug);
                self.json_feed(&titled(&term.name), &base, &term.articles)
            }
            _ => return Ok(None),
        }))
    }

    fn article(&self, i: usize) -> Value {
        let site = self.site;
        let a = &site.articles[i];
        let v = &self.values;
        let mut map = v.card(i).as_map().cloned().unwrap_or_default();
        map.insert("content".into(), v.content(i));
        map.insert(
            "updated".into(),
            a.updated
                .map(|u| {
                    Value::from(
                        u.local_date(site.config.tz())
                            .format("%Y-%m-%d")
                            .to_string(),
                    )
                })
                .unwrap_or_else(Value::none),
        );
        map.insert("authors".into(), Value::from_serializable(&a.front.authors));
        let places: Vec<Link<'_>> = site.regions.places[i]
            .iter()
            .map(|(name, node)| Link {
                name,
                url: node.map(|n| site.urls.url(&region_rel(&site.regions.nodes[n].slug))),
            })
            .collect();
        map.insert("places".into(), Value::from_serializable(&places));
        let mut path = Vec::new();
        if let Some(&c) = site.regions.countries[i].first() {
            let mut up = site.regions.nodes[c].parent;
            while let Some(p) = up {
                path.push(v.region_link(p));
                up = site.regions.nodes[p].parent;
            }
            path.reverse();
        }
        map.insert("region_path".into(), Value::from_serializable(&path));
        map.insert(
            "word_count".into(),
            Value::from(site.rendered(i).word_count),
        );
        map.insert(
            "json_ld".into(),
            Value::safe_string(&meta::news_article(site, i, &v.summary(i))),
        );
        Value::from(map)
    }

    /// A brief as template links: `{ text, url, title }` per line.
    fn brief(&self, items: &'s [crate::enrich::brief::BriefItem]) -> Vec<BriefLink<'s>> {
        let site = self.site;
        items
            .iter()
            .map(|b| {
                let a = &site.articles[b.article];
                BriefLink {
                    text: &b.text,
                    url: site.urls.url(&urls::article(a)),
                    title: &a.front.title,
                }
            })
            .collect()
    }

    fn counted_region(&self, n: usize) -> CountedLink<'s> {
        let node = &self.site.regions.nodes[n];
        CountedLink {
            name: &node.name,
            url: self.site.urls.url(&region_rel(&node.slug)),
            count: node.articles.len(),
        }
    }

    fn region_tree(&self, n: usize) -> Value {
        let node = &self.site.regions.nodes[n];
        let link = self.counted_region(n);
        let mut map = Value::from_serializable(&link)
            .as_map()
            .cloned()
            .unwrap_or_default();
        let children: Vec<Value> = node.children.iter().map(|&c| self.region_tree(c)).collect();
        map.insert("children".into(), Value::from(children));
        Value::from(map)
    }

    fn paginator(&self, items: &[usize], page: usize, per: usize, base: &str) -> Value {
        let site = self.site;
        let pages = pages_for(items.len(), per);
        let start = (page - 1) * per;
        let slice = &items[start.min(items.len())..(start + per).min(items.len())];
        let url = |n: usize| site.urls.url(&urls::paged(base, n));
        #[derive(Serialize)]
        struct Pager {
            page: usize,
            pages: usize,
            total: usize,
            previous: Option<String>,
            next: Option<String>,
            first: String,
            last: String,
        }
        let pager = Pager {
            page,
            pages,
            total: items.len(),
            previous: (page > 1).then(|| url(page - 1)),
            next: (page < pages).then(|| url(page + 1)),
            first: url(1),
            last: url(pages),
        };
        let mut map = Value::from_serializable(&pager)
            .as_map()
            .cloned()
            .unwrap_or_default();
        map.insert("items".into(), self.values.cards(slice));
        Value::from(map)
    }

    fn edition(&self, e: usize) -> Value {
        let site = self.site;
        let ed = &site.editions[e];
        let v = &self.values;
        let sections = digest::sections(site, e);
        let sections: Vec<Value> = sections
            .into_iter()
            .map(|(w, list)| {
                let region = match w {
                    Some(n) => Value::from_serializable(&v.region_link(n)),
                    None => Value::from_serializable(&Link {
                        name: "Elsewhere",
                        url: None,
                    }),
                };
                let mut m = tera::Map::new();
                m.insert("region".into(), region);
                m.insert("articles".into(), v.cards(&list));
                Value::from(m)
            })
            .collect();
        let top = |per_article: &dyn Fn(usize) -> Vec<(String, String)>| -> Value {
            let mut counts: HashMap<(String, String), usize> = HashMap::new();
            for &i in &ed.articles {
                for key in per_article(i) {
                    *counts.entry(key).or_default() += 1;
                }
            }
            let mut list: Vec<((String, String), usize)> = counts.into_iter().collect();
            list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let list: Vec<CountedLink<'_>> = list
                .iter()
                .take(8)
                .map(|((name, url), count)| CountedLink {
                    name,
                    url: url.clone(),
                    count: *count,
                })
                .collect();
            Value::from_serializable(&list)
        };
        let top_people = top(&|i| {
            site.article_people[i]
                .iter()
                .map(|&p| {
                    let t = &site.people[p];
                    (
                        t.name.clone(),
                        site.urls.url(&format!("people/{}/", t.slug)),
                    )
                })
                .collect()
        });
        let top_regions = top(&|i| {
            site.regions.countries[i]
                .iter()
                .map(|&n| {
                    let node = &site.regions.nodes[n];
                    (node.name.clone(), site.urls.url(&region_rel(&node.slug)))
                })
                .collect()
        });
        let link = |k: usize| {
            let ed = &site.editions[k];
            Value::from_serializable(&Link {
                name: &ed.title,
                url: Some(site.urls.url(&format!("editions/{}/", ed.id))),
            })
        };
        let mut m = tera::Map::new();
        m.insert("id".into(), Value::from(ed.id.as_str()));
        m.insert("title".into(), Value::from(ed.title.as_str()));
        m.insert(
            "url".into(),
            Value::from(site.urls.url(&format!("editions/{}/", ed.id))),
        );
        m.insert("count".into(), Value::from(ed.articles.len()));
        m.insert(
            "start".into(),
            Value::from(ed.start.format("%Y-%m-%d").to_string()),
        );
        m.insert(
            "end".into(),
            Value::from(ed.end.format("%Y-%m-%d").to_string()),
        );
        m.insert("sections".into(), Value::from(sections));
        m.insert("lead".into(), v.cards(&ed.lead));
        let mut refs = text::Refs::default();
        let intro = digest::intro(site, e, &mut refs);
        let headline = ed.intro.as_ref().and_then(|i| i.title.as_deref());
        m.insert(
            "intro".into(),
            if intro.is_some() || headline.is_some() {
                let mut i = tera::Map::new();
                i.insert(
                    "title".into(),
                    headline.map_or_else(Value::none, Value::from),
                );
                i.insert(
                    "html".into(),
                    intro.map_or_else(Value::none, |r| Value::safe_string(&r.html)),
                );
                Value::from(i)
            } else {
                Value::none()
            },
        );
        m.insert(
            "email_url".into(),
            Value::from(site.urls.url(&urls::edition_email(&ed.id))),
        );
        m.insert(
            "text_url".into(),
            Value::from(site.urls.url(&urls::edition_text(&ed.id))),
        );
        m.insert(
            "previous".into(),
            if e + 1 < site.editions.len() {
                link(e + 1)
            } else {
                Value::none()
            },
        );
        m.insert(
            "next".into(),
            if e > 0 { link(e - 1) } else { Value::none() },
        );
        m.insert("top_people".into(), top_people);
        m.insert("top_regions".into(), top_regions);
        m.insert(
            "brief".into(),
            Value::from_serializable(&self.brief(&site.briefs.editions[e])),
        );
        Value::from(m)
    }

    fn feed(&self, title: &str, base: &str, items: &[usize]) -> Value {
        let site = self.site;
        let tz = site.config.tz();
        let limit = site.config.feed_limit;
        let list = &items[..items.len().min(limit)];
        // The feed's `updated` is its newest change: deterministic, unlike the build time.
        let updated = list
            .iter()
            .map(|&i| {
                let a = &site.articles[i];
                a.updated.unwrap_or(a.date).instant(tz)
            })
            .max()
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
        let entries: Vec<Value> = list.iter().map(|&i| self.values.entry(i)).collect();
        let mut m = tera::Map::new();
        m.insert("title".into(), Value::from(title));
        m.insert(
            "id".into(),
            Value::from(site.urls.permalink(&format!("{base}atom.xml"))),
        );
        m.insert("url".into(), Value::from(site.urls.permalink(base)));
        m.insert(
            "feed_url".into(),
            Value::from(site.urls.permalink(&format!("{base}atom.xml"))),
        );
        m.insert("updated".into(), Value::from(updated));
        m.insert("entries".into(), Value::from(entries));
        Value::from(m)
    }

    fn sitemap(&self) -> Value {
        let site = self.site;
        #[derive(Serialize)]
        struct Url {
            loc: String,
            lastmod: Option<String>,
        }
        let tz = site.config.tz();
        let urls: Vec<Url> = pages(site)
            .into_iter()
            .filter(|p| {
                matches!(
                    p,
                    Page::Home(1)
                        | Page::Article(_)
                        | Page::Regions
                        | Page::Region(_, 1)
                        | Page::TermList(_)
                        | Page::Term(_, _, 1)
                        | Page::Editions
                        | Page::Edition(_)
                )
            })
            .map(|p| Url {
                loc: site.urls.permalink(&self.rel(p)),
                lastmod: match p {
                    Page::Article(i) => {
                        let a = &site.articles[i];
                        Some(
                            a.updated
                                .unwrap_or(a.date)
                                .local_date(tz)
                                .format("%Y-%m-%d")
                                .to_string(),
                        )
                    }
                    _ => None,
                },
            })
            .collect();
        Value::from_serializable(&urls)
    }
}

/// One line of a brief, linked to its article.
#[derive(Serialize)]
struct BriefLink<'a> {
    text: &'a str,
    url: String,
    title: &'a str,
}

/// The regions overview's map, legend and country list.
#[derive(Serialize)]
struct Coverage {
    /// Safe HTML: the inline SVG.
    map: String,
    legend: Vec<LegendItem>,
    countries: Vec<CoveredCountry>,
}

#[derive(Serialize)]
struct LegendItem {
    class: usize,
    label: String,
}

#[derive(Serialize)]
struct CoveredCountry {
    name: String,
    url: String,
    count: usize,
    class: usize,
    code: String,
    on_map: bool,
}

fn coverage(site: &Site) -> Coverage {
    let covered = subjects::covered_countries(site);
    let max = covered.iter().map(|c| c.count).max().unwrap_or(0);
    let classes = map::classes(max);
    Coverage {
        map: map::svg(&covered, &classes, "World map of coverage by country"),
        legend: classes
            .iter()
            .map(|c| LegendItem {
                class: c.class,
                label: if c.low == c.high {
                    c.low.to_string()
                } else {
                    format!("{}–{}", c.low, c.high)
                },
            })
            .collect(),
        countries: covered
            .iter()
            .map(|c| CoveredCountry {
                name: c.name.clone(),
                url: c.url.clone(),
                count: c.count,
                class: map::class_of(&classes, c.count),
                code: c.code.clone(),
                on_map: subjects::on_map(c),
            })
            .collect(),
    }
}

fn all(site: &Site) -> Vec<usize> {
    (0..site.articles.len()).collect()
}

fn list_template(k: TermKind) -> &'static str {
    match k {
        TermKind::People => "people.html",
        TermKind::Tags => "tags.html",
        TermKind::Sources => "sources.html",
    }
}

fn term_template(k: TermKind) -> &'static str {
    match k {
        TermKind::People => "person.html",
        TermKind::Tags => "tag.html",
        TermKind::Sources => "source.html",
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
