//! Rendering: every page, feed and site file of a [`Site`] through the Tera templates, in parallel.

pub mod context;
pub mod digest;
pub mod email;
pub mod feeds;
pub mod intro;
pub mod keys;
pub mod lean;
pub mod map;
pub mod meta;
pub mod minify;
pub mod pages;
pub mod paging;
pub mod sparkline;
pub mod statics;
pub mod subjects;
pub mod templates;
pub mod text;
pub mod translate;
pub mod values;
mod write;

use serde::Serialize;

use std::sync::OnceLock;

use crate::error::Result;
use crate::output::OutputFile;
use crate::search::{self, SearchIndex};
use crate::site::Site;
use crate::site::urls::{List, Loc};
use context::Contexts;
use templates::Templates;

pub use crate::site::TermKind;
pub use pages::{Page, Scope, pages};

#[derive(Serialize)]
struct SiteGlobals<'a> {
    title: &'a str,
    description: &'a str,
    language: &'a str,
    /// `rtl` for a language written right to left, else `ltr`.
    dir: &'static str,
    base_url: &'a str,
    base_path: &'a str,
    article_pages: &'a str,
    /// Root-relative, as every link to the site's own files (feeds keep absolute ones).
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
    contexts: Contexts<'s>,
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
            dir: site.interface.dir(),
            base_url: &site.urls.base_url,
            base_path: &site.urls.base_path,
            article_pages: site.config.article_pages.as_str(),
            feed_url: site.urls.url(Loc::Feed(List::Home)),
            json_feed_url: site.urls.url(Loc::JsonFeed(List::Home)),
            generator: format!("newsdesk {}", env!("CARGO_PKG_VERSION")),
        };
        templates.tera.global_context().insert("site", &globals);
        translate::register(&mut templates.tera, site.interface.clone());
        Renderer {
            site,
            templates,
            contexts: Contexts::new(site),
            search: OnceLock::new(),
        }
    }

    /// The output path of a page, relative to the output folder.
    pub fn path(&self, page: Page) -> String {
        pages::path(self.site, page)
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
        let loc = pages::loc(site, page);
        let mut pc = self.contexts.page(page);
        let meta = PageMeta {
            url: site.urls.url(loc),
            permalink: site.urls.permalink(loc),
            title: &pc.title,
            kind: pc.kind,
            json_feed: pc.json_feed,
            feed: pc.feed,
        };
        pc.context.insert("page", &meta);
        let html = self.render_page(pc.template, &pc.context, &self.path(page))?;
        Ok(OutputFile {
            path: self.path(page),
            bytes: html.into_bytes(),
        })
    }

    /// Renders the page template `template` for the output file `path`: HTML pages come out
    /// minified (see [`minify`]) unless `minify_html: false`, anything else as
    /// [`Self::render_template`] leaves it.
    fn render_page(&self, template: &str, ctx: &tera::Context, path: &str) -> Result<String> {
        if !template.ends_with(".html") || !self.site.config.minify_html {
            return self.render_template(template, ctx, path);
        }
        Ok(minify::minify(&self.render_raw(template, ctx, path)?))
    }

    /// Renders `template` for the output file `path` (named in errors), as the template
    /// writes it.
    fn render_raw(&self, template: &str, ctx: &tera::Context, path: &str) -> Result<String> {
        self.templates.tera.render(template, ctx).map_err(|e| {
            templates::template_error(&e, &self.templates.origins)
                .context(format!("rendering {path} with {template}"))
        })
    }

    /// Renders `template` for the output file `path` (named in errors).
    /// HTML and XML come out lean (see [`lean`]); text templates keep their layout.
    fn render_template(&self, template: &str, ctx: &tera::Context, path: &str) -> Result<String> {
        let text = self.render_raw(template, ctx, path)?;
        Ok(
            if template.ends_with(".html") || template.ends_with(".xml") {
                lean::lean(&text)
            } else {
                text
            },
        )
    }

    /// The pages cut from an edition's digest or written as JSON: emails, edition feeds and
    /// JSON Feeds. `None` for every other page.
    fn render_delivery(&self, page: Page) -> Result<Option<String>> {
        let site = self.site;
        let path = || self.path(page);
        let titled = |name: &str| format!("{} — {}", site.config.title, name);
        Ok(Some(match page {
            Page::EditionEmail(e) => self.email_html(e, &path())?,
            Page::EditionText(e) => self.email_text(e, &path())?,
            Page::EditionsFeed => {
                let mut ctx = tera::Context::new();
                ctx.insert_value("feed", self.editions_atom_value()?);
                self.render_template("atom.xml", &ctx, &path())?
            }
            Page::EditionsJsonFeed => self.editions_json_feed()?,
            Page::HomeJsonFeed => {
                let all: Vec<usize> = (0..site.articles.len()).collect();
                self.json_feed(&site.config.title, List::Home, &all)
            }
            Page::RegionJsonFeed(r) => {
                let node = &site.regions.nodes[r];
                let list = List::Region(&node.slug);
                self.json_feed(&titled(&node.name), list, &node.articles)
            }
            Page::TermJsonFeed(k, t) => {
                let term = &k.terms(site)[t];
                let list = List::Term(k, &term.slug);
                self.json_feed(&titled(&term.name), list, &term.articles)
            }
            _ => return Ok(None),
        }))
    }
}
