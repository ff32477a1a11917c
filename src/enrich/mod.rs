//! Enrichment: the people, places, countries, regions and summary of an article,
//! derived by explainable rules over a compiled-in gazetteer and the curator's registry.
//!
//! Pipeline for one [`Document`]: split sentences ([`sentences`]) → find place names
//! ([`places`]) → find people, stripping titles and demonyms and resolving
//! coreference ([`people`]) → drop place names inside people's names and resolve
//! countries by context → pick summary sentences ([`summary`]). Every entity carries
//! the rule and text span that produced it ([`explain`]).

pub mod brands;
pub mod brief;
pub mod canon;
pub mod cues;
mod day_postings;
pub mod declension;
pub mod derive;
pub mod explain;
pub mod honorifics;
pub mod kept_text;
pub mod lexicon;
pub mod people;
pub mod people_other;
pub mod place_forms;
pub mod places;
pub mod reader;
pub mod registry;
pub mod sentences;
pub mod stories;
pub mod story_index;
pub mod summary;
pub mod tokens;

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use serde::Serialize;

use crate::error::Result;
use crate::geo;
pub use explain::Explanation;
pub use registry::Registry;

/// An article as enrichment reads it: a title and plain-text paragraphs separated by blank lines.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// The headline.
    pub title: String,
    /// The body as plain text; paragraphs are separated by blank lines.
    pub body: String,
    /// The body's subheadings ("3. Anna Karenina, by Leo Tolstoy"): a name in one is a
    /// person only when the body uses its surname again alone, as headings capitalise
    /// every word.
    pub headings: Vec<String>,
    /// The language as the curator or ingest recorded it (ISO 639-1); detected when `None`.
    pub language: Option<String>,
    /// The article's own authors (front matter `authors`): bylines and author boxes name
    /// them, but they are not people of the story.
    pub authors: Vec<String>,
    /// The page's address (front matter `source_url`): a site's country-code domain
    /// makes its country's small towns evidence ("Harrogate" from a .co.uk paper).
    pub source_url: Option<String>,
}

/// What enrichment found in one article.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Enrichment {
    /// The headline.
    pub title: String,
    /// The language the rules ran for (ISO 639-1): the document's own, else detected, else
    /// the site's.
    pub language: String,
    /// People, canonical names, in order of first mention.
    pub people: Vec<String>,
    /// Places as written, normalised (countries, cities, states, areas, regions), in order of first mention.
    pub places: Vec<String>,
    /// Countries (common English names), most salient first.
    pub countries: Vec<String>,
    /// ISO 3166-1 alpha-2 codes of `countries`.
    pub country_codes: Vec<String>,
    /// Region-tree nodes above the countries (subregion, then world region), deduplicated.
    pub regions: Vec<String>,
    /// The extractive summary: whole sentences of the body, verbatim, in order.
    pub summary: String,
    /// The rule and text span behind each entity (empty unless asked for with
    /// [`Enricher::with_explanations`]).
    #[serde(skip)]
    pub explain: Vec<Explanation>,
}

/// Runs enrichment with one registry and summary length; cheap to share across threads.
pub struct Enricher {
    registry: Registry,
    matcher: places::Matcher,
    summary_sentences: usize,
    default_language: String,
    known_people: Vec<String>,
    explain: bool,
}

/// The language assumed when a document has none and detection is unsure.
pub const DEFAULT_LANGUAGE: &str = "en";

static DEFAULT_MATCHER: LazyLock<places::Matcher> =
    LazyLock::new(|| places::Matcher::new(&Registry::default()));

impl Enricher {
    /// An enricher using `registry` and summaries of `summary_sentences` sentences.
    pub fn new(registry: Registry, summary_sentences: usize) -> Enricher {
        let matcher = if registry.places.is_empty() && registry.ignore_places.is_empty() {
            // The built-in automaton is compiled once; only a site's own places need another.
            DEFAULT_MATCHER.clone()
        } else {
            places::Matcher::new(&registry)
        };
        Enricher {
            registry,
            matcher,
            summary_sentences,
            default_language: DEFAULT_LANGUAGE.into(),
            known_people: Vec::new(),
            explain: false,
        }
    }

    /// The same enricher also recording the rule and span behind each entity
    /// (`newsdesk enrich --explain`). Builds leave it off: the explanations' strings were
    /// a tenth of enrichment's time.
    pub fn with_explanations(mut self) -> Enricher {
        self.explain = true;
        self
    }

    /// The same enricher assuming `language` (the site's) for documents that record none
    /// and whose language detection cannot tell for sure.
    pub fn with_default_language(mut self, language: &str) -> Enricher {
        self.default_language = language.to_string();
        self
    }

