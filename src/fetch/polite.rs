//! Politeness: a work queue that hands a worker the first task whose host may be asked now —
//! at most [`PER_HOST`] requests in flight per host, and a pause after each before that
//! connection is used again — so workers never sit idle waiting on one busy host.

use std::collections::{HashMap, VecDeque};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

/// Requests in flight to one host at most.
pub const PER_HOST: usize = 2;

/// The host (and port) a URL's requests go to, as the politeness key.
pub fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| format!("{h}:{}", u.port_or_known_default().unwrap_or(0)))
        })
        .unwrap_or_default()
}

#[derive(Default)]
struct Host {
    in_flight: usize,
    /// When each connection slot may be used again.
    free_at: Vec<Instant>,
}

impl Host {
    fn ready_at(&self) -> Option<Instant> {
        if self.in_flight >= PER_HOST {
            return None;
        }
        let mut times = self.free_at.clone();
        times.sort();
        // Slots not yet used are free now; used ones free after their pause.
        let used = self.free_at.len();
        if used + self.in_flight < PER_HOST {
            return Some(Instant::now() - Duration::from_millis(1));
        }
        times.first().copied()
    }
}

struct Inner<T> {
    queue: VecDeque<(String, T)>,
    hosts: HashMap<String, Host>,
    running: usize,
    stopped: bool,
}

/// The queue of tasks, each bound to a host.
pub struct Queue<T> {
    inner: Mutex<Inner<T>>,
    wake: Condvar,
    pause: Duration,
}

/// A task's hold on its host: give it back with [`Queue::done`].
#[derive(Debug)]
pub struct Ticket {
    host: String,
    released: bool,
}

impl<T> Queue<T> {
    /// An empty queue pausing `pause` between requests on one connection to a host.
    pub fn new(pause: Duration) -> Queue<T> {
        Queue {
            inner: Mutex::new(Inner {
                queue: VecDeque::new(),
                hosts: HashMap::new(),
                running: 0,
                stopped: false,
            }),
            wake: Condvar::new(),
            pause,
        }
    }

