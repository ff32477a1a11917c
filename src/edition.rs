//! `newsdesk edition`: one edition printed for pasting into a newsletter tool, and
//! `newsdesk edition new` to scaffold an editor's intro.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::build::{BuildOptions, Builder};
use crate::config::Config;
use crate::content::intro;
use crate::error::{Error, Result};
use crate::render::{Renderer, templates};
use crate::site::{Site, editions};

/// What `newsdesk edition` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The digest as an HTML fragment (what the edition feeds carry).
    #[default]
    Html,
    /// The whole email: `email.html` with its CSS inlined.
    Email,
    /// The plain-text twin, `email.txt`.
    Text,
    /// Markdown.
    Markdown,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s {
            "html" => Ok(Format::Html),
            "email" => Ok(Format::Email),
            "text" => Ok(Format::Text),
            "markdown" => Ok(Format::Markdown),
            other => Err(format!(
                "unknown format `{other}`: use html, email, text or markdown"
            )),
        }
    }
}

/// The index of the edition `id` names (`latest` is the newest), or an error listing the
/// editions there are.
pub fn find(site: &Site, id: &str) -> Result<usize> {
    if site.editions.is_empty() {
        return Err(Error::Msg(
            "the site has no editions yet: publish an article first".into(),
        ));
    }
    if id == "latest" {
        return Ok(0);
    }
    site.editions
        .iter()
        .position(|e| e.id == id)
        .ok_or_else(|| {
            let ids: Vec<&str> = site.editions.iter().map(|e| e.id.as_str()).collect();
            Error::Msg(format!(
                "no edition `{id}`: the editions are (newest first) {}",
                ids.join(", ")
            ))
        })
}

/// Renders edition `id` (or `latest`) of the site `opts` describes in `format`.
pub fn render(opts: &BuildOptions, id: &str, format: Format) -> Result<String> {
    let site = Builder::new(opts.clone()).load_site()?;
    let e = find(&site, id)?;
    let mut tpl = templates::load(&opts.root, &site.config.theme)?;
    let r = Renderer::new(&site, &mut tpl);
    let ed = &site.editions[e];
    use crate::site::urls::{Loc, file};
    match format {
        Format::Html => r.digest_html(e, &file(Loc::Edition(&ed.id))),
        Format::Email => r.email_html(e, &file(Loc::EditionEmail(&ed.id))),
        Format::Text => r.email_text(e, &file(Loc::EditionText(&ed.id))),
        Format::Markdown => Ok(r.email_markdown(e)),
    }
}

/// Writes `content/editions/<id>.md` for edition `id`, or for the edition today falls in;
/// never overwrites. Returns the file written (relative to `root`).
pub fn new_intro(root: &Path, id: Option<&str>) -> Result<PathBuf> {
    let config = Config::load(root)?;
    let today = chrono::Utc::now().with_timezone(&config.tz()).date_naive();
    let id = match id {
        Some(id) => {
            if !intro::looks_like_id(id) {
                return Err(Error::Msg(format!(
                    "`{id}` is not an edition id: use e.g. 2024-07-27 (daily editions) or 2024-W30 (weekly)"
                )));
            }
            id.to_string()
        }
        None => editions::id_of(config.editions.cut, today),
    };
    let rel = intro::intro_path(&id);
    let file = root.join(&rel);
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    let (interface, _) = crate::i18n::Interface::load(root, &config.theme, &config.language)?;
    let title =
        editions::title_of(config.editions.cut, &id, &interface).unwrap_or_else(|| id.clone());
    let mut f = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&file)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(Error::Msg(format!(
                "{} already exists: edit it (newsdesk never overwrites an intro)",
                rel.display()
            )));
        }
        Err(e) => return Err(Error::io(&rel, e)),
    };
    f.write_all(intro::scaffold(&title).as_bytes())
        .map_err(|e| Error::io(&rel, e))?;
    Ok(rel)
}
