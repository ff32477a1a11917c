//! The preview server's HTTP side: files from the output folder (never outside it), the
//! reload event stream, and the injected live-reload script.

use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::stream::{self, Stream};

use super::{Reload, Shared};

const EVENTS_PATH: &str = "/__newsdesk/events";
const SCRIPT_PATH: &str = "/__newsdesk/livereload.js";
const SCRIPT: &str = include_str!("livereload.js");
/// Longer request paths are refused outright: no page of a site needs them.
const MAX_PATH: usize = 2048;

/// Serves until the shared shutdown flag is raised.
pub(crate) async fn serve(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::from_std(listener)?;
    let shutdown = shared.shutdown.clone();
    let limits = shared.limits.clone();
    let app = Router::new()
        .route(EVENTS_PATH, get(events))
        .route(SCRIPT_PATH, get(script))
        .route(super::inbox::PAGE_PATH, get(super::inbox::page))
        .route(
            super::inbox::PAGE_PATH.trim_end_matches('/'),
            get(|| async { redirect(super::inbox::PAGE_PATH) }),
        )
        .route(super::inbox::ACTION_PATH, post(super::inbox::action))
        .route(super::inbox::SCRIPT_PATH, get(super::inbox::script))
        .route(super::inbox::STYLE_PATH, get(super::inbox::style))
        .fallback(file)
        .with_state(shared);
    super::accept::run(listener, app, &limits, shutdown).await;
    Ok(())
}

async fn script() -> Response {
    let mut r = SCRIPT.into_response();
    set(
        &mut r,
        header::CONTENT_TYPE,
        "text/javascript; charset=utf-8",
    );
    set(&mut r, header::CACHE_CONTROL, "no-cache");
    r
}

/// Server-sent events: the current state first, then every reload; ends on shutdown.
async fn events(State(shared): State<Arc<Shared>>) -> Response {
    // Each stream holds a connection for as long as its page is open: past the cap, refuse
    // rather than let streams take every connection slot.
    let Ok(permit) = Arc::clone(&shared.event_streams).try_acquire_owned() else {
        let mut r = plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many live-reload streams are open\n",
        );
        set(&mut r, header::RETRY_AFTER, "10");
        return r;
    };
    event_stream(&shared, permit).into_response()
}

/// The stream itself; it keeps `permit` until the page goes away or the server stops.
fn event_stream(
    shared: &Shared,
    permit: tokio::sync::OwnedSemaphorePermit,
) -> Sse<impl Stream<Item = Result<Event, Infallible>> + use<>> {
    let first = match shared.last_error.read().expect("lock").clone() {
        Some(msg) => to_event(&Reload::Failed(msg)),
        None => Event::default().event("build-ok").data("ok"),
    };
    let rx = shared.events.subscribe();
    let shutdown = shared.shutdown.clone();
    let rest = stream::unfold(
        (rx, shutdown, permit),
        |(mut rx, mut shutdown, permit)| async move {
            let msg = tokio::select! {
                _ = shutdown.wait_for(|stop| *stop) => return None,
                msg = rx.recv() => msg,
            };
            match msg {
                Ok(r) => Some((Ok(to_event(&r)), (rx, shutdown, permit))),
                // A slow page missed some events: a reload brings it up to date.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {
                    Some((Ok(to_event(&Reload::Page)), (rx, shutdown, permit)))
                }
                Err(_) => None,
            }
        },
    );
    let all = futures_util::StreamExt::chain(stream::once(async move { Ok(first) }), rest);
    Sse::new(all).keep_alive(KeepAlive::default())
}

/// Every event carries data: browsers silently drop server-sent events whose data is empty.
fn to_event(r: &Reload) -> Event {
    match r {
        Reload::Page => Event::default().event("reload").data("reload"),
        Reload::Css => Event::default().event("css").data("css"),
        Reload::Failed(msg) => Event::default().event("build-error").data(msg),
    }
}

/// What a request path resolves to inside the output folder.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// A file to send.
    File(PathBuf),
    /// A folder asked for without its trailing slash.
    Redirect(String),
    /// Nothing there (or something we will not serve).
    NotFound,
    /// A malformed or hostile path.
    BadRequest,
    /// The file system could not answer now (out of file descriptors, say): not a 404.
    Unavailable,
}

