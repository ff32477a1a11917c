//! The preview server's bounds on what one client may hold: time to send headers, header and
//! URL size, how long a response may stall, open connections and open reload streams.

use std::time::Duration;

/// Bounds that keep one slow or hostile client from blocking the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// A connection that has not sent a complete request head this long after it opened (or
    /// after its previous response) is closed; this cuts slowloris clients and idle keep-alives.
    pub header_timeout: Duration,
    /// A response the client has not read any of for this long is abandoned and its
    /// connection closed, so a client that stops reading cannot hold its slot forever.
    pub write_timeout: Duration,
    /// The request line and headers together may not exceed this many bytes (431 otherwise).
    pub max_header_bytes: usize,
    /// The request target (path and query) may not exceed this many bytes (414 otherwise).
    pub max_url_bytes: usize,
    /// Connections served at once; further clients wait in the listen queue until one closes.
    pub max_connections: usize,
    /// Live-reload event streams open at once (503 beyond), so that long-lived streams can
    /// never take every connection slot.
    pub max_event_streams: usize,
}

impl Default for Limits {
    /// 10 s header timeout, 30 s write stall, 16 KiB of headers, 8 KiB URLs, 1024
    /// connections, 128 streams.
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            write_timeout: Duration::from_secs(30),
            max_header_bytes: 16 * 1024,
            max_url_bytes: 8 * 1024,
            max_connections: 1024,
            max_event_streams: 128,
        }
    }
}
