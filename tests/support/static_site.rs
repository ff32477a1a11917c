//! Serves a built site from a folder under a base path on 127.0.0.1, as a static host would
//! (folders → index.html, a content type per extension), for browser tests and benches.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use super::http::{Reply, Server};

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("jpg") | Some("jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Serves `dir` at `http://127.0.0.1:PORT{base_path}`; anything else is a 404.
pub fn serve(dir: PathBuf, base_path: &'static str) -> Server {
    Server::start(move |_method, path| {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let Some(rel) = path.strip_prefix(base_path) else {
            return Reply::status(404);
        };
        if rel.split('/').any(|s| s == "..") {
            return Reply::status(400);
        }
        let mut file = dir.join(rel);
        if rel.is_empty() || rel.ends_with('/') {
            file = file.join("index.html");
        }
        match std::fs::read(&file) {
            Ok(body) => Reply {
                content_type: content_type(&file),
                body,
                ..Reply::status(200)
            },
            Err(_) => Reply::status(404),
        }
    })
}
