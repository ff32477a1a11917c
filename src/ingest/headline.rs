//! Choosing a page's headline: the fullest of what the page offers, without the site's name.
//!
//! Pages name their article several times — JSON-LD `headline`, `og:title`, the `<h1>`, the
//! `<title>` — and most append or prepend the publication ("… | PSL", "SciLogs » …"). The
//! first of those in that order is taken, the publication is cut off wherever it stands at an
//! end behind one of the usual separators, and a title cut short ("…") gives way to a fuller
//! one that it begins.

use super::text::normalise_line;

/// Separators between a headline and the site's name, spaced as pages write them; Chinese
/// and Japanese pages write theirs unspaced ("…试运营_四川频道_西南网", "…5キロ｜北陸日報").
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " » ", " › ", " :: ", " · ", " // ", " ~ ", " • ", "｜", "_",
];

/// What a page says its title is, from the most to the least deliberate source.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Candidates {
    /// JSON-LD `headline` (or `name`).
    pub json_ld: Option<String>,
    /// `og:title`, else `twitter:title`.
    pub social: Option<String>,
    /// The page's `<h1>` elements, in order.
    pub h1: Vec<String>,
    /// The `<title>`.
    pub title_tag: Option<String>,
    /// What the readability pass made of it.
    pub readability: Option<String>,
    /// The first `<h2>`/`<h3>` after the first `<h1>` with [`MIN_HEADLINE_WORDS`] words or
    /// more: the story's headline on pages whose `<h1>` names the section ("News Flash").
    pub after_h1: Option<String>,
    /// The texts of the page's links to its home and its sections ("News", "Blog",
    /// "Aktuelles"): a title segment reading the same is the section, not the headline.
    pub sections: Vec<String>,
    /// On a page without an `<h1>`, the texts set apart as a heading some other way (bold,
    /// a large font, a class naming a title): old hand-made pages set their headline so.
    pub emphasised: Vec<String>,
}

impl Candidates {
    /// Whether `headline` (from another source, such as one of several JSON-LD articles)
    /// is this page's: the social title, the `<title>` or an `<h1>` gives it, perhaps with
    /// the site's name beside it.
    pub fn names(&self, headline: &str) -> bool {
        let h = key(&tidy(headline));
        if h.chars().count() < 8 {
            return false;
        }
        self.social
            .iter()
            .chain(&self.title_tag)
            .chain(&self.h1)
            .map(|t| key(&tidy(t)))
            .any(|t| {
                t == h
                    || (t.len() > h.len() && (t.starts_with(&h) || t.ends_with(&h)))
                    || (h.len() > t.len() && t.chars().count() >= 8 && h.starts_with(&t))
            })
    }
}

/// The headline from `c`, with the publication's name (any of `sites`, or a label of the
/// page's `host`) removed; empty when the page names nothing.
pub fn choose(c: &Candidates, sites: &[String], host: Option<&str>) -> String {
    let names = SiteNames::new(sites, host, &c.sections);
    let h1: Vec<String> =
        c.h1.iter()
            .map(|h| tidy(h))
            .filter(|h| !h.is_empty())
            .collect();
    let mut ordered = candidates(c, &h1, &names, false);
    if ordered.is_empty() {
        ordered = candidates(c, &h1, &names, true);
    }
    let Some(first) = ordered.first() else {
        return String::new();
    };
    let others: Vec<&str> = ordered.iter().chain(&h1).map(String::as_str).collect();
    let mut best = strip_site(first, &names, &others);
    if best.is_empty() {
        best = first.clone();
    }
    // A social title cut to length ("… for Hong Kong leader...") gives way to the headline
    // it begins, wherever that is written in full.
    if let Some(stem) = truncated(&best) {
        let fuller = ordered
            .iter()
            .chain(&h1)
            .map(|t| strip_site(t, &names, &others))
            .filter(|t| truncated(t).is_none() && t.len() > stem.len())
            .find(|t| starts_with_words(t, stem));
        if let Some(f) = fuller {
            best = f;
        }
    }
    // A headline run on into the standfirst ("… Buchdeckeln. Leandra Lou schreibt …")
    // gives way to the headline alone, where another source has it.
    if best.chars().count() > 120
        && let Some(short) = ordered
            .iter()
            .chain(&h1)
            .map(|t| strip_site(t, &names, &others))
            .filter(|t| t.split_whitespace().count() >= 3 && t.len() < best.len())
            .find(|t| best.starts_with(t.as_str()))
    {
        best = short;
    }
    // A headline cut to a length limit without an ellipsis (JSON-LD's 110 characters, a
    // social card's 70) gives way to another declared title that carries the phrase on; an
    // `<h1>` must carry it on by more than a word (a shop's name of a wine and its vintage).
    // The page's `<h1>` reading the same confirms it was not cut.
    if best.chars().count() >= MIN_CUT_CHARS && !h1.iter().any(|h| key(h) == key(&best)) {
        let declared = [&c.json_ld, &c.social, &c.title_tag]
            .into_iter()
            .flatten()
            .map(|t| (strip_site(&tidy(t), &names, &others), 1));
        let headings = h1
            .iter()
            .map(|t| (strip_site(t, &names, &others), MIN_CUT_WORDS));
        if let Some((fuller, _)) = declared
            .chain(headings)
            .find(|(t, more)| continues(t, &best, *more))
        {
            best = fuller;
        }
    }
    // A social or `<title>` headline written short for sharing or search ("Aldi Beef Maker")
    // beside the `<h1>` the reader sees, which says it more fully in mostly the same words
    // ("Beef Maker von Aldi im Test"): the `<h1>`. Not over JSON-LD, which is declared for
    // the article itself, nor an `<h1>` that is the title with a kicker or label added.
    let from_json_ld = c
        .json_ld
        .as_deref()
        .map(tidy)
        .is_some_and(|j| Some(&j) == ordered.first());
    if !from_json_ld && let Some(h) = h1.iter().find(|h| rewords_fully(h, &best, &names)) {
        best = h.clone();
    }
    // A headline shortened for sharing by dropping a clause from its middle ("… cut 14 bus
    // routes as …" beside the `<h1>` "… cut 14 bus routes and ask parents to drive as …"):
    // the `<h1>` says all of it, even over JSON-LD, which was written from the same field.
    if let Some(h) = h1.iter().find(|h| expands(h, &best, &names)) {
        best = h.clone();
    }
    // A kicker or format label that the shared title carries and the `<h1>` does not
    // ("[인터뷰] …", "VIDEO: …"): the `<h1>` is the headline, the label the page's furniture.
    if let Some(h) = h1.iter().find(|h| label_before(&best, h)) {
        best = h.clone();
    }
    // A `<title>` of the site's name and the headline on a page with no `<h1>` and no
    // declared name ("Harlan County Historical Society - Volunteers finish …"): the segment
    // the page sets apart as its heading, when exactly one is.
    if h1.is_empty()
        && let Some(h) = emphasised_segment(&best, &c.emphasised)
    {
        best = h;
    }
    // A label in brackets after the headline that the `<h1>` does not carry: a portal's
    // provider ("…導入へ（北日本テレビ）"), a format ("… (VIDEO)"): the `<h1>` is the headline.
    if let Some(h) = h1.iter().find(|h| bracket_after(&best, h)) {
        best = h.clone();
    }
    best
}

