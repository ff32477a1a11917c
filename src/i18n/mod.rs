//! The interface language: every word the theme prints, from translation files in Project
//! Fluent's format (the theme's `i18n/<lang>.ftl`, overridden by the site's `i18n/`), with
//! CLDR plural rules, and dates and numbers as the site's language writes them.
//!
//! Adding a language is one file: `i18n/<lang>.ftl` with the messages of `en.ftl`.

pub mod catalog;
pub mod locale;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentValue};
use include_dir::{Dir, include_dir};

use crate::error::{Error, Located, Result};
use catalog::{Catalog, Source};
use locale::LocaleFormat;

/// The default theme's translations, compiled in like its templates.
static DEFAULT_I18N: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default/i18n");

/// The folder of a site's own translation files.
pub const SITE_DIR: &str = "i18n";

/// A value for a message's variable.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    /// Text, placed as it is.
    Str(Cow<'a, str>),
    /// A number: written with the locale's digits; it also picks the plural form.
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}

/// The site's interface language: messages, plural rules, dates and numbers.
pub struct Interface {
    language: String,
    catalog: Catalog,
    format: LocaleFormat,
    fingerprint: u64,
}

impl Interface {
    /// The interface of a site whose language is `language`: the translations of `theme`
    /// (its `i18n/` folder over the built-in ones) and of the site's `i18n/` folder under
    /// `root`. A language with no file, or a file lacking messages, is a warning listing
    /// the messages shown in English; an invalid file is an error naming its line.
    pub fn load(root: &Path, theme: &str, language: &str) -> Result<(Interface, Vec<Located>)> {
        let mut sources = builtin_sources();
        read_dir(
            &root.join("themes").join(theme).join("i18n"),
            root,
            &mut sources,
        )?;
        read_dir(&root.join(SITE_DIR), root, &mut sources)?;
        let interface = Interface::from_sources(language, &sources)?;
        let mut warnings = Vec::new();
        let missing = &interface.catalog.missing;
        if !missing.is_empty() {
            let lead = if interface.catalog.has_file {
                format!(
                    "{} interface string{} not translated into `{language}`, shown in English",
                    missing.len(),
                    if missing.len() == 1 { " is" } else { "s are" }
                )
            } else {
                format!(
                    "no translation into `{language}` (neither the theme nor i18n/ has {language}.ftl): the interface is in English"
                )
            };
            warnings.push(Located {
                path: PathBuf::from(SITE_DIR).join(format!("{language}.ftl")),
                line: 0,
                column: 0,
                message: format!("{lead}; missing: {}", missing.join(", ")),
            });
        }
        Ok((interface, warnings))
    }

    /// The built-in translations alone (no site or theme folder), for models built in
    /// memory. The built-in files are tested, so this cannot fail.
    pub fn builtin(language: &str) -> Interface {
        Interface::from_sources(language, &builtin_sources()).expect("built-in translations parse")
    }

