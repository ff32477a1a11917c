//! What each fuzz target asserts. Every function takes the raw fuzz input and panics with a
//! message naming the broken invariant; "no panic" alone is never the whole check.
//!
//! Inputs are read as UTF-8 with invalid bytes replaced: every reader under test takes text,
//! and the mutator's broken UTF-8 would otherwise be wasted runs.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashSet;
use std::path::Path;
use std::sync::LazyLock;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use newsdesk::content::{self, controls};
use newsdesk::enrich::{self, Document, Registry, people, places, sentences};
use newsdesk::error::Error;
use newsdesk::ingest::clean::Cleaner;
use newsdesk::ingest::links::Base;
use newsdesk::ingest::{html, text, write};
use newsdesk::markdown;
use pulldown_cmark::{Event, Options, Parser};

/// The file name front matter errors must carry.
const FILE: &str = "content/2024/07/fuzzed.md";

/// The page address the HTML reader resolves links against.
const PAGE_URL: &str = "https://example.org/news/2024/07/story.html";

/// How many summary sentences the enrich target asks for.
const SUMMARY_SENTENCES: usize = 3;

/// Cleaning may decode entities and escape Markdown, but its output stays within this many
/// bytes per input byte (plus [`GROWTH_SLACK`]): anything more is a blow-up, not escaping.
const GROWTH: usize = 8;

/// Fixed allowance on top of [`GROWTH`] for tiny inputs.
const GROWTH_SLACK: usize = 256;

fn text_of(data: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(data)
}

// ---------------------------------------------------------------------------------------
// (a) front matter

/// Splits and parses a content file. Errors must be located inside the input (1-based line
/// within the file, column within that line); accepted files must have a title, keep their
/// body verbatim, and survive ingest's writer: written back out and read again, nothing changes.
pub fn front_matter(data: &[u8]) {
    let text = text_of(data);
    let path = Path::new(FILE);
    match content::parse_article(&text, path, chrono_tz::UTC) {
        Err(e) => assert_located_inside(&e, &text, path),
        Ok(a) => {
            assert!(
                !a.front.title.trim().is_empty(),
                "accepted an empty title: {:?}",
                a.front.title
            );
            let clean = controls::strip(&text);
            assert!(
                clean.ends_with(&*a.body),
                "the body is not the end of the file: {:?}",
                a.body
            );
            let lines = clean.split('\n').count();
            assert!(
                (2..=lines + 1).contains(&a.body_line),
                "body_line {} outside the file's {lines} lines",
                a.body_line
            );
            assert!(
                newsdesk::slug::is_valid(&a.slug),
                "invalid slug {:?}",
                a.slug
            );
            let written = write::render(&a.front, &a.body)
                .unwrap_or_else(|e| panic!("ingest cannot write accepted front matter: {e}"));
            let again =
                content::parse_article(&written, path, chrono_tz::UTC).unwrap_or_else(|e| {
                    panic!("ingest wrote a file it cannot read back: {e}\n--- written:\n{written}")
                });
            assert_eq!(
                again.front, a.front,
                "front matter changed when written and read back:\n{written}"
            );
            assert_eq!(
                again.body.trim(),
                a.body.trim(),
                "body changed when written back"
            );
        }
    }
}

/// Asserts that `e` is a located error on `path` whose line and column lie inside `text`.
pub fn assert_located_inside(e: &Error, text: &str, path: &Path) {
    let Error::Located(at) = e else {
        panic!("a content file error without a position: {e}");
    };
    assert_eq!(at.path, path, "error names the wrong file: {e}");
    let lines: Vec<&str> = text.split('\n').collect();
    assert!(
        at.line >= 1 && at.line <= lines.len(),
        "error line {} outside the file's {} lines: {e}",
        at.line,
        lines.len()
    );
    let line = lines[at.line - 1];
    let width = line.chars().count();
    assert!(
        at.column <= width + 1,
        "error column {} past the end of line {} ({width} characters): {e}\nline: {line:?}",
        at.column,
        at.line
    );
}

// ---------------------------------------------------------------------------------------
// (b) cleaning: scraped text and HTML

static CLEANER: LazyLock<Cleaner> =
    LazyLock::new(|| Cleaner::new(&[]).expect("built-in rules compile"));