/// The longest label in brackets after a headline, in characters.
const MAX_BRACKET_CHARS: usize = 30;

/// Whether `title` is the heading `h1` followed by one bracketed label, in ASCII or
/// full-width brackets.
fn bracket_after(title: &str, h1: &str) -> bool {
    let Some(rest) = title.strip_prefix(h1) else {
        return false;
    };
    let rest = rest.trim();
    let Some(inner) = [
        ('(', ')'),
        ('（', '）'),
        ('[', ']'),
        ('【', '】'),
        ('［', '］'),
    ]
    .iter()
    .find_map(|(open, close)| rest.strip_prefix(*open)?.strip_suffix(*close)) else {
        return false;
    };
    !h1.trim().is_empty()
        && !inner.trim().is_empty()
        && inner.chars().count() <= MAX_BRACKET_CHARS
        && !inner.contains(['(', ')', '（', '）', '[', ']'])
}

/// Whether the heading `h1` says `title` more fully: more words, at least
/// [`REWORDED_SHARE`] of the title's words among them, not the title with words added
/// around it, and not the site's name.
fn rewords_fully(h1: &str, title: &str, names: &SiteNames) -> bool {
    let (h, t) = (word_keys(h1), word_keys(title));
    if t.is_empty() || h.len() <= t.len() || h.len() < 3 || key(h1).contains(&key(title)) {
        return false;
    }
    shared_share(&t, &h) >= REWORDED_SHARE
        && !names.matches(h1)
        && h1.chars().count() <= MAX_FULLER_CHARS
}

/// The least share of a short title's words a fuller `<h1>` must repeat.
const REWORDED_SHARE: f64 = 0.75;

/// The words of `t` as keys, punctuation-only tokens dropped.
fn word_keys(t: &str) -> Vec<String> {
    t.split_whitespace()
        .map(key)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether two word keys are one word, perhaps inflected: equal, or the shorter, of five
/// letters or more, beginning the longer, which adds at most three ("czytnik",
/// "czytnika"; "Brücke", "Brücken").
fn same_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.chars().count() >= 5
            && long.starts_with(short)
            && long.chars().count() - short.chars().count() <= 3)
}

/// The share of the words `of` that `among` repeats, inflected or not.
fn shared_share(of: &[String], among: &[String]) -> f64 {
    if of.is_empty() {
        return 0.0;
    }
    let shared = of
        .iter()
        .filter(|w| among.iter().any(|a| same_word(a, w)))
        .count();
    shared as f64 / of.len() as f64
}

/// Whether the heading `h1` is `title` with words put into its middle: the same first and
/// last word, every word of the title in order, and at least [`MIN_CUT_WORDS`] more — a
/// clause the shared form dropped. A kicker before the headline or a tail after it is not
/// this (the first or last word differs).
fn expands(h1: &str, title: &str, names: &SiteNames) -> bool {
    let (h, t) = (word_keys(h1), word_keys(title));
    if t.len() < 3 || h.len() < t.len() + MIN_CUT_WORDS || h1.chars().count() > MAX_FULLER_CHARS {
        return false;
    }
    // The title whole inside the heading is a kicker or a tail, however the words fall
    // ("Letters to the Editor | Letters: …").
    if h.first() != t.first()
        || h.last() != t.last()
        || key(h1).contains(&key(title))
        || names.matches(h1)
    {
        return false;
    }
    let mut rest = h.iter();
    t.iter().all(|w| rest.any(|x| x == w))
}

/// Whether `title` is `headline` behind a short label, under a third of its length: a few
/// bracketed words ("[인터뷰]", "【速報】") or one word ending in a colon, bar or dash
/// ("VIDEO:", "Opinion |"). Two words or more ("Deutsche Bahn: …") are a kicker that
/// belongs to the headline as much as the `<h1>` without it does.
fn label_before(title: &str, headline: &str) -> bool {
    let Some(label) = title.strip_suffix(headline).map(str::trim) else {
        return false;
    };
    if label.is_empty() || super::html::word_count(headline) < 3 {
        return false;
    }
    let bracketed = [('[', ']'), ('【', '】'), ('［', '］'), ('〔', '〕')]
        .iter()
        .any(|(open, close)| label.starts_with(*open) && label.ends_with(*close));
    let marked = label
        .strip_suffix([':', '：', '|', '｜', '-', '–', '—', '»'])
        .map(str::trim)
        .is_some_and(|l| !l.is_empty() && !l.contains(char::is_whitespace));
    let words = label.split_whitespace().count();
    ((bracketed && words <= MAX_SECTION_WORDS) || marked)
        && label.chars().count() * 3 <= headline.chars().count()
}

