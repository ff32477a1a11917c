//! The curator's inbox in the preview server: `/__newsdesk/inbox/` (a page built from the
//! files on every request, never written into the site) and the POST endpoint its buttons
//! call. Only the preview server serves it.
//!
//! Who may change files: a request must name a host that is an IP address or `localhost`
//! with the server's port (a DNS-rebinding page names its own domain), come from that same
//! origin (no other site's page), carry the token printed into the inbox page (readable
//! only by same-origin pages), and be a POST. On a non-loopback address the inbox is
//! read-only unless `--allow-remote-edits` was given.

use std::collections::HashMap;
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Shared;
use super::inbox_page;
use crate::content::edit::Value;
use crate::inbox::{self, Action, actions::ActionError, text};

/// The inbox page.
pub(crate) const PAGE_PATH: &str = "/__newsdesk/inbox/";
/// Where its buttons post.
pub(crate) const ACTION_PATH: &str = "/__newsdesk/inbox/action";
/// Its script.
pub(crate) const SCRIPT_PATH: &str = "/__newsdesk/inbox/inbox.js";
/// Its stylesheet.
pub(crate) const STYLE_PATH: &str = "/__newsdesk/inbox/inbox.css";
/// The header carrying the per-run token.
pub(crate) const TOKEN_HEADER: &str = "x-newsdesk-token";

const SCRIPT: &str = include_str!("inbox.js");
const STYLE: &str = include_str!("inbox.css");

/// What the inbox needs from the server.
pub(crate) struct InboxState {
    /// The site root.
    pub root: PathBuf,
    /// The secret a page must send back with every change.
    pub token: String,
    /// The port requests must name in `Host`.
    pub port: u16,
    /// No changes at all (non-loopback address without `--allow-remote-edits`).
    pub read_only: bool,
    /// Drafts are built, so their preview pages exist.
    pub drafts_built: bool,
    /// Enrichment of drafts, kept between page loads.
    pub cache: Arc<inbox::Cache>,
}

/// A fresh random token (from the system's random source).
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 24];
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
    if read.is_err() {
        // No /dev/urandom (not Unix): std's per-process random hash keys, mixed with the time.
        use std::hash::{BuildHasher, Hasher};
        for chunk in bytes.chunks_mut(8) {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            );
            chunk.copy_from_slice(&h.finish().to_le_bytes()[..chunk.len()]);
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Is `Host` an address of this server (an IP literal or `localhost`, with its port)?
pub(crate) fn host_allowed(headers: &HeaderMap, port: u16) -> Option<String> {
    let host = headers
        .get(header::HOST)?
        .to_str()
        .ok()?
        .to_ascii_lowercase();
    let (name, p) = match host.rsplit_once(':') {
        Some((n, p)) if !p.contains(']') => (n, p),
        _ => return None,
    };
    if p.parse::<u16>().ok()? != port {
        return None;
    }
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    (name == "localhost" || bare.parse::<IpAddr>().is_ok()).then_some(host)
}

fn json(status: StatusCode, body: serde_json::Value) -> Response {
    let mut r = (status, body.to_string()).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/json"),
    );
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    r
}

fn refuse(status: StatusCode, message: &str) -> Response {
    json(status, serde_json::json!({ "error": message }))
}

fn state(shared: &Shared) -> Option<&InboxState> {
    shared.inbox.as_ref()
}

/// GET `/__newsdesk/inbox/`.
pub(crate) async fn page(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let Some(st) = state(&shared) else {
        return refuse(StatusCode::NOT_FOUND, "no inbox");
    };
    if host_allowed(&headers, st.port).is_none() {
        return refuse(
            StatusCode::MISDIRECTED_REQUEST,
            "the inbox answers only to this machine's addresses",
        );
    }
    let root = st.root.clone();
    let cache = Arc::clone(&st.cache);
    let loaded = tokio::task::spawn_blocking(move || inbox::load_cached(&root, &cache)).await;
    let base = shared.base_path.read().expect("lock").clone();
    let html = match loaded {
        Ok(Ok(inbox)) => inbox_page::render(&inbox, st, &base),
        Ok(Err(e)) => inbox_page::error(&e.to_string()),
        Err(e) => inbox_page::error(&e.to_string()),
    };
    let mut r = html.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/html; charset=utf-8"),
    );
    // The page carries the token: no cache may keep it, and no other site may frame it.
    h.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    h.insert(
        header::X_FRAME_OPTIONS,
        header::HeaderValue::from_static("DENY"),
    );
    h.insert(
        header::REFERRER_POLICY,
        header::HeaderValue::from_static("no-referrer"),
    );
    r
}

/// GET of the page's script and stylesheet.
pub(crate) async fn script() -> Response {
    asset(SCRIPT, "text/javascript; charset=utf-8")
}

/// GET of the page's stylesheet.
pub(crate) async fn style() -> Response {
    asset(STYLE, "text/css; charset=utf-8")
}

fn asset(body: &'static str, kind: &'static str) -> Response {
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, header::HeaderValue::from_static(kind));
    r.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-cache"),
    );
    r
}

/// What the page posts.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Request {
    action: String,
    #[serde(default)]
    slugs: Vec<String>,
    /// Slug → the file hash the page was given.
    #[serde(default)]
    hashes: HashMap<String, String>,
    /// For `edit`: field → new text ("" clears it).
    #[serde(default)]
    fields: HashMap<String, String>,
    /// For `dup`: the article repeated.
    #[serde(default)]
    of: Option<String>,
}