    /// Adds a task for `host`.
    pub fn push(&self, host: String, task: T) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.queue.push_back((host, task));
        self.wake.notify_all();
    }

    /// The next task whose host may be asked now, waiting as long as needed; `None` once
    /// the queue is empty and nothing running could add to it (or it was stopped).
    pub fn next(&self) -> Option<(Ticket, T)> {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if g.stopped || (g.queue.is_empty() && g.running == 0) {
                self.wake.notify_all();
                return None;
            }
            let now = Instant::now();
            let mut earliest: Option<Instant> = None;
            let mut pick = None;
            for (i, (host, _)) in g.queue.iter().enumerate() {
                match g.hosts.get(host).map_or(Some(now), Host::ready_at) {
                    Some(t) if t <= now => {
                        pick = Some(i);
                        break;
                    }
                    Some(t) => earliest = Some(earliest.map_or(t, |e| e.min(t))),
                    None => {}
                }
            }
            if let Some(i) = pick {
                let (host, task) = g.queue.remove(i).expect("index in range");
                let h = g.hosts.entry(host.clone()).or_default();
                // Take the slot that has been free longest.
                if h.free_at.len() + h.in_flight >= PER_HOST
                    && let Some(j) = (0..h.free_at.len()).min_by_key(|&j| h.free_at[j])
                {
                    h.free_at.remove(j);
                }
                h.in_flight += 1;
                g.running += 1;
                return Some((
                    Ticket {
                        host,
                        released: false,
                    },
                    task,
                ));
            }
            g = match earliest {
                Some(t) => {
                    self.wake
                        .wait_timeout(g, t.saturating_duration_since(now))
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                None => self.wake.wait(g).unwrap_or_else(|e| e.into_inner()),
            };
        }
    }

    /// Gives the host back once its answer is in, while the task goes on (parsing); with
    /// `hold`, the host is not asked again before then (`Retry-After`).
    pub fn release(&self, ticket: &mut Ticket, hold: Option<Duration>) {
        if ticket.released {
            return;
        }
        ticket.released = true;
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        self.free_host(&mut g, &ticket.host, hold);
        self.wake.notify_all();
    }

    /// Ends the task, giving the host back if [`Queue::release`] did not. Call after
    /// pushing any follow-up tasks, so workers do not stop while more may come.
    pub fn done(&self, ticket: Ticket, hold: Option<Duration>) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if !ticket.released {
            self.free_host(&mut g, &ticket.host, hold);
        }
        g.running -= 1;
        self.wake.notify_all();
    }

    fn free_host(&self, g: &mut Inner<T>, host: &str, hold: Option<Duration>) {
        // A Retry-After of hours (say, on one source's feed) must not park every other task
        // for that host until the run's overall limit: within a run the host rests at most as
        // long as a run ever waits for a retry; the source's own state keeps the full delay.
        let hold = hold.map(|d| d.min(super::RETRY_WITHIN_RUN));
        let now = Instant::now();
        let h = g.hosts.entry(host.to_string()).or_default();
        h.in_flight = h.in_flight.saturating_sub(1);
        let free = now + self.pause.max(hold.unwrap_or_default());
        h.free_at.push(free);
        if let Some(d) = hold {
            // Every connection waits, also one not opened yet.
            while h.free_at.len() + h.in_flight < PER_HOST {
                h.free_at.push(now + d);
            }
            for t in &mut h.free_at {
                *t = (*t).max(now + d);
            }
        }
    }

    /// Stops handing out tasks (what is queued is dropped).
    pub fn stop(&self) {
        let mut g = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        g.stopped = true;
        g.queue.clear();
        self.wake.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn a_retry_after_of_hours_rests_the_host_only_as_long_as_a_run_waits() {
        let q = Queue::new(Duration::from_millis(10));
        q.push("a:80".into(), 1);
        let (t, _) = q.next().unwrap();
        let before = Instant::now();
        q.done(t, Some(Duration::from_secs(7200)));
        let g = q.inner.lock().unwrap();
        let host = &g.hosts["a:80"];
        assert!(!host.free_at.is_empty());
        for at in &host.free_at {
            assert!(
                *at <= before + super::super::RETRY_WITHIN_RUN + Duration::from_secs(1),
                "host held {:?}",
                at.duration_since(before)
            );
            assert!(*at >= before + super::super::RETRY_WITHIN_RUN - Duration::from_secs(1));
        }
    }

    #[test]
    fn one_host_gets_two_at_a_time_and_a_pause_between() {
        let q = Arc::new(Queue::new(Duration::from_millis(200)));
        for i in 0..4 {
            q.push("a:80".into(), i);
        }
        q.push("b:80".into(), 9);
        let start = Instant::now();
        let (t0, a) = q.next().unwrap();
        let (t1, b) = q.next().unwrap();
        // The third task for host a must wait: host b's is handed out first.
        let (t2, c) = q.next().unwrap();
        assert_eq!((a, b, c), (0, 1, 9));
        assert!(start.elapsed() < Duration::from_millis(100));
        q.done(t0, None);
        q.done(t1, None);
        q.done(t2, None);
        let (t3, d) = q.next().unwrap();
        assert_eq!(d, 2);
        assert!(
            start.elapsed() >= Duration::from_millis(195),
            "{:?}",
            start.elapsed()
        );
        q.done(t3, Some(Duration::from_millis(400)));
        let (t4, e) = q.next().unwrap();
        assert_eq!(e, 3);
        assert!(
            start.elapsed() >= Duration::from_millis(590),
            "{:?}",
            start.elapsed()
        );
        q.done(t4, None);
        assert!(q.next().is_none());
    }

    #[test]
    fn hosts_are_told_apart_by_port() {
        assert_eq!(host_of("http://127.0.0.2:8080/x"), "127.0.0.2:8080");
        assert_eq!(host_of("https://Example.org/a"), "example.org:443");
    }
}
