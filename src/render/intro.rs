//! An editor's intro, rendered for every place an edition goes: HTML with absolute links
//! (web page, email, feed), plain text wrapped with numbered link references (the email's
//! text twin), and its first sentence (the email's preheader).

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use super::text::{Refs, wrap};
use crate::markdown::is_safe_url;

/// An intro, rendered.
#[derive(Debug, Clone, Default)]
pub struct RenderedIntro {
    /// Safe HTML; every link and image absolute, every image with `alt`.
    pub html: String,
    /// Plain paragraphs (unwrapped), links marked `[n]` with `n` from the caller's [`Refs`].
    pub paragraphs: Vec<String>,
    /// The plain text without link marks, for the preheader.
    pub plain: String,
}

fn options() -> Options {
    let mut o = Options::empty();
    o.insert(Options::ENABLE_STRIKETHROUGH);
    o.insert(Options::ENABLE_SMART_PUNCTUATION);
    o
}

/// Resolves `url` against `page` (an absolute URL); a root-relative `/x` is taken from the
/// site's `base` (a site may live under a path); unsafe schemes become `page` itself.
pub fn absolute(base: &str, page: &str, url: &str) -> String {
    let url = url.trim();
    if !is_safe_url(url) {
        return page.to_string();
    }
    let (against, url) = match url.strip_prefix('/') {
        Some(rest) if !rest.starts_with('/') => (base, rest),
        _ => (page, url),
    };
    match url::Url::parse(against).and_then(|b| b.join(url)) {
        Ok(u) => u.to_string(),
        Err(_) => page.to_string(),
    }
}

/// Renders intro Markdown whose relative links are relative to `page`. Raw HTML is shown
/// as text: the intro goes into emails, where nothing but plain markup is safe.
pub fn render(markdown: &str, base: &str, page: &str, refs: &mut Refs) -> RenderedIntro {
    let markdown = crate::markdown::nesting::bounded(markdown);
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut paragraphs: Vec<String> = Vec::new();
    let mut plain = String::new();
    let mut current = String::new();
    let mut prefix_stack: Vec<Option<u64>> = Vec::new();
    let mut pending_ref: Vec<Option<usize>> = Vec::new();
    for event in Parser::new_ext(&markdown, options()) {
        let event = match event {
            Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let abs = absolute(base, page, &dest_url);
                pending_ref.push(Some(refs.add(&abs)));
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::from(abs),
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                current.push_str("[image: ");
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: CowStr::from(absolute(base, page, &dest_url)),
                    title,
                    id,
                })
            }
            e => e,
        };
        match &event {
            Event::Text(t) | Event::Code(t) => {
                current.push_str(t);
                plain.push_str(t);
            }
            Event::SoftBreak => {
                current.push(' ');
                plain.push(' ');
            }
            Event::HardBreak => {
                current.push('\n');
                plain.push(' ');
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(n)) = pending_ref.pop() {
                    current.push_str(&format!(" [{n}]"));
                }
            }
            Event::End(TagEnd::Image) => {
                current.push(']');
            }
            Event::Start(Tag::List(start)) => prefix_stack.push(*start),
            Event::End(TagEnd::List(_)) => {
                prefix_stack.pop();
            }
            Event::Start(Tag::Item) => {
                let depth = prefix_stack.len().saturating_sub(1);
                let marker = match prefix_stack.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "- ".to_string(),
                };
                flush(&mut current, &mut paragraphs);
                current.push_str(&"  ".repeat(depth));
                current.push_str(&marker);
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::BlockQuote(_),
            )
            | Event::End(TagEnd::CodeBlock) => {
                flush(&mut current, &mut paragraphs);
                plain.push(' ');
            }
            Event::Rule => flush(&mut current, &mut paragraphs),
            _ => {}
        }
        events.push(event);
    }
    flush(&mut current, &mut paragraphs);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    RenderedIntro {
        html,
        paragraphs,
        plain: plain.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

fn flush(current: &mut String, paragraphs: &mut Vec<String>) {
    let t = current.trim_end();
    if !t.trim().is_empty() {
        paragraphs.push(t.to_string());
    }
    current.clear();
}

/// The intro as text wrapped at `width`, each list item's continuation lines indented.
pub fn wrapped(intro: &RenderedIntro, width: usize) -> String {
    intro
        .paragraphs
        .iter()
        .map(|p| wrap(p, width))
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_absolute_and_numbered() {
        let mut refs = Refs::default();
        let r = render(
            "Read [the lead](/articles/2024/07/x/) and [this](https://a.example/b).\n\n\
             ![A map](map.png) <script>x</script>\n\n- one\n- two [x](javascript:alert(1))",
            "https://example.org/repo/",
            "https://example.org/repo/editions/2024-W30/",
            &mut refs,
        );
        assert!(
            r.html
                .contains("href=\"https://example.org/repo/articles/2024/07/x/\""),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(
                "src=\"https://example.org/repo/editions/2024-W30/map.png\" alt=\"A map\""
            ),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert_eq!(r.paragraphs[0], "Read the lead [1] and this [2].");
        assert_eq!(r.paragraphs[2], "- one");
        assert_eq!(r.paragraphs[3], "- two x [3]");
        assert_eq!(refs.list()[1].url, "https://a.example/b");
        assert!(
            r.plain.starts_with("Read the lead and this."),
            "{}",
            r.plain
        );
    }
}
