//! `site.yaml`: the site's configuration, validated with errors that name the key.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::{suggest, yaml};

mod short_forms;

/// The configuration file's name inside a site root.
pub const CONFIG_FILE: &str = "site.yaml";

/// How digest editions are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum EditionKind {
    /// One edition per calendar day.
    #[default]
    Daily,
    /// One edition per ISO week (Monday to Sunday).
    Weekly,
}

/// What article pages and feeds show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ArticlePages {
    /// The full text.
    #[default]
    Full,
    /// Summary, note and a link to the original: for republishing others' work respectfully.
    Summary,
}

impl ArticlePages {
    /// The name used in `site.yaml` and templates.
    pub fn as_str(self) -> &'static str {
        match self {
            ArticlePages::Full => "full",
            ArticlePages::Summary => "summary",
        }
    }
}

/// What the feeds of regions, people, tags and sources carry (the home and edition feeds
/// always carry whole articles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TermEntries {
    /// Each entry's summary and a link to its page: a tenth of the bytes of whole articles,
    /// which hundreds of term feeds would otherwise repeat.
    #[default]
    Summary,
    /// Each entry's whole article, as in the home feed.
    Full,
}

/// The `term_feeds:` key: `summary`, `full`, or `{entries: …, json_feed: …, limit: …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TermFeeds {
    /// What each entry carries.
    pub entries: TermEntries,
    /// Publish a JSON Feed beside each term's Atom feed (the same entries again: off by
    /// default; the home and edition feeds always have both).
    pub json_feed: bool,
    /// Entries per feed, at most `feed_limit` (a subscriber to one person or tag needs
    /// fewer back entries than one to the whole site).
    pub limit: usize,
}

impl Default for TermFeeds {
    fn default() -> Self {
        TermFeeds {
            entries: TermEntries::default(),
            json_feed: false,
            limit: 10,
        }
    }
}

/// The `editions:` key: `daily`, `weekly`, or `{cut: …, email_archive: …}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Editions {
    /// How editions are cut.
    pub cut: EditionKind,
    /// How many of the latest editions publish `email.html` and `email.txt` (`None`: all).
    pub email_archive: Option<usize>,
}

impl Default for Editions {
    fn default() -> Self {
        Editions {
            cut: EditionKind::Daily,
            email_archive: Some(10),
        }
    }
}

impl Editions {
    /// Whether edition number `e` (0 is the latest) publishes its email files.
    pub fn email_published(&self, e: usize) -> bool {
        self.email_archive.is_none_or(|n| e < n)
    }
}

/// The `related:` key: what an article page's "Related coverage" lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Related {
    /// Headlines listed (0: no list).
    pub limit: usize,
}

impl Default for Related {
    fn default() -> Self {
        // Each headline costs about 170 bytes on every article page (docs/performance.md).
        Related { limit: 3 }
    }
}

/// What ingest does with the lead images it finds (`ingest: {images: …}`, `--images`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ImageMode {
    /// Keep the image's address: pages show it from the other site.
    #[default]
    Remote,
    /// Download it into `static/images/YYYY/MM/<slug>.<ext>`, where the build resizes it.
    Local,
}

/// The `ingest:` section.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct IngestConfig {
    /// Extra boilerplate line patterns (regular expressions) removed when cleaning scraped text.
    pub boilerplate: Vec<String>,
    /// Mark newly ingested articles as drafts.
    pub draft: bool,
    /// Keep lead images as addresses or download them.
    pub images: ImageMode,
}

/// The `deploy:` section.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DeployConfig {
    /// The git remote to push to (default `origin`).
    pub remote: Option<String>,
    /// The branch to publish (default `gh-pages`).
    pub branch: Option<String>,
    /// A custom domain written to `CNAME`.
    pub cname: Option<String>,
}

