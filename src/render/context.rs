//! Page contexts: what each page's template sees, built from the model.

use rustc_hash::FxHashMap;

use serde::Serialize;
use tera::{Context, Value};

use super::pages::{self, Page};
use super::paging::{self, Paging};
use super::subjects::Mention;
use super::values::{CountedLink, Link, Values};
use super::{map, meta, sparkline, subjects};
use crate::site::urls::{List, Loc};
use crate::site::{Site, TermKind};

/// A page's template and the values it is rendered with.
pub struct PageContext {
    /// The template file.
    pub template: &'static str,
    /// The page kind the templates see as `page.kind`.
    pub kind: &'static str,
    /// The page title.
    pub title: String,
    /// The page's own Atom feed, if it has one (root-relative, as every link to the site's
    /// own files: feed readers resolve it against the page).
    pub feed: Option<String>,
    /// The JSON Feed beside it (root-relative).
    pub json_feed: Option<String>,
    /// Everything else the template sees.
    pub context: Context,
}

/// Builds page contexts for one site; cheap to share across threads.
pub struct Contexts<'s> {
    site: &'s Site,
    values: Values<'s>,
    memo: subjects::Memo,
    /// The section of an edition's articles with no world region.
    elsewhere: String,
    /// Every article's index, in order: the home list. Made once, not per home page (at
    /// 100,000 articles the thousand home pages each made and dropped a list of them all).
    every: Vec<usize>,
}

impl<'s> Contexts<'s> {
    /// Prepares (lazily) the values of every page of `site`.
    pub fn new(site: &'s Site) -> Self {
        Contexts {
            site,
            values: Values::new(site),
            memo: subjects::Memo::new(site),
            elsewhere: site.interface.text("elsewhere", &[]),
            every: (0..site.articles.len()).collect(),
        }
    }

