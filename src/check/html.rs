//! What a rendered page links to and which anchors it defines, read with html5ever's
//! tokenizer (already in the tree through ammonia): attribute values arrive decoded
//! (`&amp;` → `&`), and script and style contents are skipped as a browser would.

use std::cell::RefCell;
use std::collections::HashSet;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// A reference from a page: the attribute's decoded value and what carried it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref {
    /// The element (`a`, `img`, `link`, `form`, …).
    pub tag: String,
    /// The URL as written in the attribute, entities decoded.
    pub url: String,
}

/// The links and anchors of one HTML document.
#[derive(Debug, Default)]
pub struct Links {
    /// Every `href`, `src` and `action`, in document order.
    pub refs: Vec<Ref>,
    /// Every `id` (and `<a name>`): the targets of `#fragments`.
    pub ids: HashSet<String>,
}

/// Which attribute of which element is a URL we follow.
fn url_attr(tag: &str, attr: &str) -> bool {
    match attr {
        "href" => matches!(tag, "a" | "area" | "link"),
        "src" => matches!(
            tag,
            "img" | "script" | "iframe" | "source" | "audio" | "video" | "embed" | "track"
        ),
        "action" => tag == "form",
        "poster" => tag == "video",
        _ => false,
    }
}

struct Sink(RefCell<Links>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let Token::TagToken(Tag {
            kind: TagKind::StartTag,
            name,
            attrs,
            ..
        }) = token
        else {
            return TokenSinkResult::Continue;
        };
        let tag: &str = &name;
        let mut links = self.0.borrow_mut();
        for a in &attrs {
            let attr: &str = &a.name.local;
            let value: &str = &a.value;
            if attr == "id" || (attr == "name" && tag == "a") {
                if !value.is_empty() {
                    links.ids.insert(value.to_string());
                }
            } else if url_attr(tag, attr) {
                links.refs.push(Ref {
                    tag: tag.to_string(),
                    url: value.trim().to_string(),
                });
            }
        }
        // Without a tree builder the tokenizer must be told where raw text starts.
        match tag {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            _ => TokenSinkResult::Continue,
        }
    }
}

/// Reads the links and anchors of `html`.
pub fn links(html: &str) -> Links {
    let tok = Tokenizer::new(
        Sink(RefCell::new(Links::default())),
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.take()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_links_ids_and_skips_scripts() {
        let l = links(
            r##"<html><head><link rel="stylesheet" href="/s.css"><script>var a = '<a href="/no">';</script>
            <style>a[href="/nostyle"] {}</style></head><body><h2 id="x">X</h2><a name="old"></a>
            <a href="/a/?q=1&amp;b=2#x">a</a><img src="i.png"><form action="/search/"></form>
            <meta content="/not-a-link"></body></html>"##,
        );
        let urls: Vec<&str> = l.refs.iter().map(|r| r.url.as_str()).collect();
        assert_eq!(urls, ["/s.css", "/a/?q=1&b=2#x", "i.png", "/search/"]);
        assert!(l.ids.contains("x") && l.ids.contains("old"));
    }
}
