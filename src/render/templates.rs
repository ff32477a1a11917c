//! The Tera environment: the theme's templates (embedded default or `themes/<name>/`),
//! overridden by file name from the site's own `templates/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use tera::Tera;

use super::statics::{ListedStatic, StaticFile};
use crate::error::{Error, Result, TemplateError};

/// The default theme, compiled in so a site without a `themes/` folder still builds.
static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// Templates a theme may lack because they came later: the sitemap index (sites past
/// 50,000 URLs).
const LATER_TEMPLATES: &[&str] = &["sitemap_index.xml"];

/// Where a template or static file came from (for error messages).
#[derive(Debug, Clone)]
pub struct Origin(pub PathBuf);

/// The theme and site files a build renders with.
pub struct Templates {
    /// Ready-to-render Tera.
    pub tera: Tera,
    /// Static files to copy: output-relative path → file (theme first, site `static/` over it).
    pub statics: BTreeMap<String, StaticFile>,
    /// Where each template came from.
    pub origins: BTreeMap<String, Origin>,
    /// A hash of every template's name and source: any change re-renders every page.
    pub fingerprint: u64,
}

impl Templates {
    /// A copy for a renderer that writes no static files (the search index's), made without
    /// loading again: a load lists `static/` (every picture of the site) and compiles every
    /// template.
    pub fn without_statics(&self) -> Templates {
        Templates {
            tera: self.tera.clone(),
            statics: BTreeMap::new(),
            origins: self.origins.clone(),
            fingerprint: self.fingerprint,
        }
    }
}

/// Loads the theme and the site's overrides and compiles them.
pub fn load(root: &Path, theme: &str) -> Result<Templates> {
    load_listed(root, theme, None)
}

/// [`load`], with the site's `static/` files as a walk of the site just found them (plain
/// files, not links, not hidden), when there is such a walk: the folder is not listed again.
pub fn load_listed(
    root: &Path,
    theme: &str,
    site_statics: Option<Vec<ListedStatic>>,
) -> Result<Templates> {
    let mut sources: BTreeMap<String, (String, Origin)> = BTreeMap::new();
    let mut statics: BTreeMap<String, StaticFile> = BTreeMap::new();
    let theme_dir = root.join("themes").join(theme);
    if theme_dir.is_dir() {
        read_tree(
            &theme_dir.join("templates"),
            root,
            &mut |name, bytes, origin| {
                sources.insert(name, (text(bytes, &origin)?, origin));
                Ok(())
            },
        )?;
        list_tree(&theme_dir.join("static"), &mut |name, path, meta| {
            statics.insert(name, StaticFile::on_disk(path, meta));
        })?;
    } else if theme == "default" {
        embedded(&DEFAULT_THEME, &mut sources, &mut statics)?;
    } else {
        return Err(Error::Msg(format!(
            "theme `{theme}` not found: no folder {} (use `theme: default` or add the theme there)",
            theme_dir.display()
        )));
    }
    read_tree(&root.join("templates"), root, &mut |name, bytes, origin| {
        sources.insert(name, (text(bytes, &origin)?, origin));
        Ok(())
    })?;
    // Templates newsdesk added after themes were written come from the default theme when a
    // theme lacks them, so an older theme still builds every page.
    for name in LATER_TEMPLATES {
        if !sources.contains_key(*name)
            && let Some(f) = DEFAULT_THEME.get_file(format!("templates/{name}"))
        {
            let origin = Origin(Path::new("themes/default (built in)/templates").join(name));
            sources.insert(
                name.to_string(),
                (text(f.contents().to_vec(), &origin)?, origin),
            );
        }
    }
    match site_statics {
        Some(listed) => {
            let dir = root.join("static");
            for file in listed {
                let path = dir.join(&file.name);
                statics.insert(file.name, StaticFile::listed(path, file.settled));
            }
        }
        None => list_tree(&root.join("static"), &mut |name, path, meta| {
            statics.insert(name, StaticFile::on_disk(path, meta));
        })?,
    }
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".htm", ".xml"]);
    // Tera checks function names when it compiles; the renderer registers the site's own `t`.
    super::translate::register_placeholder(&mut tera);
    tera.register_filter(
        "og_locale",
        |tag: &str, _: tera::Kwargs, _: &tera::State| crate::i18n::locale::og_locale(tag),
    );
    let origins: BTreeMap<String, Origin> = sources
        .iter()
        .map(|(k, (_, o))| (k.clone(), o.clone()))
        .collect();
    tera.add_raw_templates(sources.iter().map(|(k, (s, _))| (k.as_str(), s.as_str())))
        .map_err(|e| template_error(&e, &origins))?;
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for (name, (source, _)) in &sources {
        for part in [name.as_bytes(), source.as_bytes()] {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part);
        }
    }
    Ok(Templates {
        tera,
        statics,
        origins,
        fingerprint: hasher.digest(),
    })
}

