//! Phase timings for `--verbose` builds and the rebuild bench.

use std::time::{Duration, Instant};

/// Named wall times of consecutive phases.
#[derive(Debug, Clone, Default)]
pub struct Laps {
    /// Each phase's name and wall time, in order.
    pub phases: Vec<(&'static str, Duration)>,
    since: Option<Instant>,
}

impl Laps {
    /// Starts timing the first phase.
    pub fn start() -> Laps {
        Laps {
            phases: Vec::new(),
            since: Some(Instant::now()),
        }
    }

    /// Ends the current phase as `name` and starts the next.
    pub fn mark(&mut self, name: &'static str) {
        let now = Instant::now();
        let took = self.since.map_or(Duration::ZERO, |t| now - t);
        self.phases.push((name, took));
        self.since = Some(now);
    }

    /// Appends another timer's phases (timed inside a phase of this one), indented by name.
    pub fn extend(&mut self, inner: &[(&'static str, Duration)]) {
        self.phases.extend_from_slice(inner);
    }
}
