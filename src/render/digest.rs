//! An edition as a self-contained digest: every URL absolute, the intro first, the intro's
//! `order` leading, then sections by world region. The email (HTML and text), the edition
//! feeds and `newsdesk edition` are all cut from it.

use serde::Serialize;

use super::intro::{self, RenderedIntro};
use super::text::{Ref, Refs, underline, wrap};
use crate::site::Site;
use crate::site::urls::{List, Loc};

/// Columns of the text twin.
pub const TEXT_WIDTH: usize = 78;

/// One edition, ready for delivery.
#[derive(Debug, Serialize)]
pub struct Digest {
    /// `2024-07-27` or `2024-W30`.
    pub id: String,
    /// `Saturday 27 July 2024`.
    pub title: String,
    /// The intro's `title`.
    pub headline: Option<String>,
    /// The intro as safe HTML with absolute links.
    pub intro_html: Option<String>,
    /// The intro as text wrapped at [`TEXT_WIDTH`], links marked `[n]`.
    pub intro_text: Option<String>,
    /// The intro's link references.
    pub intro_refs: Vec<Ref>,
    /// The hidden preview line: the intro's first sentence, or the lead story's summary.
    pub preheader: String,
    /// The edition page.
    pub url: String,
    /// Its `email.html`, when the site publishes it (`editions: {email_archive: N}`).
    pub email_url: Option<String>,
    /// Its `email.txt`, likewise.
    pub text_url: Option<String>,
    /// Articles in it.
    pub count: usize,
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Last day.
    pub end: String,
    /// Lead stories (the intro's `order`) first, then one section per world region.
    pub sections: Vec<Section>,
}

/// A heading and its stories.
#[derive(Debug, Serialize)]
pub struct Section {
    /// `Top stories`, a world region's name, or `Elsewhere`.
    pub name: String,
    /// The region's page, absolute.
    pub url: Option<String>,
    /// True for the intro's ordered stories.
    pub lead: bool,
    /// Its stories.
    pub stories: Vec<Story>,
}

/// One article in a digest.
#[derive(Debug, Serialize)]
pub struct Story {
    /// The headline.
    pub title: String,
    /// The article page, absolute.
    pub url: String,
    /// The publication.
    pub source: Option<String>,
    /// The original article (a safe URL).
    pub source_url: Option<String>,
    /// `27 July 2024`.
    pub date_display: String,
    /// The summary (plain text).
    pub summary: String,
    /// The curator's note.
    pub note: Option<String>,
    /// The article's language when it is not the site's (for a `lang` attribute).
    pub lang: Option<String>,
    /// `rtl` or `ltr` when the article's script runs the other way from the site's.
    pub dir: Option<&'static str>,
    /// The headline wrapped for text, with its reference mark.
    pub title_text: String,
    /// Source and date, one line.
    pub meta_text: String,
    /// Summary and note wrapped for text.
    pub body_text: String,
    /// Link references below the story: the article, then the original.
    pub refs: Vec<Ref>,
    /// The story's other reports, named beside it instead of repeated.
    pub also: Vec<Also>,
    /// The lead image (emails use its absolute `src_abs`).
    pub image: Option<crate::site::images::ImageView>,
}

/// Another report of a story.
#[derive(Debug, Serialize)]
pub struct Also {
    /// Its source, else its headline.
    pub name: String,
    /// Its page, absolute.
    pub url: String,
}

/// The region sections of edition `e` (world region, articles), without its lead stories:
/// the biggest first, unplaced articles last; pinned first within each, then newest.
pub fn sections(site: &Site, e: usize) -> Vec<(Option<usize>, Vec<usize>)> {
    let ed = &site.editions[e];
    let mut sections: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    let shown = told_once(site, e);
    for &i in ed
        .articles
        .iter()
        .filter(|i| !ed.lead.contains(i) && shown.contains(i))
    {
        let w = site.regions.primary_world[i];
        match sections.iter_mut().find(|s| s.0 == w) {
            Some(s) => s.1.push(i),
            None => sections.push((w, vec![i])),
        }
    }
    sections.sort_by(|a, b| {
        a.0.is_none()
            .cmp(&b.0.is_none())
            .then(b.1.len().cmp(&a.1.len()))
            .then_with(|| {
                let name = |s: &Option<usize>| s.map(|n| site.regions.nodes[n].name.as_str());
                name(&a.0).cmp(&name(&b.0))
            })
    });
    for s in &mut sections {
        s.1.sort_by_key(|&i| (site.articles[i].front.pin.unwrap_or(i64::MAX), i));
    }
    sections
}

