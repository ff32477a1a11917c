//! Explanations: for each entity found, the rule and the text span that produced it,
//! so a curator can see why a person or country was (or was not) detected.

use serde::Serialize;

use super::people::Person;
use super::places::{self, Matcher, Mention, Resolved};
use crate::geo;

/// One piece of evidence.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Explanation {
    /// `person`, `place` or `country`.
    pub kind: &'static str,
    /// The entity as reported.
    pub entity: String,
    /// The rule, e.g. `person:title`, `place:city:name`, `place:country:demonym`.
    pub rule: String,
    /// The text as written.
    pub span: String,
    /// Where: `title` or the 1-based paragraph number of the body.
    pub at: String,
}

/// Gathers explanations for people (every mention) and places (every counted mention).
pub fn collect(
    text: &str,
    body_start: usize,
    people: &[Person],
    matcher: &Matcher,
    mentions: &[Mention],
    resolved: &Resolved,
) -> Vec<Explanation> {
    let breaks: Vec<usize> = text[body_start.min(text.len())..]
        .match_indices("\n\n")
        .map(|(i, _)| body_start + i)
        .collect();
    let at = |offset: usize| -> String {
        if offset < body_start {
            "title".into()
        } else {
            format!("paragraph {}", breaks.partition_point(|&b| b < offset) + 1)
        }
    };
    let mut out = Vec::new();
    for p in people {
        for m in &p.mentions {
            out.push(Explanation {
                kind: "person",
                entity: p.name.clone(),
                rule: m.rule.to_string(),
                span: text[m.start..m.end].to_string(),
                at: at(m.start),
            });
        }
    }
    let gaz = geo::gazetteer();
    for ev in &resolved.evidence {
        let m = &mentions[ev.mention];
        let (kind, entity) = match places::country_of(ev) {
            Some(c) => ("country", gaz.countries()[c].name.to_string()),
            None => match matcher.place_name(gaz, ev) {
                Some(name) => ("place", name.to_string()),
                None => continue,
            },
        };
        out.push(Explanation {
            kind,
            entity,
            rule: matcher.rule(gaz, ev),
            span: text[m.start..m.end].to_string(),
            at: at(m.start),
        });
    }
    out
}

/// Renders explanations as aligned text lines for the terminal.
pub fn to_text(list: &[Explanation]) -> String {
    let w_entity = list
        .iter()
        .map(|e| e.entity.chars().count())
        .max()
        .unwrap_or(0);
    let w_rule = list.iter().map(|e| e.rule.len()).max().unwrap_or(0);
    let mut out = String::new();
    for e in list {
        out.push_str(&format!(
            "  {:<7} {:<w_entity$}  {:<w_rule$}  “{}” ({})\n",
            e.kind, e.entity, e.rule, e.span, e.at
        ));
    }
    out
}
