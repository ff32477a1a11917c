//! Page furniture named by its markup: comment threads, share rows, related-article boxes,
//! newsletter prompts, ad slots, breadcrumbs, author boxes and the like, removed before
//! readability looks for the article.
//!
//! Readability weighs class names but keeps whatever sits inside the container it picks,
//! and a blog's comment thread or a news site's "read also" box often does. Sites name
//! these blocks for what they are (`comment-list`, `sharedaddy`, `jp-relatedposts`,
//! `newsletter-signup`, `ad-slot`), in every language the page is written in, so the names
//! are a better signal than the text. The words are data ([`KINDS`]); guards keep a block
//! that holds the headline or the article body, whatever it is called.

use std::collections::HashSet;

use dom_query::{Document, NodeId, NodeRef};

/// What a furniture block is, by the words its class, id or role use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Reader comments, the comment form, reference lists, the next posts a page lines up
    /// after the story (headlines with their excerpts) and the page's footer: removed
    /// whatever their size.
    Apart,
    /// Share and follow rows, ads, newsletter and donation prompts, related-article lists,
    /// breadcrumbs, tag lists, author boxes, tables of contents: small or mostly links.
    Furniture,
}

/// The words (parts of a class or id split at `-`, `_` and case changes) that name a kind.
const KINDS: &[(Kind, &[&str])] = &[
    (
        Kind::Apart,
        &[
            "comment",
            "comments",
            "commentlist",
            "commentform",
            "commentarea",
            "respond",
            "responses",
            "reply",
            "replies",
            "disqus",
            // Israeli news sites call their readers' comments talkbacks
            "talkback",
            "talkbacks",
            // an obituary's guest book of condolences, signed by readers
            "guestbook",
            "condolences",
            "kommentare",
            "commentaires",
            "reflist",
            "references",
            // the page's footer: terms, policies and the masthead, however long
            "footer",
            "colophon",
            "nextstory",
            "nextpost",
            "nextposts",
            "nextarticle",
        ],
    ),
    (
        Kind::Furniture,
        &[
            // sharing and following
            "share",
            "shares",
            "sharing",
            "sharebar",
            "sharebox",
            "sharedaddy",
            "shariff",
            "addtoany",
            "social",
            "socials",
            "socialmedia",
            "follow",
            // ads
            "ad",
            "ads",
            "adv",
            "advert",
            "adverts",
            "advertisement",
            "advertising",
            "adsbygoogle",
            "adslot",
            "adunit",
            "sponsor",
            "sponsored",
            "anzeige",
            "werbung",
            "publicite",
            "publicidad",
            "pubblicita",
            // prompts: [`PROMPTS`], the next entry
            // other articles
            "related",
            "relatedposts",
            "recommended",
            "recommendations",
            "outbrain",
            "taboola",
            "yarpp",
            "readalso",
            // navigation and page chrome
            "breadcrumb",
            "breadcrumbs",
            "pagination",
            "pager",
            "navbox",
            // a wiki's "For the road bridge, see …" line above the article
            "hatnote",
            "toc",
            "editsection",
            "tags",
            "tagcloud",
            "byline",
            // the label above a headline, which is the page's and not the story's
            "kicker",
            // German CMSs' names for it, and a Swiss paper's
            "dachzeile",
            "spitzmarke",
            "flagline",
            "eyebrow",
            "overline",
            "topline",
            "surtitre",
            "badge",
            "authorbox",
            "metadata",
            "dateline",
            "timestamp",
            "bio",
            "cookie",
            "cookies",
            "consent",
            "gdpr",
            "popup",
            "modal",
            "print",
            "credit",
            "credits",
            "photographer",
            "copyright",
            // notes about the page rather than the story: affiliate and legal disclosures,
            // an affiliate plugin's product boxes, the authors' profiles
            "disclaimer",
            "disclosure",
            "aawp",
            "shopthelook",
            "author",
            "authors",
            "autor",
            "autoren",
        ],
    ),
    (Kind::Furniture, PROMPTS),
];

