//! `newsdesk serve`: build, serve on loopback, watch the site and rebuild on every save,
//! with live reload and an error overlay. The output goes to a private folder (never the
//! site's `public/`), built with the base URL rewritten to the local address.

mod accept;
mod http;
mod inbox;
mod inbox_page;
mod limits;
mod watch;

pub use limits::Limits;

use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use tokio::sync::{broadcast, watch as tokio_watch};

use crate::build::{BuildOptions, Builder};
use crate::config::Config;
use crate::error::{Error, Result};

/// The default port.
pub const DEFAULT_PORT: u16 = 1111;
/// Threads reading files for responses (tokio's default of 512 is meant for slow blocking work).
const BLOCKING_THREADS: usize = 16;

/// What to serve and how.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site root.
    pub root: PathBuf,
    /// The port; `None` means 1111 or, if that is taken, the next free one.
    pub port: Option<u16>,
    /// The address to listen on (loopback unless told otherwise).
    pub bind: IpAddr,
    /// Include drafts.
    pub drafts: bool,
    /// Where to build (default: a folder for this site under the system's temp folder).
    pub output: Option<PathBuf>,
    /// How long the watcher waits for a burst of saves to settle.
    pub debounce: Duration,
    /// What one client may hold: header timeout, sizes, connections, event streams.
    pub limits: Limits,
    /// Let the inbox change files even when listening on a non-loopback address.
    pub allow_remote_edits: bool,
}

impl ServeOptions {
    /// Defaults for a site root: loopback, port 1111, 20 ms debounce.
    pub fn new(root: PathBuf) -> ServeOptions {
        ServeOptions {
            root,
            port: None,
            bind: IpAddr::from([127, 0, 0, 1]),
            drafts: false,
            output: None,
            debounce: Duration::from_millis(20),
            limits: Limits::default(),
            allow_remote_edits: false,
        }
    }
}

/// A message to open pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reload {
    /// Reload the page.
    Page,
    /// Only stylesheets changed: swap them without a reload.
    Css,
    /// A rebuild failed: show this message over the last good version.
    Failed(String),
}

/// State shared by the HTTP handlers and the rebuild loop.
pub(crate) struct Shared {
    pub out: PathBuf,
    pub base_path: RwLock<String>,
    pub last_error: RwLock<Option<String>>,
    pub built: std::sync::atomic::AtomicBool,
    pub events: broadcast::Sender<Reload>,
    pub shutdown: tokio_watch::Receiver<bool>,
    pub limits: Limits,
    /// One permit per open live-reload stream.
    pub event_streams: Arc<tokio::sync::Semaphore>,
    /// The curator's inbox (`/__newsdesk/inbox/`).
    pub inbox: Option<inbox::InboxState>,
}

/// A running preview server.
pub struct Server {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// The site's address (with the base_url's path).
    pub url: String,
    /// Where the preview is built.
    pub output: PathBuf,
    /// A note for the user when the port was not the one asked for.
    pub port_note: Option<String>,
    /// The inbox's address.
    pub inbox_url: String,
    /// The inbox only shows drafts (non-loopback address without `--allow-remote-edits`).
    pub inbox_read_only: bool,
    events: broadcast::Sender<Reload>,
    stop: tokio_watch::Sender<bool>,
    interrupted: Option<tokio::sync::oneshot::Receiver<()>>,
    runtime: Option<tokio::runtime::Runtime>,
    _watcher: watch::Watcher,
}

impl Server {
    /// Subscribes to reload events (what open pages are told).
    pub fn subscribe(&self) -> broadcast::Receiver<Reload> {
        self.events.subscribe()
    }

    /// Blocks until Ctrl-C (the handler was installed when the server started, so an early
    /// Ctrl-C is not lost), then shuts down cleanly.
    pub fn run_until_ctrl_c(mut self) -> Result<()> {
        let rt = self.runtime.take().expect("runtime");
        if let Some(rx) = self.interrupted.take() {
            rt.block_on(async {
                let _ = rx.await;
            });
        }
        self.runtime = Some(rt);
        self.stop();
        Ok(())
    }

    /// Stops serving: open event streams are closed and the listener shut.
    pub fn stop(mut self) {
        let _ = self.stop.send(true);
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(2));
        }
    }
}