    /// The per-article values (cards, summaries, bodies).
    pub fn values(&self) -> &Values<'s> {
        &self.values
    }

    /// The context of `page`, which must be a templated page (not a search index file).
    pub fn page(&self, page: Page) -> PageContext {
        let site = self.site;
        let v = &self.values;
        let mut ctx = Context::new();
        let mut title: String = site.config.title.clone();
        let mut feed: Option<Loc<'_>> = None;
        let (template, kind) = match page {
            Page::Home(n) => {
                let latest = (!site.editions.is_empty()).then(|| self.edition(0));
                ctx.insert("edition", &latest);
                ctx.insert(
                    "paginator",
                    &self.paginator(&self.every, n, paging::home(site), List::Home),
                );
                feed = Some(Loc::Feed(List::Home));
                ("index.html", "home")
            }
            Page::Article(i) => {
                let a = &site.articles[i];
                title = a.front.title.clone();
                ctx.insert("article", &self.article(i));
                ctx.insert("related", &v.cards(&site.related[i]));
                ("article.html", "article")
            }
            Page::Regions => {
                title = site.interface.text("regions-title", &[]);
                let roots: Vec<RegionTreeNode<'_>> = site
                    .regions
                    .roots
                    .iter()
                    .map(|&r| self.region_tree(r))
                    .collect();
                ctx.insert("regions", &roots);
                ctx.insert("coverage", &coverage(site));
                ("regions.html", "regions")
            }
            Page::Region(r, n) => {
                let node = &site.regions.nodes[r];
                title = node.name.clone();
                let base = List::Region(&node.slug);
                feed = Some(Loc::Feed(base));
                let region = RegionCtx {
                    name: &node.name,
                    slug: &node.slug,
                    url: site.urls.url(Loc::List(base, 1)),
                    kind: node.kind.as_str(),
                    count: node.articles.len(),
                    parent: node.parent.map(|p| v.region_link(p)),
                    children: node
                        .children
                        .iter()
                        .map(|&c| self.counted_region(c))
                        .collect(),
                    feed: site.urls.url(Loc::Feed(base)),
                    brief: self.brief(&site.briefs.regions[r]),
                    timeline: self.memo.region(site, r).timeline.clone(),
                    top_people: self.memo.region(site, r).people.clone(),
                    top_regions: self.memo.region(site, r).countries.clone(),
                    archive_countries: paging::archive_countries(site, r)
                        .into_iter()
                        .map(|c| self.counted_region(c))
                        .collect(),
                };
                ctx.insert("region", &region);
                ctx.insert(
                    "paginator",
                    &self.paginator(&node.articles, n, paging::region(site, r), base),
                );
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
                        url: site.urls.url(Loc::List(List::Term(k, &terms[t].slug), 1)),
                        count: terms[t].articles.len(),
                    })
                    .collect();
                title = site.interface.text(&format!("{}-title", k.dir()), &[]);
                ctx.insert(k.dir(), &list);
                (list_template(k), k.dir())
            }
            Page::Term(k, t, n) => {
                let term = &k.terms(site)[t];
                title = term.name.clone();
                let base = List::Term(k, &term.slug);
                feed = Some(Loc::Feed(base));
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
                        url: site.urls.url(Loc::List(base, 1)),
                        count: term.articles.len(),
                        feed: site.urls.url(Loc::Feed(base)),
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
                ctx.insert(
                    "paginator",
                    &self.paginator(&term.articles, n, paging::term(site, k), base),
                );
                (term_template(k), k.singular())
            }
            Page::Editions => {
                title = site.interface.text("editions-title", &[]);
                feed = Some(Loc::EditionsFeed);
                let list: Vec<EditionLink<'_>> = site
                    .editions
                    .iter()
                    .map(|e| EditionLink {
                        id: &e.id,
                        title: &e.title,
                        url: site.urls.url(Loc::Edition(&e.id)),
                        count: e.articles.len(),
                    })
                    .collect();
                ctx.insert("editions", &list);
                ("editions.html", "editions")
            }
            Page::Edition(e) => {
                title = site.editions[e].title.clone();
                feed = Some(Loc::EditionsFeed);
                ctx.insert("edition", &self.edition(e));
                ("edition.html", "edition")
            }
            Page::HomeFeed => {
                ctx.insert(
                    "feed",
                    &self.feed(&site.config.title, List::Home, &self.every),
                );
                ("atom.xml", "feed")
            }
            Page::RegionFeed(r) => {
                let node = &site.regions.nodes[r];
                let t = format!("{} — {}", site.config.title, node.name);
                ctx.insert(
                    "feed",
                    &self.feed(&t, List::Region(&node.slug), &node.articles),
                );
                ("atom.xml", "feed")
            }
            Page::TermFeed(k, t) => {
                let term = &k.terms(site)[t];
                let tt = format!("{} — {}", site.config.title, term.name);
                let base = List::Term(k, &term.slug);
                ctx.insert("feed", &self.feed(&tt, base, &term.articles));
                ("atom.xml", "feed")
            }
            Page::NotFound => {
                title = site.interface.text("not-found-title", &[]);
                ("404.html", "404")
            }
            Page::Sitemap(k) => {
                let listed: Vec<Page> = pages::pages(site)
                    .into_iter()
                    .filter(|p| pages::in_sitemap(*p))
                    .collect();
                let per_file = site.config.sitemap_urls.max(1);
                let parts = pages::sitemap_parts(listed.len(), per_file);
                if parts > 0 && k == 0 {
                    let sitemaps: Vec<String> = (1..=parts)
                        .map(|i| site.urls.permalink(Loc::Sitemap(i)))
                        .collect();
                    ctx.insert("sitemaps", &sitemaps);
                    ("sitemap_index.xml", "sitemap")
                } else {
                    // Only this part's URLs are made: the index and the other parts need none.
                    let part = match k {
                        0 => &listed[..],
                        k => listed.chunks(per_file).nth(k - 1).unwrap_or(&[]),
                    };
                    ctx.insert("urls", &self.sitemap_urls(part));
                    ("sitemap.xml", "sitemap")
                }
            }
            Page::Robots => ("robots.txt", "robots"),
            Page::Search => {
                title = site.interface.text("search-title", &[]);
                ("search.html", "search")
            }
            Page::SearchMeta | Page::SearchWords(_) | Page::SearchDocs(_) => {
                unreachable!("search index files are not templates")
            }
            Page::EditionEmail(_)
            | Page::EditionText(_)
            | Page::EditionsFeed
            | Page::EditionsJsonFeed
            | Page::HomeJsonFeed
            | Page::RegionJsonFeed(_)
            | Page::TermJsonFeed(..) => unreachable!("rendered by Renderer::render_delivery"),
        };
        PageContext {
            template,
            kind,
            title,
            feed: feed.map(|f| site.urls.url(f)),
            json_feed: feed
                .filter(|f| {
                    // Term feeds are Atom only unless `term_feeds: {json_feed: true}`.
                    site.config.term_feeds.json_feed
                        || !matches!(f, Loc::Feed(List::Region(_) | List::Term(..)))
                })
                .and_then(Loc::json_twin)
                .map(|f| site.urls.url(f)),
            context: ctx,
        }
    }

    fn article(&self, i: usize) -> ArticleCtx<'s> {
        let site = self.site;
        let a = &site.articles[i];
        let v = &self.values;
        let mut region_path = Vec::new();
        if let Some(&c) = site.regions.countries[i].first() {
            let mut up = site.regions.nodes[c].parent;
            while let Some(p) = up {
                region_path.push(v.region_link(p));
                up = site.regions.nodes[p].parent;
            }
            region_path.reverse();
        }
        ArticleCtx {
            card: v.card(i),
            content: v.content(i),
            updated: a.updated.map(|u| {
                u.local_date(site.config.tz())
                    .format("%Y-%m-%d")
                    .to_string()
            }),
            updated_display: a
                .updated
                .map(|u| site.interface.date(u.local_date(site.config.tz()))),
            authors: &a.front.authors,
            places: site.regions.places[i]
                .iter()
                .map(|(name, node)| Link {
                    name,
                    url: node.map(|n| site.urls.url(v.region_loc(n))),
                })
                .collect(),
            region_path,
            word_count: site.rendered(i).word_count,
            json_ld: Value::safe_string(&meta::news_article(site, i)),
        }
    }

    /// A brief as template links: `{ text, url, title }` per line.
    fn brief(&self, items: &'s [crate::enrich::brief::BriefItem]) -> Vec<BriefLink<'s>> {
        let site = self.site;
        items
            .iter()
            .map(|b| {
                let a = &site.articles[b.article];
                let site_lang = site.config.language.as_str();
                let language = a.front.language.as_deref().unwrap_or(site_lang);
                let (lang, dir) = crate::lang::attrs_within(language, site_lang);
                BriefLink {
                    text: &b.text,
                    url: site.urls.url(Loc::Article(a)),
                    title: &a.front.title,
                    lang,
                    dir,
                }
            })
            .collect()
    }

    fn counted_region(&self, n: usize) -> CountedLink<'s> {
        let node = &self.site.regions.nodes[n];
        CountedLink {
            name: &node.name,
            url: self.site.urls.url(self.values.region_loc(n)),
            count: node.articles.len(),
        }
    }

    fn region_tree(&self, n: usize) -> RegionTreeNode<'s> {
        RegionTreeNode {
            link: self.counted_region(n),
            children: self.site.regions.nodes[n]
                .children
                .iter()
                .map(|&c| self.region_tree(c))
                .collect(),
        }
    }

    fn paginator(&self, items: &[usize], page: usize, paging: Paging, list: List<'_>) -> Paginator {
        let site = self.site;
        let pages = paging.pages(items.len());
        let slice = &items[paging.range(items.len(), page)];
        let url = |n: usize| site.urls.url(Loc::List(list, n));
        Paginator {
            page,
            pages,
            total: items.len(),
            previous: (page > 1).then(|| url(page - 1)),
            next: (page < pages).then(|| url(page + 1)),
            first: url(1),
            last: url(pages),
            items: self.values.cards(slice),
        }
    }

    fn edition(&self, e: usize) -> EditionCtx<'_> {
        let site = self.site;
        let ed = &site.editions[e];
        let v = &self.values;
        let sections = super::digest::sections(site, e);
        let elsewhere = &self.elsewhere;
        let sections: Vec<Section<'_>> = sections
            .into_iter()
            .map(|(w, list)| Section {
                region: match w {
                    Some(n) => v.region_link(n),
                    None => Link {
                        name: elsewhere.as_str(),
                        url: None,
                    },
                },
                articles: v.cards(&list),
            })
            .collect();
        let top_people = top_mentions(
            &ed.articles,
            |i| site.article_people[i].as_slice(),
            |p| site.people[p].name.as_str(),
            |p| {
                let slug = &site.people[p].slug;
                site.urls
                    .url(Loc::List(List::Term(TermKind::People, slug), 1))
            },
        );
        let top_regions = top_mentions(
            &ed.articles,
            |i| site.regions.countries[i].as_slice(),
            |n| site.regions.nodes[n].name.as_str(),
            |n| site.urls.url(v.region_loc(n)),
        );
        let link = |k: usize| {
            let ed = &site.editions[k];
            Link {
                name: &ed.title,
                url: Some(site.urls.url(Loc::Edition(&ed.id))),
            }
        };
        let published = site.config.editions.email_published(e);
        EditionCtx {
            id: &ed.id,
            title: &ed.title,
            url: site.urls.url(Loc::Edition(&ed.id)),
            count: ed.articles.len(),
            start: ed.start.format("%Y-%m-%d").to_string(),
            end: ed.end.format("%Y-%m-%d").to_string(),
            sections,
            previous: (e + 1 < site.editions.len()).then(|| link(e + 1)),
            next: (e > 0).then(|| link(e - 1)),
            top_people,
            top_regions,
            brief: self.brief(&site.briefs.editions[e]),
            lead: v.cards(&ed.lead),
            intro: {
                let mut refs = super::text::Refs::default();
                let html =
                    super::digest::intro(site, e, &mut refs).map(|r| Value::safe_string(&r.html));
                let title = ed.intro.as_ref().and_then(|i| i.title.as_deref());
                (html.is_some() || title.is_some()).then_some(IntroCtx { title, html })
            },
            email_url: published.then(|| site.urls.url(Loc::EditionEmail(&ed.id))),
            text_url: published.then(|| site.urls.url(Loc::EditionText(&ed.id))),
        }
    }

    fn feed<'t>(&self, title: &'t str, of: List<'_>, items: &[usize]) -> FeedCtx<'t> {
        let site = self.site;
        let tz = site.config.tz();
        let limit = match of {
            List::Home => site.config.feed_limit,
            List::Region(_) | List::Term(..) => site.config.term_feed_limit(),
        };
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
        FeedCtx {
            title,
            id: site.urls.permalink(Loc::Feed(of)),
            url: site.urls.permalink(Loc::List(of, 1)),
            feed_url: site.urls.permalink(Loc::Feed(of)),
            updated,
            entries: list.iter().map(|&i| self.values.entry_in(of, i)).collect(),
            entries_are_summaries: !matches!(of, List::Home)
                && site.config.term_feeds.entries == crate::config::TermEntries::Summary,
        }
    }

    /// The sitemap entries of `listed` (pages [`pages::in_sitemap`] keeps).
    fn sitemap_urls(&self, listed: &[Page]) -> Vec<SitemapUrl> {
        let site = self.site;
        let tz = site.config.tz();
        listed
            .iter()
            .map(|&p| SitemapUrl {
                loc: site.urls.permalink(pages::loc(site, p)),
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
            .collect()
    }
}

/// `region`: a region page's subject.
#[derive(Serialize)]
struct RegionCtx<'a> {
    name: &'a str,
    slug: &'a str,
    url: String,
    kind: &'a str,
    count: usize,
    parent: Option<Link<'a>>,
    children: Vec<CountedLink<'a>>,
    feed: String,
    brief: Vec<BriefLink<'a>>,
    timeline: Option<sparkline::Timeline>,
    top_people: Vec<subjects::Mention>,
    top_regions: Vec<subjects::Mention>,
    /// The countries whose pages list this region's older articles, when it has no archive
    /// pages of its own ([`paging::archive_countries`]).
    archive_countries: Vec<CountedLink<'a>>,
}

