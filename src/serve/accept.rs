//! The accept loop: every connection gets its own task, bounded by [`Limits`], and all of them
//! are told to finish when the server stops. `axum::serve` has no header read timeout nor a
//! head size bound, so connections are driven with hyper's HTTP/1 builder directly.

use std::io;
use std::pin::pin;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio_io_timeout::TimeoutStream;

use super::limits::Limits;

/// How long connections may take to finish once the server is told to stop.
const DRAIN: Duration = Duration::from_secs(5);

/// Serves `app` on `listener` until `shutdown` turns true, then lets open connections finish.
pub(crate) async fn run(
    listener: TcpListener,
    app: Router,
    limits: &Limits,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_header_size(limits.max_header_bytes)
        // The read buffer never needs more than one request head: this bounds memory per client.
        .max_buf_size(limits.max_header_bytes.max(8192));
    // A cap of zero would never serve anyone.
    let max_connections = limits.max_connections.max(1);
    let write_timeout = limits.write_timeout;
    let slots = Arc::new(Semaphore::new(max_connections));
    let mut last_warning = None;
    loop {
        // Waiting for a slot before accepting leaves further clients in the kernel's listen
        // queue, where they cost this process nothing.
        let permit = tokio::select! {
            p = Arc::clone(&slots).acquire_owned() => p.expect("the semaphore is never closed"),
            _ = shutdown.wait_for(|stop| *stop) => break,
        };
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.wait_for(|stop| *stop) => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                wait_after_accept_error(&e, &mut last_warning).await;
                continue;
            }
        };
        // Small responses go out at once instead of waiting for Nagle's delayed ACK.
        let _ = stream.set_nodelay(true);
        // hyper has no write timeout: without one, a client that stops reading a response
        // holds its connection slot until it goes away. The clock runs only while a write
        // waits, so idle keep-alives and quiet live-reload streams are not cut.
        let mut io = TimeoutStream::new(stream);
        io.set_write_timeout(Some(write_timeout));
        let service = TowerToHyperService::new(app.clone());
        let conn = http.serve_connection(TokioIo::new(Box::pin(io)), service);
        let mut stop = shutdown.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let mut conn = pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => return,
                _ = stop.wait_for(|stop| *stop) => conn.as_mut().graceful_shutdown(),
            }
            let _ = conn.await;
        });
    }
    drop(listener);
    // Every slot back means every connection has closed.
    let all = u32::try_from(max_connections).unwrap_or(u32::MAX);
    let _ = tokio::time::timeout(DRAIN, slots.acquire_many(all)).await;
}

/// A client that gave up before being accepted is no reason to pause; running out of file
/// descriptors is, since spinning would not free any. Clients meanwhile wait in the listen
/// queue. The warning is repeated at most every ten seconds so that it cannot flood the terminal.
async fn wait_after_accept_error(e: &io::Error, last_warning: &mut Option<Instant>) {
    if matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
    ) {
        return;
    }
    if last_warning.is_none_or(|t| t.elapsed() > Duration::from_secs(10)) {
        eprintln!(
            "warning: the preview server cannot accept more connections for now: {e} \
             (waiting; raising `ulimit -n` helps)"
        );
        *last_warning = Some(Instant::now());
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
}