/// Builds the site, starts watching and serving, and returns at once.
pub fn start(opts: ServeOptions) -> Result<Server> {
    let (listener, port_note) = bind(opts.bind, opts.port)?;
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Msg(format!("cannot read the listening address: {e}")))?;
    let host = match addr.ip() {
        ip if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        ip => ip.to_string(),
    };
    let origin = format!("http://{host}:{}", addr.port());
    let read_only = !addr.ip().is_loopback() && !opts.allow_remote_edits;
    let base_path = Config::load(&opts.root)
        .ok()
        .map(|c| base_path_of(&c.base_url))
        .unwrap_or_else(|| "/".into());
    let out = match &opts.output {
        Some(o) => o.clone(),
        None => default_output(&opts.root, addr.port()),
    };
    let builder = Builder::new(BuildOptions {
        root: opts.root.clone(),
        output: Some(out.clone()),
        base_url: Some(format!("{origin}{base_path}")),
        drafts: opts.drafts,
    });
    let (events, _) = broadcast::channel(64);
    let (stop, shutdown) = tokio_watch::channel(false);
    let shared = Arc::new(Shared {
        out: out.clone(),
        base_path: RwLock::new(base_path.clone()),
        last_error: RwLock::new(None),
        built: std::sync::atomic::AtomicBool::new(false),
        events: events.clone(),
        shutdown,
        event_streams: Arc::new(tokio::sync::Semaphore::new(opts.limits.max_event_streams)),
        limits: opts.limits.clone(),
        inbox: Some(inbox::InboxState {
            root: opts.root.clone(),
            token: inbox::new_token(),
            port: addr.port(),
            read_only,
            drafts_built: opts.drafts,
            cache: Arc::default(),
        }),
    });
    let mut rebuilder = watch::Rebuilder::new(builder, origin.clone(), Arc::clone(&shared));
    rebuilder.initial_build();
    let watcher = watch::Watcher::start(&opts.root, opts.debounce, rebuilder)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        // File reads run on blocking threads; tokio would start one per waiting read (up to
        // 512 under 500 clients, measured). A few suffice for reads served from the page cache.
        .max_blocking_threads(BLOCKING_THREADS)
        .enable_all()
        .build()
        .map_err(|e| Error::Msg(format!("cannot start the server runtime: {e}")))?;
    let interrupted = listen_for_ctrl_c(&runtime)?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::Msg(format!("cannot configure the listener: {e}")))?;
    let app_shared = Arc::clone(&shared);
    runtime.spawn(async move {
        if let Err(e) = http::serve(listener, app_shared).await {
            eprintln!("error: the preview server stopped: {e}");
        }
    });
    Ok(Server {
        addr,
        url: format!("{origin}{base_path}"),
        output: out,
        port_note,
        inbox_url: format!("{origin}{}", inbox::PAGE_PATH),
        inbox_read_only: read_only,
        events,
        stop,
        interrupted: Some(interrupted),
        runtime: Some(runtime),
        _watcher: watcher,
    })
}

/// Installs the Ctrl-C handler now (tokio's `ctrl_c()` would only install it when first polled).
fn listen_for_ctrl_c(
    runtime: &tokio::runtime::Runtime,
) -> Result<tokio::sync::oneshot::Receiver<()>> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut sigint = runtime
            .block_on(async { signal(SignalKind::interrupt()) })
            .map_err(|e| Error::Msg(format!("cannot listen for Ctrl-C: {e}")))?;
        runtime.spawn(async move {
            sigint.recv().await;
            let _ = tx.send(());
        });
    }
    #[cfg(not(unix))]
    runtime.spawn(async move {
        let _ = tokio::signal::ctrl_c().await;
        let _ = tx.send(());
    });
    Ok(rx)
}

/// The path part of a base URL (`/repo/`), `/` when there is none.
pub(crate) fn base_path_of(base_url: &str) -> String {
    let after = base_url.split_once("://").map(|x| x.1).unwrap_or("");
    match after.find('/') {
        Some(i) => format!("{}/", after[i..].trim_end_matches('/')),
        None => "/".into(),
    }
}

/// A per-site, per-port folder under the temp dir, kept between runs so restarts are quick.
fn default_output(root: &Path, port: u16) -> PathBuf {
    let canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let h = xxhash_rust::xxh3::xxh3_64(canon.to_string_lossy().as_bytes());
    std::env::temp_dir()
        .join("newsdesk-serve")
        .join(format!("{h:016x}-{port}"))
}

/// Binds the requested port; without one, 1111 or the next free port (said plainly).
fn bind(ip: IpAddr, port: Option<u16>) -> Result<(TcpListener, Option<String>)> {
    match port {
        Some(p) => TcpListener::bind((ip, p)).map(|l| (l, None)).map_err(|e| {
            Error::Msg(format!(
                "cannot listen on {ip}:{p}: {e} (is another server using it? pass --port N, or --port 0 for any free port)"
            ))
        }),
        None => {
            for p in DEFAULT_PORT..DEFAULT_PORT + 20 {
                if let Ok(l) = TcpListener::bind((ip, p)) {
                    let note = (p != DEFAULT_PORT)
                        .then(|| format!("port {DEFAULT_PORT} is in use, so serving on port {p} instead"));
                    return Ok((l, note));
                }
            }
            Err(Error::Msg(format!(
                "ports {DEFAULT_PORT}-{} on {ip} are all in use: pass --port N (or --port 0 for any free port)",
                DEFAULT_PORT + 19
            )))
        }
    }
}