/// `person`, `tag` or `source`: a term page's subject.
#[derive(Serialize)]
struct TermCtx<'a> {
    name: &'a str,
    slug: &'a str,
    url: String,
    count: usize,
    feed: String,
    brief: Vec<BriefLink<'a>>,
    role: Option<&'a str>,
    description: Option<&'a str>,
    timeline: Option<sparkline::Timeline>,
    top_people: Vec<subjects::Mention>,
    top_regions: Vec<subjects::Mention>,
}

/// One line of the editions list.
#[derive(Serialize)]
struct EditionLink<'a> {
    id: &'a str,
    title: &'a str,
    url: String,
    count: usize,
}

/// `article`: the article's card plus what only its own page shows.
#[derive(Serialize)]
struct ArticleCtx<'a> {
    #[serde(flatten)]
    card: Value,
    /// Safe HTML: the body, or the summary page (`article_pages: summary`).
    content: Value,
    updated: Option<String>,
    /// `updated` as the site's language writes a date.
    updated_display: Option<String>,
    authors: &'a [String],
    places: Vec<Link<'a>>,
    region_path: Vec<Link<'a>>,
    word_count: usize,
    /// Safe HTML: the JSON-LD script.
    json_ld: Value,
}

/// A node of the regions overview: its link, count and children.
#[derive(Serialize)]
struct RegionTreeNode<'a> {
    #[serde(flatten)]
    link: CountedLink<'a>,
    children: Vec<RegionTreeNode<'a>>,
}

