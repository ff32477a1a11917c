//! The inbox in the preview server, for real: raw HTTP requests to a server on an ephemeral
//! port, checking that only the inbox page itself can change files (token, Origin, Host,
//! POST, read-only off loopback) and that a file changed on disk is never overwritten.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

use common::*;
use newsdesk::serve::{self, ServeOptions};

const DRAFT: &str = "---\ntitle: Ferry fire off Corfu\ndate: 2024-08-19\n# keep this comment\nsource: Kathimerini\ndraft: true\n---\n\nA fire broke out on a ferry off Corfu.\n";

fn site() -> TempSite {
    TempSite::new(&[("content/2024/08/ferry.md", DRAFT)])
}

fn start(site: &TempSite, bind: [u8; 4], allow_remote_edits: bool) -> serve::Server {
    let mut opts = ServeOptions::new(site.root().to_path_buf());
    opts.port = Some(0);
    opts.bind = bind.into();
    opts.allow_remote_edits = allow_remote_edits;
    opts.output = Some(site.root().join(".preview"));
    serve::start(opts).expect("server starts")
}

/// Extra header lines of a request.
type Headers<'a> = Vec<(&'a str, &'a str)>;

struct Reply {
    status: u16,
    head: String,
    body: String,
}

/// One request with the given extra header lines; `Host` defaults to the address.
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    let port = addr.port();
    let local = SocketAddr::from(([127, 0, 0, 1], port));
    let mut s = TcpStream::connect(local).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(20)))
        .unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
        head.push_str(&format!("Host: 127.0.0.1:{port}\r\n"));
    }
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body.as_bytes()).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    Reply {
        status: head.split(' ').nth(1).unwrap().parse().unwrap(),
        head: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

fn token_of(page: &str) -> String {
    let at = page
        .find("name=\"newsdesk-token\" content=\"")
        .expect("token meta")
        + 31;
    page[at..at + page[at..].find('"').unwrap()].to_string()
}

fn publish_body() -> &'static str {
    r#"{"action":"publish","slugs":["ferry"]}"#
}