fn embedded(
    dir: &Dir<'static>,
    sources: &mut BTreeMap<String, (String, Origin)>,
    statics: &mut BTreeMap<String, StaticFile>,
) -> Result<()> {
    fn walk(dir: &Dir<'static>, out: &mut Vec<&'static include_dir::File<'static>>) {
        out.extend(dir.files());
        for d in dir.dirs() {
            walk(d, out);
        }
    }
    let mut files = Vec::new();
    walk(dir, &mut files);
    for f in files {
        let path = f.path().to_string_lossy().replace('\\', "/");
        let origin = Origin(Path::new("themes/default (built in)").join(&path));
        if let Some(name) = path.strip_prefix("templates/") {
            sources.insert(
                name.to_string(),
                (text(f.contents().to_vec(), &origin)?, origin),
            );
        } else if let Some(name) = path.strip_prefix("static/") {
            statics.insert(name.to_string(), StaticFile::built_in(f.contents()));
        }
    }
    Ok(())
}

fn text(bytes: Vec<u8>, origin: &Origin) -> Result<String> {
    String::from_utf8(bytes).map_err(|_| Error::at(&origin.0, 0, 0, "not UTF-8"))
}

/// Calls `f(name, bytes, origin)` for every file under `dir` (names use `/`); missing dir is fine.
fn read_tree(
    dir: &Path,
    root: &Path,
    f: &mut dyn FnMut(String, Vec<u8>, Origin) -> Result<()>,
) -> Result<()> {
    let mut files = Vec::new();
    list_tree(dir, &mut |name, path, _| {
        files.push((name, path.to_path_buf()))
    })?;
    for (name, path) in files {
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        let shown = path.strip_prefix(root).unwrap_or(&path);
        f(name, bytes, Origin(shown.to_path_buf()))?;
    }
    Ok(())
}

/// Calls `f(name, path, metadata)` for every file under `dir` but hidden ones, in name order
/// (names use `/`); a missing dir is fine. Nothing is read.
fn list_tree(dir: &Path, f: &mut dyn FnMut(String, &Path, &std::fs::Metadata)) -> Result<()> {
    if !dir.is_dir() {
        return Ok(());
    }
    list_folder(dir, "", f)
}

/// Lists the files of `dir` (`rel` under the listed tree) and of its subfolders, each
/// stat-ed through its folder's listing (`statx` relative to the open folder, one path
/// component to look up: a site's `static/` may hold thousands of pictures). Links and
/// hidden files are left out.
fn list_folder(
    dir: &Path,
    rel: &str,
    f: &mut dyn FnMut(String, &Path, &std::fs::Metadata),
) -> Result<()> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)
        .and_then(|list| list.collect())
        .map_err(|e| Error::io(dir, e))?;
    // Each name is taken once: sorting by `DirEntry::file_name` makes a new string per
    // comparison (20,000 for a folder of 1,000 pictures).
    let mut entries: Vec<(std::ffi::OsString, std::fs::DirEntry)> =
        entries.into_iter().map(|e| (e.file_name(), e)).collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (file_name, entry) in entries {
        let file_name = file_name.to_string_lossy();
        let name = match rel {
            "" => file_name.to_string(),
            _ => format!("{rel}/{file_name}"),
        };
        let kind = entry.file_type().map_err(|e| Error::io(&entry.path(), e))?;
        if kind.is_dir() {
            list_folder(&entry.path(), &name, f)?;
        } else if kind.is_file() && !file_name.starts_with('.') {
            let meta = entry.metadata().map_err(|e| Error::io(&entry.path(), e))?;
            f(name, &entry.path(), &meta);
        }
    }
    Ok(())
}

/// Turns a Tera error into one that names the template file, line and column.
pub fn template_error(e: &tera::Error, origins: &BTreeMap<String, Origin>) -> Error {
    let located = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    Error::Template(match located {
        Some(r) => {
            let file = origins
                .get(r.filename())
                .map(|o| o.0.clone())
                .unwrap_or_else(|| PathBuf::from(r.filename()));
            let span = r.span();
            // Tera's report repeats the message on its first line; keep only the snippet.
            let report = e.to_string();
            let snippet = report.split_once('\n').map(|x| x.1).unwrap_or("");
            TemplateError {
                at: Some((file, span.start_line, span.start_col + 1)),
                message: r.message().to_string(),
                snippet: snippet.to_string(),
            }
        }
        None => TemplateError {
            at: None,
            message: e.to_string(),
            snippet: String::new(),
        },
    })
}