/// Class and id words that begin a taxonomy or state class rather than a block's name
/// (WordPress writes `category-social-media`, `tag-newsletter` on the article itself).
const PREFIXES_NOT_NAMES: &[&str] = &[
    "category",
    "tag",
    "has",
    "post",
    "type",
    "format",
    "status",
    "is",
    "with",
    "no",
    "fa",
    "icon",
    "glyphicon",
];

/// Words that make the next word a state of the block rather than its name.
const STATES: &[&str] = &[
    "has", "have", "with", "without", "no", "not", "is", "show", "hide", "enable", "enabled",
    "disable", "disabled", "allow",
];

/// Two-word names of the next posts lined up after the story ([`Kind::Apart`]).
const APART_PAIRS: &[(&str, &str)] = &[
    ("next", "post"),
    ("next", "posts"),
    ("next", "story"),
    ("next", "stories"),
    ("next", "article"),
    ("next", "articles"),
    ("guest", "book"),
];

/// Two-word names split apart by the word splitter that name furniture together.
const PAIRS: &[(&str, &str)] = &[
    ("read", "also"),
    ("also", "read"),
    ("read", "more"),
    ("more", "articles"),
    ("more", "stories"),
    ("author", "box"),
    ("author", "bio"),
    ("about", "author"),
    ("post", "navigation"),
    ("sr", "only"),
    ("screen", "reader"),
    ("visually", "hidden"),
    ("most", "read"),
    ("most", "popular"),
    ("affiliate", "note"),
    ("affiliate", "notice"),
    ("product", "box"),
    // a shop magazine's product row, a fashion blog's "Shop the Look"
    ("product", "tiles"),
    ("the", "look"),
    // Joomla's details list under the headline (category, date, hits)
    ("article", "info"),
    // a podcast episode's timestamps and credits beside its transcript
    ("show", "notes"),
];

/// Names that say what a block is even when it is a paragraph of prose: a legal or
/// affiliate note reads like running text but is never the story's.
const NOT_PROSE: &[&str] = &["disclaimer", "disclosure"];

/// ARIA roles of blocks that are never the article.
const ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "contentinfo",
    "search",
    "dialog",
    "alertdialog",
    "banner",
];

/// Class words naming a caption.
const CAPTION_NAMES: &[&str] = &["caption", "captions", "figcaption", "legend", "legende"];

/// A [`Kind::Furniture`] block with more words than this is kept unless most of its text
/// is link text (a long "related" list).
const SMALL_WORDS: usize = 80;

/// An inline element (a span, a link) with more words than this is running text.
const INLINE_WORDS: usize = 15;

/// Elements that sit inside running text.
fn is_inline(node: &NodeRef) -> bool {
    node.node_name().is_some_and(|n| {
        [
            "span", "a", "em", "strong", "b", "i", "small", "font", "u", "mark",
        ]
        .iter()
        .any(|x| n.eq_ignore_ascii_case(x))
    })
}

/// Removes the furniture blocks from `doc` (see the module docs); returns how many.
pub fn remove(doc: &Document) -> usize {
    let mut doomed: Vec<NodeRef> = Vec::new();
    let mut ids: HashSet<NodeId> = HashSet::new();
    for node in doc
        .select("body [class], body [id], body [role], body [itemprop], body [itemtype]")
        .nodes()
    {
        // Inside a block already going: nothing to decide.
        if node.ancestors_it(None).any(|a| ids.contains(&a.id)) {
            continue;
        }
        let Some(kind) = kind_of(node) else {
            continue;
        };
        if is_guarded(node) {
            continue;
        }
        if kind == Kind::Furniture
            && (!small_or_links(node) || (is_prose(node) && !names_any(node, NOT_PROSE)))
            && !is_prompt_wall(node)
        {
            continue;
        }
        if is_inline(node) && node.text().split_whitespace().count() > INLINE_WORDS {
            // A span of running text with a long machine-made class (pasted from another
            // site's editor) is part of its sentence; a credit or a share label is short.
            continue;
        }
        ids.insert(node.id);
        doomed.push(*node);
    }
    for d in &doomed {
        d.remove_from_parent();
    }
    doomed.len()
}

