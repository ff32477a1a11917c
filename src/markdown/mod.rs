//! Markdown → HTML: tables, footnotes, strikethrough, smart punctuation, heading anchors,
//! highlighted code, safe link schemes, and raw HTML sanitised unless the site allows it.
//! Below the site model: the model, the search index and the pages all read Markdown here.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};

pub mod highlight;
pub mod nesting;
pub mod plain;
mod safe;

pub use safe::{is_safe_url, sanitise};

/// What rendering one Markdown body produced.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Words of text (for reading time).
    pub word_count: usize,
    /// The first paragraph as plain text (a fallback summary).
    pub lead: String,
}

fn options() -> Options {
    let mut o = Options::empty();
    o.insert(Options::ENABLE_TABLES);
    o.insert(Options::ENABLE_FOOTNOTES);
    o.insert(Options::ENABLE_STRIKETHROUGH);
    o.insert(Options::ENABLE_SMART_PUNCTUATION);
    o.insert(Options::ENABLE_HEADING_ATTRIBUTES);
    o
}

/// Word count and lead, gathered from the events outside code blocks.
#[derive(Default)]
struct Outline {
    word_count: usize,
    lead: String,
    para_depth: usize,
    lead_done: bool,
}

impl Outline {
    fn see(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(Tag::Paragraph) => self.para_depth += 1,
            Event::End(TagEnd::Paragraph) => {
                self.para_depth = self.para_depth.saturating_sub(1);
                if !self.lead.is_empty() {
                    self.lead_done = true;
                }
            }
            Event::Text(t) | Event::Code(t) => {
                self.word_count += crate::lang::word_count(t);
                if self.para_depth > 0 && !self.lead_done {
                    self.lead.push_str(t);
                }
            }
            Event::SoftBreak if self.para_depth > 0 && !self.lead_done => self.lead.push(' '),
            _ => {}
        }
    }

    fn finish(self) -> (usize, String) {
        (self.word_count, self.lead.trim().to_string())
    }
}

/// The word count and lead [`render`] would give, without building HTML: cards and feeds
/// need them for articles whose page is not rendered yet, and highlighting code only to
/// throw the HTML away cost about a tenth of a full build.
pub fn outline(markdown: &str) -> (usize, String) {
    let mut outline = Outline::default();
    let mut in_code = false;
    let markdown = nesting::bounded(markdown);
    for event in Parser::new_ext(&markdown, options()) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            e if !in_code => outline.see(&e),
            _ => {}
        }
    }
    outline.finish()
}

/// Renders Markdown; `allow_raw_html` keeps inline HTML as written (otherwise it is sanitised).
pub fn render(markdown: &str, allow_raw_html: bool) -> Rendered {
    render_with(markdown, allow_raw_html, true)
}

/// The HTML [`render`] gives, for a caller that has the outline already: counting words
/// again took a fifth of rendering the Markdown.
pub fn render_html(markdown: &str, allow_raw_html: bool) -> String {
    render_with(markdown, allow_raw_html, false).html
}

