//! The feed reader: each RSS, Atom or JSON Feed entry becomes a draft (full content when the
//! feed carries it, else its summary, flagged partial).

use feed_rs::model::{Entry, Feed};
use rayon::prelude::*;

use super::clean::Cleaner;
use super::links::Base;
use super::{Draft, html, lead_image, text, write};

/// A feed entry with what identifies it across runs.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    /// The entry's id or guid (feed-rs derives one when the feed gives none).
    pub id: String,
    /// The draft; `body` is empty (and `partial` set) for an entry with only a title and link.
    pub draft: Draft,
}

/// A whole feed as read for `newsdesk fetch`.
#[derive(Debug, Clone)]
pub struct ReadFeed {
    /// The feed's title.
    pub title: Option<String>,
    /// Every entry with text or a link, in feed order.
    pub entries: Vec<FeedEntry>,
}

/// Parses a feed into drafts, one per entry with text; a malformed feed is one clear error.
pub fn read(xml: &str, cleaner: &Cleaner) -> Result<Vec<Draft>, String> {
    let (_, drafts) = parse(xml.as_bytes(), cleaner, false)?;
    let drafts: Vec<Draft> = drafts.into_iter().map(|e| e.draft).collect();
    if drafts.is_empty() {
        return Err("no feed entry has any text".into());
    }
    Ok(drafts)
}

/// Parses feed bytes (any encoding the XML declares) keeping entries that have only a
/// title and link, whose text a caller can fetch from the page.
pub fn read_entries(bytes: &[u8], cleaner: &Cleaner) -> Result<ReadFeed, String> {
    let (title, entries) = parse(bytes, cleaner, true)?;
    Ok(ReadFeed { title, entries })
}

/// The feed as UTF-8 with a declaration that says so. feed-rs decodes by the XML
/// declaration, so text already decoded (ingest reads files as text) that still declares
/// `ISO-8859-1` came out double-decoded ("FÃ¶rderung"); bytes in a declared encoding are
/// decoded here once instead.
fn as_utf8(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    use std::borrow::Cow;
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    let head = &bytes[start..];
    let Some(end) = head
        .starts_with(b"<?xml")
        .then(|| head.windows(2).take(400).position(|w| w == b"?>"))
        .flatten()
    else {
        return Cow::Borrowed(bytes);
    };
    let decl = String::from_utf8_lossy(&head[..end]);
    let Some(at) = decl.find("encoding") else {
        return Cow::Borrowed(bytes);
    };
    let rest = decl[at + "encoding".len()..].trim_start_matches([' ', '=', '"', '\'']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    let encoding = encoding_rs::Encoding::for_label(label.as_bytes());
    if label.is_empty() || encoding == Some(encoding_rs::UTF_8) {
        return Cow::Borrowed(bytes);
    }
    // Valid UTF-8 under another declaration is text decoded already (or mislabelled);
    // anything else is in the declared encoding, when that is one encoding_rs knows.
    let text = match (std::str::from_utf8(bytes), encoding) {
        (Ok(s), _) => Cow::Borrowed(s),
        (Err(_), Some(encoding)) => encoding.decode_without_bom_handling(bytes).0,
        (Err(_), None) => return Cow::Borrowed(bytes),
    };
    let decl_start = text.find("<?xml").unwrap_or(0);
    let decl_end = text[decl_start..]
        .find("?>")
        .map_or(decl_start, |e| decl_start + e);
    let fixed = text[decl_start..decl_end].replacen(&label, "UTF-8", 1);
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..decl_start]);
    out.push_str(&fixed);
    out.push_str(&text[decl_end..]);
    Cow::Owned(out.into_bytes())
}

fn parse(
    bytes: &[u8],
    cleaner: &Cleaner,
    keep_linked: bool,
) -> Result<(Option<String>, Vec<FeedEntry>), String> {
    let bytes = as_utf8(bytes);
    let mut feed: Feed =
        feed_rs::parser::parse(&bytes[..]).map_err(|e| format!("malformed feed: {e}"))?;
    let source = feed
        .title
        .as_ref()
        .map(|t| text::normalise_line(&t.content))
        .filter(|t| !t.is_empty());
    // Entries are independent: a feed of thousands is cleaned on every core, and each parsed
    // entry is freed once its draft exists, so the two are not both held in full.
    let entries = std::mem::take(&mut feed.entries);
    let had_entries = !entries.is_empty();
    // The feed's own page: the base for entries whose links are relative or missing.
    let home = feed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let drafts: Vec<FeedEntry> = entries
        .into_par_iter()
        .filter_map(|e| {
            let draft = entry(
                &e,
                Feedwide {
                    source: source.as_deref(),
                    link: home.as_deref(),
                    language: feed.language.as_deref(),
                },
                cleaner,
                keep_linked,
            )?;
            Some(FeedEntry { id: e.id, draft })
        })
        .collect();
    if !had_entries {
        return Err("feed has no entries".into());
    }
    Ok((source, drafts))
}

