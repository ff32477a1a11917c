//! `editions:` and `term_feeds:` take a bare value (`weekly`, `full`) or a mapping with more
//! keys, so the short form every existing `site.yaml` uses keeps working.

use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, Visitor};

use super::{EditionKind, Editions, TermEntries, TermFeeds};

/// The mapping form of `editions:`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionsMap {
    #[serde(default)]
    cut: EditionKind,
    #[serde(default = "default_email_archive")]
    email_archive: EmailArchive,
}

fn default_email_archive() -> EmailArchive {
    EmailArchive(Editions::default().email_archive)
}

/// The mapping form of `term_feeds:`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermFeedsMap {
    #[serde(default)]
    entries: TermEntries,
    #[serde(default)]
    json_feed: bool,
    #[serde(default = "default_term_limit")]
    limit: usize,
}

fn default_term_limit() -> usize {
    TermFeeds::default().limit
}

/// `email_archive:` a count of editions, or `all`.
struct EmailArchive(Option<usize>);

impl<'de> Deserialize<'de> for EmailArchive {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = EmailArchive;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number of editions (0 or more) or `all`")
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<EmailArchive, E> {
                Ok(EmailArchive(Some(usize::try_from(n).unwrap_or(usize::MAX))))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<EmailArchive, E> {
                u64::try_from(n)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(n), &self))
                    .and_then(|n| self.visit_u64(n))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<EmailArchive, E> {
                match s {
                    "all" => Ok(EmailArchive(None)),
                    _ => Err(E::invalid_value(de::Unexpected::Str(s), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// A bare value read as `S`, or a mapping read as `M`.
enum Form<S, M> {
    Bare(S),
    Map(M),
}

struct FormVisitor<S, M>(PhantomData<(S, M)>, &'static str);

impl<'de, S: Deserialize<'de>, M: Deserialize<'de>> Visitor<'de> for FormVisitor<S, M> {
    type Value = Form<S, M>;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(self.1)
    }
    fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
        S::deserialize(s.into_deserializer()).map(Form::Bare)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        M::deserialize(de::value::MapAccessDeserializer::new(map)).map(Form::Map)
    }
}

fn form<'de, D, S, M>(d: D, expecting: &'static str) -> Result<Form<S, M>, D::Error>
where
    D: Deserializer<'de>,
    S: Deserialize<'de>,
    M: Deserialize<'de>,
{
    d.deserialize_any(FormVisitor(PhantomData, expecting))
}

impl<'de> Deserialize<'de> for Editions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(
            match form::<D, EditionKind, EditionsMap>(
                d,
                "`daily`, `weekly` or a mapping with `cut` and `email_archive`",
            )? {
                Form::Bare(cut) => Editions {
                    cut,
                    ..Editions::default()
                },
                Form::Map(m) => Editions {
                    cut: m.cut,
                    email_archive: m.email_archive.0,
                },
            },
        )
    }
}

impl<'de> Deserialize<'de> for TermFeeds {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(
            match form::<D, TermEntries, TermFeedsMap>(
                d,
                "`summary`, `full` or a mapping with `entries`, `json_feed` and `limit`",
            )? {
                Form::Bare(entries) => TermFeeds {
                    entries,
                    ..TermFeeds::default()
                },
                Form::Map(m) => TermFeeds {
                    entries: m.entries,
                    json_feed: m.json_feed,
                    limit: m.limit,
                },
            },
        )
    }
}
