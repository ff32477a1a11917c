//! Hostile content never executes: a corpus of XSS payloads is put in every front matter
//! string field and in Markdown bodies (default `allow_raw_html: false`), the site is built
//! with the real binary, and every page, the feeds, the sitemap and the search index are
//! parsed and inspected element by element and attribute by attribute.

mod common;

use std::cell::RefCell;
use std::fs;
use std::io::Read;
use std::path::Path;

use common::*;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Payloads covering the well-known classes; each carries `XSS` so script text can be traced.
const PAYLOADS: &[&str] = &[
    "<script>alert('XSS')</script>",
    "<ScRiPt src=//evil.example/XSS.js></ScRiPt>",
    "</script><script>alert('XSS')</script>",
    "</title><script>alert('XSS')</script>",
    "<img src=x onerror=alert('XSS')>",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<body onload=alert('XSS')>",
    "<svg onload=alert('XSS')><script>alert('XSS')</script></svg>",
    "<svg><a xlink:href=\"javascript:alert('XSS')\"><text>x</text></a></svg>",
    "<math><mi xlink:href=\"javascript:alert('XSS')\">x</mi></math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert('XSS')>x</maction></math>",
    "<iframe src=\"javascript:alert('XSS')\"></iframe>",
    "<iframe srcdoc=\"<script>alert('XSS')</script>\"></iframe>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=\"></object>",
    "<embed src=\"javascript:alert('XSS')\">",
    "<style>body{background:url(\"javascript:alert('XSS')\")}</style>",
    "<div style=\"background-image: url(javascript:alert('XSS'))\">x</div>",
    "<div style=\"width: expression(alert('XSS'))\">x</div>",
    "<a href=\"javascript:alert('XSS')\">click</a>",
    "<a href=\"JaVaScRiPt:alert('XSS')\">click</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:alert('XSS')\">c</a>",
    "<a href=\"&#x6A;avascript&colon;alert('XSS')\">c</a>",
    "<a href=\" \u{1}javascript:alert('XSS')\">c</a>",
    "<a href=\"vbscript:msgbox('XSS')\">c</a>",
    "<a href=\"data:text/html,<script>alert('XSS')</script>\">c</a>",
    "<form action=\"javascript:alert('XSS')\"><button>go</button></form>",
    "<button formaction=\"javascript:alert('XSS')\">go</button>",
    "<input autofocus onfocus=alert('XSS')>",
    "<details open ontoggle=alert('XSS')>",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('XSS')\">",
    "<base href=\"javascript:alert('XSS')//\">",
    "<link rel=import href=\"data:text/html,XSS\">",
    "<template><script>alert('XSS')</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('XSS')>\"></noscript>",
    "\" onmouseover=\"alert('XSS')\" x=\"",
    "' onmouseover='alert(`XSS`)' x='",
    "\"><script>alert('XSS')</script>",
    "'><img src=x onerror=alert('XSS')>",
    "<!--<img src=\"--><img src=x onerror=alert('XSS')//\">",
    "<![CDATA[<script>alert('XSS')</script>]]>",
    "]]><script>alert('XSS')</script>",
    "{{ config }}{% raw %}XSS{% endraw %}{{ 7*7 }}",
    "${alert('XSS')}",
    "<scr<script>ipt>alert('XSS')</scr</script>ipt>",
    "<a href=\"java\nscript:alert('XSS')\">c</a>",
    "javascript:alert('XSS')",
    "JAVASCRIPT:alert('XSS')",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=",
    "vbscript:msgbox('XSS')",
    "&#106;avascript:alert('XSS')",
];

/// Payloads that only mean something as Markdown.
const MARKDOWN_PAYLOADS: &[&str] = &[
    "[click](javascript:alert('XSS'))",
    "[click](JaVaScRiPt:alert('XSS'))",
    "[click](&#106;avascript:alert('XSS'))",
    "[click](&#x6A;avascript&colon;alert('XSS'))",
    "[click](<java\tscript:alert('XSS')>)",
    "[click](vbscript:msgbox('XSS'))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4=)",
    "![img](javascript:alert('XSS'))",
    "![img](x \"\\\" onerror=alert('XSS') x=\\\"\")",
    "<javascript:alert('XSS')>",
    "[ref][r]\n\n[r]: javascript:alert('XSS')",
    "# Heading {onclick=alert('XSS')}",
    "# Heading {#x onmouseover=alert('XSS') .c}",
    "## H2 {style=\"background:url(javascript:alert('XSS'))\"}",
    "```\n</code></pre><script>alert('XSS')</script>\n```",
    "```html\n<script>alert('XSS')</script>\n```",
    "`<script>alert('XSS')</script>`",
    "<div>\n\n[x](javascript:alert('XSS'))\n\n</div>",
    "[x]( javascript:alert('XSS'))",
    "<a href=\"https://ok.example/\" onclick=\"alert('XSS')\">ok</a>",
];

