//! External links (`check --external`): every distinct URL is requested once (HEAD, then GET
//! when HEAD is refused), by a few threads at a time with a timeout, and links that answered
//! well are remembered in a cache file for a week so repeated checks stay fast and polite.
//!
//! Hosts that block robots answer 403 or 429; those, server errors and timeouts are warnings
//! (the link may well work in a browser). A 404, 410 or any other client error, an unknown
//! host or a refused connection is an error.

use std::collections::{BTreeMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::locate::Place;
use super::{Problem, Severity};

/// The cache file, relative to the site root (ignored by git through `.newsdesk/`).
pub const CACHE_FILE: &str = ".newsdesk/cache/links.json";

/// How external links are checked.
#[derive(Debug, Clone)]
pub struct ExternalOptions {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Longest wait for one URL (all redirects included).
    pub timeout: Duration,
    /// Where answers are remembered; `None` checks every URL every time.
    pub cache: Option<PathBuf>,
    /// How long a good answer is trusted.
    pub max_age: Duration,
}

impl ExternalOptions {
    /// The defaults for a site at `root`: 8 at a time, 10 s, cached for 7 days.
    pub fn for_root(root: &Path) -> ExternalOptions {
        ExternalOptions {
            concurrency: 8,
            timeout: Duration::from_secs(10),
            cache: Some(root.join(CACHE_FILE)),
            max_age: Duration::from_secs(7 * 24 * 3600),
        }
    }
}

/// What one URL answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// 2xx (after redirects).
    Ok(u16),
    /// Cannot work: 404, unknown host, …
    Broken(String),
    /// May work for a person: 403/429, 5xx, a timeout.
    Doubtful(String),
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Cache {
    /// URL → last good answer.
    links: BTreeMap<String, CacheEntry>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct CacheEntry {
    /// Seconds since the Unix epoch.
    checked: u64,
    status: u16,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Checks every URL of `urls`; each problem is reported at every place its URL was written.
pub fn check(urls: &BTreeMap<String, Vec<Place>>, opts: &ExternalOptions) -> Vec<Problem> {
    let now = now_secs();
    let mut cache: Cache = opts
        .cache
        .as_ref()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default();
    let fresh = |e: &CacheEntry| now.saturating_sub(e.checked) < opts.max_age.as_secs();
    let todo: Vec<&str> = urls
        .keys()
        .filter(|u| !cache.links.get(*u).is_some_and(fresh))
        .map(String::as_str)
        .collect();
    let outcomes = request_all(&todo, opts);

    let mut problems = Vec::new();
    for (url, outcome) in &outcomes {
        let (severity, why) = match outcome {
            Outcome::Ok(status) => {
                cache.links.insert(
                    url.to_string(),
                    CacheEntry {
                        checked: now,
                        status: *status,
                    },
                );
                continue;
            }
            Outcome::Broken(why) => (Severity::Error, why),
            Outcome::Doubtful(why) => (Severity::Warning, why),
        };
        for place in &urls[*url] {
            let pages = if place.pages > 1 {
                format!(" (on {} pages, from a template)", place.pages)
            } else {
                String::new()
            };
            problems.push(Problem::new(
                place.file.clone(),
                place.line,
                severity,
                format!("external link {url}: {why}{pages}"),
            ));
        }
    }
    if let Some(path) = &opts.cache {
        cache.links.retain(|_, e| fresh(e));
        if let Err(e) = save(path, &cache) {
            problems.push(Problem::new(
                "",
                0,
                Severity::Warning,
                format!("could not save the link cache {}: {e}", path.display()),
            ));
        }
    }
    problems
}

fn save(path: &Path, cache: &Cache) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("json.tmp");
    let text = serde_json::to_vec_pretty(cache).map_err(std::io::Error::other)?;
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

/// Requests `urls` with `opts.concurrency` threads; hosts are interleaved so that no one
/// host gets all the threads at once.
pub fn request_all<'u>(urls: &[&'u str], opts: &ExternalOptions) -> Vec<(&'u str, Outcome)> {
    let mut by_host: BTreeMap<&str, VecDeque<&'u str>> = BTreeMap::new();
    for u in urls {
        by_host.entry(host(u)).or_default().push_back(u);
    }
    let mut queue = VecDeque::with_capacity(urls.len());
    while !by_host.is_empty() {
        by_host.retain(|_, q| {
            if let Some(u) = q.pop_front() {
                queue.push_back(u);
            }
            !q.is_empty()
        });
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(opts.timeout))
        .http_status_as_error(false)
        .max_redirects(10)
        .user_agent(format!(
            "newsdesk/{} (link check)",
            env!("CARGO_PKG_VERSION")
        ))
        .build()
        .into();
    let queue = Mutex::new(queue);
    let results = Mutex::new(Vec::with_capacity(urls.len()));
    let threads = opts.concurrency.clamp(1, 64).min(urls.len().max(1));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let next = queue.lock().expect("queue lock").pop_front();
                    let Some(url) = next else { break };
                    let outcome = request(&agent, url, opts.timeout);
                    results.lock().expect("results lock").push((url, outcome));
                }
            });
        }
    });
    let mut results = results.into_inner().expect("results lock");
    results.sort_by(|a, b| a.0.cmp(b.0));
    results
}

fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |x| x.1);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

/// One URL: HEAD first; some servers refuse HEAD (405, 403, 404…), so GET decides then.
fn request(agent: &ureq::Agent, url: &str, timeout: Duration) -> Outcome {
    match agent.head(url).call() {
        Ok(r) if r.status().is_success() => return Outcome::Ok(r.status().as_u16()),
        Ok(r) if r.status().as_u16() == 429 => return classify(r.status().as_u16()),
        Err(e) if !retry_with_get(&e) => return error(&e, timeout),
        _ => {}
    }
    match agent.get(url).call() {
        // The body is not read: dropping the response closes the connection.
        Ok(r) => classify(r.status().as_u16()),
        Err(e) => error(&e, timeout),
    }
}

fn retry_with_get(e: &ureq::Error) -> bool {
    !matches!(
        e,
        ureq::Error::Timeout(_)
            | ureq::Error::HostNotFound
            | ureq::Error::ConnectionFailed
            | ureq::Error::BadUri(_)
    )
}

/// The verdict on a final HTTP status.
pub fn classify(status: u16) -> Outcome {
    let reason = status_reason(status);
    match status {
        200..=399 => Outcome::Ok(status),
        403 | 429 => Outcome::Doubtful(format!(
            "the host refused the checker ({status} {reason}); many sites block robots, so \
             open it in a browser"
        )),
        401 => Outcome::Doubtful(format!("{status} {reason}: the page needs a login")),
        500..=599 => Outcome::Doubtful(format!(
            "server error {status} {reason} (it may be temporary)"
        )),
        _ => Outcome::Broken(format!("{status} {reason}")),
    }
}

fn status_reason(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        410 => "Gone",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

fn error(e: &ureq::Error, timeout: Duration) -> Outcome {
    match e {
        ureq::Error::Timeout(_) => Outcome::Doubtful(format!(
            "no answer within {} s (the host may be slow or down)",
            timeout.as_secs_f64()
        )),
        ureq::Error::HostNotFound => Outcome::Broken("the host name does not exist".into()),
        ureq::Error::ConnectionFailed => Outcome::Broken("the connection was refused".into()),
        ureq::Error::TooManyRedirects => Outcome::Broken("it redirects in a loop".into()),
        ureq::Error::BadUri(m) => Outcome::Broken(format!("not a valid URL ({m})")),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            Outcome::Broken("the connection was refused".into())
        }
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            Outcome::Doubtful(format!("no answer within {} s", timeout.as_secs_f64()))
        }
        other => Outcome::Broken(format!("the request failed: {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_classified() {
        assert_eq!(classify(200), Outcome::Ok(200));
        assert!(matches!(classify(404), Outcome::Broken(m) if m == "404 Not Found"));
        assert!(matches!(classify(410), Outcome::Broken(_)));
        assert!(matches!(classify(403), Outcome::Doubtful(m) if m.contains("refused")));
        assert!(matches!(classify(429), Outcome::Doubtful(_)));
        assert!(matches!(classify(503), Outcome::Doubtful(_)));
        assert_eq!(host("https://a.example/x?y"), "a.example");
    }
}