    /// The same enricher knowing the site's names (curators' lists): in text that is not
    /// English, a name stands once the site knows it.
    pub fn with_known_people(mut self, names: Vec<String>) -> Enricher {
        self.known_people = names;
        self
    }

    /// The registry in use.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// Enriches one document.
    pub fn enrich(&self, doc: &Document) -> Enrichment {
        enrich_with(
            &self.matcher,
            &self.registry,
            self.summary_sentences,
            &self.default_language,
            &self.known_people,
            self.explain,
            doc,
        )
    }
}

/// Enriches a document with the built-in gazetteer and no registry (no explanations).
pub fn enrich(doc: &Document, summary_sentences: usize) -> Enrichment {
    enrich_with(
        &DEFAULT_MATCHER,
        &Registry::default(),
        summary_sentences,
        DEFAULT_LANGUAGE,
        &[],
        false,
        doc,
    )
}

fn enrich_with(
    matcher: &places::Matcher,
    registry: &Registry,
    summary_sentences: usize,
    default_language: &str,
    known_people: &[String],
    explain: bool,
    doc: &Document,
) -> Enrichment {
    let title = single_line(&doc.title);
    // Subheadings sit between the title and the body: read for names and places, never
    // summarised.
    let headings: String = doc
        .headings
        .iter()
        .map(|h| format!("{}\n\n", single_line(h)))
        .collect();
    let text = format!("{title}\n\n{headings}{}", doc.body);
    let heading_start = title.len() + 2;
    let body_start = heading_start + headings.len();
    let language = language_of(doc, &text, default_language);
    let sents = sentences::split(&text);
    let body_sents: Vec<(usize, usize)> = sents
        .iter()
        .copied()
        .filter(|&(s, _)| s >= body_start)
        .collect();

    let language_bit = geo::i18n::language_bit(&language);
    let found = matcher.find_in(&text, language_bit);
    let spans: Vec<(usize, usize)> = found
        .iter()
        .filter(|m| matcher.is_place(m))
        .map(|m| (m.start, m.end))
        .collect();
    // English rules read capitals as names; other languages need evidence.
    let people = if crate::lang::is_english(&language) {
        people::detect(&text, &sents, (heading_start, body_start), &spans, registry)
    } else {
        people_other::detect(
            &text,
            &sents,
            body_start,
            &spans,
            registry,
            known_people,
            &language,
        )
    };

    let mut people = without_authors(people, &doc.authors);
    brands::drop_brands(&mut people);

    // Place names inside people's names ("Jordan Bardella", "Lloyd Austin") do not count.
    let mut claimed: Vec<(usize, usize)> = people
        .iter()
        .flat_map(|p| {
            let text = &text;
            p.mentions
                .iter()
                .map(move |m| (particle_before(text, m.start, &p.name), m.end))
        })
        .collect();
    claimed.sort_unstable();
    let unclaimed = |m: &places::Mention| {
        let i = claimed.partition_point(|c| c.1 <= m.start);
        claimed.get(i).is_none_or(|c| c.0 >= m.end)
    };
    let mut kept: Vec<places::Mention> = found.into_iter().filter(unclaimed).collect();
    let source = doc
        .source_url
        .as_deref()
        .and_then(geo::source_towns::country_of_url);
    if let Some(country) = source {
        // Towns only the site's own country would name, where nothing else matched.
        let local: Vec<places::Mention> = matcher
            .find_source_towns(&text, country, language_bit)
            .into_iter()
            .filter(|m| unclaimed(m) && !kept.iter().any(|k| k.start < m.end && m.start < k.end))
            .collect();
        if !local.is_empty() {
            kept.extend(local);
            kept.sort_by_key(|m| m.start);
        }
    }
    let resolved = matcher.resolve(&text, &kept, body_start, &language, source);

    let gaz = geo::gazetteer();
    let tree = registry.gazetteer();
    let countries: Vec<String> = resolved
        .countries
        .iter()
        .map(|&c| gaz.countries()[c].name.to_string())
        .collect();
    let country_codes: Vec<String> = resolved
        .countries
        .iter()
        .map(|&c| gaz.countries()[c].code.to_string())
        .collect();
    let mut regions: Vec<String> = Vec::new();
    for &c in &resolved.countries {
        for r in tree.ancestors(geo::GeoRef::Country(c)).into_iter().skip(1) {
            let name = tree.name(r).to_string();
            if !regions.contains(&name) {
                regions.push(name);
            }
        }
    }
    let picked = summary::summarise(&text, &body_sents, summary_sentences);
    // Sentences of scripts written without spaces join without one (。 ends them).
    let mut summary = String::new();
    for &i in &picked {
        let sentence = &text[body_sents[i].0..body_sents[i].1];
        let spaceless_end = summary
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '。' | '！' | '？' | '」' | '』'));
        if !summary.is_empty() && !spaceless_end {
            summary.push(' ');
        }
        summary.push_str(sentence);
    }
    let explain = if explain {
        explain::collect(&text, body_start, &people, matcher, &kept, &resolved)
    } else {
        Vec::new()
    };
    Enrichment {
        title,
        language,
        people: people.into_iter().map(|p| p.name).collect(),
        places: resolved.places,
        countries,
        country_codes,
        regions,
        summary,
        explain,
    }
}