/// The whole of `site.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The digest's name.
    pub title: String,
    /// One line about the digest.
    pub description: String,
    /// The absolute address the site is published at; may carry a path.
    pub base_url: String,
    /// The site's language tag (e.g. `en`).
    pub language: String,
    /// IANA time zone in which editions are cut.
    pub timezone: String,
    /// Theme name: `default` (embedded) or a folder under `themes/`.
    pub theme: String,
    /// Cards on page 1 of a list.
    pub paginate_by: usize,
    /// Rows on each archive page (page 2 and later) of a list.
    pub archive_rows: usize,
    /// Cards on page 1 of a person's page.
    pub person_cards: usize,
    /// Cards on page 1 of a region's, tag's or source's page.
    pub list_cards: usize,
    /// Keep the archive pages of world regions and subregions whose countries list the same
    /// articles (off: their page 1 points to the countries instead).
    pub world_region_archives: bool,
    /// How editions are cut and how many publish their email.
    pub editions: Editions,
    /// Sentences in a derived summary.
    pub summary_sentences: usize,
    /// Entries per Atom feed.
    pub feed_limit: usize,
    /// URLs per sitemap file (at most 50,000, the protocol's limit): past it `sitemap.xml`
    /// is an index of `sitemap-1.xml`, `sitemap-2.xml`, ….
    pub sitemap_urls: usize,
    /// `full` or `summary` article pages.
    pub article_pages: ArticlePages,
    /// What region, person, tag and source feeds carry, and whether they have a JSON Feed.
    pub term_feeds: TermFeeds,
    /// The related coverage under each article.
    pub related: Related,
    /// Keep raw HTML inside Markdown instead of sanitising it.
    pub allow_raw_html: bool,
    /// Write HTML pages minified (unquoted attributes, no optional end tags) rather than
    /// only without the templates' indentation.
    pub minify_html: bool,
    /// Ingest settings.
    pub ingest: IngestConfig,
    /// Deploy settings.
    pub deploy: DeployConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: String::new(),
            description: String::new(),
            base_url: String::new(),
            language: "en".into(),
            timezone: "UTC".into(),
            theme: "default".into(),
            paginate_by: 20,
            archive_rows: 100,
            person_cards: 10,
            list_cards: 10,
            world_region_archives: false,
            editions: Editions::default(),
            summary_sentences: 2,
            feed_limit: 20,
            sitemap_urls: 50_000,
            article_pages: ArticlePages::Full,
            term_feeds: TermFeeds::default(),
            related: Related::default(),
            allow_raw_html: false,
            minify_html: true,
            ingest: IngestConfig::default(),
            deploy: DeployConfig::default(),
        }
    }
}

const TOP_KEYS: &[&str] = &[
    "title",
    "description",
    "base_url",
    "language",
    "timezone",
    "theme",
    "paginate_by",
    "archive_rows",
    "person_cards",
    "list_cards",
    "world_region_archives",
    "editions",
    "summary_sentences",
    "feed_limit",
    "sitemap_urls",
    "article_pages",
    "term_feeds",
    "related",
    "allow_raw_html",
    "minify_html",
    "ingest",
    "deploy",
];
const INGEST_KEYS: &[&str] = &["boilerplate", "draft"];
const DEPLOY_KEYS: &[&str] = &["remote", "branch", "cname"];
const EDITIONS_KEYS: &[&str] = &["cut", "email_archive"];
const TERM_FEEDS_KEYS: &[&str] = &["entries", "json_feed", "limit"];
const RELATED_KEYS: &[&str] = &["limit"];

impl Config {
    /// Entries in the feed of a region, person, tag or source: `term_feeds.limit`, at most
    /// `feed_limit`.
    pub fn term_feed_limit(&self) -> usize {
        self.term_feeds.limit.min(self.feed_limit)
    }