/// Reads scraped text and cleans lines directly. Output is trimmed, non-empty, never larger
/// than a small multiple of the input, made of (parts of) input paragraphs in order, and
/// cleaning it again changes nothing.
pub fn clean_text(data: &[u8]) {
    let input = text_of(data);
    if let Ok(s) = text::read(&input, &CLEANER) {
        assert!(
            !s.title.is_empty() && s.title == s.title.trim(),
            "bad title {:?}",
            s.title
        );
        assert!(!s.paragraphs.is_empty(), "an article with no paragraphs");
        assert_trimmed_paragraphs(&s.paragraphs);
        let out = s.title.len() + s.paragraphs.iter().map(String::len).sum::<usize>();
        assert_bounded_growth(input.len(), out);
        assert_idempotent(&s.title, &s.paragraphs);
    }

    let mut lines = input.lines();
    let title = lines.next().unwrap_or("");
    let paragraphs: Vec<String> = lines.map(str::to_string).collect();
    let (kept, removed) = CLEANER.clean_explained(title, &paragraphs);
    assert!(
        kept.len() + removed.len() <= paragraphs.len(),
        "cleaning made paragraphs up: {} kept + {} removed from {}",
        kept.len(),
        removed.len(),
        paragraphs.len()
    );
    assert_trimmed_paragraphs(&kept);
    // Each kept paragraph is an input paragraph, in order, with at most tokens cut out
    // (which leaves its characters a subsequence of the input's).
    let mut source = paragraphs.iter();
    for k in &kept {
        assert!(
            source.any(|p| is_subsequence(k, p)),
            "kept paragraph {k:?} does not come from the input in order"
        );
    }
    assert_idempotent(title, &kept);
}

/// Are the characters of `part` found in `whole`, in order (not necessarily adjacent)?
fn is_subsequence(part: &str, whole: &str) -> bool {
    let mut rest = whole.chars();
    part.chars().all(|c| rest.any(|w| w == c))
}

fn assert_trimmed_paragraphs(paragraphs: &[String]) {
    for p in paragraphs {
        assert!(
            !p.is_empty() && p == p.trim(),
            "paragraph not trimmed or empty: {p:?}"
        );
    }
}

fn assert_bounded_growth(input: usize, output: usize) {
    assert!(
        output <= GROWTH * input + GROWTH_SLACK,
        "cleaning grew {input} bytes into {output}"
    );
}

fn assert_within_budget(input: usize, output: usize) {
    let budget = html::markdown_budget(input);
    assert!(
        output <= budget,
        "{input} bytes of HTML became {output} bytes of Markdown, over the budget of {budget}"
    );
}

fn assert_idempotent(title: &str, kept: &[String]) {
    let again = CLEANER.clean(title, kept);
    assert_eq!(
        again, kept,
        "cleaning twice removes more than cleaning once"
    );
}

/// Converts HTML to Markdown and reads it as an article page. The Markdown must hold no raw
/// HTML (so it is safe even on a site with `allow_raw_html: true`), render to nothing that
/// could run script, stay within the reader's own linear budget (`html::markdown_budget`),
/// and be stable under cleaning.
pub fn clean_html(data: &[u8]) {
    let input = text_of(data);
    let blocks = html::to_markdown(&input, &Base::of(None, &[Some(PAGE_URL)]));
    assert_trimmed_paragraphs(&blocks);
    let md = blocks.join("\n\n");
    assert_within_budget(input.len(), md.len());
    assert_no_raw_html(&md);
    assert_safe_html("to_markdown rendered", &markdown::render(&md, true).html);
    let kept = CLEANER.clean("", &blocks);
    assert_idempotent("", &kept);

    if let Ok(d) = html::read(&input, Some(PAGE_URL), &CLEANER) {
        assert!(!d.title.trim().is_empty(), "an article with an empty title");
        assert!(!d.body.trim().is_empty(), "an article with an empty body");
        assert_within_budget(input.len(), d.body.len());
        assert_no_raw_html(&d.body);
        assert_safe_html("ingested body", &markdown::render(&d.body, true).html);
    }
}