/// Whether the element's microdata marks it as a reader's comment (`itemprop="comment"`,
/// `itemtype=".../Comment"`): forums and blog themes mark replies so, whatever their classes.
fn is_marked_comment(node: &NodeRef) -> bool {
    let prop = node.attr("itemprop").unwrap_or_default();
    let typ = node.attr("itemtype").unwrap_or_default();
    prop.split_whitespace()
        .any(|p| p.eq_ignore_ascii_case("comment"))
        || typ.split_whitespace().any(|t| {
            let last = t.rsplit('/').next().unwrap_or_default();
            last.eq_ignore_ascii_case("Comment") || last.eq_ignore_ascii_case("UserComments")
        })
}

/// Whether the element is a list of readers' notes on a post (Tumblr's reblogs and likes,
/// with what the rebloggers added): named `notes`, and holding [`MIN_NOTES`] items or more
/// each classed `note`.
fn is_notes_list(node: &NodeRef) -> bool {
    if !names_any(node, &["notes"]) {
        return false;
    }
    let notes = node
        .descendants_it()
        .filter(|d| {
            d.node_name().as_deref() == Some("li")
                && d.attr("class")
                    .is_some_and(|c| c.split_whitespace().any(|t| t == "note"))
        })
        .take(MIN_NOTES)
        .count();
    notes >= MIN_NOTES
}

/// The fewest items classed `note` that make a list of readers' notes.
const MIN_NOTES: usize = 3;

/// The kind an element's class, id, role or microdata names, if any.
pub fn kind_of(node: &NodeRef) -> Option<Kind> {
    if is_marked_comment(node) || is_notes_list(node) {
        return Some(Kind::Apart);
    }
    if node
        .attr("role")
        .is_some_and(|r| ROLES.iter().any(|x| r.trim().eq_ignore_ascii_case(x)))
    {
        return Some(Kind::Furniture);
    }
    let mut found = None;
    for attr in ["class", "id"] {
        let Some(value) = node.attr(attr) else {
            continue;
        };
        for token in value.split_whitespace() {
            match token_kind(token) {
                Some(Kind::Apart) => return Some(Kind::Apart),
                Some(k) => found = Some(k),
                None => {}
            }
        }
    }
    found
}

/// Whether a word of the element's class or id is one of `names`.
fn names_any(node: &NodeRef, names: &[&str]) -> bool {
    ["class", "id"].iter().any(|attr| {
        node.attr(attr).is_some_and(|v| {
            v.split_whitespace()
                .any(|t| words(t).iter().any(|w| names.contains(&w.as_str())))
        })
    })
}

/// The kind one class or id token names: any of its words in [`KINDS`] or [`PAIRS`], unless
/// its first word marks a taxonomy or state class.
fn token_kind(token: &str) -> Option<Kind> {
    let words = words(token);
    let first = words.first()?;
    if PREFIXES_NOT_NAMES.contains(&first.as_str()) && words.len() > 1 {
        return None;
    }
    // The last word names the block (`credit-caption` is a caption with its credit inside,
    // `caption-credit` the credit): a caption says what the picture shows, and is the story's.
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| CAPTION_NAMES.contains(&w.as_str()))
    {
        return None;
    }
    let mut found = None;
    for (i, w) in words.iter().enumerate() {
        // `has-ads`, `no-comments`, `with-sidebar`: a state of the block, not its name.
        if i > 0 && STATES.contains(&words[i - 1].as_str()) {
            continue;
        }
        for (kind, names) in KINDS {
            if names.iter().any(|n| n.eq_ignore_ascii_case(w)) {
                if *kind == Kind::Apart {
                    return Some(Kind::Apart);
                }
                found = Some(*kind);
            }
        }
        if let Some(next) = words.get(i + 1) {
            if APART_PAIRS.iter().any(|(a, b)| a == w && b == next) {
                return Some(Kind::Apart);
            }
            if PAIRS.iter().any(|(a, b)| a == w && b == next) {
                found = Some(Kind::Furniture);
            }
        }
    }
    found
}

