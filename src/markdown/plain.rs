//! Markdown as plain text: the words a reader sees, without markup.

use pulldown_cmark::{Event, Options, Parser, TagEnd};

/// The text of a Markdown body without markup (for the search index).
pub fn plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_FOOTNOTES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let markdown = super::nesting::bounded(markdown);
    for event in Parser::new_ext(&markdown, opts) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            // Block ends separate words; inline ends (links, emphasis) must not split them.
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::TableRow
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            ) => text.push('\n'),
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_markup() {
        let t = plain_text("Lead [link](https://x.example/y) *here*.\n\n## Head\n\n`code`\n");
        assert!(t.contains("Lead link here.") && t.contains("Head") && t.contains("code"));
        assert!(!t.contains("x.example"));
    }
}