/// The articles of edition `e` that tell their story in it: of several reports of one story,
/// the one the intro leads with, else the pinned one, else the newest; the others are named
/// beside it (`also`) rather than repeated.
pub fn told_once(site: &Site, e: usize) -> std::collections::HashSet<usize> {
    let ed = &site.editions[e];
    let rank = |i: usize| {
        let lead = ed.lead.iter().position(|&l| l == i).unwrap_or(usize::MAX);
        (lead, site.articles[i].front.pin.unwrap_or(i64::MAX), i)
    };
    let in_edition: std::collections::HashSet<usize> = ed.articles.iter().copied().collect();
    ed.articles
        .iter()
        .copied()
        .filter(|&i| {
            site.stories[i]
                .iter()
                .filter(|j| in_edition.contains(j))
                .all(|&j| rank(i) < rank(j))
        })
        .collect()
}

/// The other reports of article `i`'s story: their source (else headline) and page.
pub fn also_covered(site: &Site, i: usize) -> Vec<Also> {
    site.also_covered(i)
        .map(|(name, loc)| Also {
            name: name.to_string(),
            url: site.urls.permalink(loc),
        })
        .collect()
}

/// The intro of edition `e` rendered with links relative to its page, numbering its links
/// in `refs`.
pub fn intro(site: &Site, e: usize, refs: &mut Refs) -> Option<RenderedIntro> {
    let ed = &site.editions[e];
    let page = site.urls.permalink(Loc::Edition(&ed.id));
    ed.intro
        .as_ref()
        .filter(|i| !i.body.is_empty())
        .map(|i| intro::render(&i.body, &site.urls.base_url, &page, refs))
}

/// Builds the digest of edition `e`; `summary(i)` is article `i`'s summary.
pub fn build(site: &Site, e: usize, summary: &dyn Fn(usize) -> String) -> Digest {
    let ed = &site.editions[e];
    let abs = |loc: Loc<'_>| site.urls.permalink(loc);
    let mut refs = Refs::default();
    let rendered = intro(site, e, &mut refs);
    let intro_refs = refs.list().to_vec();
    let story = |i: usize, refs: &mut Refs| -> Story {
        let a = &site.articles[i];
        let url = abs(Loc::Article(a));
        let source_url = a
            .front
            .source_url
            .as_deref()
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            .map(str::to_string);
        let from = refs.next();
        let n = refs.add(&url);
        let source_ref = source_url.as_deref().map(|s| refs.add(s));
        let source = a.front.source.clone();
        let ui = &site.interface;
        let date_display = ui.date(a.local_date);
        let summary = summary(i);
        let mut body = wrap(&summary, TEXT_WIDTH);
        if let Some(note) = &a.front.note {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            let label = ui.text("curators-note-prefix", &[]);
            body.push_str(&wrap(&format!("{label} {note}"), TEXT_WIDTH));
        }
        let mut meta_text = match (&source, source_ref) {
            (Some(s), Some(m)) => format!("{s} [{m}] · {date_display}"),
            (Some(s), None) => format!("{s} · {date_display}"),
            (None, Some(m)) => format!("{} [{m}] · {date_display}", ui.text("original", &[])),
            (None, None) => date_display.clone(),
        };
        let also = also_covered(site, i);
        if !also.is_empty() {
            let names: Vec<String> = also
                .iter()
                .map(|o| format!("{} [{}]", o.name, refs.add(&o.url)))
                .collect();
            let label = site.interface.text("also-covered-by", &[]);
            meta_text.push_str(&format!(" · {label} {}", names.join(", ")));
        }
        let site_lang = site.config.language.as_str();
        let language = a.front.language.as_deref().unwrap_or(site_lang);
        let (lang, dir) = crate::lang::attrs_within(language, site_lang);
        Story {
            lang: lang.map(str::to_string),
            dir,
            title: a.front.title.clone(),
            title_text: wrap(&format!("{} [{n}]", a.front.title), TEXT_WIDTH),
            meta_text: wrap(&meta_text, TEXT_WIDTH),
            body_text: body,
            refs: refs.since(from),
            url,
            source,
            source_url,
            date_display,
            summary,
            note: a.front.note.clone(),
            also,
            image: site.images[i].as_ref().map(|img| img.view(&site.urls)),
        }
    };
    let mut out: Vec<Section> = Vec::new();
    if !ed.lead.is_empty() {
        out.push(Section {
            name: site.interface.text("top-stories", &[]),
            url: None,
            lead: true,
            stories: ed.lead.iter().map(|&i| story(i, &mut refs)).collect(),
        });
    }
    for (w, list) in sections(site, e) {
        let (name, url) = match w {
            Some(n) => {
                let node = &site.regions.nodes[n];
                (
                    node.name.clone(),
                    Some(abs(Loc::List(List::Region(&node.slug), 1))),
                )
            }
            None => (site.interface.text("elsewhere", &[]), None),
        };
        out.push(Section {
            name,
            url,
            lead: false,
            stories: list.iter().map(|&i| story(i, &mut refs)).collect(),
        });
    }
    let first_summary = out
        .first()
        .and_then(|s| s.stories.first())
        .map(|s| s.summary.clone())
        .unwrap_or_default();
    // `newsdesk edition` prints any edition's email; only the latest are on the site.
    let published = site.config.editions.email_published(e);
    let preheader = rendered
        .as_ref()
        .map(|r| first_sentence(&r.plain))
        .filter(|s| !s.is_empty())
        .unwrap_or(first_summary);
    Digest {
        id: ed.id.clone(),
        title: ed.title.clone(),
        headline: ed.intro.as_ref().and_then(|i| i.title.clone()),
        intro_text: rendered.as_ref().map(|r| intro::wrapped(r, TEXT_WIDTH)),
        intro_html: rendered.map(|r| r.html),
        intro_refs,
        preheader,
        url: abs(Loc::Edition(&ed.id)),
        email_url: published.then(|| abs(Loc::EditionEmail(&ed.id))),
        text_url: published.then(|| abs(Loc::EditionText(&ed.id))),
        count: ed.articles.len(),
        start: ed.start.format("%Y-%m-%d").to_string(),
        end: ed.end.format("%Y-%m-%d").to_string(),
        sections: out,
    }
}