fn render_with(markdown: &str, allow_raw_html: bool, want_outline: bool) -> Rendered {
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut next_suffix: HashMap<String, usize> = HashMap::new();
    let mut heading_start: Option<usize> = None;
    let mut code: Option<(String, String)> = None;
    let mut has_raw_html = false;
    let mut outline = Outline::default();

    let markdown = nesting::bounded(markdown);
    for event in Parser::new_ext(&markdown, options()) {
        if let Some((lang, buf)) = code.as_mut() {
            match event {
                Event::Text(t) => buf.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let html = highlight::code_block(buf, lang);
                    events.push(Event::Html(html.into()));
                    code = None;
                }
                _ => {}
            }
            continue;
        }
        if want_outline {
            outline.see(&event);
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(l) => l.to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Start(Tag::Heading { .. }) => {
                heading_start = Some(events.len());
                events.push(event);
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some(start) = heading_start.take() {
                    let text: String = events[start + 1..]
                        .iter()
                        .filter_map(|e| match e {
                            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                            _ => None,
                        })
                        .collect();
                    if let Event::Start(Tag::Heading { id, attrs, .. }) = &mut events[start] {
                        // `{key=value}` would let Markdown set any attribute, `onclick` included.
                        attrs.clear();
                        let wanted = match id {
                            Some(given) => crate::slug::slugify(given),
                            None => crate::slug::slugify(&text),
                        };
                        // Counting up from 1 for every repeat is quadratic in the repeats
                        // (25,000 identical headings took 12 minutes): resume where the last
                        // repeat of this id stopped.
                        let mut unique = wanted.clone();
                        let next = next_suffix.entry(wanted.clone()).or_insert(1);
                        while !ids.insert(unique.clone()) {
                            unique = format!("{wanted}-{next}");
                            *next += 1;
                        }
                        *id = Some(CowStr::from(unique));
                    }
                }
                events.push(event);
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => events.push(Event::Start(Tag::Link {
                link_type,
                dest_url: safe_url(dest_url),
                title,
                id,
            })),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => events.push(Event::Start(Tag::Image {
                link_type,
                dest_url: safe_url(dest_url),
                title,
                id,
            })),
            Event::Html(_) | Event::InlineHtml(_) => {
                has_raw_html = true;
                events.push(event);
            }
            other => events.push(other),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if has_raw_html && !allow_raw_html {
        html = sanitise(&html);
    }
    let (word_count, lead) = outline.finish();
    Rendered {
        html,
        word_count,
        lead,
    }
}

/// Only web, mail and relative links survive; `javascript:`, `data:` and friends become `#`.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    if is_safe_url(&url) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_gives_what_render_gives() {
        let cases = [
            "Lead one\nline two.\n\nSecond paragraph.",
            "# Title words\n\n```rust\nlet code = skipped;\n```\n\nThe `lead` is *here*.",
            "    indented code\n\n> quoted lead\n> more\n\n- item one\n- item two",
            "<p>raw html</p>\n\nText after [a link](http://x) and ![img](y.png).",
            "| a | b |\n|---|---|\n| c | d |\n\nFootnote[^1].\n\n[^1]: Note text.",
            "",
        ];
        for md in cases {
            let r = render(md, false);
            assert_eq!(render_html(md, false), r.html, "{md:?}");
            assert_eq!(outline(md), (r.word_count, r.lead), "{md:?}");
        }
        assert_eq!(outline(cases[1]).1, "The lead is here.");
    }

    #[test]
    fn renders_extensions_and_anchors() {
        let r = render(
            "# Hello world\n\n## Hello world\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~x~~ \"q\"[^1]\n\n[^1]: note\n",
            false,
        );
        assert!(r.html.contains("<h1 id=\"hello-world\">"), "{}", r.html);
        assert!(r.html.contains("<h2 id=\"hello-world-1\">"), "{}", r.html);
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>x</del>"));
        assert!(r.html.contains("“q”"), "{}", r.html);
        assert!(r.html.contains("footnote-definition"));
    }

    #[test]
    fn repeated_headings_get_unique_ids_in_linear_time() {
        let r = render("# a\n\n# a-1\n\n# a\n\n# a\n\n# a-1\n", false);
        let ids: Vec<&str> = r
            .html
            .match_indices("id=\"")
            .map(|(i, _)| &r.html[i + 4..i + 4 + r.html[i + 4..].find('"').unwrap()])
            .collect();
        assert_eq!(ids, ["a", "a-1", "a-2", "a-3", "a-1-1"]);
        // 30,000 repeats: quadratic numbering took minutes, this takes well under a second.
        let r = render(&"# Same\n\n".repeat(30_000), false);
        assert!(r.html.contains("id=\"same-29999\""));
    }

    #[test]
    fn raw_html_is_sanitised_unless_allowed() {
        let md = "Hi <script>alert(1)</script><b onclick=\"x()\">bold</b>\n";
        let r = render(md, false);
        assert!(
            !r.html.contains("<script") && !r.html.contains("onclick"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<b>bold</b>"), "{}", r.html);
        let r = render(md, true);
        assert!(r.html.contains("<script>"));
    }

    #[test]
    fn raw_html_links_follow_the_markdown_link_rule() {
        let r = render(
            "<a href=\"jav&#x90;ascript:alert(1)\">a</a> <img src=\"java\u{2028}script:x\"> <a href=\"/ok\">b</a>",
            false,
        );
        assert!(!r.html.contains("script:"), "{}", r.html);
        assert!(r.html.contains("href=\"/ok\""), "{}", r.html);
    }

    #[test]
    fn dangerous_link_schemes_neutralised() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:x",
            "java\tscript:x",
            "data:text/html,x",
            "vbscript:x",
        ] {
            let r = render(&format!("[x](<{bad}>)"), false);
            assert!(r.html.contains("href=\"#\""), "{bad}: {}", r.html);
        }
        let r = render("[x](https://example.com/a:b) [y](../rel) [z](#frag)", false);
        assert!(
            r.html.contains("https://example.com/a:b")
                && r.html.contains("../rel")
                && r.html.contains("#frag")
        );
    }

    #[test]
    fn heading_attributes_cannot_add_handlers() {
        let r = render("# Hi {#x .c onclick=alert(1) style=\"a\"}\n", false);
        assert!(r.html.contains("<h1 id=\"x\" class=\"c\">"), "{}", r.html);
        assert!(!r.html.contains("onclick") && !r.html.contains("style"));
    }

    #[test]
    fn safe_url_refuses_hidden_schemes() {
        for bad in [
            " javascript:x",
            "\u{1}javascript:x",
            "java\u{a0}script:x",
            "DATA:x",
        ] {
            assert!(!is_safe_url(bad), "{bad:?}");
        }
        for ok in [
            "https://a.example/",
            "/x/",
            "x.html",
            "mailto:a@b.example",
            "#f",
        ] {
            assert!(is_safe_url(ok), "{ok:?}");
        }
    }

    #[test]
    fn code_is_highlighted_and_counts() {
        let r = render(
            "Lead one\nline two.\n\nSecond.\n\n```python\nx = 1\n```\n",
            false,
        );
        assert!(r.html.contains("language-python"));
        assert_eq!(r.lead, "Lead one line two.");
        assert!(r.word_count >= 5);
    }
}