/// A class or id split into lowercase words at `-`, `_`, `:` and lower-to-upper case changes
/// (`teaserContentWrap` → teaser, content, wrap).
pub(super) fn words(token: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in token.chars() {
        if c == '-' || c == '_' || c == ':' || c == '.' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Blocks never removed by their name: the page's skeleton, and anything holding the
/// headline or the marked-up article body.
fn is_guarded(node: &NodeRef) -> bool {
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(name.as_str(), "html" | "body" | "main" | "article" | "h1") {
        return true;
    }
    node.descendants_it().any(|d| {
        d.node_name()
            .is_some_and(|n| n.eq_ignore_ascii_case("h1") || n.eq_ignore_ascii_case("article"))
            || d.attr("itemprop")
                .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
    })
}

/// Class words of a prompt to subscribe, sign up or give (a paywall's wall, a donation box).
const PROMPTS: &[&str] = &[
    "newsletter",
    "newsletters",
    "subscribe",
    "subscription",
    "signup",
    "optin",
    "donate",
    "donation",
    "don",
    "dons",
    "spende",
    "spenden",
    // a subscription offer ("abo-box", "bloc-abonnement")
    "abo",
    "abonnement",
    "paywall",
    "regwall",
    "wall",
];

/// A prompt with more words than this is not taken for one whatever it holds.
const PROMPT_MAX_WORDS: usize = 250;

/// Whether `node` is a prompt that ends in a call to act, however much it argues first: a
/// subscriber wall's paragraphs about local journalism, a donation box's reasons to give.
/// Named as a prompt, holding a form, a button or a link styled as one, and under
/// [`PROMPT_MAX_WORDS`]; a story is not laid out around a button.
fn is_prompt_wall(node: &NodeRef) -> bool {
    if !names_any(node, PROMPTS) || is_prose(node) {
        return false;
    }
    if super::html::word_count(&node.text()) > PROMPT_MAX_WORDS {
        return false;
    }
    node.descendants_it().any(|d| {
        d.node_name().is_some_and(|n| {
            n.eq_ignore_ascii_case("form")
                || n.eq_ignore_ascii_case("button")
                || n.eq_ignore_ascii_case("input")
                || (n.eq_ignore_ascii_case("a") && names_any(&d, BUTTONS))
        })
    })
}

/// Class words of a link styled as a button.
const BUTTONS: &[&str] = &["btn", "button", "cta"];

/// A paragraph of running prose is the story's whatever its class says (`paywall-fade`
/// on the last paragraph shown before a paywall, `ad-adjacent`): prompts and credits that
/// sites mark up as paragraphs are shorter.
fn is_prose(node: &NodeRef) -> bool {
    if !node
        .node_name()
        .is_some_and(|n| n.eq_ignore_ascii_case("p"))
    {
        return false;
    }
    let text = node.text();
    let words = super::html::word_count(&text);
    let linked: usize = node
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("a")))
        .map(|a| super::html::word_count(&a.text()))
        .sum();
    words >= PROSE_WORDS && linked * 4 < words
}

/// A paragraph with this many words (few of them links) is running prose.
const PROSE_WORDS: usize = 30;