/// A headline shorter than this (characters) was not cut to a length limit.
const MIN_CUT_CHARS: usize = 50;

/// Whether `full` is `cut` carried on: the same words (the last perhaps cut short), then
/// at least `more` words of the same phrase, not a separator and a site's name.
fn continues(full: &str, cut: &str, more: usize) -> bool {
    let f: Vec<&str> = full.split_whitespace().collect();
    let c: Vec<&str> = cut.split_whitespace().collect();
    let n = c.len();
    if f.len() < n + more || n == 0 || full.chars().count() > MAX_FULLER_CHARS {
        return false;
    }
    let same = f[..n - 1]
        .iter()
        .zip(&c[..n - 1])
        .all(|(a, b)| key(a) == key(b));
    let last = key(c[n - 1]);
    let next = f[n];
    same && !last.is_empty()
        && key(f[n - 1]).starts_with(&last)
        && !c[n - 1].ends_with(['.', '!', '?', ':'])
        && next.chars().next().is_some_and(char::is_alphanumeric)
}

/// An `<h1>` carrying a cut headline on by fewer words is a variant of it.
const MIN_CUT_WORDS: usize = 2;

/// A fuller headline longer than this has run on into the standfirst.
const MAX_FULLER_CHARS: usize = 160;

/// The titles of `c` in order of preference, normalised; URL slugs only with `slugs`.
fn candidates(c: &Candidates, h1: &[String], names: &SiteNames, slugs: bool) -> Vec<String> {
    let clean = |t: &Option<String>| {
        t.as_deref()
            .map(tidy)
            .filter(|t| !t.is_empty() && (slugs || !is_slug(t)))
    };
    let json_ld = clean(&c.json_ld).filter(|j| !contradicted(j, c, h1, names));
    // A social title that is only the text of a link home or to a section names the site
    // (a Tumblr blog's `og:title` is the blog's name, which its logo `<h1>` links home).
    let social = clean(&c.social).filter(|s| !outvoted(s, c, h1, names) && !names.is_section(s));
    // With no headline declared for sharing, a page's one `<h1>` is its headline, and its
    // `<title>` may be written for search engines ("… PM oder Mini?" over "Das … Missgeschick").
    let sole_h1 = match h1 {
        [only]
            if json_ld.is_none()
                && social.is_none()
                && super::html::word_count(only) >= 2
                && !names.matches(only)
                && !names.is_section(only)
                && !SEPARATORS.iter().any(|s| only.contains(s)) =>
        {
            Some(only.clone())
        }
        _ => None,
    };
    // An `<h1>` naming the section ("News Flash", "Aktuelles") on a page that
    // declares no headline and whose `<title>` holds none (CivicPlus: "News Flash • City •
    // CivicEngage"): the story's headline is the heading below it. Not an `<h1>` naming the
    // site: a blog's next heading is its tagline.
    let below = match (h1.first(), clean(&c.after_h1)) {
        (Some(first), Some(next))
            if json_ld.is_none()
                && social.is_none()
                && names.is_section(first)
                && !names.matches(first)
                && !names.matches(&next)
                && no_headline_in(c.title_tag.as_deref().map(tidy).as_deref(), first, names) =>
        {
            Some(next)
        }
        _ => None,
    };
    if let Some(below) = below {
        return [Some(below), clean(&c.title_tag)]
            .into_iter()
            .flatten()
            .chain(h1.iter().take(1).cloned())
            .collect();
    }
    [json_ld, social, sole_h1.clone(), clean(&c.title_tag)]
        .into_iter()
        .flatten()
        .chain(h1.iter().take(1).filter(|_| sole_h1.is_none()).cloned())
        .chain(clean(&c.readability))
        .collect()
}

/// A headline has at least this many words; fewer name a section, a place or a site.
pub const MIN_HEADLINE_WORDS: usize = 4;

/// Whether `title` (a `<title>`) names the section `h1` and states no headline: one of its
/// segments is `h1`, and each of the others a name of the site or a section, or shorter
/// than a headline ("Brookfield, WI"). A logo's `<h1>` is a link home, as a section's
/// name is, but the `<title>` does not name it.
fn no_headline_in(title: Option<&str>, h1: &str, names: &SiteNames) -> bool {
    let Some(title) = title else {
        return false;
    };
    let segments = segments(title);
    segments.iter().any(|s| key(s) == key(h1))
        && segments.iter().all(|s| {
            key(s) == key(h1)
                || names.matches(s)
                || names.is_section(s)
                || super::html::word_count(s) < MIN_HEADLINE_WORDS
        })
}

/// Whether a JSON-LD headline is something else (Wikipedia puts a description there): the
/// `<h1>` and the social or `<title>` headline agree with each other and not with it.
fn contradicted(json_ld: &str, c: &Candidates, h1: &[String], names: &SiteNames) -> bool {
    let Some(h) = h1.first().map(|h| key(h)) else {
        return false;
    };
    let j = key(json_ld);
    let agrees = [&c.social, &c.title_tag]
        .into_iter()
        .flatten()
        .any(|t| key(&strip_site(&tidy(t), names, &[])) == h);
    agrees && !h.contains(&j) && !j.contains(&h)
}

/// Whether a social title is a second headline written for sharing ("Sequía en Andalucía:
/// la Junta duplica las ayudas …") while the `<h1>` and the `<title>` agree on the one the
/// page shows ("La Junta amplía a 40 millones las ayudas …"): two statements against one,
/// about the same story (half the social title's words in the `<h1>`), the `<h1>` not the
/// site's name and neither title inside the other.
fn outvoted(social: &str, c: &Candidates, h1: &[String], names: &SiteNames) -> bool {
    let (Some(h), Some(t)) = (h1.first(), c.title_tag.as_deref()) else {
        return false;
    };
    let (hk, sk) = (key(h), key(social));
    if key(&strip_site(&tidy(t), names, &[])) != hk || hk.contains(&sk) || sk.contains(&hk) {
        return false;
    }
    !names.matches(h) && shared_share(&word_keys(social), &word_keys(h)) >= OUTVOTED_SHARE
}