async fn file(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut r = (StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n").into_response();
        set(&mut r, header::ALLOW, "GET, HEAD");
        return r;
    }
    let base = shared.base_path.read().expect("lock").clone();
    let path = uri.path();
    let target = uri
        .path_and_query()
        .map_or(path.len(), |pq| pq.as_str().len());
    if path.len() > MAX_PATH || target > shared.limits.max_url_bytes {
        return plain(StatusCode::URI_TOO_LONG, "URL too long\n");
    }
    // The site lives under the base path; send the bare root there.
    let inside = path
        .strip_prefix(base.trim_end_matches('/'))
        .filter(|rest| rest.is_empty() || rest.starts_with('/'));
    let Some(inside) = inside else {
        return if path == "/" {
            redirect(&base)
        } else {
            not_found(&shared, &method).await
        };
    };
    if inside.is_empty() {
        return redirect(&base);
    }
    if !shared.built.load(Ordering::Acquire) {
        let msg = shared
            .last_error
            .read()
            .expect("lock")
            .clone()
            .unwrap_or_default();
        return error_page(&msg);
    }
    let resolved = tokio::task::spawn_blocking({
        let out = shared.out.clone();
        let inside = inside.to_string();
        move || resolve(&out, &inside)
    })
    .await
    .unwrap_or(Resolved::NotFound);
    match resolved {
        Resolved::File(p) => send_file(&p, StatusCode::OK, &method).await,
        Resolved::Redirect(to) => {
            let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
            redirect(&format!("{}{to}{query}", base.trim_end_matches('/')))
        }
        Resolved::NotFound => not_found(&shared, &method).await,
        Resolved::BadRequest => plain(StatusCode::BAD_REQUEST, "bad request path\n"),
        Resolved::Unavailable => unavailable(),
    }
}

/// What a failed look-up means: the file cannot be read right now (the process or the system
/// is out of file descriptors or memory), or, for anything else, it is not there to serve.
fn unreadable(e: &std::io::Error) -> Resolved {
    use std::io::ErrorKind::*;
    // EMFILE and ENFILE carry these numbers on Linux, macOS and the BSDs; std has no kind for them.
    let out_of_files = cfg!(unix) && matches!(e.raw_os_error(), Some(23 | 24));
    if out_of_files
        || matches!(
            e.kind(),
            OutOfMemory | ResourceBusy | WouldBlock | Interrupted
        )
    {
        Resolved::Unavailable
    } else {
        Resolved::NotFound
    }
}

/// A passing failure (such as running out of file descriptors under load): the client should
/// retry, and must not be told the page does not exist.
fn unavailable() -> Response {
    let mut r = plain(
        StatusCode::SERVICE_UNAVAILABLE,
        "the server is busy: try again\n",
    );
    set(&mut r, header::RETRY_AFTER, "1");
    r
}

/// Maps a request path (below the base path, still percent-encoded) to a file inside `out`.
pub(crate) fn resolve(out: &Path, path: &str) -> Resolved {
    let root = match out.canonicalize() {
        Ok(root) => root,
        Err(e) => return unreadable(&e),
    };
    let mut target = root.clone();
    for raw in path.split('/').filter(|s| !s.is_empty()) {
        let bytes: Vec<u8> = percent_encoding::percent_decode_str(raw).collect();
        let Ok(seg) = String::from_utf8(bytes) else {
            return Resolved::BadRequest;
        };
        // Decoded separators, parent references and NUL never name a file of the site.
        if seg == "." || seg == ".." || seg.contains(['/', '\\', '\0']) {
            return Resolved::BadRequest;
        }
        target.push(seg);
    }
    // Symlinks (or anything else) leading outside the output folder are not served.
    let real = match target.canonicalize() {
        Ok(real) => real,
        Err(e) => return unreadable(&e),
    };
    if !real.starts_with(&root) {
        return Resolved::NotFound;
    }
    if real.is_dir() {
        if !path.ends_with('/') && !path.is_empty() {
            return Resolved::Redirect(format!("{path}/"));
        }
        let index = real.join("index.html");
        return match index.canonicalize() {
            Ok(i) if i.starts_with(&root) && i.is_file() => Resolved::File(i),
            _ => Resolved::NotFound,
        };
    }
    if real.is_file() {
        Resolved::File(real)
    } else {
        Resolved::NotFound
    }
}