/// `paginator`: one page of a list of cards.
#[derive(Serialize)]
struct Paginator {
    page: usize,
    pages: usize,
    total: usize,
    previous: Option<String>,
    next: Option<String>,
    first: String,
    last: String,
    /// The cards of this page.
    items: Value,
}

/// `edition`: one edition, its sections by world region and what it mentions most.
#[derive(Serialize)]
struct EditionCtx<'a> {
    id: &'a str,
    title: &'a str,
    url: String,
    count: usize,
    start: String,
    end: String,
    sections: Vec<Section<'a>>,
    previous: Option<Link<'a>>,
    next: Option<Link<'a>>,
    top_people: Vec<Mention>,
    top_regions: Vec<Mention>,
    brief: Vec<BriefLink<'a>>,
    /// Cards of the articles the intro's `order` names, in that order.
    lead: Value,
    /// The editor's intro.
    intro: Option<IntroCtx<'a>>,
    /// The edition as an email, and as plain text, for the latest editions
    /// (`editions: {email_archive: N}`).
    email_url: Option<String>,
    text_url: Option<String>,
}

/// `edition.intro`: the editor's intro of an edition.
#[derive(Serialize)]
struct IntroCtx<'a> {
    title: Option<&'a str>,
    /// Safe HTML, links absolute.
    html: Option<Value>,
}

