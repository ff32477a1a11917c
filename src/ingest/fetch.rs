//! `--url`: fetching a page or feed over HTTP(S) with a timeout and a clear error.

use std::time::Duration;

use ureq::ResponseExt;

/// The largest body we read (pages and feeds are far smaller).
const MAX_BYTES: u64 = 20 * 1024 * 1024;

/// A fetched response.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The body.
    pub bytes: Vec<u8>,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The address finally served (after redirects).
    pub url: String,
}

/// GETs `url`, failing with a one-line reason on a bad address, a network error, a timeout or
/// a non-success status.
pub fn get(url: &str, timeout: Duration) -> Result<Fetched, String> {
    get_capped(url, timeout, MAX_BYTES)
}

/// Like [`get`], refusing a body over `max` bytes.
pub fn get_capped(url: &str, timeout: Duration, max: u64) -> Result<Fetched, String> {
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err("not an http:// or https:// address".into());
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .user_agent(concat!("newsdesk/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut resp = agent
        .get(url)
        .call()
        .map_err(|e| describe(e, timeout, max))?;
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let final_url = resp.get_uri().to_string();
    let bytes = resp
        .body_mut()
        .with_config()
        .limit(max)
        .read_to_vec()
        .map_err(|e| describe(e, timeout, max))?;
    Ok(Fetched {
        bytes,
        content_type,
        url: final_url,
    })
}

fn describe(e: ureq::Error, timeout: Duration, max: u64) -> String {
    match e {
        ureq::Error::StatusCode(code) => {
            format!("HTTP status {code} (the server refused or has no such page)")
        }
        ureq::Error::Timeout(_) => format!("timed out after {} s", timeout.as_secs_f64()),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::BodyExceedsLimit(_) => format!("response larger than {max} bytes"),
        other => format!("fetch failed: {other}"),
    }
}
