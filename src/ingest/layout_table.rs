//! Pages laid out with tables (old CMSs, uCoz, hand-made club sites): the story is one cell
//! of a row whose other cells are sidebars (menus, event notes, polls, statistics).
//! Readability scores the row as a whole when the story has no paragraphs of its own (text
//! runs between `<br>`), and keeps the sidebars with it. A layout row's story cell holds
//! far more running text (outside links) than any other, so the others go.

use dom_query::{Document, NodeRef};

/// The story cell holds at least this many words outside links.
const MIN_STORY_WORDS: usize = 100;

/// ... and this many times the words outside links of every other cell of its row.
const DOMINANCE: usize = 2;

/// Removes the sidebar cells of the table layout rows in `doc`; returns how many went.
pub fn remove_sidebars(doc: &Document) -> usize {
    let mut doomed: Vec<NodeRef> = Vec::new();
    for row in doc.select("body tr").nodes() {
        let cells: Vec<NodeRef> = row
            .children_it(false)
            .filter(|c| is_named(c, &["td"]))
            .collect();
        if cells.len() < 2 || !is_layout(row) {
            continue;
        }
        let words: Vec<usize> = cells.iter().map(running_words).collect();
        let Some((best, &most)) = words.iter().enumerate().max_by_key(|(_, w)| **w) else {
            continue;
        };
        let dominant = words
            .iter()
            .enumerate()
            .all(|(i, w)| i == best || w * DOMINANCE <= most);
        if most >= MIN_STORY_WORDS && dominant {
            doomed.extend(
                cells
                    .iter()
                    .enumerate()
                    .filter(|(i, c)| *i != best && !c.text().trim().is_empty())
                    .map(|(_, c)| *c),
            );
        }
    }
    for d in &doomed {
        d.remove_from_parent();
    }
    doomed.len()
}

/// A row of a layout table, not a data table: its table has no header cells and the row's
/// cells hold blocks (paragraphs, divisions, tables, line breaks) rather than values.
fn is_layout(row: &NodeRef) -> bool {
    let Some(table) = row.ancestors_it(None).find(|a| is_named(a, &["table"])) else {
        return false;
    };
    let headers = table
        .descendants_it()
        .any(|d| is_named(&d, &["th", "thead"]));
    !headers
        && row.descendants_it().any(|d| {
            is_named(
                &d,
                &["p", "div", "table", "br", "ul", "h1", "h2", "h3", "font"],
            )
        })
}

/// Words in `cell` outside links.
fn running_words(cell: &NodeRef) -> usize {
    let all = cell.text().split_whitespace().count();
    let linked: usize = cell
        .descendants_it()
        .filter(|d| is_named(d, &["a"]))
        .map(|a| a.text().split_whitespace().count())
        .sum();
    all.saturating_sub(linked)
}

fn is_named(node: &NodeRef, names: &[&str]) -> bool {
    node.node_name()
        .is_some_and(|n| names.iter().any(|m| n.eq_ignore_ascii_case(m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(n: usize) -> String {
        "Rund sechzig Mitglieder des Vereins kamen am Samstag zur Versammlung im Gasthof zusammen.<br><br>"
            .repeat(n)
    }

    #[test]
    fn the_story_cell_stays_and_its_sidebar_goes() {
        let html = format!(
            "<html><body><table><tr><td class=inhalt><b>Versammlung</b><br>{}</td>\
             <td class=rechts><p><b>Termine</b></p><p>23.03. Frühjahrsputz am Vereinsheim, Treffpunkt 9 Uhr am Parkplatz.</p>\
             <p><a href=/a>Chor feiert Jubiläum</a></p></td></tr></table></body></html>",
            story(10)
        );
        let doc = Document::from(html.as_str());
        assert_eq!(remove_sidebars(&doc), 1);
        let text = doc.select("body").text();
        assert!(text.contains("Gasthof") && !text.contains("Frühjahrsputz"));
    }

    #[test]
    fn data_tables_and_balanced_columns_stay() {
        // A data table (header cells) keeps every cell, however long.
        let data = format!(
            "<html><body><table><tr><th>Plan</th><th>Note</th></tr><tr><td><p>{}</p></td><td><p>Kurz.</p></td></tr></table></body></html>",
            story(10)
        );
        assert_eq!(remove_sidebars(&Document::from(data.as_str())), 0);
        // Two columns of story (a bilingual page): neither dominates.
        let two = format!(
            "<html><body><table><tr><td><p>{}</p></td><td><p>{}</p></td></tr></table></body></html>",
            story(10),
            story(8)
        );
        assert_eq!(remove_sidebars(&Document::from(two.as_str())), 0);
        // A short story: too little to judge by.
        let short = format!(
            "<html><body><table><tr><td><p>{}</p></td><td><p>Menü</p></td></tr></table></body></html>",
            story(2)
        );
        assert_eq!(remove_sidebars(&Document::from(short.as_str())), 0);
    }
}
