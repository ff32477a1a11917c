//! An HTTP/1.1 server for fetch tests and the fetch benchmark: binds any loopback address,
//! shows the handler each request's headers, and can add latency, stall mid-body or gzip.
//! One request per connection (`Connection: close`); a thread per connection; stops when dropped.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// A request as the handler sees it.
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    /// Header names lowercased.
    pub headers: HashMap<String, String>,
    /// When it arrived.
    pub at: Instant,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
}

/// What the handler answers.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Send this many body bytes, then stall for `stall` before closing.
    pub stall_after: Option<usize>,
    pub stall: Duration,
}

impl Reply {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            stall_after: None,
            stall: Duration::ZERO,
        }
    }

    pub fn status(status: u16) -> Reply {
        Reply::new(status, "text/plain", format!("status {status}\n"))
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.into(), value.into()));
        self
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

/// A running server.
pub struct Server {
    pub addr: SocketAddr,
    /// Every request seen, in order of arrival.
    pub log: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    /// Serves `handler` on a free port of 127.0.0.1.
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        Server::start_on("127.0.0.1", Duration::ZERO, handler)
    }

    /// Serves `handler` on a free port of `ip` (a loopback address), answering each request
    /// `latency` late.
    pub fn start_on(
        ip: &str,
        latency: Duration,
        handler: impl Fn(&Request) -> Reply + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind((ip, 0)).expect("bind a loopback address");
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let (stop, log) = (stop.clone(), log.clone());
            thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let (handler, log) = (handler.clone(), log.clone());
                    thread::spawn(move || serve(conn, &*handler, &log, latency));
                }
            });
        }
        Server { addr, log, stop }
    }

    /// `http://ADDR` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Requests seen for `path`.
    pub fn requests(&self, path: &str) -> Vec<Request> {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.path == path)
            .cloned()
            .collect()
    }

    pub fn hits(&self, path: &str) -> usize {
        self.requests(path).len()
    }

    pub fn total(&self) -> usize {
        self.log.lock().unwrap().len()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn serve(conn: TcpStream, handler: &Handler, log: &Mutex<Vec<Request>>, latency: Duration) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() || line.is_empty() {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).is_err() || h == "\r\n" || h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let req = Request {
        path,
        headers,
        at: Instant::now(),
    };
    log.lock().unwrap().push(req.clone());
    let mut reply = handler(&req);
    if !latency.is_zero() {
        thread::sleep(latency);
    }
    let gzip = reply
        .headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("content-encoding") && v == "gzip");
    if gzip {
        use std::io::Write as _;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(&reply.body).unwrap();
        reply.body = enc.finish().unwrap();
    }
    let mut out = conn;
    let mut head = format!("HTTP/1.1 {} X\r\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        reply.body.len()
    ));
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    match reply.stall_after {
        Some(n) => {
            let _ = out.write_all(&reply.body[..n.min(reply.body.len())]);
            let _ = out.flush();
            thread::sleep(reply.stall);
        }
        None => {
            let _ = out.write_all(&reply.body);
        }
    }
    let _ = out.flush();
}

/// An RSS 2.0 feed of `(id, title, link, body, date)` items; an empty body makes a
/// summary-only item with a one-line description.
pub fn rss(title: &str, items: &[(String, String, String, String, String)]) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>{}</title><link>http://example.invalid/</link><description>d</description>\n",
        esc(title)
    );
    for (id, t, link, body, date) in items {
        out.push_str(&format!(
            "<item><guid isPermaLink=\"false\">{}</guid><title>{}</title><link>{}</link><pubDate>{}</pubDate>",
            esc(id),
            esc(t),
            esc(link),
            esc(date)
        ));
        if body.is_empty() {
            out.push_str(&format!(
                "<description>A short summary only: the desk reports briefly on this matter for readers who want more ({}).</description>",
                esc(id)
            ));
        } else {
            out.push_str(&format!("<content:encoded>{}</content:encoded>", esc(body)));
        }
        out.push_str("</item>\n");
    }
    out.push_str("</channel></rss>\n");
    out
}

/// Article text of `words` distinct-ish words, as HTML paragraphs, seeded by `seed`.
pub fn article_html(seed: usize, paragraphs: usize) -> String {
    const WORDS: &[&str] = &[
        "council", "river", "market", "minister", "harbour", "election", "bridge", "farmers",
        "budget", "railway", "school", "hospital", "festival", "museum", "coast", "village",
        "report", "court", "union", "energy", "water", "forest", "police", "station",
    ];
    let mut out = String::new();
    let mut x = seed.wrapping_mul(2654435761).wrapping_add(12345);
    for p in 0..paragraphs {
        out.push_str("<p>");
        for w in 0..40 {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let word = WORDS[(x >> 33) % WORDS.len()];
            if w == 0 {
                out.push_str(&format!("Story {seed} part {p}: The {word}"));
            } else {
                out.push(' ');
                out.push_str(word);
            }
        }
        out.push_str(".</p>\n");
    }
    out
}

/// A whole article page whose main text is [`article_html`].
pub fn article_page(seed: usize, title: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title><meta property=\"og:title\" content=\"{title}\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>{}</article><footer>Copyright</footer></body></html>",
        article_html(seed, 5)
    )
}

/// An RFC 2822 date `minutes` after a fixed start.
pub fn date(minutes: i64) -> String {
    (chrono::DateTime::parse_from_rfc3339("2026-11-02T08:00:00Z").unwrap()
        + chrono::Duration::minutes(minutes))
    .to_rfc2822()
}
