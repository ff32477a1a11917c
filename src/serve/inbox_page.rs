//! The inbox page's HTML: groups as sections, drafts as articles with their actions and an
//! edit form each, a help dialog for the keyboard. Everything from files is escaped.

use std::fmt::Write;

use html_escape::{encode_double_quoted_attribute as attr, encode_text as text};

use super::inbox::{InboxState, SCRIPT_PATH, STYLE_PATH};
use crate::inbox::{Draft, Group, Inbox};

/// The live-reload script, for the error page (the inbox page listens to rebuilds itself,
/// holding a reload back while the curator is typing).
const LIVE: &str = "/__newsdesk/livereload.js";

/// The whole page.
pub(crate) fn render(inbox: &Inbox, st: &InboxState, base: &str) -> String {
    let drafts: usize = inbox.groups.iter().map(|g| g.articles.len()).sum();
    let mut h = String::with_capacity(4096 + drafts * 2048);
    let _ = write!(
        h,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Inbox: {drafts} draft{s} — newsdesk</title>\
         <meta name=\"newsdesk-token\" content=\"{token}\">\
         <link rel=\"stylesheet\" href=\"{STYLE_PATH}\"></head>\
         <body data-read-only=\"{ro}\">\
         <header class=\"top\"><h1>Inbox</h1>\
         <p class=\"count\">{drafts} draft{s} in {groups} stor{ies}, newest first</p>",
        s = if drafts == 1 { "" } else { "s" },
        token = if st.read_only { "" } else { &st.token },
        ro = st.read_only,
        groups = inbox.groups.len(),
        ies = if inbox.groups.len() == 1 { "y" } else { "ies" },
    );
    if !st.read_only {
        h.push_str(
            "<p class=\"tools\"><button type=\"button\" id=\"undo\" aria-keyshortcuts=\"u\">Undo last action</button> \
             <button type=\"button\" id=\"help-open\" aria-keyshortcuts=\"?\">Keyboard shortcuts</button></p>",
        );
    } else {
        h.push_str(
            "<p class=\"notice\">Read-only: this preview listens on a non-loopback address. \
             Restart <code>newsdesk serve</code> with <code>--allow-remote-edits</code> to make changes here.</p>",
        );
    }
    if !st.drafts_built {
        h.push_str(
            "<p class=\"notice\">Preview links need drafts built: restart with <code>newsdesk serve --drafts</code>.</p>",
        );
    }
    h.push_str("</header><div id=\"status\" role=\"status\" aria-live=\"polite\"></div><main id=\"inbox\">");
    for p in &inbox.problems {
        let _ = write!(h, "<p class=\"problem\" role=\"alert\">{}</p>", text(p));
    }
    if drafts == 0 {
        h.push_str("<p class=\"empty\">No drafts: the inbox is empty.</p>");
    }
    for g in &inbox.groups {
        group(&mut h, g, st, base);
    }
    h.push_str("</main>");
    // Every draft's slug, for the "duplicate of" fields.
    h.push_str("<datalist id=\"all-slugs\">");
    for d in inbox.drafts() {
        let _ = write!(h, "<option value=\"{}\">", attr(&d.slug));
    }
    h.push_str("</datalist>");
    help(&mut h);
    let _ = write!(h, "<script src=\"{SCRIPT_PATH}\"></script></body></html>");
    h
}

fn group(h: &mut String, g: &Group, st: &InboxState, base: &str) {
    let id = format!("g-{}", g.slug);
    let n = g.articles.len();
    let _ = write!(
        h,
        "<section class=\"group\" aria-labelledby=\"{id}\" data-group=\"{slug}\"><h2 id=\"{id}\">{title}",
        id = attr(&id),
        slug = attr(&g.slug),
        title = text(&g.articles[0].title),
    );
    if n > 1 {
        let _ = write!(h, " <span class=\"reports\">({n} reports)</span>");
    }
    h.push_str("</h2>");
    if n > 1 && !st.read_only {
        let _ = write!(
            h,
            "<p class=\"group-actions\"><button type=\"button\" data-act=\"publish-group\">Publish all {n}</button> \
             <button type=\"button\" data-act=\"discard-group\">Discard all {n}</button></p>"
        );
    }
    h.push_str("<ol class=\"drafts\">");
    for (i, d) in g.articles.iter().enumerate() {
        draft(h, d, i == 0 && n > 1, st, base);
    }
    h.push_str("</ol></section>");
}

