//! Translation files in Project Fluent's format (`.ftl`), one per language: the theme's,
//! overridden message by message by the site's own `i18n/` folder, with English beneath
//! every other language for the messages a file lacks.

use std::collections::BTreeSet;
use std::path::PathBuf;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::locale::LocaleFormat;
use crate::error::{Error, Result};

/// One translation file: its language (the file stem, `de` or `pt-BR`), text and origin.
#[derive(Debug, Clone)]
pub struct Source {
    /// The language tag its name gives.
    pub language: String,
    /// The Fluent text.
    pub text: String,
    /// Where it came from, for error messages.
    pub origin: PathBuf,
}

/// The messages of one site language, with English beneath.
pub struct Catalog {
    local: Option<Layer>,
    english: Layer,
    /// Messages English has and the site's language lacks, sorted.
    pub missing: Vec<String>,
    /// Whether any file (theme or site) is written for the site's language.
    pub has_file: bool,
}

struct Layer {
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
}

impl Catalog {
    /// Builds the catalog of `language` from `sources` (theme files first, then the site's,
    /// which override them). A file that is not valid Fluent is an error naming its line.
    pub fn new(language: &str, sources: &[Source]) -> Result<Catalog> {
        let english = layer("en", sources, &["en"])?;
        let primary = crate::lang::primary(language);
        let local = if primary == "en" && !language.contains('-') {
            None
        } else {
            // `pt-BR` reads pt.ftl, then pt-BR.ftl over it.
            let mut chain = vec![primary.as_str()];
            if !language.eq_ignore_ascii_case(&primary) {
                chain.push(language);
            }
            Some(layer(language, sources, &chain)?)
        };
        let has_file = local.as_ref().is_some_and(|l| !l.ids.is_empty()) || primary == "en";
        let missing = match &local {
            Some(l) if primary != "en" => english.ids.difference(&l.ids).cloned().collect(),
            _ => Vec::new(),
        };
        Ok(Catalog {
            local,
            english,
            missing,
            has_file,
        })
    }

    /// Every message id English has.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.english.ids.iter().map(String::as_str)
    }

    /// Formats message `id` with `args` in the site's language, else in English; `None`
    /// when no file has it. Fluent's own errors (a missing variable) leave the rest intact.
    pub fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let layer = self
            .local
            .as_ref()
            .filter(|l| l.ids.contains(id))
            .unwrap_or(&self.english);
        let message = layer.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        Some(
            layer
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }
}

/// A bundle of `chain`'s files in order (later wins), theme files before site files.
fn layer(language: &str, sources: &[Source], chain: &[&str]) -> Result<Layer> {
    let langid: LanguageIdentifier = language
        .parse()
        .or_else(|_| crate::lang::primary(language).parse())
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks around placeables would end up in titles, feeds and emails; the
    // page's and each card's `dir` already isolate text of the other direction.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    let mut ids = BTreeSet::new();
    for want in chain {
        for source in sources
            .iter()
            .filter(|s| s.language.eq_ignore_ascii_case(want))
        {
            let resource = parse(source)?;
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    ids.insert(m.id.name.to_string());
                }
            }
            bundle.add_resource_overriding(resource);
        }
    }
    Ok(Layer { bundle, ids })
}

fn parse(source: &Source) -> Result<FluentResource> {
    FluentResource::try_new(source.text.clone()).map_err(|(_, errors)| {
        let e = &errors[0];
        let (line, column) = line_column(&source.text, e.pos.start);
        Error::at(
            &source.origin,
            line,
            column,
            format!("not valid Fluent: {e}"),
        )
    })
}

/// The 1-based line and column (in characters) of byte `offset`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Fluent numbers in the locale's digits and grouping (`NUMBER($n, useGrouping: "false")`
/// turns grouping off); the plural category is chosen from the number itself.
fn format_number(
    value: &FluentValue<'_>,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, options }) = value else {
        return None;
    };
    memo.with_try_get::<LocaleFormat, _, _>((), |f| f.decimal(*value, options.use_grouping))
        .ok()
}

impl intl_memoizer::Memoizable for LocaleFormat {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> std::result::Result<Self, ()> {
        Ok(LocaleFormat::new(&lang.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(language: &str, text: &str) -> Source {
        Source {
            language: language.into(),
            text: text.into(),
            origin: PathBuf::from(format!("i18n/{language}.ftl")),
        }
    }

    #[test]
    fn site_files_override_and_english_fills_gaps() {
        let sources = [
            src("en", "a = A\nb = B\nc = C\n"),
            src("de", "a = A-de\nb = B-de\n"),
            src("de", "b = B-site\n"),
        ];
        let c = Catalog::new("de", &sources).unwrap();
        assert_eq!(c.format("a", None).as_deref(), Some("A-de"));
        assert_eq!(c.format("b", None).as_deref(), Some("B-site"));
        assert_eq!(c.format("c", None).as_deref(), Some("C"));
        assert_eq!(c.missing, ["c"]);
        assert!(c.format("nope", None).is_none());
    }

    #[test]
    fn regional_files_sit_over_the_language() {
        let sources = [
            src("en", "a = A\nb = B\n"),
            src("pt", "a = A-pt\nb = B-pt\n"),
            src("pt-BR", "b = B-br\n"),
        ];
        let c = Catalog::new("pt-BR", &sources).unwrap();
        assert_eq!(c.format("a", None).as_deref(), Some("A-pt"));
        assert_eq!(c.format("b", None).as_deref(), Some("B-br"));
        assert!(c.missing.is_empty());
    }

    #[test]
    fn plurals_and_numbers_follow_the_language() {
        let sources = [src(
            "de",
            "n = { $count ->\n    [one] { $count } Artikel\n   *[other] { $count } Artikel (viele)\n}\n",
        )];
        let c = Catalog::new("de", &sources).unwrap();
        let mut args = FluentArgs::new();
        args.set("count", 12345);
        assert_eq!(
            c.format("n", Some(&args)).as_deref(),
            Some("12.345 Artikel (viele)")
        );
    }

    #[test]
    fn a_syntax_error_names_file_line_and_column() {
        let e = Catalog::new("de", &[src("de", "a = ok\nb = { $x\nc = fine\n")])
            .err()
            .unwrap()
            .to_string();
        assert!(e.starts_with("i18n/de.ftl:3:1: not valid Fluent"), "{e}");
    }
}
