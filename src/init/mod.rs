//! `newsdesk init`: scaffolds a new site that builds at once. Never overwrites a file.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::i18n::Interface;

const SITE_YAML: &str = include_str!("scaffold/site.yaml");
const ARTICLE: &str = include_str!("scaffold/article.md");
const PEOPLE: &str = include_str!("scaffold/people.yaml");
const PLACES: &str = include_str!("scaffold/places.yaml");
const REGIONS: &str = include_str!("scaffold/regions.yaml");
const GITIGNORE: &str = include_str!("scaffold/gitignore");
const TEMPLATES_NOTE: &str = include_str!("scaffold/templates-README.md");

/// What `init` did.
#[derive(Debug, Clone, Default)]
pub struct InitReport {
    /// Files written, relative to the site folder, in the order written.
    pub created: Vec<PathBuf>,
    /// Files that already existed and were left as they were (only with `force`).
    pub kept: Vec<PathBuf>,
}

/// The files of a new English site, relative to its folder; the example article is dated
/// `today`.
pub fn scaffold(today: NaiveDate) -> Vec<(PathBuf, String)> {
    scaffold_in(today, "en")
}

/// The files of a new site in `language` (a checked language tag): its `site.yaml` says
/// so, the welcome article is written in it (from the theme's translations, English when
/// it has none) and `i18n/<language>.ftl` shows how to change an interface string.
pub fn scaffold_in(today: NaiveDate, language: &str) -> Vec<(PathBuf, String)> {
    let article = today.format("content/%Y/%m/welcome-to-your-news-digest.md");
    let date = today.format("%Y-%m-%d").to_string();
    let ui = Interface::builtin(language);
    let english = crate::lang::primary(language) == "en";
    let welcome = if english {
        ARTICLE.replace("{DATE}", &date)
    } else {
        localised_article(&ui, &date)
    };
    vec![
        (
            "site.yaml".into(),
            SITE_YAML.replace("\nlanguage: en\n", &format!("\nlanguage: {language}\n")),
        ),
        (PathBuf::from(article.to_string()), welcome),
        ("data/people.yaml".into(), PEOPLE.to_string()),
        ("data/places.yaml".into(), PLACES.to_string()),
        ("data/regions.yaml".into(), REGIONS.to_string()),
        ("templates/README.md".into(), TEMPLATES_NOTE.to_string()),
        (".gitignore".into(), GITIGNORE.to_string()),
        (
            PathBuf::from(format!("i18n/{language}.ftl")),
            i18n_example(&ui, language),
        ),
    ]
}

/// The welcome article in the interface's language.
fn localised_article(ui: &Interface, date: &str) -> String {
    let q = |id: &str| serde_json::to_string(&ui.text(id, &[])).unwrap_or_default();
    let body = ui.text("init-body", &[("language", ui.language().into())]);
    format!(
        "---\ntitle: {}\ndate: {date}\nsource: newsdesk\nsummary: {}\nnote: {}\npeople: [Ada Lovelace]\nplaces: [London, United Kingdom]\ntags: [getting-started]\n---\n\n{body}\n",
        q("init-title"),
        q("init-summary"),
        q("init-note"),
    )
}

/// `i18n/<language>.ftl`: comments only (so it changes nothing), with two of the theme's
/// messages as they stand, ready to uncomment and edit.
fn i18n_example(ui: &Interface, language: &str) -> String {
    let mut out = format!(
        "# Interface strings of this site in `{language}`. A message here replaces the theme's\n\
         # message of the same id; every id is in the theme's en.ftl (docs/i18n.md lists them).\n\
         # Remove the `# ` before a line to use it, then edit the text after `=`.\n#\n"
    );
    for id in ["nav-editions", "latest-edition"] {
        out.push_str(&format!("# {id} = {}\n", ui.text(id, &[])));
    }
    out
}

/// Scaffolds a site in `dir` (created if missing). A folder with anything in it is refused
/// unless `force`; even then, existing files are kept as they are and only missing ones written.
pub fn init(dir: &Path, force: bool, today: NaiveDate) -> Result<InitReport> {
    init_in(dir, force, today, "en")
}

/// [`init`] for a site in `language` (an ISO 639-1 code, optionally with subtags).
pub fn init_in(dir: &Path, force: bool, today: NaiveDate, language: &str) -> Result<InitReport> {
    crate::lang::validate(language).map_err(|m| Error::Msg(format!("--language: {m}")))?;
    match fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() && !force {
                return Err(Error::Msg(format!(
                    "{} is not empty: refusing to scaffold a site into it (pass --force to add \
                     the missing files; existing files are never overwritten)",
                    dir.display()
                )));
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            return Err(Error::Msg(format!(
                "{} exists and is not a folder",
                dir.display()
            )));
        }
        Err(e) => return Err(Error::io(dir, e)),
    }
    let mut report = InitReport::default();
    for (rel, text) in scaffold_in(today, language) {
        let path = dir.join(&rel);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        // create_new: a file that appears between our check and the write is still kept.
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(text.as_bytes())
                    .map_err(|e| Error::io(&path, e))?;
                report.created.push(rel);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => report.kept.push(rel),
            Err(e) => return Err(Error::io(&path, e)),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::content::parse_article;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()
    }

    #[test]
    fn scaffold_parses() {
        let files = scaffold(day());
        let (_, site) = &files[0];
        let c = Config::parse(site, Path::new("site.yaml")).unwrap();
        assert_eq!(c.base_url, "https://example.org/");
        let (path, text) = &files[1];
        assert_eq!(
            path,
            Path::new("content/2026/03/welcome-to-your-news-digest.md")
        );
        let a = parse_article(text, path, chrono_tz::UTC).unwrap();
        assert_eq!(a.local_date, day());
        // The data files load as the build loads them: commented out, they add nothing.
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in &files[2..5] {
            let full = dir.path().join(path);
            fs::create_dir_all(full.parent().unwrap()).unwrap();
            fs::write(full, text).unwrap();
        }
        let r = crate::enrich::Registry::load(dir.path()).unwrap();
        assert!(r.is_empty());
    }

    #[test]
    fn refuses_non_empty_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("site.yaml"), "title: Mine\n").unwrap();
        let e = init(dir.path(), false, day()).unwrap_err().to_string();
        assert!(e.contains("is not empty"), "{e}");
        assert!(!dir.path().join("content").exists());
        let r = init(dir.path(), true, day()).unwrap();
        assert_eq!(r.kept, [PathBuf::from("site.yaml")]);
        // Article, registry examples, .gitignore, templates/ README and the i18n/ example.
        assert_eq!(r.created.len(), 7, "{:?}", r.created);
        assert!(
            r.created.iter().any(|p| p.starts_with("i18n")),
            "{:?}",
            r.created
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("site.yaml")).unwrap(),
            "title: Mine\n"
        );
    }
}