/// The first sentence of `text` (all of it when it has no sentence end).
fn first_sentence(text: &str) -> String {
    match crate::enrich::sentences::split(text).first() {
        Some(&(start, end)) => text[start..end].trim().to_string(),
        None => text.trim().to_string(),
    }
}

/// The digest as Markdown, for newsletter tools that take it (`newsdesk edition --format
/// markdown`).
pub fn markdown(d: &Digest, site_title: &str, ui: &crate::i18n::Interface) -> String {
    let esc = |s: &str| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if matches!(c, '\\' | '[' | ']' | '*' | '_' | '`' | '<' | '>' | '#') {
                out.push('\\');
            }
            out.push(c);
        }
        out
    };
    let mut md = format!("# {}: {}\n\n", esc(site_title), esc(&d.title));
    if let Some(h) = &d.headline {
        md.push_str(&format!("## {}\n\n", esc(h)));
    }
    if let Some(text) = &d.intro_text {
        // The intro's own Markdown would need its relative links resolved: use the text with
        // its references as links instead.
        md.push_str(text);
        md.push_str("\n\n");
        for r in &d.intro_refs {
            md.push_str(&format!("[{}]: <{}>\n", r.n, r.url));
        }
        if !d.intro_refs.is_empty() {
            md.push('\n');
        }
    }
    for s in &d.sections {
        match &s.url {
            Some(u) => md.push_str(&format!("## [{}](<{u}>)\n\n", esc(&s.name))),
            None => md.push_str(&format!("## {}\n\n", esc(&s.name))),
        }
        for st in &s.stories {
            md.push_str(&format!("### [{}](<{}>)\n\n", esc(&st.title), st.url));
            let meta = match (&st.source, &st.source_url) {
                (Some(name), Some(u)) => format!("[{}](<{u}>) · {}", esc(name), st.date_display),
                (Some(name), None) => format!("{} · {}", esc(name), st.date_display),
                (None, Some(u)) => {
                    format!(
                        "[{}](<{u}>) · {}",
                        ui.text("original", &[]),
                        st.date_display
                    )
                }
                (None, None) => st.date_display.clone(),
            };
            md.push_str(&format!("*{meta}*\n\n"));
            if !st.summary.is_empty() {
                md.push_str(&format!("{}\n\n", esc(&st.summary)));
            }
            if let Some(n) = &st.note {
                md.push_str(&format!(
                    "> **{}** {}\n\n",
                    ui.text("curators-note-prefix", &[]),
                    esc(n)
                ));
            }
        }
    }
    md.push_str(&format!("[{}](<{}>)\n", ui.text("read-on-web", &[]), d.url));
    md
}

/// A heading and its underline, for the text twin.
pub fn text_heading(text: &str, ch: char) -> String {
    format!("{text}\n{}", underline(text, ch))
}