/// One article's front matter with `payload` in every string field.
fn front_matter(payload: &str, url_payload: &str) -> String {
    let fm = serde_json::json!({
        "title": format!("Title {payload}"),
        "date": "2024-08-02",
        "source": format!("Source {payload}"),
        "source_url": url_payload,
        "authors": [format!("Author {payload}"), payload],
        "people": [format!("Person {payload}"), payload],
        "places": [format!("Place {payload}"), "France", payload],
        "tags": [format!("tag {payload}"), payload],
        "note": format!("Note {payload}"),
        "summary": format!("Summary {payload}"),
        "extra": { "any": payload, "list": [payload] },
    });
    serde_yaml::to_string(&fm).unwrap()
}

fn hostile_site() -> TempSite {
    let site = TempSite::new(&[]);
    let mut n = 0;
    for (i, p) in PAYLOADS.iter().enumerate() {
        // Every payload in the body too: as a paragraph, inline, in a list and a quote.
        let body = format!("{p}\n\nText before {p} text after.\n\n- {p}\n\n> {p}\n");
        let url = PAYLOADS[(i * 7) % PAYLOADS.len()];
        site.write(
            &format!("content/2024/08/xss-{i:03}.md"),
            &format!("---\n{}---\n\n{body}", front_matter(p, url)),
        );
        n += 1;
    }
    for (i, p) in MARKDOWN_PAYLOADS.iter().enumerate() {
        site.write(
            &format!("content/2024/07/md-{i:03}.md"),
            &format!(
                "---\n{}---\n\nLead paragraph.\n\n{p}\n",
                front_matter(p, "javascript:alert('XSS')")
            ),
        );
        n += 1;
    }
    assert!(n > 60);
    // The editor's intro of the edition holding them: every payload in its title and body,
    // which reach the edition page, the home page, the email and the edition feeds.
    let all: Vec<&str> = PAYLOADS.iter().chain(MARKDOWN_PAYLOADS).copied().collect();
    let title = serde_json::to_string(&all.join(" ")).unwrap();
    let body: String = all
        .iter()
        .map(|p| format!("{p}\n\nSee {p} here.\n\n"))
        .collect();
    site.write(
        "content/editions/2024-08-02.md",
        &format!("---\ntitle: {title}\n---\n{body}"),
    );
    site
}

/// What the tokenizer saw: every start tag with its (decoded) attributes, and script text.
#[derive(Default)]
struct Seen {
    tags: Vec<(String, Vec<(String, String)>)>,
    scripts: Vec<(Vec<(String, String)>, String)>,
    in_script: Option<(Vec<(String, String)>, String)>,
    text: String,
}

struct Sink(RefCell<Seen>);

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut seen = self.0.borrow_mut();
        match token {
            Token::TagToken(Tag {
                kind: TagKind::StartTag,
                name,
                attrs,
                ..
            }) => {
                let tag = name.to_string();
                let attrs: Vec<(String, String)> = attrs
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
                seen.tags.push((tag.clone(), attrs.clone()));
                match tag.as_str() {
                    "script" => {
                        seen.in_script = Some((attrs, String::new()));
                        TokenSinkResult::RawData(RawKind::ScriptData)
                    }
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                        TokenSinkResult::RawData(RawKind::Rawtext)
                    }
                    "title" | "textarea" => TokenSinkResult::RawData(RawKind::Rcdata),
                    _ => TokenSinkResult::Continue,
                }
            }
            Token::TagToken(Tag {
                kind: TagKind::EndTag,
                name,
                ..
            }) if &*name == "script" => {
                if let Some(s) = seen.in_script.take() {
                    seen.scripts.push(s);
                }
                TokenSinkResult::Continue
            }
            Token::CharacterTokens(t) => {
                if let Some((_, buf)) = seen.in_script.as_mut() {
                    buf.push_str(&t);
                } else {
                    seen.text.push_str(&t);
                }
                TokenSinkResult::Continue
            }
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