/// Is the block short, or mostly link text?
fn small_or_links(node: &NodeRef) -> bool {
    let text = node.text();
    let words = text.split_whitespace().count();
    if words <= SMALL_WORDS {
        return true;
    }
    let linked: usize = node
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("a")))
        .map(|a| a.text().split_whitespace().count())
        .sum();
    linked * 2 > words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(html: &str) -> String {
        crate::ingest::html::body_words_after(html, remove)
    }

    #[test]
    fn a_list_of_readers_notes_goes_whatever_its_length() {
        let note = |k: &str, t: &str| {
            format!(r#"<li class="note {k}"><a href="https://b.tumblr.com/">b</a> {t}</li>"#)
        };
        let added = "reblogged this from lanternandloom and added: my great-grandmother was a weaver there and I need to see this list, she talked about the flood all her life";
        let html = format!(
            r#"<body><article><div class="body-text"><p>Kept one.</p></div><section id="notes"><h3>Notes</h3><ol class="notes">{}{}{}{}</ol></section></article></body>"#,
            note("reblog", added),
            note("like", "liked this"),
            note("reblog", added),
            note("like", "liked this")
        );
        let doc = Document::from(html.as_str());
        assert_eq!(remove(&doc), 1);
        assert!(!doc.html().contains("great-grandmother"));
        // Named `notes` but no list of notes: an editor's notes stay.
        let doc = Document::from(
            r#"<body><article><p>Kept one.</p><div class="notes"><p>This story was corrected on 3 March: the bridge opened in 1871, not 1872, as an earlier version said.</p></div></article></body>"#,
        );
        assert_eq!(remove(&doc), 0);
    }

    #[test]
    fn a_prompt_ending_in_a_button_goes_however_much_it_argues() {
        let para = "Local journalism costs money to produce, and subscriptions now pay for most of our newsroom and the reporters who sit through every budget hearing in the county.";
        let html = format!(
            r#"<body><div class="story"><p>Kept one.</p></div><div class="subscriber-only-wall"><h2>Keep reading</h2><p>{para}</p><p>{para}</p><p>{para}</p><a class="btn" href="/subscribe/">Subscribe now</a></div><div class="encart-don"><p>{para}</p><p>{para}</p><p>{para}</p><a class="wp-block-button__link" href="/don">Je fais un don</a></div></body>"#
        );
        let doc = Document::from(html.as_str());
        assert_eq!(remove(&doc), 2);
        assert!(!doc.html().contains("Subscribe now"));
        assert!(!doc.html().contains("Je fais un don"));
        // Without a call to act, prose named like a prompt stays (a story wrapper classed
        // `paywall`, the paragraphs a metered page shows).
        let story = format!(
            r#"<body><div class="paywall"><p>{para}</p><p>{para}</p><p>{para}</p><p>{para}</p></div></body>"#
        );
        let doc = Document::from(story.as_str());
        assert_eq!(remove(&doc), 0);
    }

    #[test]
    fn words_split_at_separators_and_case() {
        assert_eq!(words("teaserContentWrap"), ["teaser", "content", "wrap"]);
        assert_eq!(words("jp-relatedposts"), ["jp", "relatedposts"]);
        assert_eq!(words("comment_list"), ["comment", "list"]);
        assert_eq!(words("URLBox"), ["urlbox"]);
    }

    #[test]
    fn a_caption_holding_its_credit_stays_and_the_credit_goes() {
        let doc = Document::from(
            "<html><body><div class=story><p>Story text.</p><div class=credit-caption><div class=caption><p>The mayor on the platform of the old depot.</p></div><span class=credit>Rachel Ortiz/KRCC</span></div></div></body></html>",
        );
        remove(&doc);
        let text = doc.select("body").text().to_string();
        assert!(text.contains("The mayor on the platform"), "{text}");
        assert!(!text.contains("Rachel Ortiz"), "{text}");
    }

    #[test]
    fn named_furniture_goes() {
        let html = r#"<body><div class="entry"><h1>Head</h1> <p>Story text.</p>
            <div class="sharedaddy">Share this: Facebook Twitter</div>
            <div class="ad-slot">Anzeige</div>
            <div id="jp-relatedposts"><a href="/x">Other story</a></div>
            <section class="newsletterSignup">Sign up</section></div>
            <div id="comments"><ol class="comment-list"><li>Great post!</li></ol></div></body>"#;
        assert_eq!(cleaned(html), "Head Story text.");
    }

    #[test]
    fn german_kickers_joomla_details_and_product_rows_go() {
        let html = r#"<body><div class="entry"><p class="flagline">Verkehr in Aarau</p>
            <span class="dachzeile">Lübeck</span><h1>Head</h1>
            <dl class="article-info"><dt>Details</dt><dd>Kategorie: Aktuelles</dd><dd>Zugriffe: 312</dd></dl>
            <p>Story text.</p>
            <div class="shop-the-look"><h3>Shop the Look</h3><ul><li><a href="/p">Wollmantel</a> 189,95 €</li></ul></div>
            <div class="product-tiles"><p>Passende Produkte</p><a href="/q">Ständer</a> 29,99 €</div></div></body>"#;
        assert_eq!(cleaned(html), "Head Story text.");
        // A story's own block whose class merely mentions an article stays.
        let kept =
            r#"<body><div class="article-body"><h1>Head</h1> <p>Story text.</p></div></body>"#;
        assert_eq!(cleaned(kept), "Head Story text.");
    }

    #[test]
    fn replies_marked_as_comments_go_whatever_their_class() {
        let html = r#"<body><div itemscope itemtype="http://schema.org/DiscussionForumPosting">
            <div id="post_1" class="topic-body"><div class="post" itemprop="text"><p>The announcement.</p></div></div>
            <div id="post_2" class="topic-body" itemprop="comment" itemscope itemtype="http://schema.org/Comment"><div class="post"><p>A reply.</p></div></div>
            <div class="topic-body" itemscope itemtype="https://schema.org/Comment"><p>Another reply.</p></div></div></body>"#;
        assert_eq!(cleaned(html), "The announcement.");
    }

    #[test]
    fn taxonomy_classes_and_guarded_blocks_stay() {
        let html = r#"<body><div class="post category-social-media tag-newsletter"><p>Kept one.</p></div>
            <div class="share-wrapper"><h1>Headline</h1> <p>Kept two.</p></div>
            <div class="comments-teaser"><div itemprop="articleBody"><p>Kept three.</p></div></div>
            <div class="address">Road 1</div> <div class="header">Top</div></body>"#;
        assert_eq!(
            cleaned(html),
            "Kept one. Headline Kept two. Kept three. Road 1 Top"
        );
    }

    #[test]
    fn long_prose_under_a_furniture_name_stays() {
        let prose = "word ".repeat(SMALL_WORDS + 1);
        let html = format!(r#"<body><div class="social-affairs"><p>{prose}</p></div></body>"#);
        assert_eq!(cleaned(&html).split(' ').count(), SMALL_WORDS + 1);
        let links = format!(
            r#"<body><div class="related"><a href="/a">{prose}</a></div><p>Rest.</p></body>"#
        );
        assert_eq!(cleaned(&links), "Rest.");
    }

    #[test]
    fn a_paragraph_of_prose_stays_whatever_its_class() {
        let prose = "The line will cut the journey from the station to the university from \
                     twenty-four to fourteen minutes, with five stops and priority at three \
                     junctions, the council said on Tuesday after a long debate.";
        let html = format!(
            r#"<body><p class="paywall-fade">{prose}</p><p class="newsletter">Sign up now.</p></body>"#
        );
        assert_eq!(
            cleaned(&html),
            prose.split_whitespace().collect::<Vec<_>>().join(" ")
        );
    }

    #[test]
    fn notes_about_the_page_go_even_as_prose() {
        let prose = "The line will cut the journey from the station to the university from \
                     twenty-four to fourteen minutes, with five stops and priority at three \
                     junctions, the council said on Tuesday after a long debate.";
        let html = format!(
            r#"<body><p>{prose}</p><p class="disclaimer">{prose}</p>
            <div class="aawp-product"><p>Travel game, magnetic</p><p>24,99 €</p></div>
            <div class="authors"><p>Jan Kolář writes about transport.</p></div>
            <figure><figcaption>The last train. <span class="photographer">Foto: Elin Sandberg</span></figcaption></figure></body>"#
        );
        let text = cleaned(&html);
        assert_eq!(text.matches("The line will").count(), 1, "{text}");
        for gone in ["24,99", "Kolář", "Sandberg"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert!(text.contains("The last train."), "{text}");
    }

    #[test]
    fn the_next_posts_and_the_footer_go_however_long() {
        let prose = "The good folks at the choir are still doing their thing, and now they have \
                     included both of the singers in a new arrangement of an old song. ";
        let html = format!(
            r#"<body><div id="story"><p>Story text.</p></div>
            <div id="next-post-thumbnails"><div class="nextstory"><h2><a href="/a">Other</a></h2><p>{p}{p}{p}{p}</p></div></div>
            <div id="footer"><div id="footer-left"><p>{p}{p}{p}{p}{p}</p></div></div></body>"#,
            p = prose
        );
        assert_eq!(cleaned(&html), "Story text.");
    }

    #[test]
    fn roles_mark_furniture() {
        let html = r#"<body><div role="navigation">Home News</div><p>Text.</p>
            <div role="complementary">Most read</div></body>"#;
        assert_eq!(cleaned(html), "Text.");
    }
}