/// An edition's articles of one world region.
#[derive(Serialize)]
struct Section<'a> {
    region: Link<'a>,
    /// Cards.
    articles: Value,
}

/// `feed`: an Atom feed and its entries.
#[derive(Serialize)]
struct FeedCtx<'a> {
    title: &'a str,
    id: String,
    url: String,
    feed_url: String,
    updated: String,
    /// Entries: cards with content.
    entries: Vec<Value>,
    /// Whether each entry's content is its summary, note and link (a term feed's in
    /// `summary` mode): a separate `<summary>` would say its first paragraph again.
    entries_are_summaries: bool,
}

/// One `urls` entry of the sitemap.
#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    lastmod: Option<String>,
}

/// One line of a brief, linked to its article.
#[derive(Serialize)]
struct BriefLink<'a> {
    text: &'a str,
    url: String,
    title: &'a str,
    /// The article's language and direction where they differ from the site's.
    lang: Option<&'a str>,
    dir: Option<&'static str>,
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
        map: map::svg(&covered, &classes, &site.interface.text("map-title", &[])),
        legend: classes
            .iter()
            .map(|c| LegendItem {
                class: c.class,
                label: if c.low == c.high {
                    site.interface.number(c.low)
                } else {
                    format!(
                        "{}–{}",
                        site.interface.number(c.low),
                        site.interface.number(c.high)
                    )
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

/// The 8 subjects most mentioned by `articles` (`subjects(i)` lists article `i`'s), most
/// first, then by name and URL. Counted by index and linked only for the few shown: at 137
/// articles a day, an edition's map of (name, URL) strings was most of its context's cost.
fn top_mentions<'s>(
    articles: &[usize],
    subjects: impl Fn(usize) -> &'s [usize],
    name: impl Fn(usize) -> &'s str,
    url: impl Fn(usize) -> String,
) -> Vec<Mention> {
    let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
    for &i in articles {
        for &s in subjects(i) {
            *counts.entry(s).or_default() += 1;
        }
    }
    let mut list: Vec<(usize, usize)> = counts.into_iter().collect();
    // A URL is made for the order only when two names tie.
    list.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| name(a.0).cmp(name(b.0)))
            .then_with(|| url(a.0).cmp(&url(b.0)))
    });
    list.into_iter()
        .take(8)
        .map(|(s, count)| Mention {
            name: name(s).to_string(),
            url: url(s),
            count,
        })
        .collect()
}