#[test]
fn only_the_inbox_page_itself_can_change_files() {
    let site = site();
    let server = start(&site, [127, 0, 0, 1], false);
    let a = server.addr;
    let origin = format!("http://127.0.0.1:{}", a.port());
    let page = request(a, "GET", "/__newsdesk/inbox/", &[], "");
    assert_eq!(page.status, 200);
    assert!(
        page.head.contains("cache-control: no-store"),
        "{}",
        page.head
    );
    assert!(page.head.contains("x-frame-options: deny"), "{}", page.head);
    assert!(page.body.contains("Ferry fire off Corfu"));
    let token = token_of(&page.body);
    assert_eq!(token.len(), 48);
    let bare = request(a, "GET", "/__newsdesk/inbox", &[], "");
    assert_eq!(bare.status, 301);
    assert!(
        bare.head.contains("location: /__newsdesk/inbox/"),
        "{}",
        bare.head
    );

    // A DNS-rebinding page names its own host: it can read neither the page nor post.
    let rebound = format!("evil.example:{}", a.port());
    let r = request(a, "GET", "/__newsdesk/inbox/", &[("Host", &rebound)], "");
    assert_eq!(r.status, 421);
    assert!(!r.body.contains(&token));

    let json = ("Content-Type", "application/json");
    let refused: Vec<(&str, Headers, u16)> = vec![
        ("no token", vec![json, ("Origin", &origin)], 403),
        (
            "wrong token",
            vec![json, ("Origin", &origin), ("X-Newsdesk-Token", "0123")],
            403,
        ),
        ("no Origin", vec![json, ("X-Newsdesk-Token", &token)], 403),
        (
            "another site",
            vec![
                json,
                ("Origin", "http://evil.example"),
                ("X-Newsdesk-Token", &token),
            ],
            403,
        ),
        (
            "another port",
            vec![
                json,
                ("Origin", "http://127.0.0.1:1"),
                ("X-Newsdesk-Token", &token),
            ],
            403,
        ),
        (
            "rebound host",
            vec![
                json,
                ("Host", &rebound),
                ("Origin", "http://evil.example"),
                ("X-Newsdesk-Token", &token),
            ],
            421,
        ),
        (
            "a form post",
            vec![
                ("Content-Type", "text/plain"),
                ("Origin", &origin),
                ("X-Newsdesk-Token", &token),
            ],
            415,
        ),
    ];
    for (why, headers, status) in &refused {
        let r = request(
            a,
            "POST",
            "/__newsdesk/inbox/action",
            headers,
            publish_body(),
        );
        assert_eq!(r.status, *status, "{why}: {}", r.body);
        assert_eq!(
            std::fs::read_to_string(site.root().join("content/2024/08/ferry.md")).unwrap(),
            DRAFT,
            "{why} changed the file"
        );
    }
    let good = [
        json,
        ("Origin", origin.as_str()),
        ("X-Newsdesk-Token", token.as_str()),
    ];
    let r = request(a, "GET", "/__newsdesk/inbox/action", &good, "");
    assert_eq!(r.status, 405, "changes only through POST");

    // A file changed since the page was loaded is not overwritten.
    let stale = r#"{"action":"publish","slugs":["ferry"],"hashes":{"ferry":"0000000000000000"}}"#;
    let r = request(a, "POST", "/__newsdesk/inbox/action", &good, stale);
    assert_eq!(r.status, 409, "{}", r.body);
    assert!(r.body.contains("changed on disk"), "{}", r.body);

    let r = request(a, "POST", "/__newsdesk/inbox/action", &good, publish_body());
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/2024/08/ferry.md")).unwrap(),
        DRAFT.replace("draft: true\n", "")
    );
    let r = request(
        a,
        "POST",
        "/__newsdesk/inbox/action",
        &good,
        r#"{"action":"undo"}"#,
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/2024/08/ferry.md")).unwrap(),
        DRAFT
    );
    let r = request(
        a,
        "POST",
        "/__newsdesk/inbox/action",
        &good,
        r#"{"action":"explode"}"#,
    );
    assert_eq!(r.status, 400, "{}", r.body);

    // The inbox is the server's own: nothing of it is in the built site.
    server.stop();
    let built = snapshot(&site.root().join(".preview"));
    assert!(!built.is_empty());
    assert!(
        built.keys().all(|k| !k.contains("__newsdesk")),
        "{:?}",
        built.keys()
    );
    let o = site.build(&["--quiet", "--drafts"]);
    assert!(o.status.success());
    assert!(
        snapshot(&site.out())
            .keys()
            .all(|k| !k.contains("__newsdesk"))
    );
}

#[test]
fn off_loopback_the_inbox_is_read_only_unless_remote_edits_are_allowed() {
    let site = site();
    let server = start(&site, [0, 0, 0, 0], false);
    let page = request(server.addr, "GET", "/__newsdesk/inbox/", &[], "");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Read-only"), "{}", page.body);
    assert!(page.body.contains("name=\"newsdesk-token\" content=\"\""));
    assert!(!page.body.contains("data-act=\"publish\""));
    let origin = format!("http://127.0.0.1:{}", server.addr.port());
    let r = request(
        server.addr,
        "POST",
        "/__newsdesk/inbox/action",
        &[
            ("Content-Type", "application/json"),
            ("Origin", &origin),
            ("X-Newsdesk-Token", ""),
        ],
        publish_body(),
    );
    assert_eq!(r.status, 403);
    server.stop();

    let server = start(&site, [0, 0, 0, 0], true);
    let origin = format!("http://127.0.0.1:{}", server.addr.port());
    let page = request(server.addr, "GET", "/__newsdesk/inbox/", &[], "");
    let token = token_of(&page.body);
    let r = request(
        server.addr,
        "POST",
        "/__newsdesk/inbox/action",
        &[
            ("Content-Type", "application/json"),
            ("Origin", &origin),
            ("X-Newsdesk-Token", &token),
        ],
        publish_body(),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    server.stop();
}
