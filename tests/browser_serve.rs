//! End to end in headless Chromium: an open page follows edits to its article by itself.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::*;
use headless_chrome::{Browser, Tab};
use newsdesk::serve::{self, ServeOptions};

/// A site with one article, `content/2024/07/a.md`.
fn one_article_site() -> TempSite {
    TempSite::new(&[(
        "content/2024/07/a.md",
        &article("Original headline", "2024-07-01", ""),
    )])
}

/// Preview options for `site`: any free port, built into the site's `.preview` folder.
fn preview_options(site: &TempSite) -> ServeOptions {
    let mut opts = ServeOptions::new(site.root().to_path_buf());
    opts.port = Some(0);
    opts.output = Some(site.root().join(".preview"));
    opts
}

/// A new tab showing the article of [`one_article_site`] on `server`.
fn open_article(browser: &Browser, server: &serve::Server) -> Arc<Tab> {
    let tab = browser.new_tab().unwrap();
    tab.set_default_timeout(Duration::from_secs(20));
    tab.navigate_to(&format!("{}articles/2024/07/a/", server.url))
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab
}

/// The string `js` evaluates to in `tab` (empty when it is not a string).
fn eval_string(tab: &Tab, js: &str) -> String {
    tab.evaluate(js, false)
        .ok()
        .and_then(|r| r.value)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

fn text(tab: &Tab) -> String {
    eval_string(tab, "document.body.innerText")
}

/// Whether the page's live-reload stream is `connected`, `retrying` or not yet either.
fn live(tab: &Tab) -> String {
    eval_string(tab, "document.documentElement.dataset.newsdeskLive || ''")
}

#[test]
fn an_open_page_shows_edits_and_build_errors_without_a_manual_reload() {
    let Some(browser) = browser() else { return };
    let site = one_article_site();
    let server = serve::start(preview_options(&site)).unwrap();
    let tab = open_article(&browser, &server);
    assert!(text(&tab).contains("Original headline"));
    // Wait until the page's event stream is connected before editing.
    assert!(wait_until(10, || live(&tab) == "connected"));
    site.write(
        "content/2024/07/a.md",
        &article("Edited headline", "2024-07-01", ""),
    );
    assert!(
        wait_until(15, || text(&tab).contains("Edited headline")),
        "the page did not update by itself: {}",
        text(&tab)
    );
    // A broken edit: the overlay appears over the last good page.
    site.write("content/2024/07/a.md", "---\ntitle: [broken\n---\n");
    assert!(
        wait_until(15, || text(&tab).contains("did not build")),
        "no error overlay: {}",
        text(&tab)
    );
    assert!(
        text(&tab).contains("content/2024/07/a.md"),
        "the overlay names the file"
    );
    assert!(
        text(&tab).contains("Edited headline"),
        "the last good build stays visible"
    );
    site.write(
        "content/2024/07/a.md",
        &article("Fixed headline", "2024-07-01", ""),
    );
    assert!(wait_until(15, || text(&tab).contains("Fixed headline")
        && !text(&tab).contains("did not build")));
    server.stop();
}

#[test]
fn a_page_refused_a_live_reload_stream_retries_until_one_is_free() {
    use std::io::{Read, Write};
    let Some(browser) = browser() else { return };
    let site = one_article_site();
    let mut opts = preview_options(&site);
    opts.limits.max_event_streams = 1;
    let server = serve::start(opts).unwrap();
    // Another client holds the only stream: the page's own request gets a 503.
    let mut holder = std::net::TcpStream::connect(server.addr).unwrap();
    holder
        .write_all(b"GET /__newsdesk/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    let mut head = [0u8; 64];
    let n = holder.read(&mut head).unwrap();
    assert!(
        head[..n].starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&head[..n])
    );
    let tab = open_article(&browser, &server);
    assert!(
        wait_until(10, || live(&tab) == "retrying"),
        "the refused page did not say it is retrying: {:?}",
        live(&tab)
    );
    // The slot frees once the server notices the holder is gone (at its next keep-alive
    // write at the latest); the page then connects and follows edits again.
    drop(holder);
    assert!(
        wait_until(45, || live(&tab) == "connected"),
        "the page never reconnected: {:?}",
        live(&tab)
    );
    site.write(
        "content/2024/07/a.md",
        &article("Edited headline", "2024-07-01", ""),
    );
    assert!(
        wait_until(15, || text(&tab).contains("Edited headline")),
        "the reconnected page did not update: {}",
        text(&tab)
    );
    server.stop();
}