/// True when a browser would treat `url` as running code (or an inline document).
fn dangerous_url(url: &str) -> bool {
    let probe: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "livescript:"]
        .iter()
        .any(|s| probe.starts_with(s))
}

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

const FORBIDDEN_TAGS: &[&str] = &[
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "svg", "math",
    "template", "xmp", "body", "html",
];

/// Every way `html` (from file `name`) could run hostile code; empty when safe.
fn problems(name: &str, html: &str, whole_page: bool) -> Vec<String> {
    let seen = tokenize(html);
    let mut out = Vec::new();
    let (mut html_tags, mut body_tags) = (0, 0);
    for (tag, attrs) in &seen.tags {
        match tag.as_str() {
            "html" => html_tags += 1,
            "body" => body_tags += 1,
            // The theme draws its own timeline and coverage map as inline SVG; anything else
            // SVG is content that escaped the sanitiser. (Handlers and links inside the
            // theme's SVG are still checked below, like every element's.)
            "svg"
                if attrs
                    .iter()
                    .any(|(a, v)| a == "class" && (v == "sparkline" || v == "map")) => {}
            // An edition's email keeps the theme's dark-mode and narrow-screen at-rules in
            // one <style> (mail clients need them there); its text is checked below.
            "style" if name.ends_with("/email.html") => {}
            t if FORBIDDEN_TAGS.contains(&t) => out.push(format!("{name}: <{t}> element")),
            _ => {}
        }
        for (attr, value) in attrs {
            if attr.starts_with("on") {
                out.push(format!("{name}: <{tag} {attr}=\"{value}\">"));
            }
            if URL_ATTRS.contains(&attr.as_str()) && dangerous_url(value) {
                out.push(format!("{name}: <{tag} {attr}=\"{value}\">"));
            }
            if attr == "style" && value.contains("XSS") {
                out.push(format!("{name}: <{tag} style=\"{value}\">"));
            }
            if attr == "srcdoc" {
                out.push(format!("{name}: <{tag} srcdoc>"));
            }
            if tag == "meta" && attr == "http-equiv" {
                out.push(format!("{name}: <meta http-equiv=\"{value}\">"));
            }
            if tag == "link" && attr == "rel" && value.eq_ignore_ascii_case("import") {
                out.push(format!("{name}: <link rel=import>"));
            }
        }
    }
    if name.ends_with("/email.html") {
        let styles = html.split("<style").skip(1).count();
        let payload = html
            .split("<style")
            .skip(1)
            .any(|rest| rest.split("</style>").next().unwrap_or("").contains("XSS"));
        if styles > 1 || payload {
            out.push(format!(
                "{name}: {styles} <style> elements, payload: {payload}"
            ));
        }
    }
    // One <html> and one <body> from the theme, none from content.
    let (max_html, max_body) = if whole_page { (1, 1) } else { (0, 0) };
    if html_tags > max_html || body_tags > max_body {
        out.push(format!(
            "{name}: {html_tags} <html> / {body_tags} <body> tags"
        ));
    }
    for (attrs, text) in &seen.scripts {
        let src = attrs.iter().find(|(a, _)| a == "src").map(|(_, v)| v);
        let kind = attrs.iter().find(|(a, _)| a == "type").map(|(_, v)| v);
        if text.contains("XSS") || src.is_some_and(|s| s.contains("XSS")) {
            if kind.is_some_and(|k| k.contains("json"))
                && serde_json::from_str::<serde_json::Value>(text).is_ok()
            {
                continue;
            }
            out.push(format!(
                "{name}: <script> carrying a payload: {text:?} {src:?}"
            ));
        }
        if let Some(s) = src
            && (dangerous_url(s) || s.contains("//"))
        {
            out.push(format!("{name}: <script src=\"{s}\">"));
        }
    }
    out
}

