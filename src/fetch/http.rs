//! HTTP for `newsdesk fetch`: conditional GETs, compressed bodies, size and redirect limits,
//! timeouts, and failures phrased in one line with what the server asked for (`Retry-After`).

use std::time::{Duration, Instant};

/// Feeds over this size are cut off with an error.
pub const MAX_FEED_BYTES: u64 = 10 * 1024 * 1024;

/// Pages over this size are cut off with an error.
pub const MAX_PAGE_BYTES: u64 = 5 * 1024 * 1024;

/// `robots.txt` files are read up to this size (as Google does, 500 KiB).
pub const MAX_ROBOTS_BYTES: u64 = 500 * 1024;

/// Redirects followed per request.
pub const MAX_REDIRECTS: u32 = 5;

/// A client shared by every worker.
pub struct Client {
    agent: ureq::Agent,
    /// The `User-Agent` sent.
    pub user_agent: String,
    per_request: Duration,
    deadline: Instant,
}

/// Validators from the last response, sent back to ask "has it changed?".
#[derive(Debug, Clone, Default)]
pub struct Validators {
    /// The last `ETag`.
    pub etag: Option<String>,
    /// The last `Last-Modified`.
    pub last_modified: Option<String>,
}

/// A successful answer.
#[derive(Debug, Clone)]
pub enum Got {
    /// 304: nothing downloaded.
    NotModified,
    /// A body.
    Body {
        /// The bytes (decompressed).
        bytes: Vec<u8>,
        /// `Content-Type`.
        content_type: Option<String>,
        /// The address finally served, after redirects.
        url: String,
        /// `url`, when every redirect on the way was permanent (301 or 308): the resource
        /// lives there now, and the next run can ask there directly.
        moved: Option<String>,
        /// The new validators.
        validators: Validators,
    },
}

/// A failed request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// Why, in one line.
    pub message: String,
    /// How long the server asked us to wait (429 and 503 with `Retry-After`).
    pub retry_after: Option<Duration>,
    /// The resource is gone for good (410).
    pub gone: bool,
    /// The status, when the server answered.
    pub status: Option<u16>,
    /// Not tried: the run's overall time limit was reached (no back-off for that).
    pub out_of_time: bool,
}

impl Failure {
    fn new(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            retry_after: None,
            gone: false,
            status: None,
            out_of_time: false,
        }
    }
}

impl Client {
    /// A client naming newsdesk (and `site`, the site's address, when known) in its
    /// `User-Agent`; every request ends by `per_request` and none starts after `overall`.
    pub fn new(site: &str, per_request: Duration, overall: Duration) -> Client {
        let user_agent = if site.is_empty() {
            format!("newsdesk/{}", env!("CARGO_PKG_VERSION"))
        } else {
            format!("newsdesk/{} (+{site})", env!("CARGO_PKG_VERSION"))
        };
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            // Redirects are followed by hand, to tell permanent moves from temporary ones.
            .max_redirects(0)
            .timeout_global(Some(per_request))
            .user_agent(user_agent.as_str())
            .max_idle_connections_per_host(2)
            .build()
            .into();
        Client {
            agent,
            user_agent,
            per_request,
            deadline: Instant::now() + overall,
        }
    }

    /// Time left before the overall deadline.
    pub fn remaining(&self) -> Duration {
        self.deadline.saturating_duration_since(Instant::now())
    }

