//! A small HTTP/1.1 server on 127.0.0.1 for tests: a thread per connection, one request per
//! connection, a handler deciding each answer. It stops when dropped.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What the handler answers.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Wait this long before answering (to provoke timeouts).
    pub delay: Duration,
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            content_type: "text/plain",
            body: format!("status {status}\n").into_bytes(),
            delay: Duration::ZERO,
        }
    }
}

type Handler = dyn Fn(&str, &str) -> Reply + Send + Sync;

/// A running server.
pub struct Server {
    pub addr: SocketAddr,
    /// Every request seen: (method, path).
    pub log: Arc<Mutex<Vec<(String, String)>>>,
    stop: Arc<AtomicBool>,
    accept: Option<thread::JoinHandle<()>>,
}

impl Server {
    /// Starts serving `handler(method, path)` on a free port of 127.0.0.1.
    pub fn start(handler: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let accept = {
            let (stop, log) = (stop.clone(), log.clone());
            thread::spawn(move || {
                for conn in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(conn) = conn else { continue };
                    let (handler, log, stop) = (handler.clone(), log.clone(), stop.clone());
                    thread::spawn(move || serve(conn, &*handler, &log, &stop));
                }
            })
        };
        Server {
            addr,
            log,
            stop,
            accept: Some(accept),
        }
    }

    /// `http://127.0.0.1:PORT` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Requests seen for `path`.
    pub fn hits(&self, path: &str) -> usize {
        self.log
            .lock()
            .unwrap()
            .iter()
            .filter(|(_, p)| p == path)
            .count()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(t) = self.accept.take() {
            let _ = t.join();
        }
    }
}

fn serve(
    conn: TcpStream,
    handler: &Handler,
    log: &Mutex<Vec<(String, String)>>,
    stop: &AtomicBool,
) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() || stop.load(Ordering::SeqCst) {
        return;
    }
    let mut parts = line.split_whitespace();
    let (method, path) = match (parts.next(), parts.next()) {
        (Some(m), Some(p)) => (m.to_string(), p.to_string()),
        _ => return,
    };
    // Skip the headers.
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h == "\r\n" || h == "\n" {
            break;
        }
    }
    log.lock().unwrap().push((method.clone(), path.clone()));
    let reply = handler(&method, &path);
    // Sleep in small steps so a stopping server does not hang its test.
    let mut waited = Duration::ZERO;
    while waited < reply.delay && !stop.load(Ordering::SeqCst) {
        thread::sleep(Duration::from_millis(20));
        waited += Duration::from_millis(20);
    }
    let mut conn = conn;
    let head = format!(
        "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        reply.status,
        reply.content_type,
        reply.body.len()
    );
    let _ = conn.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = conn.write_all(&reply.body);
    }
    let _ = conn.flush();
}