/// Builds the hostile site and returns (output folder guard, problems found).
#[test]
fn xss_corpus_never_executes_in_pages_feeds_sitemap_or_search() {
    let site = hostile_site();
    let o = site.build(&["--quiet"]);
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = site.out();
    let files = snapshot(&out);
    let mut found = Vec::new();
    let (mut pages, mut feeds, mut chunks) = (0, 0, 0);
    for (rel, bytes) in &files {
        if rel.ends_with(".html") {
            pages += 1;
            let html = String::from_utf8(bytes.clone()).expect("pages are UTF-8");
            found.extend(problems(rel, &html, true));
        } else if rel.ends_with(".xml") {
            let xml = String::from_utf8(bytes.clone()).expect("XML is UTF-8");
            let doc = match roxmltree::Document::parse(&xml) {
                Ok(doc) => doc,
                Err(e) => {
                    found.push(format!("{rel} is not well-formed XML: {e}"));
                    continue;
                }
            };
            if rel.ends_with("atom.xml") {
                feeds += 1;
            }
            found.extend(xml_problems(rel, &doc));
        } else if rel.starts_with("search/d/") {
            chunks += 1;
            found.extend(search_problems(rel, bytes));
        }
    }
    assert!(
        pages > 60 && feeds >= 1 && chunks >= 1,
        "{pages} {feeds} {chunks}"
    );
    assert!(
        found.is_empty(),
        "{} problems:\n{}",
        found.len(),
        found.join("\n")
    );

    // The payloads are shown as text, not dropped: a title survives literally.
    let page = fs::read_to_string(out.join("2024/08/02/xss-041/index.html"))
        .or_else(|_| {
            // Article URLs follow the site's scheme; find the page by its file name.
            let hit = files
                .keys()
                .find(|k| k.contains("xss-041/index.html"))
                .unwrap();
            fs::read_to_string(out.join(hit))
        })
        .unwrap();
    let seen = tokenize(&page);
    assert!(
        seen.text
            .contains("Title {{ config }}{% raw %}XSS{% endraw %}{{ 7*7 }}"),
        "template syntax in a title must be shown as written"
    );
}

/// Feeds and the sitemap: links are web links, and embedded HTML passes the page checks.
fn xml_problems(rel: &str, doc: &roxmltree::Document) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc.descendants().filter(|n| n.is_element()) {
        for a in node.attributes() {
            if matches!(a.name(), "href" | "src" | "uri") && dangerous_url(a.value()) {
                out.push(format!(
                    "{rel}: <{} {}=\"{}\">",
                    node.tag_name().name(),
                    a.name(),
                    a.value()
                ));
            }
        }
        let name = node.tag_name().name();
        if matches!(name, "loc" | "uri" | "id") {
            let text = node.text().unwrap_or("");
            if dangerous_url(text) {
                out.push(format!("{rel}: <{name}>{text}"));
            }
        }
        if matches!(name, "content" | "summary" | "title" | "subtitle") {
            let kind = node.attribute("type").unwrap_or("text");
            let text: String = node.descendants().filter_map(|n| n.text()).collect();
            if kind == "html" || kind == "xhtml" {
                out.extend(problems(&format!("{rel} <{name}>"), &text, false));
            }
        }
    }
    out
}

/// Search document chunks: gzip JSON rows `[url, title, date, source, summary]`; the URL
/// must be a site path (the client sets it as an href), the text is shown with textContent.
fn search_problems(rel: &str, bytes: &[u8]) -> Vec<String> {
    let mut json = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut json)
        .unwrap();
    let rows: Vec<Vec<serde_json::Value>> = serde_json::from_str(&json).unwrap();
    let mut out = Vec::new();
    for row in rows {
        let url = row[0].as_str().unwrap_or("");
        if dangerous_url(url) || url.contains(':') || url.starts_with("//") {
            out.push(format!("{rel}: url {url:?}"));
        }
    }
    out
}

#[test]
fn checker_catches_what_it_must() {
    // The inspector itself must see each class of leak, or the corpus test proves nothing.
    for bad in [
        "<script>alert('XSS')</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"&#106;avascript:x\">x</a>",
        "<a href=\" javascript:x\">x</a>",
        "<iframe src=/x></iframe>",
        "<svg></svg>",
        "<svg class=\"map\" onload=\"alert(1)\"></svg>",
        "<svg class=\"sparkline\"><a href=\"javascript:x\">x</a></svg>",
        "<div style=\"x:url(XSS)\"></div>",
        "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert('XSS')</script>",
    ] {
        assert!(!problems("t", bad, false).is_empty(), "missed {bad}");
    }
    assert!(
        problems(
            "t",
            "<p>&lt;script&gt;alert('XSS')</p><a href=\"/x/\">x</a>",
            false
        )
        .is_empty()
    );
    let _ = Path::new(".");
}