/// The Markdown options newsdesk renders with (`src/markdown/mod.rs`).
fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Asserts that Markdown parses without any raw HTML block or inline HTML.
pub fn assert_no_raw_html(md: &str) {
    for event in Parser::new_ext(md, markdown_options()) {
        if let Event::Html(h) | Event::InlineHtml(h) = event {
            panic!("raw HTML {h:?} in Markdown made from HTML:\n{md}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// (c) sentences and entities

static MATCHER: LazyLock<places::Matcher> =
    LazyLock::new(|| places::Matcher::new(&Registry::default()));

/// Splits sentences, finds places and people, and enriches the input as an article (first
/// line the title). Every span is in bounds, on character boundaries and ordered; people
/// stay inside one sentence; the result is deterministic, its lists free of duplicates, and
/// its summary made of whole body sentences in order.
pub fn enrich(data: &[u8]) {
    let input = text_of(data);
    let (title, body) = input.split_once('\n').unwrap_or((&input, ""));

    let doc = Document {
        title: title.to_string(),
        body: body.to_string(),
        language: None,
        ..Document::default()
    };
    let found = enrich::enrich(&doc, SUMMARY_SENTENCES);

    // The pipeline's own text: the title on one line, a blank line, the body.
    let text = format!("{}\n\n{body}", found.title);
    let body_start = found.title.len() + 2;
    let sents = sentences::split(&text);
    assert_spans("sentence", &text, &sents);
    for w in sents.windows(2) {
        assert!(w[0].1 <= w[1].0, "sentences overlap: {w:?}");
    }
    for &(s, e) in &sents {
        let t = &text[s..e];
        assert!(
            !t.is_empty() && t == t.trim(),
            "sentence not trimmed: {t:?}"
        );
    }

    let mentions = MATCHER.find(&text);
    let place_spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
    assert_spans("place", &text, &place_spans);
    let is_place: Vec<(usize, usize)> = mentions
        .iter()
        .filter(|m| MATCHER.is_place(m))
        .map(|m| (m.start, m.end))
        .collect();
    for p in people::detect(
        &text,
        &sents,
        (body_start, body_start),
        &is_place,
        &Registry::default(),
    ) {
        assert!(
            !p.name.is_empty() && p.name == p.name.trim(),
            "bad person name {:?}",
            p.name
        );
        let spans: Vec<(usize, usize)> = p.mentions.iter().map(|m| (m.start, m.end)).collect();
        assert_spans("person", &text, &spans);
        for &(s, e) in &spans {
            assert!(
                sents.iter().any(|&(a, b)| a <= s && e <= b),
                "person mention {:?} crosses a sentence boundary",
                &text[s..e]
            );
        }
    }

    assert_eq!(
        found.title,
        title.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    assert_eq!(
        found.countries.len(),
        found.country_codes.len(),
        "countries and codes differ in length"
    );
    for (what, list) in [
        ("people", &found.people),
        ("places", &found.places),
        ("countries", &found.countries),
        ("regions", &found.regions),
    ] {
        let mut seen = HashSet::new();
        for item in list {
            assert!(
                !item.trim().is_empty(),
                "an empty entry in {what}: {list:?}"
            );
            assert!(seen.insert(item), "{what} lists {item:?} twice: {list:?}");
        }
    }
    for x in &found.explain {
        assert!(
            !x.span.is_empty() && text.contains(x.span.as_str()),
            "explanation span {:?} is not in the text",
            x.span
        );
    }
    let body_sents: Vec<&str> = sents
        .iter()
        .filter(|&&(s, _)| s >= body_start)
        .map(|&(s, e)| &text[s..e])
        .collect();
    assert!(
        summary_is_made_of(&found.summary, &body_sents, SUMMARY_SENTENCES),
        "summary {:?} is not up to {SUMMARY_SENTENCES} whole body sentences in order",
        found.summary
    );
    assert_eq!(
        enrich::enrich(&doc, SUMMARY_SENTENCES),
        found,
        "enrichment is not deterministic"
    );
}

/// Asserts that spans are non-empty, in bounds and on character boundaries of `text`.
pub fn assert_spans(what: &str, text: &str, spans: &[(usize, usize)]) {
    for &(s, e) in spans {
        assert!(
            s < e && e <= text.len(),
            "{what} span {s}..{e} out of bounds (text is {} bytes)",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{what} span {s}..{e} is not on character boundaries"
        );
    }
}

/// Is `summary` some of `sentences` (at most `max`), in order, joined by single spaces?
fn summary_is_made_of(summary: &str, sentences: &[&str], max: usize) -> bool {
    fn from(
        summary: &str,
        sentences: &[&str],
        left: usize,
        seen: &mut HashSet<(usize, usize)>,
    ) -> bool {
        if summary.is_empty() {
            return true;
        }
        if left == 0 || !seen.insert((sentences.len(), summary.len())) {
            return false;
        }
        sentences.iter().enumerate().any(|(i, s)| {
            summary.strip_prefix(s).is_some_and(|rest| {
                let rest = match rest.strip_prefix(' ') {
                    Some(r) if !r.is_empty() => r,
                    _ if rest.is_empty() => rest,
                    _ => return false,
                };
                from(rest, &sentences[i + 1..], left - 1, seen)
            })
        })
    }
    from(summary, sentences, max, &mut HashSet::new())
}

// ---------------------------------------------------------------------------------------
// (d) Markdown rendering and sanitising

/// Renders Markdown as a site with the default `allow_raw_html: false` does, and sanitises
/// the input as HTML. Nothing may run script: no `<script>`, no dangerous elements, no event
/// handlers, no `javascript:`/`data:`/`vbscript:` URLs; heading ids are unique; a URL the
/// link check calls safe is not a script URL.
pub fn markdown(data: &[u8]) {
    let input = text_of(data);
    let r = markdown::render(&input, false);
    assert_safe_html("rendered Markdown", &r.html);
    // Cards use the cheap outline for articles whose page is not rendered yet.
    assert_eq!(
        markdown::outline(&input),
        (r.word_count, r.lead.clone()),
        "outline differs from the rendered word count and lead"
    );
    // Raw HTML may bring its own heading ids; only generated ones are promised unique.
    let generated = if input.contains('<') {
        Vec::new()
    } else {
        tokenize(&r.html).tags
    };
    let mut ids = HashSet::new();
    for (tag, attrs) in &generated {
        if matches!(tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            for (a, v) in attrs {
                if a == "id" {
                    assert!(ids.insert(v.clone()), "heading id {v:?} used twice");
                }
            }
        }
    }
    assert_safe_html("sanitised HTML", &markdown::sanitise(&input));
    for candidate in [input.as_ref(), input.lines().next().unwrap_or("")] {
        if markdown::is_safe_url(candidate) {
            assert!(
                !dangerous_url(candidate),
                "is_safe_url accepted {candidate:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// The HTML safety checker shared by the targets

/// Elements that must never come out of content rendering.
const FORBIDDEN_TAGS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "svg",
    "math", "template", "xmp", "link", "meta", "form", "html", "body", "noscript",
];

/// Attributes whose value a browser may load or navigate to.
const URL_ATTRS: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "cite",
    "codebase",
    "lowsrc",
    "dynsrc",
    "ping",
];

/// True when a browser would run `url` as code (or open it as an inline document).
pub fn dangerous_url(url: &str) -> bool {
    let probe: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "livescript:"]
        .iter()
        .any(|s| probe.starts_with(s))
}

/// Every way an HTML fragment could run script; empty when it is safe.
pub fn html_problems(html: &str) -> Vec<String> {
    let seen = tokenize(html);
    let mut out = Vec::new();
    for (tag, attrs) in &seen.tags {
        if FORBIDDEN_TAGS.contains(&tag.as_str()) {
            out.push(format!("<{tag}> element"));
        }
        for (attr, value) in attrs {
            if attr.starts_with("on") {
                out.push(format!("<{tag} {attr}={value:?}> event handler"));
            }
            if URL_ATTRS.contains(&attr.as_str()) && dangerous_url(value) {
                out.push(format!("<{tag} {attr}={value:?}> script URL"));
            }
            if attr == "srcdoc" || attr == "http-equiv" {
                out.push(format!("<{tag} {attr}={value:?}>"));
            }
        }
    }
    out
}

fn assert_safe_html(what: &str, html: &str) {
    let problems = html_problems(html);
    assert!(
        problems.is_empty(),
        "{what} could run script: {problems:?}\n--- html:\n{html}"
    );
}

/// Start tags with their attribute names and decoded values, as a browser's tokenizer sees them.
#[derive(Default)]
struct Seen {
    tags: Vec<(String, Vec<(String, String)>)>,
}

struct Sink(RefCell<Seen>);

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
        let tag = name.to_string();
        let attrs = attrs
            .iter()
            .map(|a| {
                let prefix = a
                    .name
                    .prefix
                    .as_ref()
                    .map(|p| format!("{p}:"))
                    .unwrap_or_default();
                (format!("{prefix}{}", a.name.local), a.value.to_string())
            })
            .collect();
        self.0.borrow_mut().tags.push((tag.clone(), attrs));
        // Switch states as a browser would, so text inside these is not read as tags.
        match tag.as_str() {
            "script" => TokenSinkResult::RawData(RawKind::ScriptData),
            "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                TokenSinkResult::RawData(RawKind::Rawtext)
            }
            "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
            _ => TokenSinkResult::Continue,
        }
    }
}

fn tokenize(html: &str) -> Seen {
    let tok = Tokenizer::new(
        Sink(RefCell::new(Seen::default())),
        TokenizerOpts::default(),
    );
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tok.feed(&input);
    tok.end();
    tok.sink.0.take()
}