    /// GETs `url`, conditionally when `validators` are given, reading at most `max_bytes`.
    pub fn get(
        &self,
        url: &str,
        validators: Option<&Validators>,
        accept: &str,
        max_bytes: u64,
    ) -> Result<Got, Failure> {
        super::sources::check_url(url).map_err(Failure::new)?;
        let left = self.remaining();
        if left.is_zero() {
            return Err(Failure {
                out_of_time: true,
                ..Failure::new("not tried: the run's overall time limit was reached")
            });
        }
        let timeout = self.per_request.min(left);
        let started = Instant::now();
        let mut current = url.to_string();
        let mut permanent = true;
        let mut hops = 0;
        let mut resp = loop {
            let budget = timeout.saturating_sub(started.elapsed());
            if budget.is_zero() {
                return Err(Failure::new(format!(
                    "timed out after {} s",
                    timeout.as_secs_f64()
                )));
            }
            let mut req = self
                .agent
                .get(&current)
                .header("Accept", accept)
                .config()
                .timeout_global(Some(budget))
                .build();
            if let Some(v) = validators {
                if let Some(etag) = &v.etag {
                    req = req.header("If-None-Match", etag);
                }
                if let Some(lm) = &v.last_modified {
                    req = req.header("If-Modified-Since", lm);
                }
            }
            let resp = req.call().map_err(|e| describe(e, timeout, max_bytes))?;
            let status = resp.status().as_u16();
            let location = resp
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .and_then(|l| url::Url::parse(&current).ok()?.join(l.trim()).ok());
            let Some(next) = location.filter(|_| matches!(status, 301 | 302 | 303 | 307 | 308))
            else {
                break resp;
            };
            if hops == MAX_REDIRECTS {
                return Err(Failure::new(format!(
                    "more than {MAX_REDIRECTS} redirects (a redirect loop?)"
                )));
            }
            hops += 1;
            permanent &= matches!(status, 301 | 308);
            super::sources::check_url(next.as_str())
                .map_err(|m| Failure::new(format!("redirected to {next}: {m}")))?;
            current = next.into();
        };
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        if status == 304 {
            return Ok(Got::NotModified);
        }
        if !(200..300).contains(&status) {
            let retry_after = if matches!(status, 429 | 503) {
                header("retry-after").and_then(|v| parse_retry_after(&v))
            } else {
                None
            };
            let reason = match status {
                404 => "not found (HTTP 404)".to_string(),
                410 => "gone (HTTP 410): the server says it will not come back".to_string(),
                429 => "too many requests (HTTP 429)".to_string(),
                503 => "service unavailable (HTTP 503)".to_string(),
                s if (300..400).contains(&s) => {
                    format!("HTTP {s} redirect without a usable Location")
                }
                s => format!("HTTP {s}"),
            };
            let reason = match retry_after {
                Some(d) => format!("{reason}, retry after {} s", d.as_secs()),
                None => reason,
            };
            return Err(Failure {
                message: reason,
                retry_after,
                gone: status == 410,
                status: Some(status),
                out_of_time: false,
            });
        }
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let content_type = header("content-type");
        let moved = (hops > 0 && permanent).then(|| current.clone());
        let bytes = resp
            .body_mut()
            .with_config()
            .limit(max_bytes)
            .read_to_vec()
            .map_err(|e| describe(e, timeout, max_bytes))?;
        Ok(Got::Body {
            bytes,
            content_type,
            url: current,
            moved,
            validators,
        })
    }
}

/// `Retry-After` as seconds or an HTTP date.
pub fn parse_retry_after(v: &str) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let secs = (when.with_timezone(&chrono::Utc) - chrono::Utc::now()).num_seconds();
    Some(Duration::from_secs(secs.max(0) as u64))
}

fn describe(e: ureq::Error, timeout: Duration, max_bytes: u64) -> Failure {
    Failure::new(match e {
        ureq::Error::Timeout(_) => format!("timed out after {} s", timeout.as_secs_f64()),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::BodyExceedsLimit(_) if max_bytes >= 1024 * 1024 => format!(
            "larger than the {} MiB limit: cut off",
            max_bytes / (1024 * 1024)
        ),
        ureq::Error::BodyExceedsLimit(_) => {
            format!("larger than the {} KiB limit: cut off", max_bytes / 1024)
        }
        ureq::Error::Io(io) => format!("connection broken: {io}"),
        other => format!("request failed: {other}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        assert_eq!(parse_retry_after("120"), Some(Duration::from_secs(120)));
        let later = (chrono::Utc::now() + chrono::Duration::seconds(600)).to_rfc2822();
        let d = parse_retry_after(&later).unwrap();
        assert!((595..=600).contains(&d.as_secs()), "{d:?}");
        assert_eq!(parse_retry_after("soon"), None);
    }
}