    /// Reads and validates `ROOT/site.yaml`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Error::Msg(format!(
                    "{} not found: {} is not a newsdesk site (create one with `newsdesk init`, or pass --root)",
                    path.display(),
                    root.display()
                )));
            }
            Err(e) => return Err(Error::io(&path, e)),
        };
        Config::parse(&text, &path)
    }

    /// Parses configuration text; `path` is used in error messages.
    pub fn parse(text: &str, path: &Path) -> Result<Config> {
        let config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            yaml::from_str(text).map_err(|e| {
                let mut message = e.message.clone();
                if let Some(field) = suggest::unknown_field(&e.message) {
                    let keys = [
                        TOP_KEYS,
                        INGEST_KEYS,
                        DEPLOY_KEYS,
                        EDITIONS_KEYS,
                        TERM_FEEDS_KEYS,
                        RELATED_KEYS,
                    ]
                    .into_iter()
                    .find(|keys| {
                        // serde lists the expected keys: pick the section they belong to
                        keys.iter().all(|k| e.message.contains(&format!("`{k}`")))
                    })
                    .unwrap_or(TOP_KEYS);
                    message = format!(
                        "unknown key `{field}`{}",
                        suggest::did_you_mean(field, keys.iter().copied())
                    );
                }
                Error::at(path, e.line, e.column, message)
            })?
        };
        config.validate(text, path)?;
        Ok(config)
    }

    fn validate(&self, text: &str, path: &Path) -> Result<()> {
        let at = |key: &str, msg: String| {
            Error::at(path, yaml::key_line(text, key).unwrap_or(0), 0, msg)
        };
        if self.title.trim().is_empty() {
            return Err(at("title", "`title` is required".into()));
        }
        if !self.base_url.is_empty() {
            normalise_base_url(&self.base_url).map_err(|m| at("base_url", m))?;
        }
        if self.timezone.parse::<chrono_tz::Tz>().is_err() {
            return Err(at(
                "timezone",
                format!(
                    "unknown time zone `{}` (use an IANA name such as `UTC` or `Asia/Bangkok`)",
                    self.timezone
                ),
            ));
        }
        if self.paginate_by == 0 {
            return Err(at("paginate_by", "`paginate_by` must be at least 1".into()));
        }
        for (key, name, value) in [
            ("archive_rows", "archive_rows", self.archive_rows),
            ("person_cards", "person_cards", self.person_cards),
            ("list_cards", "list_cards", self.list_cards),
            ("term_feeds", "term_feeds.limit", self.term_feeds.limit),
        ] {
            if value == 0 {
                return Err(at(key, format!("`{name}` must be at least 1")));
            }
        }
        if self.feed_limit == 0 {
            return Err(at("feed_limit", "`feed_limit` must be at least 1".into()));
        }
        if !(1..=50_000).contains(&self.sitemap_urls) {
            return Err(at(
                "sitemap_urls",
                "`sitemap_urls` must be between 1 and 50000 (the sitemap protocol's limit)".into(),
            ));
        }
        if self.summary_sentences == 0 {
            return Err(at(
                "summary_sentences",
                "`summary_sentences` must be at least 1".into(),
            ));
        }
        Ok(())
    }

    /// The time zone editions are cut in (validated at load).
    pub fn tz(&self) -> chrono_tz::Tz {
        self.timezone.parse().unwrap_or(chrono_tz::UTC)
    }
}

/// Checks a base URL and returns it with exactly one trailing slash.
pub fn normalise_base_url(url: &str) -> std::result::Result<String, String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            format!("base_url `{url}` must be an absolute http:// or https:// address")
        })?;
    let host = rest.split('/').next().unwrap_or("");
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(format!("base_url `{url}` has no host"));
    }
    if rest.contains(['?', '#']) {
        return Err(format!(
            "base_url `{url}` must not have a query or fragment"
        ));
    }
    Ok(format!("{}/", url.trim_end_matches('/')))
}

/// The resolved paths of a site.
#[derive(Debug, Clone)]
pub struct SitePaths {
    /// The site root (holding `site.yaml`).
    pub root: PathBuf,
    /// Where output is written.
    pub output: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(t: &str) -> Result<Config> {
        Config::parse(t, Path::new("site.yaml"))
    }