fn draft(h: &mut String, d: &Draft, best: bool, st: &InboxState, base: &str) {
    let hid = format!("t-{}", d.slug);
    let _ = write!(
        h,
        "<li><article class=\"draft\" tabindex=\"-1\" aria-labelledby=\"{hid}\" data-slug=\"{slug}\" data-hash=\"{hash}\">\
         <h3 id=\"{hid}\">{title}</h3>",
        hid = attr(&hid),
        slug = attr(&d.slug),
        hash = attr(&d.hash),
        title = text(&d.title),
    );
    h.push_str("<p class=\"meta\">");
    if best {
        h.push_str("<strong class=\"best\">Best candidate</strong> · ");
    }
    let _ = write!(
        h,
        "{} · <time datetime=\"{date}\">{date}</time> · {} words",
        text(d.source.as_deref().unwrap_or("No source")),
        d.words,
        date = attr(&d.date),
    );
    if d.partial {
        h.push_str(" · feed summary only");
    }
    if let Some(of) = &d.duplicate_of {
        let _ = write!(h, " · duplicate of <code>{}</code>", text(of));
    }
    if let Some(p) = d.pin {
        let _ = write!(h, " · pinned {p}");
    }
    h.push_str("</p>");
    if !d.summary.is_empty() {
        let _ = write!(h, "<p class=\"summary\">{}</p>", text(&d.summary));
    }
    if let Some(note) = &d.note {
        let _ = write!(
            h,
            "<p class=\"note\"><strong>Note:</strong> <span class=\"note-text\">{}</span></p>",
            text(note)
        );
    }
    let list = |h: &mut String, name: &str, items: &[String]| {
        if !items.is_empty() {
            let joined: Vec<String> = items.iter().map(|s| text(s).into_owned()).collect();
            let _ = write!(h, "<dt>{name}</dt><dd>{}</dd>", joined.join(", "));
        }
    };
    if !(d.people.is_empty() && d.places.is_empty() && d.tags.is_empty()) {
        h.push_str("<dl class=\"facts\">");
        list(h, "People", &d.people);
        list(h, "Places", &d.places);
        list(h, "Tags", &d.tags);
        h.push_str("</dl>");
    }
    h.push_str("<p class=\"links\">");
    if let Some(url) = d.source_url.as_deref().filter(|u| is_web(u)) {
        let _ = write!(
            h,
            "<a href=\"{}\" rel=\"noopener noreferrer\" target=\"_blank\">Original<span class=\"visually-hidden\">: {}</span></a> ",
            attr(url),
            text(&d.title)
        );
    }
    let _ = write!(
        h,
        "<a href=\"{}{}\">Preview<span class=\"visually-hidden\">: {}</span></a> <span class=\"file\">{}</span></p>",
        attr(base),
        attr(&d.page),
        text(&d.title),
        text(&d.path.display().to_string()),
    );
    if !st.read_only {
        actions(h, d);
    }
    h.push_str("</article></li>");
}

fn is_web(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

fn actions(h: &mut String, d: &Draft) {
    let t = text(&d.title);
    let _ = write!(
        h,
        "<p class=\"actions\">\
         <button type=\"button\" data-act=\"publish\" aria-keyshortcuts=\"p\">Publish<span class=\"visually-hidden\">: {t}</span></button> \
         <button type=\"button\" data-act=\"discard\" aria-keyshortcuts=\"d\">Discard<span class=\"visually-hidden\">: {t}</span></button> \
         <button type=\"button\" data-act=\"edit\" aria-keyshortcuts=\"e\" aria-expanded=\"false\">Edit<span class=\"visually-hidden\">: {t}</span></button></p>"
    );
    let v = |s: Option<&str>| attr(s.unwrap_or("")).into_owned();
    let slug = attr(&d.slug);
    let _ = write!(
        h,
        "<form class=\"edit\" hidden>\
         <p><label for=\"title-{slug}\">Title</label><input id=\"title-{slug}\" name=\"title\" required value=\"{title}\"></p>\
         <p><label for=\"summary-{slug}\">Summary</label><textarea id=\"summary-{slug}\" name=\"summary\" rows=\"3\">{summary}</textarea></p>\
         <p><label for=\"note-{slug}\">Note</label><textarea id=\"note-{slug}\" name=\"note\" rows=\"2\">{note}</textarea></p>\
         <p><label for=\"tags-{slug}\">Tags <span class=\"hint\">(comma-separated)</span></label><input id=\"tags-{slug}\" name=\"tags\" value=\"{tags}\"></p>\
         <p><label for=\"pin-{slug}\">Pin <span class=\"hint\">(lower first; empty for none)</span></label><input id=\"pin-{slug}\" name=\"pin\" inputmode=\"numeric\" pattern=\"-?[0-9]*\" value=\"{pin}\"></p>\
         <p><button type=\"submit\">Save</button> <button type=\"button\" data-act=\"cancel\">Cancel</button></p>\
         </form>\
         <form class=\"dup\"><label for=\"dup-{slug}\">Duplicate of</label> \
         <input id=\"dup-{slug}\" name=\"of\" list=\"all-slugs\" placeholder=\"slug of the article it repeats\"> \
         <button type=\"submit\">Mark duplicate</button></form>",
        title = attr(&d.title),
        summary = text(&d.summary),
        note = text(d.note.as_deref().unwrap_or("")),
        tags = attr(&d.tags.join(", ")),
        pin = v(d.pin.map(|p| p.to_string()).as_deref()),
    );
}

fn help(h: &mut String) {
    h.push_str(
        "<dialog id=\"help\" aria-labelledby=\"help-title\"><h2 id=\"help-title\">Keyboard shortcuts</h2><dl class=\"keys\">\
         <dt><kbd>j</kbd> / <kbd>k</kbd></dt><dd>Next / previous draft</dd>\
         <dt><kbd>p</kbd></dt><dd>Publish the current draft</dd>\
         <dt><kbd>d</kbd></dt><dd>Discard the current draft</dd>\
         <dt><kbd>e</kbd></dt><dd>Edit the current draft</dd>\
         <dt><kbd>u</kbd></dt><dd>Undo the last action</dd>\
         <dt><kbd>?</kbd></dt><dd>Show or hide this help</dd>\
         <dt><kbd>Esc</kbd></dt><dd>Close the form or this help</dd></dl>\
         <form method=\"dialog\"><button>Close</button></form></dialog>",
    );
}

/// Shown when the drafts cannot be read (a broken site.yaml, say).
pub(crate) fn error(message: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Inbox unavailable — newsdesk</title>\
         <link rel=\"stylesheet\" href=\"{STYLE_PATH}\"></head><body><main><h1>The inbox cannot be read</h1>\
         <pre>{}</pre><p>Fix the file and save: this page reloads by itself.</p></main>\
         <script src=\"{LIVE}\"></script></body></html>",
        text(message)
    )
}
