//! What `newsdesk sources list` shows and how `sources add` finds a page's feed.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, Utc};

use super::http::{self, Client, Got};
use super::sources::Sources;
use super::state::State;
use super::{FEED_ACCEPT, discover, display_name, is_html};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::ingest::clean::Cleaner;

fn when(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// One line per source: name, address, last fetch and its outcome, the error while it keeps
/// failing, and when it is next due.
pub fn lines(list: &Sources, state: &State, now: DateTime<Utc>) -> Vec<String> {
    list.sources
        .iter()
        .map(|s| {
            let st = state.sources.get(&s.url);
            let mut line = format!("{} <{}>: ", display_name(s, st), s.url);
            match st.and_then(|st| st.last_fetch.map(|t| (st, t))) {
                Some((st, t)) => {
                    line.push_str(&format!(
                        "last fetch {}, {}",
                        when(t),
                        st.status.as_deref().unwrap_or("?")
                    ));
                    if st.failures > 1 {
                        line.push_str(&format!(" ({} failures in a row)", st.failures));
                    }
                }
                None => line.push_str("never fetched"),
            }
            if let Some(feed) = st.and_then(|st| st.feed_url.as_deref())
                && feed != s.url
            {
                line.push_str(&format!("; reads <{feed}>"));
            }
            if !s.enabled {
                line.push_str("; disabled (enabled: false)");
            } else {
                match st.and_then(|st| st.backing_off(now)) {
                    Some(t) => line.push_str(&format!("; next due {} (backing off)", when(t))),
                    None => line.push_str("; next due now"),
                }
            }
            line
        })
        .collect()
}

/// A feed found for `sources add`.
#[derive(Debug, Clone)]
pub struct Found {
    /// The feed's address.
    pub url: String,
    /// Its title.
    pub title: Option<String>,
}

/// Fetches `url`; a feed is taken as is, a page is resolved to the feed its
/// `<link rel="alternate">` advertises. Either way the feed must parse.
pub fn resolve(root: &Path, url: &str, timeout: Duration) -> Result<Found> {
    let url = url.trim();
    super::sources::check_url(url).map_err(Error::Msg)?;
    let base = Config::load(root)
        .ok()
        .and_then(|c| crate::config::normalise_base_url(&c.base_url).ok())
        .unwrap_or_default();
    let client = Client::new(&base, timeout, timeout * 3);
    let fail = |u: &str, m: String| Error::Msg(format!("{u}: {m}"));
    let get = |u: &str| match client.get(u, None, FEED_ACCEPT, http::MAX_FEED_BYTES) {
        Ok(Got::Body {
            bytes,
            content_type,
            url,
            ..
        }) => Ok((bytes, content_type, url)),
        Ok(Got::NotModified) => Err(fail(u, "unexpected 304".into())),
        Err(f) => Err(fail(u, f.message)),
    };
    let (mut bytes, ct, served) = get(url)?;
    let mut feed_url = url.to_string();
    if is_html(&bytes, ct.as_deref(), &served) {
        let link = discover::feed_link(&String::from_utf8_lossy(&bytes), &served).ok_or_else(
            || {
                fail(
                    url,
                    "a web page that advertises no feed (no <link rel=\"alternate\" type=\"application/rss+xml\"> or Atom/JSON Feed link): give the feed's address".into(),
                )
            },
        )?;
        bytes = get(&link)?.0;
        feed_url = link;
    }
    let cleaner = Cleaner::new(&[]).map_err(Error::Msg)?;
    match super::read_feed(&bytes, &cleaner) {
        Ok(feed) => Ok(Found {
            url: feed_url,
            title: feed.title,
        }),
        // A feed with nothing in it yet is still a feed.
        Err(e) if e == "feed has no entries" => Ok(Found {
            url: feed_url,
            title: None,
        }),
        Err(e) => Err(fail(&feed_url, e)),
    }
}