/// The least share of a social title's words an `<h1>` must repeat to be the same story.
const OUTVOTED_SHARE: f64 = 0.5;

/// `t` normalised: entities decoded, invisible characters and line breaks gone.
fn tidy(t: &str) -> String {
    let t = normalise_line(&t.replace(['\n', '\r', '\t'], " "));
    let t = t.replace('\u{ad}', "");
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A URL slug given as a title ("adac-kindersitztest-herbst-2018"): no headline.
fn is_slug(t: &str) -> bool {
    !t.contains(' ')
        && t.contains(['-', '_'])
        && t.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_'))
}

/// The text before a trailing ellipsis, when `t` was cut short.
fn truncated(t: &str) -> Option<&str> {
    let stem = t
        .strip_suffix("...")
        .or_else(|| t.strip_suffix('…'))?
        .trim_end();
    (stem.split_whitespace().count() >= 3).then_some(stem)
}

/// Whether `full` begins with the words of `stem` (the last of which may be cut).
fn starts_with_words(full: &str, stem: &str) -> bool {
    let f = key(full);
    let s = key(stem);
    !s.is_empty() && f.starts_with(&s)
}

/// Lower-case letters and digits only: how names are compared.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The one segment of `title` (of two or three) that one of `emphasised` reads in full,
/// with a headline's words; `None` when none or several are.
fn emphasised_segment(title: &str, emphasised: &[String]) -> Option<String> {
    let segments = segments(title);
    if !(2..=3).contains(&segments.len()) {
        return None;
    }
    let keys: Vec<String> = emphasised.iter().map(|e| key(&tidy(e))).collect();
    let mut shown = segments
        .iter()
        .filter(|s| super::html::word_count(s) >= MIN_HEADLINE_WORDS && keys.contains(&key(s)));
    let first = shown.next()?;
    shown.next().is_none().then(|| first.to_string())
}

/// The ways a page may name its publication.
struct SiteNames {
    /// Declared names (`og:site_name`, JSON-LD publisher, …), as keys.
    declared: Vec<String>,
    /// The host's labels without `www` and the top-level domain, as keys.
    host: Vec<String>,
    /// The hyphenated parts of those labels (`cdu-fraktion-erfurt`), when there are several.
    host_words: Vec<Vec<String>>,
    /// The page's section names, as keys.
    sections: Vec<String>,
}

impl SiteNames {
    fn new(sites: &[String], host: Option<&str>, sections: &[String]) -> SiteNames {
        let declared = sites
            .iter()
            .map(|s| key(s))
            .filter(|k| k.chars().count() >= 2)
            .collect();
        let labels: Vec<&str> = host
            .unwrap_or("")
            .split('.')
            .filter(|l| !l.is_empty() && *l != "www")
            .collect();
        let named = &labels[..labels.len().saturating_sub(1)];
        let host = named
            .iter()
            .map(|l| key(l))
            .filter(|k| k.chars().count() >= 4)
            .collect();
        let host_words = named
            .iter()
            .map(|l| {
                l.split('-')
                    .map(key)
                    .filter(|w| w.chars().count() >= 3)
                    .collect::<Vec<_>>()
            })
            .filter(|ws| ws.len() >= 2)
            .collect();
        let sections = sections
            .iter()
            .map(|s| key(s))
            .filter(|k| k.chars().count() >= 2)
            .collect();
        SiteNames {
            declared,
            host,
            host_words,
            sections,
        }
    }

    /// Whether one segment of a title is the publication's name.
    fn matches(&self, segment: &str) -> bool {
        let k = key(segment);
        let words = segment.split_whitespace().count();
        if k.is_empty() || words > 8 {
            return false;
        }
        self.declared.iter().any(|d| {
            *d == k
                || (d.contains(&k) && k.chars().count() >= 2 && words <= 4)
                || (k.contains(d.as_str()) && d.chars().count() >= 4 && words <= 6)
        }) || self.host.iter().any(|h| {
            k.contains(h.as_str())
                || (h.contains(&k) && k.chars().count() >= 4)
                || (words <= 6 && abbreviates(h, &k))
        }) || self
            .host_words
            .iter()
            .any(|ws| ws.iter().all(|w| k.contains(w.as_str())))
            || is_date(segment)
    }

    /// Whether one segment of a title is a section of the site ("News - …").
    fn is_section(&self, segment: &str) -> bool {
        segment.split_whitespace().count() <= MAX_SECTION_WORDS
            && self.sections.contains(&key(segment))
    }
}

/// Whether the host label `host` is the name `name` shortened at its end, as domains are
/// ("harlancountyhistory" for "Harlan County Historical Society"): the name begins with
/// all of the label but its last [`HOST_SLACK`] letters, and at least
/// [`MIN_HOST_STEM`] letters are left.
fn abbreviates(host: &str, name: &str) -> bool {
    let n = host.chars().count();
    if n < MIN_HOST_STEM + HOST_SLACK || name.len() <= host.len() {
        return false;
    }
    let stem: String = host.chars().take(n - HOST_SLACK).collect();
    name.starts_with(&stem)
}

/// Letters a domain may change at the end of the name it shortens.
const HOST_SLACK: usize = 2;

/// The least a shortened name's shared beginning has, in letters.
const MIN_HOST_STEM: usize = 10;

/// Section names and labels are short: a longer segment reading like a link is a headline.
const MAX_SECTION_WORDS: usize = 3;

/// Whether `segment` is a section's name beside `headline`: a few words, and under a third
/// of its length.
fn is_short_beside(segment: &str, headline: &str) -> bool {
    super::html::word_count(segment) <= MAX_SECTION_WORDS
        && segment.chars().count() * 3 <= headline.chars().count()
}

/// A segment that is only a date ("19.01.2020", "26 Oktober 2010").
fn is_date(s: &str) -> bool {
    s.split_whitespace().count() <= 4 && super::published::dateline(s).is_some()
}

/// The parts of `title` between its separators, trimmed, empty ones left out.
fn segments(title: &str) -> Vec<&str> {
    let mut segments: Vec<&str> = vec![title];
    for sep in SEPARATORS {
        segments = segments.iter().flat_map(|s| s.split(sep)).collect();
    }
    segments
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

/// `title` without the publication's name at either end; unchanged when no end is the
/// publication, so a headline with a dash of its own keeps it.
fn strip_site(title: &str, names: &SiteNames, others: &[&str]) -> String {
    let segments = segments(title);
    if segments.len() < 2 {
        return site_colon(title, names).unwrap_or(title).to_string();
    }
    // A segment that another source gives as the whole title is the headline.
    let confirmed = segments.iter().position(|s| {
        !names.matches(s)
            && !names.is_section(s)
            && others
                .iter()
                .any(|o| *o != title && key(o) == key(s) && key(s).chars().count() >= 8)
    });
    let (mut from, mut to) = (0, segments.len());
    if let Some(i) = confirmed {
        (from, to) = (i, i + 1);
    } else {
        if let Some(i) = (1..segments.len()).find(|&i| names.matches(segments[i])) {
            to = i;
        }
        if let Some(j) = (0..to.saturating_sub(1))
            .rev()
            .find(|&j| names.matches(segments[j]))
        {
            from = j + 1;
        }
        // Then a section's name beside the headline, never leaving only the site's name.
        while to - from >= 2 && names.is_section(segments[from]) {
            from += 1;
        }
        while to - from >= 2 && names.is_section(segments[to - 1]) {
            to -= 1;
        }
        // Between the headline and the site's name at the end, a short segment is the
        // section ("… | Education | lakesidetribune.com", "…_四川频道_西南网").
        while to < segments.len()
            && to - from >= 2
            && is_short_beside(segments[to - 1], segments[from])
        {
            to -= 1;
        }
        // And the same after the site's name at the start ("BMX | Aktuelle Artikel | …"),
        // when the site's name ends nothing.
        while from > 0
            && to == segments.len()
            && to - from >= 2
            && is_short_beside(segments[from], segments[to - 1])
        {
            from += 1;
        }
    }
    if from == 0 && to == segments.len() {
        return title.to_string();
    }
    // Cut the original text, so separators inside the headline itself survive.
    let start = segments[from];
    let end = segments[to - 1];
    let (Some(a), Some(b)) = (find(title, start, 0), find(title, end, 0)) else {
        return title.to_string();
    };
    let b = find(title, end, a).unwrap_or(b);
    title[a..b + end.len()].trim().to_string()
}

/// The headline of a `<title>` that puts the site first behind a colon (Blogger writes
/// "Valley Bird Notes: Counting swifts…"): the rest, when what stands before the colon is
/// exactly a declared name of the site or a label of its host, and the rest reads as a
/// headline. A colon is otherwise part of headlines ("Zugverkehr: Im ICE …"), so a name
/// only contained in the part before it does not count.
fn site_colon<'a>(title: &'a str, names: &SiteNames) -> Option<&'a str> {
    let (site, rest) = title.split_once(": ")?;
    let k = key(site);
    let exact = names.declared.contains(&k) || names.host.contains(&k);
    (exact && super::html::word_count(rest) >= MIN_HEADLINE_WORDS).then(|| rest.trim())
}

