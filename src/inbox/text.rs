//! The inbox for terminals: the listing, one draft's details, and turning command-line
//! choices (`--source`, `--group`, edit flags) into what actions take.

use std::fmt::Write;
use std::path::Path;

use super::{Draft, Group, Inbox};
use crate::content::edit::Value;
use crate::error::{Error, Result};

/// The drafts grouped by story, one line per draft, the rest of a group indented.
pub fn list(inbox: &Inbox) -> String {
    let mut out = String::new();
    let count: usize = inbox.groups.iter().map(|g| g.articles.len()).sum();
    if count == 0 {
        out.push_str("no drafts: the inbox is empty\n");
        return out;
    }
    for g in &inbox.groups {
        for (i, d) in g.articles.iter().enumerate() {
            let lead = if i == 0 { "" } else { "  + " };
            let _ = writeln!(
                out,
                "{lead}{}  {}  {}  [{}]{}",
                d.date,
                d.slug,
                d.title,
                d.source.as_deref().unwrap_or("no source"),
                d.duplicate_of
                    .as_deref()
                    .map(|o| format!(" (duplicate of {o})"))
                    .unwrap_or_default()
            );
        }
    }
    let _ = writeln!(
        out,
        "{count} draft{} in {} stor{}",
        if count == 1 { "" } else { "s" },
        inbox.groups.len(),
        if inbox.groups.len() == 1 { "y" } else { "ies" }
    );
    out
}

/// One draft in full.
pub fn show(d: &Draft, group: Option<&Group>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", d.title);
    let field = |out: &mut String, name: &str, value: &str| {
        if !value.is_empty() {
            let _ = writeln!(out, "{name:<9} {value}");
        }
    };
    field(&mut out, "slug:", &d.slug);
    field(&mut out, "file:", &d.path.display().to_string());
    field(&mut out, "source:", d.source.as_deref().unwrap_or(""));
    field(&mut out, "date:", &d.date);
    field(&mut out, "original:", d.source_url.as_deref().unwrap_or(""));
    field(&mut out, "words:", &d.words.to_string());
    field(&mut out, "people:", &d.people.join(", "));
    field(&mut out, "places:", &d.places.join(", "));
    field(&mut out, "tags:", &d.tags.join(", "));
    field(
        &mut out,
        "pin:",
        &d.pin.map(|p| p.to_string()).unwrap_or_default(),
    );
    field(&mut out, "note:", d.note.as_deref().unwrap_or(""));
    field(&mut out, "dup of:", d.duplicate_of.as_deref().unwrap_or(""));
    if let Some(g) = group.filter(|g| g.articles.len() > 1) {
        let others: Vec<String> = g
            .articles
            .iter()
            .filter(|o| o.slug != d.slug)
            .map(|o| {
                format!(
                    "{} ({})",
                    o.slug,
                    o.source.as_deref().unwrap_or("no source")
                )
            })
            .collect();
        field(&mut out, "story:", &others.join(", "));
    }
    if !d.summary.is_empty() {
        let _ = writeln!(out, "\n{}", d.summary);
    }
    out
}

/// The slugs `publish` names: given ones, every draft of a source, or a whole story group.
pub fn select(
    root: &Path,
    slugs: Vec<String>,
    source: Option<String>,
    group: Option<String>,
) -> Result<Vec<String>> {
    if source.is_none() && group.is_none() {
        return Ok(slugs);
    }
    let inbox = super::load(root)?;
    let mut out = slugs;
    if let Some(name) = source {
        let from: Vec<String> = inbox
            .drafts()
            .filter(|d| {
                d.source
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case(name.trim()))
            })
            .map(|d| d.slug.clone())
            .collect();
        if from.is_empty() {
            return Err(Error::Msg(format!("no draft has the source `{name}`")));
        }
        out.extend(from);
    }
    if let Some(slug) = group {
        let g = inbox
            .group_of(&slug)
            .ok_or_else(|| Error::Msg(format!("no draft has the slug `{slug}`")))?;
        out.extend(g.articles.iter().map(|d| d.slug.clone()));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|s| seen.insert(s.clone()));
    Ok(out)
}

/// Edit flags as field edits: an empty value clears the key.
pub fn fields(
    title: Option<String>,
    summary: Option<String>,
    note: Option<String>,
    tags: Option<String>,
    pin: Option<String>,
) -> Result<Vec<(String, Value)>> {
    let mut out = Vec::new();
    if let Some(t) = title {
        out.push(("title".into(), Value::Text(t.trim().to_string())));
    }
    for (key, v) in [("summary", summary), ("note", note)] {
        if let Some(v) = v {
            out.push((key.into(), text_or_remove(&v)));
        }
    }
    if let Some(t) = tags {
        out.push(("tags".into(), tags_value(&t)));
    }
    if let Some(p) = pin {
        out.push(("pin".into(), pin_value(&p)?));
    }
    if out.is_empty() {
        return Err(Error::Msg(
            "nothing to edit: pass --title, --summary, --note, --tags or --pin".into(),
        ));
    }
    Ok(out)
}

/// Trimmed text, or removal when empty.
pub fn text_or_remove(v: &str) -> Value {
    let v = v.trim();
    if v.is_empty() {
        Value::Remove
    } else {
        Value::Text(v.to_string())
    }
}

/// Comma-separated tags, or removal when none.
pub fn tags_value(v: &str) -> Value {
    let tags: Vec<String> = v
        .split(',')
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if tags.is_empty() {
        Value::Remove
    } else {
        Value::List(tags)
    }
}

/// A pin number, or removal when empty.
pub fn pin_value(v: &str) -> Result<Value> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(Value::Remove);
    }
    v.parse()
        .map(Value::Int)
        .map_err(|_| Error::Msg(format!("the pin must be a whole number, not `{v}`")))
}