    fn from_sources(language: &str, sources: &[Source]) -> Result<Interface> {
        let mut hasher = xxhash_rust::xxh3::Xxh3::new();
        for part in std::iter::once(language).chain(
            sources
                .iter()
                .flat_map(|s| [s.language.as_str(), s.text.as_str()]),
        ) {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        Ok(Interface {
            language: language.to_string(),
            catalog: Catalog::new(language, sources)?,
            format: LocaleFormat::new(language),
            fingerprint: hasher.digest(),
        })
    }

    /// The site's language tag.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// `rtl` for a language written right to left, else `ltr`.
    pub fn dir(&self) -> &'static str {
        if crate::lang::is_rtl(&self.language) {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// A hash of the language and every translation file: pages change when it does.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    /// Message ids (those of English, which every language falls back to).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.catalog.ids()
    }

    /// Message `id` with `args`; `None` when no translation file has it.
    pub fn try_text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
        if args.is_empty() {
            return self.catalog.format(id, None);
        }
        let mut fa = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match value {
                Arg::Str(s) => fa.set(*name, FluentValue::from(s.as_ref())),
                Arg::Num(n) => fa.set(*name, FluentValue::from(*n)),
            }
        }
        self.catalog.format(id, Some(&fa))
    }

    /// Message `id` with `args`. The built-in messages Rust code asks for exist in `en.ftl`
    /// (a test checks every one), so a missing one shows its id rather than failing.
    pub fn text(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.try_text(id, args).unwrap_or_else(|| id.to_string())
    }

    /// Message `id` for a count (`$count`): "1 article", "5 articles", "21 статья".
    pub fn count(&self, id: &str, n: usize) -> String {
        self.text(id, &[("count", Arg::from(n))])
    }

    /// Message `id` in each CLDR plural form of the site's language, for a script that
    /// counts in the browser (which picks the form with `Intl.PluralRules`): the form's name
    /// (`one`, `few`, `other`, …) and its text with `{n}` where the count goes. `None` when
    /// no translation file has the message.
    pub fn plural_forms(
        &self,
        id: &str,
        args: &[(&str, Arg<'_>)],
    ) -> Option<Vec<(&'static str, String)>> {
        use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
        let name = |c: &PluralCategory| match c {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        };
        let langid: unic_langid::LanguageIdentifier = crate::lang::primary(&self.language)
            .parse()
            .unwrap_or_default();
        // A number of each form, the first from 2 up where there is one: a translation may
        // give 0 or 1 words of their own ("No articles", "One article") in a wider form.
        let mut samples: Vec<(&'static str, usize)> = Vec::new();
        match PluralRules::create(langid, PluralRuleType::CARDINAL) {
            Ok(rules) => {
                for n in (2..=200).chain(0..2) {
                    let Ok(c) = rules.select(n) else { continue };
                    let form = name(&c);
                    if !samples.iter().any(|(k, _)| *k == form) {
                        samples.push((form, n));
                    }
                }
            }
            Err(_) => samples.push(("other", 5)),
        }
        let mut forms = Vec::with_capacity(samples.len());
        for (form, n) in samples {
            let mut with_count: Vec<(&str, Arg<'_>)> = args.to_vec();
            with_count.push(("count", Arg::from(n)));
            let text = self.try_text(id, &with_count)?;
            let written = self.number(n);
            forms.push((form, text.replacen(&written, "{n}", 1)));
        }
        Some(forms)
    }

    /// "27 July 2024" in the site's language.
    pub fn date(&self, d: NaiveDate) -> String {
        self.format.date(d)
    }

    /// Dates and numbers in the site's language.
    pub fn locale(&self) -> &LocaleFormat {
        &self.format
    }

    /// An integer with the locale's digits and grouping.
    pub fn number(&self, n: usize) -> String {
        self.format.number(n as i64)
    }
}

impl std::fmt::Debug for Interface {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Interface")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

/// The languages the default theme ships, by file name.
pub fn builtin_languages() -> Vec<String> {
    builtin_sources().into_iter().map(|s| s.language).collect()
}

fn builtin_sources() -> Vec<Source> {
    DEFAULT_I18N
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
        .filter_map(|f| {
            Some(Source {
                language: f.path().file_stem()?.to_string_lossy().into_owned(),
                text: f.contents_utf8()?.to_string(),
                origin: Path::new("themes/default (built in)/i18n").join(f.path()),
            })
        })
        .collect()
}

/// Adds every `<lang>.ftl` of `dir` (if it exists) to `out`, sorted by name.
fn read_dir(dir: &Path, root: &Path, out: &mut Vec<Source>) -> Result<()> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(dir, e)),
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl") && p.is_file())
        .collect();
    files.sort();
    for path in files {
        let shown = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        let bytes = std::fs::read(&path).map_err(|e| Error::io(&shown, e))?;
        let text = String::from_utf8(bytes).map_err(|_| Error::at(&shown, 0, 0, "not UTF-8"))?;
        let language = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        crate::lang::validate(&language).map_err(|_| {
            Error::at(
                &shown,
                0,
                0,
                format!(
                    "`{language}.ftl` is not named for a language: name translation files by language code, e.g. de.ftl or pt-BR.ftl"
                ),
            )
        })?;
        out.push(Source {
            language,
            text,
            origin: shown,
        });
    }
    Ok(())
}
