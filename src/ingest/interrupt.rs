//! Ctrl-C (SIGINT) and SIGTERM during `newsdesk ingest`: the first asks the run to stop after
//! the article in hand, so it can say how far it got; a second one ends the process at once
//! (still safe: files only ever appear complete, under their names, by link or rename).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The exit status of a run stopped by a signal (128 + SIGINT, as shells report it).
pub const EXIT_INTERRUPTED: u8 = 130;

/// Installs the handlers and returns the flag they raise; `None` if they cannot be installed
/// (the default behaviour, ending the process, then still applies).
pub fn flag() -> Option<Arc<AtomicBool>> {
    let stop = Arc::new(AtomicBool::new(false));
    let raised = Arc::clone(&stop);
    let (ready, installed) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("interrupt".into())
        .spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                let _ = ready.send(false);
                return;
            };
            rt.block_on(async move {
                let Ok(mut signals) = Signals::new() else {
                    let _ = ready.send(false);
                    return;
                };
                let _ = ready.send(true);
                signals.next().await;
                raised.store(true, Ordering::Relaxed);
                eprintln!(
                    "interrupted: stopping after the current article (press Ctrl-C again to stop now)"
                );
                signals.next().await;
                eprintln!("interrupted again: stopping now");
                std::process::exit(i32::from(EXIT_INTERRUPTED));
            });
        })
        .ok()?;
    // Handlers must be in place before the first file is written.
    installed.recv().unwrap_or(false).then_some(stop)
}

/// SIGINT and SIGTERM on Unix; Ctrl-C elsewhere.
struct Signals {
    #[cfg(unix)]
    int: tokio::signal::unix::Signal,
    #[cfg(unix)]
    term: tokio::signal::unix::Signal,
}

impl Signals {
    #[cfg(unix)]
    fn new() -> std::io::Result<Signals> {
        use tokio::signal::unix::{SignalKind, signal};
        Ok(Signals {
            int: signal(SignalKind::interrupt())?,
            term: signal(SignalKind::terminate())?,
        })
    }

    #[cfg(not(unix))]
    fn new() -> std::io::Result<Signals> {
        Ok(Signals {})
    }

    #[cfg(unix)]
    async fn next(&mut self) {
        tokio::select! {
            _ = self.int.recv() => {}
            _ = self.term.recv() => {}
        }
    }

    #[cfg(not(unix))]
    async fn next(&mut self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}