/// Is this request allowed to change files? `Err` is the refusal's status and reason.
fn guard(st: &InboxState, headers: &HeaderMap) -> Result<(), (StatusCode, &'static str)> {
    let Some(host) = host_allowed(headers, st.port) else {
        return Err((
            StatusCode::MISDIRECTED_REQUEST,
            "the inbox answers only to this machine's addresses",
        ));
    };
    if st.read_only {
        return Err((
            StatusCode::FORBIDDEN,
            "the inbox is read-only on a non-loopback address (serve --allow-remote-edits allows changes)",
        ));
    }
    let origin = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok());
    if origin != Some(format!("http://{host}").as_str()) {
        return Err((
            StatusCode::FORBIDDEN,
            "changes are accepted only from the inbox page itself (Origin does not match)",
        ));
    }
    let token = headers.get(TOKEN_HEADER).and_then(|t| t.to_str().ok());
    if !token.is_some_and(|t| constant_time_eq(t.as_bytes(), st.token.as_bytes())) {
        return Err((
            StatusCode::FORBIDDEN,
            "missing or wrong token: reload the inbox page",
        ));
    }
    Ok(())
}

/// Compares without stopping at the first difference, so timing says nothing about the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// POST `/__newsdesk/inbox/action`.
pub(crate) async fn action(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(st) = state(&shared) else {
        return refuse(StatusCode::NOT_FOUND, "no inbox");
    };
    if let Err((status, why)) = guard(st, &headers) {
        return refuse(status, why);
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|c| c.to_str().ok())
        .is_some_and(|c| c.starts_with("application/json"));
    if !is_json {
        return refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, "send application/json");
    }
    let req: Request = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return refuse(StatusCode::BAD_REQUEST, &format!("bad request: {e}")),
    };
    let action = match to_action(req.action.as_str(), &req) {
        Ok(a) => a,
        Err(msg) => return refuse(StatusCode::BAD_REQUEST, &msg),
    };
    let root = st.root.clone();
    let hashes = req.hashes;
    let done = tokio::task::spawn_blocking(move || inbox::apply(&root, &action, &hashes)).await;
    match done {
        Ok(Ok(outcome)) => json(
            StatusCode::OK,
            serde_json::json!({ "message": outcome.message }),
        ),
        Ok(Err(e)) => {
            let status = match e {
                ActionError::Conflict(_) => StatusCode::CONFLICT,
                ActionError::NotFound(_) => StatusCode::NOT_FOUND,
                ActionError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
                ActionError::Failed(_) => StatusCode::INTERNAL_SERVER_ERROR,
            };
            json(
                status,
                serde_json::json!({ "error": e.to_string(), "conflict": status == StatusCode::CONFLICT }),
            )
        }
        Err(e) => refuse(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string()),
    }
}

fn to_action(name: &str, req: &Request) -> Result<Action, String> {
    let one = || match req.slugs.as_slice() {
        [s] => Ok(s.clone()),
        _ => Err(format!("`{name}` takes exactly one slug")),
    };
    Ok(match name {
        "publish" => Action::Publish(req.slugs.clone()),
        "discard" => Action::Discard(req.slugs.clone()),
        "undo" => Action::Undo,
        "dup" => {
            let of = req.of.clone().filter(|o| !o.trim().is_empty());
            Action::Duplicate(
                one()?,
                of.ok_or("`dup` needs `of`: the article repeated")?
                    .trim()
                    .to_string(),
            )
        }
        "edit" => {
            let mut fields = Vec::new();
            for (k, v) in &req.fields {
                let value = match k.as_str() {
                    "title" => Value::Text(v.trim().to_string()),
                    "summary" | "note" => text::text_or_remove(v),
                    "tags" => text::tags_value(v),
                    "pin" => text::pin_value(v).map_err(|e| e.to_string())?,
                    other => return Err(format!("`{other}` cannot be edited in the inbox")),
                };
                fields.push((k.clone(), value));
            }
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            if fields.is_empty() {
                return Err("nothing to edit".into());
            }
            Action::Edit(one()?, fields)
        }
        other => return Err(format!("unknown action `{other}`")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(host: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, host.parse().unwrap());
        h
    }

    #[test]
    fn hosts_are_ip_literals_or_localhost_with_our_port() {
        for ok in [
            "127.0.0.1:4000",
            "localhost:4000",
            "[::1]:4000",
            "192.168.1.5:4000",
        ] {
            assert!(host_allowed(&headers(ok), 4000).is_some(), "{ok}");
        }
        for bad in [
            "evil.example:4000",
            "127.0.0.1:4001",
            "127.0.0.1",
            "localhost.evil.example:4000",
            "[::1]",
        ] {
            assert!(host_allowed(&headers(bad), 4000).is_none(), "{bad}");
        }
        assert!(host_allowed(&HeaderMap::new(), 4000).is_none());
    }

    #[test]
    fn tokens_are_long_and_differ() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 48);
        assert_ne!(a, b);
        assert!(constant_time_eq(a.as_bytes(), a.as_bytes()));
        assert!(!constant_time_eq(a.as_bytes(), b.as_bytes()));
    }
}