/// What a feed says for all its entries.
#[derive(Clone, Copy)]
struct Feedwide<'a> {
    /// The publication.
    source: Option<&'a str>,
    /// The feed's own page.
    link: Option<&'a str>,
    /// The declared language.
    language: Option<&'a str>,
}

fn entry(e: &Entry, feed: Feedwide<'_>, cleaner: &Cleaner, keep_linked: bool) -> Option<Draft> {
    let Feedwide {
        source,
        link: feed_link,
        language,
    } = feed;
    let full = e
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .filter(|b| !b.trim().is_empty());
    let summary = e
        .summary
        .as_ref()
        .map(|s| s.content.as_str())
        .filter(|s| !s.trim().is_empty());
    let link = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(e.links.first())
        .map(|l| l.href.clone());
    let (raw, partial) = match (full, summary) {
        (Some(c), _) => (c, false),
        (None, Some(s)) => (s, true),
        (None, None) if keep_linked && link.is_some() => ("", true),
        (None, None) => return None,
    };
    // An entry's relative links are relative to the entry's page.
    let base = Base::of(None, &[link.as_deref(), feed_link]);
    let image = lead_image::of_entry(e, raw, &base);
    let blocks = if raw.contains('<') && raw.contains('>') {
        html::to_markdown(raw, &base)
    } else {
        raw.split("\n\n")
            .map(text::normalise_line)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let title = e
        .title
        .as_ref()
        .map(|t| text::normalise_line(&t.content))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| first_words(&blocks));
    let paragraphs = cleaner.clean(&title, &blocks);
    if paragraphs.is_empty() && !(keep_linked && link.is_some()) {
        return None;
    }
    let body = paragraphs.join("\n\n");
    let fingerprint = write::fingerprint(&format!(
        "{}\n{}\n{title}\n{raw}",
        e.id,
        link.as_deref().unwrap_or("")
    ));
    Some(Draft {
        title,
        body,
        date: e.published.or(e.updated).map(|d| d.to_rfc3339()),
        authors: e
            .authors
            .iter()
            .map(|p| p.name.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect(),
        source: e
            .source
            .clone()
            .filter(|s| !s.starts_with("http"))
            .or(source.map(str::to_string)),
        source_url: link,
        partial,
        fingerprint,
        language: language.map(str::to_string),
        image,
    })
}

/// A title for an untitled entry: its first sentence as plain text when that is short,
/// else its first words with an ellipsis.
fn first_words(blocks: &[String]) -> String {
    const MAX_WORDS: usize = 14;
    let text = blocks
        .first()
        .map(|b| crate::markdown::plain::plain_text(b))
        .unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return "Untitled".into();
    }
    // The first sentence: up to a word ending in . ! ? (or their CJK kin) before the limit.
    let ends = |w: &str| {
        w.ends_with(['.', '!', '?', '。', '！', '？'])
            && !w.ends_with("..")
            && w.chars().count() > 2
    };
    if let Some(k) = words.iter().take(MAX_WORDS).position(|w| ends(w)) {
        return words[..=k].join(" ");
    }
    if words.len() <= MAX_WORDS {
        return words.join(" ");
    }
    format!(
        "{}…",
        words[..10].join(" ").trim_end_matches([',', ';', ':'])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const DECL: &str = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><title>";

    #[test]
    fn legacy_encodings_are_decoded_once() {
        let text = format!("{DECL}Förderung</title></channel></rss>");
        // Raw bytes in the declared encoding, as a server sends them.
        let (raw, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        let fixed = as_utf8(&raw);
        let fixed = std::str::from_utf8(&fixed).unwrap();
        assert!(fixed.contains("Förderung") && fixed.contains("encoding=\"UTF-8\""));
        // Text decoded already (ingest reads files as text) keeps its characters.
        let again = as_utf8(text.as_bytes());
        assert_eq!(std::str::from_utf8(&again).unwrap(), fixed);
        // UTF-8 and undeclared feeds pass through untouched.
        let plain = "<rss><channel><title>Förderung</title></channel></rss>";
        assert!(matches!(
            as_utf8(plain.as_bytes()),
            std::borrow::Cow::Borrowed(_)
        ));
        // Text under a label encoding_rs does not know is text all the same.
        let odd = "<?xml version='1.0' encoding='x-odd'?><rss>Förderung</rss>";
        assert_eq!(
            std::str::from_utf8(&as_utf8(odd.as_bytes())).unwrap(),
            "<?xml version='1.0' encoding='UTF-8'?><rss>Förderung</rss>"
        );
        let declared = "<?xml version='1.0' encoding='utf-8'?><rss/>";
        assert!(matches!(
            as_utf8(declared.as_bytes()),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