/// The byte offset of `needle` in `hay` at or after `from`.
fn find(hay: &str, needle: &str, from: usize) -> Option<usize> {
    hay.get(from..)?.find(needle).map(|i| i + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(tag: &str, sites: &[&str], host: &str) -> String {
        let c = Candidates {
            title_tag: Some(tag.into()),
            ..Candidates::default()
        };
        let sites: Vec<String> = sites.iter().map(|s| s.to_string()).collect();
        choose(&c, &sites, Some(host))
    }

    #[test]
    fn the_site_name_goes_wherever_it_stands() {
        let cases = [
            (
                "L’Université PSL : quand les grandes écoles font université | PSL",
                &["PSL"][..],
                "www.psl.eu",
                "L’Université PSL : quand les grandes écoles font université",
            ),
            (
                "What is Rust and why is it so popular? - Stack Overflow Blog",
                &["Stack Overflow Blog"],
                "stackoverflow.blog",
                "What is Rust and why is it so popular?",
            ),
            (
                "Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs",
                &["Die Engelbart-Galaxis"],
                "scilogs.spektrum.de",
                "Die Ablehnung der Gendersprache",
            ),
            (
                "Berlin confronts Germany's colonial past | DW | 19.01.2020",
                &["DW.COM"],
                "www.dw.com",
                "Berlin confronts Germany's colonial past",
            ),
            (
                "Internet-Law » Verstößt der Ausschluss gegen deutsches Recht?",
                &[],
                "www.internet-law.de",
                "Verstößt der Ausschluss gegen deutsches Recht?",
            ),
            (
                "Wellness: Plaisir D’Aromes - INCURVY Plus-Size Fashion - BLOG",
                &["INCURVY Plus-Size Fashion - BLOG"],
                "incurvy.de",
                "Wellness: Plaisir D’Aromes",
            ),
            ("Über uns | fairkom", &[], "www.fairkom.eu", "Über uns"),
            (
                "Briefe - 26 Oktober 2010 - Blog - Bilder, News und Schleifen!",
                &[],
                "schleifen.ucoz.de",
                "Briefe",
            ),
            (
                "Hating Millennials - the prejudice you're allowed to boast about",
                &["Boing Boing"],
                "boingboing.net",
                "Hating Millennials - the prejudice you're allowed to boast about",
            ),
            (
                "(16) Coronavirus-Update: Abkürzungen",
                &[],
                "x.org",
                "(16) Coronavirus-Update: Abkürzungen",
            ),
            (
                "CDU-Fraktion im Erfurter Stadtrat - Entwicklung der Waldorfschule ermöglicht",
                &[],
                "www.cdu-fraktion-erfurt.de",
                "Entwicklung der Waldorfschule ermöglicht",
            ),
            (
                "Historischer Markt › Historische Wehranlage in Horka e.V",
                &[],
                "www.wehranlage-horka.de",
                "Historischer Markt",
            ),
            (
                "adac-kindersitztest-herbst-2018",
                &[],
                "www.adac.de",
                "adac-kindersitztest-herbst-2018",
            ),
            (
                "Android Ransomware Spreads Via &#8216;Sex Simulation Game&#8217; Links",
                &["Threatpost"],
                "threatpost.com",
                "Android Ransomware Spreads Via ‘Sex Simulation Game’ Links",
            ),
            (
                "成都地铁30号线一期6月底开通试运营_四川频道_西南网",
                &["西南网"],
                "news.xinan-wang.cn",
                "成都地铁30号线一期6月底开通试运营",
            ),
            (
                "金沢で自動運転バス、4月から試験運行　駅と病院結ぶ5キロ｜北陸日報オンライン",
                &["北陸日報オンライン"],
                "www.hokuriku-nippo.jp",
                "金沢で自動運転バス、4月から試験運行 駅と病院結ぶ5キロ",
            ),
            (
                "Valley Bird Notes: Counting swifts at the old Hadley chimney",
                &[],
                "valleybirdnotes.blogspot.com",
                "Counting swifts at the old Hadley chimney",
            ),
            (
                "Zugverkehr: Im ICE von Frankfurt nach Barcelona",
                &["ZEIT ONLINE"],
                "www.zeit.de",
                "Zugverkehr: Im ICE von Frankfurt nach Barcelona",
            ),
            (
                "Using __init__ and snake_case names | Python Notes",
                &["Python Notes"],
                "pynotes.dev",
                "Using __init__ and snake_case names",
            ),
        ];
        for (tag, sites, host, want) in cases {
            assert_eq!(title(tag, sites, host), want, "{tag}");
        }
    }

    #[test]
    fn a_domain_shortening_the_sites_name_names_it() {
        let tag =
            "Harlan County Historical Society - Volunteers finish restoring the covered bridge";
        assert_eq!(
            title(tag, &[], "www.harlancountyhistory.org"),
            "Volunteers finish restoring the covered bridge"
        );
        // A name beginning with less of the label is another's.
        let tag = "Lantern walk raises money for the library - Harlan Street Fair";
        assert_eq!(title(tag, &[], "www.harlancountyhistory.org"), tag);
        assert!(abbreviates(
            "harlancountyhistory",
            "harlancountyhistoricalsociety"
        ));
        assert!(!abbreviates("harlancountyhistory", "harlanstreetfair"));
    }

    #[test]
    fn a_section_after_a_leading_site_name_goes() {
        assert_eq!(
            title(
                "BMXY | Aktuelle Artikel | Neue Regeln für Verbraucherkredite ab dem kommenden Jahr",
                &[],
                "www.bmxy.de"
            ),
            "Neue Regeln für Verbraucherkredite ab dem kommenden Jahr"
        );
    }

    #[test]
    fn without_an_h1_the_segment_set_apart_as_a_heading_is_the_headline() {
        let c = Candidates {
            title_tag: Some(
                "Riverside Friends - Winter lantern walk raises money for the library".into(),
            ),
            emphasised: vec!["Winter lantern walk raises money for the library".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "Winter lantern walk raises money for the library"
        );
        // Both segments set apart (a banner and a heading): neither is chosen by it.
        let both = Candidates {
            emphasised: vec![
                "Riverside Friends of the Library".into(),
                "Winter lantern walk raises money for the library".into(),
            ],
            title_tag: Some(
                "Riverside Friends of the Library - Winter lantern walk raises money for the library".into(),
            ),
            ..Candidates::default()
        };
        assert_eq!(
            emphasised_segment(both.title_tag.as_deref().unwrap(), &both.emphasised),
            None
        );
    }

    #[test]
    fn a_sole_h1_beats_a_title_written_for_search() {
        let c = Candidates {
            title_tag: Some(
                "Louis Vuitton Palm Springs PM oder Mini? &#8211; Fashionblog aus Köln".into(),
            ),
            h1: vec!["Das Louis Vuitton Missgeschick".into()],
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &[], None), "Das Louis Vuitton Missgeschick");
        // A Chinese `<h1>` is one run of characters: many words all the same.
        let zh = Candidates {
            title_tag: Some("长江口二号古船完成整体迁移-新华网".into()),
            h1: vec!["长江口二号古船完成整体迁移".into()],
            ..Candidates::default()
        };
        assert_eq!(choose(&zh, &[], None), "长江口二号古船完成整体迁移");
        // Not when the page declares its headline, nor when the h1 is the site's name.
        let declared = Candidates {
            social: Some("Louis Vuitton Palm Springs PM oder Mini?".into()),
            ..c.clone()
        };
        assert_eq!(
            choose(&declared, &[], None),
            "Louis Vuitton Palm Springs PM oder Mini?"
        );
        let logo = Candidates {
            title_tag: Some("Site Update - Band 14 - Love Hina".into()),
            h1: vec!["Love Hina".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&logo, &[], Some("love-hina.ch")),
            "Site Update - Band 14"
        );
    }

    #[test]
    fn an_h1_naming_the_section_gives_way_to_the_heading_below() {
        let c = Candidates {
            title_tag: Some("News Flash • Brookfield, WI • CivicEngage".into()),
            h1: vec!["News Flash".into()],
            after_h1: Some("Spring brush collection begins April 7".into()),
            sections: vec!["Home".into(), "News Flash".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], Some("www.brookfieldwi.gov")),
            "Spring brush collection begins April 7"
        );
        // Not when the `<title>` states a headline, nor when the page declares one, nor
        // when the `<h1>` is no section's name.
        let titled = Candidates {
            title_tag: Some("Hydrant flushing starts in Zone 2 • News Flash".into()),
            ..c.clone()
        };
        assert_eq!(
            choose(&titled, &[], None),
            "Hydrant flushing starts in Zone 2"
        );
        let declared = Candidates {
            social: Some("Brush collection: the new zones".into()),
            ..c.clone()
        };
        assert_eq!(
            choose(&declared, &[], None),
            "Brush collection: the new zones"
        );
        // A blog's logo `<h1>` is a link home too, and the heading below it the tagline.
        let logo = Candidates {
            title_tag: Some("OUTDOOR LOVERS | smallbrandmag.com".into()),
            h1: vec!["smallbrandmag.com".into()],
            after_h1: Some("Fashion, living and beauty from a journalist's desk".into()),
            sections: vec!["smallbrandmag.com".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&logo, &[], Some("smallbrandmag.com")),
            "OUTDOOR LOVERS"
        );
        let story = Candidates {
            h1: vec!["Brush pick-up moves to four zones".into()],
            ..c.clone()
        };
        assert_eq!(
            choose(&story, &[], None),
            "Brush pick-up moves to four zones"
        );
    }

    #[test]
    fn a_social_title_naming_the_link_home_is_the_site() {
        // Tumblr: `og:title` is the blog's name, which the logo `<h1>` links home.
        let c = Candidates {
            social: Some("Lantern & Loom".into()),
            title_tag: Some("Lantern & Loom — The mill town ledger that survived the flood".into()),
            h1: vec!["Lantern & Loom".into()],
            sections: vec!["Sign up".into(), "Lantern & Loom".into(), "Archive".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &["Tumblr".into()], Some("lanternandloom.tumblr.com")),
            "The mill town ledger that survived the flood"
        );
        // A social headline that no link reads is the headline.
        let story = Candidates {
            social: Some("Mill ledger found".into()),
            ..c.clone()
        };
        assert_eq!(
            choose(&story, &["Tumblr".into()], None),
            "Mill ledger found"
        );
    }

    #[test]
    fn an_h1_saying_a_short_title_more_fully_wins() {
        let with = |social: &str, h1: &[&str]| {
            let c = Candidates {
                social: Some(social.into()),
                h1: h1.iter().map(|h| h.to_string()).collect(),
                ..Candidates::default()
            };
            choose(&c, &[], None)
        };
        assert_eq!(
            with("Aldi Beef Maker", &["Beef Maker von Aldi im Test"]),
            "Beef Maker von Aldi im Test"
        );
        assert_eq!(
            with(
                "Die Ablehnung der Gendersprache",
                &[
                    "BLOG: Die Engelbart-Galaxis",
                    "Die Ablehnung von “Gendersprache” – medial produziert"
                ]
            ),
            "Die Ablehnung von “Gendersprache” – medial produziert"
        );
        // Not an `<h1>` that adds a kicker to the title, nor one in other words.
        let t = "Bahn will Hunderte Brücken schneller sanieren";
        assert_eq!(with(t, &[&format!("Deutsche Bahn {t}")]), t);
        assert_eq!(
            with(t, &["Die Bahn saniert in diesem Jahr mehr als 400 Brücken"]),
            t
        );
    }

    #[test]
    fn an_inflected_word_is_the_same_word() {
        assert!(same_word("czytnik", "czytnika"));
        assert!(same_word("brücke", "brücken"));
        assert!(!same_word("bahn", "bahnen"), "too short to tell");
        assert!(!same_word("schule", "schulentwicklung"));
        // So an `<h1>` saying a Polish title more fully in declined words wins.
        let c = Candidates {
            social: Some("Test nowego tramwaju z Bydgoszczy".into()),
            h1: vec!["Test: nowy tramwaj z Bydgoszczy, który wreszcie ma klimatyzację".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "Test: nowy tramwaj z Bydgoszczy, który wreszcie ma klimatyzację"
        );
    }

    #[test]
    fn a_title_and_h1_agreeing_outvote_a_social_title() {
        let h1 = "Le Conseil vote un plan de 12 millions pour les pistes cyclables du centre";
        let c = Candidates {
            social: Some("Vélo en ville : le Conseil sort 12 millions".into()),
            title_tag: Some(format!("{h1} | Le Petit Rhodanien")),
            h1: vec![h1.into()],
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &[], Some("www.lepetitrhodanien.fr")), h1);
        // Not when the two agreeing are the blog's name, nor about another story.
        let blog = Candidates {
            social: Some("Le moulin de la Vega tourne à nouveau".into()),
            title_tag: Some("Chroniques du Val".into()),
            h1: vec!["Chroniques du Val".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&blog, &[], None),
            "Le moulin de la Vega tourne à nouveau"
        );
    }

    #[test]
    fn an_h1_with_the_clause_a_shared_title_dropped_wins() {
        let c = Candidates {
            json_ld: Some("Harbour board raises mooring fees as repair bill grows".into()),
            social: Some("Harbour board raises mooring fees as repair bill grows".into()),
            h1: vec![
                "Harbour board raises mooring fees by a third and delays dredging as repair bill grows"
                    .into(),
            ],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "Harbour board raises mooring fees by a third and delays dredging as repair bill grows"
        );
        // A kicker or a tail around the title is not a dropped clause, even when the
        // kicker begins with the title's first word.
        let t = "Harbour board raises mooring fees";
        for h in [
            format!("Port news: {t}"),
            format!("{t} – what it means for you"),
            format!("Harbour notes | {t}"),
        ] {
            let c = Candidates {
                json_ld: Some(t.into()),
                h1: vec![h],
                ..Candidates::default()
            };
            assert_eq!(choose(&c, &[], None), t);
        }
    }

    #[test]
    fn a_label_the_h1_lacks_is_no_part_of_the_headline() {
        let with = |social: &str, h1: &str| {
            let c = Candidates {
                social: Some(social.into()),
                h1: vec![h1.into()],
                ..Candidates::default()
            };
            choose(&c, &[], None)
        };
        let h1 = "Praha otevřela první úsek tramvajové trati na Dvorce";
        assert_eq!(with(&format!("VIDEO: {h1}"), h1), h1);
        let ko = "김서연 한빛철도 대표 \"지방 노선, 수요 기다리지 말고 먼저 만들어야\"";
        assert_eq!(with(&format!("[인터뷰] {ko}"), ko), ko);
        // A colon inside the headline, or a longer lead-in, is the headline's own.
        let own = "Storm Edda: trains cancelled as gusts hit the coast";
        assert_eq!(with(own, "trains cancelled as gusts hit the coast"), own);
        let long = "Why the council keeps studying bus lanes: the vote next month";
        assert_eq!(with(long, "the vote next month"), long);
        let bus = "Our buses are stuck in traffic. Give them their own lanes.";
        assert_eq!(with(&format!("Opinion | {bus}"), bus), bus);
    }

    #[test]
    fn a_headline_cut_without_an_ellipsis_gives_way() {
        let full = "Regional rail line between Corran and Ashby Bridge reopens after four months of landslide repairs";
        let c = Candidates {
            json_ld: Some(full[..60].to_string()),
            social: Some(full.into()),
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &[], None), full);
        let c = Candidates {
            json_ld: Some("I rewrote our billing service in Rust. Here is what it cost".into()),
            social: Some("I rewrote our billing service in Rust. Here is what it cost us".into()),
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "I rewrote our billing service in Rust. Here is what it cost us"
        );
        // One more word in an `<h1>` is a variant: a shop's product name and its vintage.
        let c = Candidates {
            social: Some("Beringer Zinfandel Rose Stone Cellars lieblich / süß".into()),
            h1: vec!["Beringer Zinfandel Rose Stone Cellars lieblich / süß 2015".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "Beringer Zinfandel Rose Stone Cellars lieblich / süß"
        );
        // Nor when the page's `<h1>` reads as the shorter one: it was not cut
        // ("… Halaman all", a pager's label run into the `<title>`).
        let c = Candidates {
            social: Some("Kereta cepat Jakarta-Surabaya mulai studi kelayakan".into()),
            h1: vec!["Kereta cepat Jakarta-Surabaya mulai studi kelayakan".into()],
            title_tag: Some(
                "Kereta cepat Jakarta-Surabaya mulai studi kelayakan Halaman all - Warta.com"
                    .into(),
            ),
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "Kereta cepat Jakarta-Surabaya mulai studi kelayakan"
        );
        // A headline that ends where the other goes on behind a separator is whole.
        let c = Candidates {
            json_ld: Some("Regional rail line between Corran and Ashby Bridge reopens".into()),
            title_tag: Some(
                "Regional rail line between Corran and Ashby Bridge reopens – live updates".into(),
            ),
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "Regional rail line between Corran and Ashby Bridge reopens"
        );
    }

    #[test]
    fn a_section_name_is_not_part_of_the_headline() {
        let c = Candidates {
            title_tag: Some(
                "News - Site Update - Leseprobe Band 14 / Kapitel 121 - Love Hina".into(),
            ),
            h1: vec!["love-hina.ch News -".into()],
            sections: vec!["News".into(), "News-Archiv".into(), "Links".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], Some("www.love-hina.ch")),
            "Site Update - Leseprobe Band 14 / Kapitel 121"
        );
        // A headline that happens to be a topic link stays whole.
        let c = Candidates {
            title_tag: Some("Brexit | The Daily Planet".into()),
            sections: vec!["Brexit".into()],
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &["The Daily Planet".into()], None), "Brexit");
        let c = Candidates {
            title_tag: Some("The Daily Planet | Storm hits coast".into()),
            sections: vec!["Storm hits coast".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &["The Daily Planet".into()], None),
            "Storm hits coast"
        );
    }

    #[test]
    fn a_confirmed_segment_wins_and_a_truncated_title_gives_way() {
        let c = Candidates {
            title_tag: Some(
                "Gregory Szorc's Digital Home\n  | Mercurial's Journey to Python 3".into(),
            ),
            h1: vec!["Mercurial's Journey to Python 3".into()],
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], Some("gregoryszorc.com")),
            "Mercurial's Journey to Python 3"
        );
        let c = Candidates {
            social: Some("Tsai Ing-wen’s playbook should be essential reading for Hong Kong leader...".into()),
            h1: vec!["Tsai Ing-wen’s playbook should be essential reading for Hong Kong leader Carrie Lam".into()],
            title_tag: Some("Tsai Ing-wen’s playbook | South China Morning Post".into()),
            ..Candidates::default()
        };
        assert_eq!(
            choose(
                &c,
                &["South China Morning Post".into()],
                Some("www.scmp.com")
            ),
            "Tsai Ing-wen’s playbook should be essential reading for Hong Kong leader Carrie Lam"
        );
        assert_eq!(choose(&Candidates::default(), &[], None), "");
    }

    #[test]
    fn a_bracketed_label_after_the_headline_gives_way_to_the_h1() {
        let c = Candidates {
            social: Some("富山の路面電車、新型車両10編成を導入へ（北日本テレビ）".into()),
            h1: vec!["富山の路面電車、新型車両10編成を導入へ".into()],
            title_tag: Some(
                "富山の路面電車、新型車両10編成を導入へ（北日本テレビ） - ポータルニュース".into(),
            ),
            ..Candidates::default()
        };
        assert_eq!(
            choose(&c, &[], None),
            "富山の路面電車、新型車両10編成を導入へ"
        );
        let c = Candidates {
            social: Some("Storm hits coast (VIDEO)".into()),
            h1: vec!["Storm hits coast".into()],
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &[], None), "Storm hits coast");
        // Brackets the `<h1>` carries too are the headline's.
        let c = Candidates {
            social: Some("Budget passes (again)".into()),
            h1: vec!["Budget passes (again)".into()],
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &[], None), "Budget passes (again)");
    }
}