    #[test]
    fn defaults_fill_in() {
        let c = parse("title: T\nbase_url: https://x.org\n").unwrap();
        assert_eq!(c.paginate_by, 20);
        assert_eq!(c.archive_rows, 100);
        assert_eq!(c.person_cards, 10);
        assert_eq!(c.editions.cut, EditionKind::Daily);
        assert_eq!(c.editions.email_archive, Some(10));
        assert_eq!(c.article_pages, ArticlePages::Full);
        assert_eq!(c.term_feeds.entries, TermEntries::Summary);
        assert!(!c.term_feeds.json_feed);
        let c = parse("title: T\nterm_feeds: full\n").unwrap();
        assert_eq!(c.term_feeds.entries, TermEntries::Full);
        assert!(!c.term_feeds.json_feed);
        let e = parse("title: T\nterm_feeds: some\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("some") && e.contains("summary"), "{e}");
    }

    #[test]
    fn related_limit_defaults_to_three_and_names_a_misspelt_key() {
        assert_eq!(parse("title: T\n").unwrap().related.limit, 3);
        let c = parse("title: T\nrelated: {limit: 0}\n").unwrap();
        assert_eq!(c.related.limit, 0);
        let e = parse("title: T\nrelated:\n  limt: 3\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("site.yaml:3") && e.contains("unknown key `limt`") && e.contains("`limit`"),
            "{e}"
        );
    }

    #[test]
    fn editions_and_term_feeds_take_a_bare_value_or_a_mapping() {
        let c = parse("title: T\neditions: weekly\n").unwrap();
        assert_eq!(c.editions.cut, EditionKind::Weekly);
        assert_eq!(c.editions.email_archive, Some(10));
        let c = parse("title: T\neditions: {email_archive: 3}\n").unwrap();
        assert_eq!(c.editions.cut, EditionKind::Daily);
        assert!(c.editions.email_published(2) && !c.editions.email_published(3));
        let c = parse("title: T\neditions:\n  cut: weekly\n  email_archive: all\n").unwrap();
        assert_eq!(c.editions.cut, EditionKind::Weekly);
        assert!(c.editions.email_published(5000));
        let c = parse("title: T\neditions: {email_archive: 0}\n").unwrap();
        assert!(!c.editions.email_published(0));
        let c = parse("title: T\nterm_feeds: {json_feed: true}\n").unwrap();
        assert_eq!(c.term_feeds.entries, TermEntries::Summary);
        assert!(c.term_feeds.json_feed);
        let c = parse("title: T\nterm_feeds: {entries: full, json_feed: true}\n").unwrap();
        assert_eq!(c.term_feeds.entries, TermEntries::Full);
        let e = parse("title: T\neditions: {email_archive: some}\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("site.yaml:2:") && e.contains("`all`"), "{e}");
        let e = parse("title: T\neditions: {email_archive: -1}\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("-1"), "{e}");
        let e = parse("title: T\neditions:\n  cutt: weekly\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown key `cutt`; did you mean `cut`"), "{e}");
        let e = parse("title: T\nterm_feeds: {json: true}\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("did you mean `json_feed`"), "{e}");
        let e = parse("title: T\narchive_rows: 0\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("site.yaml:2:") && e.contains("`archive_rows`"),
            "{e}"
        );
        let e = parse("title: T\nperson_cards: 0\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("`person_cards` must be at least 1"), "{e}");
    }

    #[test]
    fn unknown_key_suggests() {
        let e = parse("title: T\npaginateby: 3\n").unwrap_err().to_string();
        assert!(
            e.starts_with("site.yaml:2:1: unknown key `paginateby`"),
            "{e}"
        );
        assert!(e.contains("did you mean `paginate_by`"), "{e}");
    }

    #[test]
    fn unknown_nested_key_suggests_from_section() {
        let e = parse("title: T\ndeploy:\n  branchh: x\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown key `branchh`; did you mean `branch`"),
            "{e}"
        );
        assert!(e.starts_with("site.yaml:3:"), "{e}");
    }

    #[test]
    fn bad_values_are_named() {
        let e = parse("title: T\ntimezone: Mars/Base\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("site.yaml:2: unknown time zone"), "{e}");
        let e = parse("title: T\nbase_url: example.com\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("must be an absolute"), "{e}");
        let e = parse("title: T\neditions: monthly\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("monthly") && e.contains("daily"), "{e}");
        let e = parse("description: d\n").unwrap_err().to_string();
        assert!(e.contains("`title` is required"), "{e}");
    }

    #[test]
    fn base_url_normalised() {
        assert_eq!(
            normalise_base_url("https://u.github.io/repo").unwrap(),
            "https://u.github.io/repo/"
        );
        assert!(normalise_base_url("ftp://x").is_err());
    }
}