async fn send_file(path: &Path, status: StatusCode, method: &Method) -> Response {
    let owned = path.to_path_buf();
    let read = tokio::task::spawn_blocking(move || std::fs::read(owned)).await;
    let bytes = match read {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) if unreadable(&e) == Resolved::Unavailable => return unavailable(),
        _ => return plain(StatusCode::NOT_FOUND, "not found\n"),
    };
    let mime = mime_guess::from_path(path).first_or_octet_stream();
    let is_html = mime.essence_str() == "text/html";
    let body = if is_html { inject(bytes) } else { bytes };
    let content_type = match mime.type_() {
        mime_guess::mime::TEXT => format!("{}; charset=utf-8", mime.essence_str()),
        _ if mime.essence_str() == "application/javascript" => {
            "text/javascript; charset=utf-8".into()
        }
        _ if mime.subtype() == "xml" || mime.suffix().is_some_and(|s| s == "xml") => {
            format!("{}; charset=utf-8", mime.essence_str())
        }
        _ => mime.essence_str().to_string(),
    };
    let len = body.len();
    let mut r = if method == Method::HEAD {
        Response::new(Body::empty())
    } else {
        Response::new(Body::from(body))
    };
    *r.status_mut() = status;
    set(&mut r, header::CONTENT_TYPE, &content_type);
    set(&mut r, header::CONTENT_LENGTH, &len.to_string());
    set(&mut r, header::CACHE_CONTROL, "no-cache");
    set(&mut r, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    r
}

/// Adds the live-reload script to an HTML page (before `</body>`, or at the end).
fn inject(mut html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>");
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, tag.into_bytes());
    html
}

async fn not_found(shared: &Shared, method: &Method) -> Response {
    let page = shared.out.join("404.html");
    if page.is_file() {
        send_file(&page, StatusCode::NOT_FOUND, method).await
    } else {
        plain(StatusCode::NOT_FOUND, "not found\n")
    }
}

/// Shown until a first build succeeds, so the overlay can explain why.
fn error_page(message: &str) -> Response {
    let escaped = message
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title></head>\
         <body><main><h1>The site did not build</h1><pre>{escaped}</pre>\
         <p>Fix the file and save: this page reloads by itself.</p></main>\
         <script src=\"{SCRIPT_PATH}\"></script></body></html>"
    );
    let mut r = (StatusCode::INTERNAL_SERVER_ERROR, html).into_response();
    set(&mut r, header::CONTENT_TYPE, "text/html; charset=utf-8");
    set(&mut r, header::CACHE_CONTROL, "no-cache");
    r
}

fn redirect(to: &str) -> Response {
    let mut r = StatusCode::MOVED_PERMANENTLY.into_response();
    set(&mut r, header::LOCATION, to);
    set(&mut r, header::CACHE_CONTROL, "no-cache");
    r
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut r = (status, text).into_response();
    set(&mut r, header::CACHE_CONTROL, "no-cache");
    r
}

fn set(r: &mut Response, name: header::HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        r.headers_mut().insert(name, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_inside_and_refuses_outside() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(out.join("a")).unwrap();
        std::fs::write(out.join("a/index.html"), "x").unwrap();
        std::fs::write(out.join("style.css"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        let out_c = out.canonicalize().unwrap();
        assert_eq!(
            resolve(&out, "/a/"),
            Resolved::File(out_c.join("a/index.html"))
        );
        assert_eq!(resolve(&out, "/a"), Resolved::Redirect("/a/".into()));
        assert_eq!(
            resolve(&out, "/style.css"),
            Resolved::File(out_c.join("style.css"))
        );
        for bad in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/a/%2F..%2Fsecret.txt",
            "/a%5c..%5csecret.txt",
            "/%00",
        ] {
            assert!(
                matches!(
                    resolve(&out, bad),
                    Resolved::BadRequest | Resolved::NotFound
                ),
                "{bad}"
            );
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("link.txt"))
                .unwrap();
            assert_eq!(resolve(&out, "/link.txt"), Resolved::NotFound);
        }
        assert_eq!(resolve(&out, "/missing.html"), Resolved::NotFound);
    }

    #[test]
    fn only_passing_failures_are_unavailable() {
        use std::io::{Error, ErrorKind};
        assert_eq!(
            unreadable(&Error::from(ErrorKind::NotFound)),
            Resolved::NotFound
        );
        assert_eq!(
            unreadable(&Error::from(ErrorKind::PermissionDenied)),
            Resolved::NotFound
        );
        assert_eq!(
            unreadable(&Error::from(ErrorKind::OutOfMemory)),
            Resolved::Unavailable
        );
        #[cfg(unix)]
        for emfile_or_enfile in [23, 24] {
            assert_eq!(
                unreadable(&Error::from_raw_os_error(emfile_or_enfile)),
                Resolved::Unavailable
            );
        }
    }

    #[test]
    fn injects_before_body_end() {
        let out =
            String::from_utf8(inject(b"<html><body><p>x</p></BODY></html>".to_vec())).unwrap();
        assert!(
            out.contains("<p>x</p><script src=\"/__newsdesk/livereload.js\"></script></BODY>"),
            "{out}"
        );
    }
}