/// Drops the article's own authors: a byline, an author box ("Alice Wu has been writing
/// about politics since 2008") or a related-story credit names the writer, not someone
/// the story is about.
fn without_authors(mut people: Vec<people::Person>, authors: &[String]) -> Vec<people::Person> {
    if authors.is_empty() {
        return people;
    }
    let keys: Vec<String> = authors
        .iter()
        .map(|a| crate::slug::slugify(a))
        .filter(|k| !k.is_empty())
        .collect();
    people.retain(|p| !keys.contains(&crate::slug::slugify(&p.name)));
    people
}

/// One file's result as `newsdesk enrich --json` prints it.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The file as given on the command line.
    pub file: String,
    /// What was found.
    #[serde(flatten)]
    pub found: Enrichment,
    /// With `--explain`: the rule and span behind each entity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<Explanation>>,
}

/// Enriches files as `newsdesk enrich` does: the site at `root` supplies the registry
/// (`data/`) and summary length (`site.yaml`, if present). All file errors are reported together.
pub fn enrich_files(root: &Path, paths: &[PathBuf], explain: bool) -> Result<Vec<FileReport>> {
    let config = if root.join(crate::config::CONFIG_FILE).is_file() {
        crate::config::Config::load(root)?
    } else {
        crate::config::Config::default()
    };
    let mut enricher = Enricher::new(Registry::load(root)?, config.summary_sentences)
        .with_default_language(&config.language);
    if explain {
        enricher = enricher.with_explanations();
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        match reader::read_file(p) {
            Ok(doc) => {
                let mut found = enricher.enrich(&doc);
                let expl = std::mem::take(&mut found.explain);
                out.push(FileReport {
                    file: p.display().to_string(),
                    found,
                    explain: explain.then_some(expl),
                });
            }
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(crate::error::Error::many(errors))
    }
}

/// Renders reports for the terminal.
pub fn to_text(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let f = &r.found;
        out.push_str(&format!(
            "{}
  title:     {}
  language:  {}
",
            r.file, f.title, f.language
        ));
        out.push_str(&format!(
            "  people:    {}
",
            f.people.join(", ")
        ));
        out.push_str(&format!(
            "  places:    {}
",
            f.places.join(", ")
        ));
        let countries: Vec<String> = f
            .countries
            .iter()
            .zip(&f.country_codes)
            .map(|(n, c)| format!("{n} ({c})"))
            .collect();
        out.push_str(&format!(
            "  countries: {}
",
            countries.join(", ")
        ));
        out.push_str(&format!(
            "  regions:   {}
",
            f.regions.join(", ")
        ));
        out.push_str(&format!(
            "  summary:   {}
",
            f.summary
        ));
        if let Some(ex) = &r.explain {
            out.push_str(
                "  explain:
",
            );
            out.push_str(&explain::to_text(ex));
        }
    }
    out
}

/// The document's recorded language, else a confident detection, else the default.
fn language_of(doc: &Document, text: &str, default_language: &str) -> String {
    if let Some(l) = doc.language.as_deref().filter(|l| !l.trim().is_empty()) {
        return l.trim().to_string();
    }
    match crate::lang::detect(text) {
        Some(d) if d.reliable => d.code.to_string(),
        _ => default_language.to_string(),
    }
}

/// A title on one line (scraped titles may carry stray newlines).
fn single_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Where a mention starts once a capitalised particle before it is counted: "Van Oppen"
/// at a sentence's start is Madeleine van Oppen's surname, not the Turkish city Van.
fn particle_before(text: &str, start: usize, name: &str) -> usize {
    let before = text[..start].strip_suffix(' ').unwrap_or("");
    let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[word_start..];
    let lowered = word.to_lowercase();
    let particle = !word.is_empty()
        && word.chars().next().is_some_and(char::is_uppercase)
        && people::PARTICLE_WORDS.contains(&lowered.as_str())
        && name.split(' ').any(|w| w == lowered);
    if particle { word_start } else { start }
}

#[cfg(test)]
mod tests;
