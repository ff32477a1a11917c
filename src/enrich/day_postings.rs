//! One key term's articles by day, for story grouping: the list sorted by (day, id), and
//! for a dense list a count of its entries before each day of its span, so the entries
//! within a few days of a day are found by two array reads instead of two binary searches.
//!
//! Grouping asks for a window once per article and key term, and again per partner day: at
//! 100,000 bench articles the lists of everyday key terms hold thousands of entries, and the
//! binary searches over them (a cache miss a step) were a third of grouping's time.

/// A key term's postings: (day, article id), sorted once [`DayPostings::sort`] ran.
#[derive(Debug, Clone, Default)]
pub(crate) struct DayPostings {
    list: Vec<(i64, u64)>,
    /// The first day of `list` and, for each day `first + k` (k up to the span + 1), how many
    /// entries come before it; only for lists at least half as long as their span, so it
    /// costs at most half the list's own memory.
    before: Option<(i64, Vec<u32>)>,
}

impl DayPostings {
    /// The entries, sorted by (day, id).
    pub(crate) fn list(&self) -> &[(i64, u64)] {
        &self.list
    }

    /// Adds an entry; [`DayPostings::sort`] must run before the next window.
    pub(crate) fn push(&mut self, day: i64, id: u64) {
        self.list.push((day, id));
        self.before = None;
    }

    /// Keeps the entries whose id `keep` accepts (the order stays sorted).
    pub(crate) fn retain_ids(&mut self, mut keep: impl FnMut(u64) -> bool) {
        let len = self.list.len();
        self.list.retain(|&(_, id)| keep(id));
        if self.list.len() != len {
            self.index();
        }
    }

    /// Whether no entry is left.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Sorts the entries and counts them by day.
    pub(crate) fn sort(&mut self) {
        self.list.sort_unstable();
        self.index();
    }

    fn index(&mut self) {
        self.before = None;
        let (Some(&(first, _)), Some(&(last, _))) = (self.list.first(), self.list.last()) else {
            return;
        };
        let days = usize::try_from(last - first).map_or(usize::MAX, |s| s.saturating_add(2));
        if days > 2 * self.list.len() {
            return;
        }
        let mut before = Vec::with_capacity(days);
        let mut k = 0;
        for day in first..first + days as i64 {
            while k < self.list.len() && self.list[k].0 < day {
                k += 1;
            }
            before.push(k as u32);
        }
        self.before = Some((first, before));
    }

    /// The entries before `day`'s (as an index into the list).
    fn start_of(&self, day: i64) -> usize {
        match &self.before {
            Some((first, before)) => {
                let k = (day - first).clamp(0, before.len() as i64 - 1);
                before[k as usize] as usize
            }
            None => self.list.partition_point(|&(d, _)| d < day),
        }
    }

    /// The range of the list within `days` of `day`.
    pub(crate) fn window(&self, day: i64, days: i64) -> std::ops::Range<usize> {
        self.start_of(day - days)..self.start_of(day + days + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window the index gives, against a scan of the list.
    fn check(p: &DayPostings, days: i64) {
        let list = p.list();
        let lo = list.first().map_or(0, |e| e.0) - days - 2;
        let hi = list.last().map_or(0, |e| e.0) + days + 2;
        for day in lo..=hi {
            let want: Vec<(i64, u64)> = list
                .iter()
                .copied()
                .filter(|&(d, _)| (d - day).abs() <= days)
                .collect();
            assert_eq!(list[p.window(day, days)], want[..], "day {day}");
        }
    }

    #[test]
    fn windows_match_a_scan_dense_or_sparse() {
        // Dense: several entries a day, with a gap (indexed by day).
        let mut dense = DayPostings::default();
        for (i, day) in [5, 5, 6, 8, 8, 8, 9, 10, 12, 12, 13]
            .into_iter()
            .enumerate()
        {
            dense.push(day, 100 - i as u64);
        }
        dense.sort();
        assert!(dense.before.is_some());
        check(&dense, 3);
        check(&dense, 0);
        // Sparse: far apart days (binary searched).
        let mut sparse = DayPostings::default();
        for (i, day) in [-40, 3, 90, 91, 400].into_iter().enumerate() {
            sparse.push(day, i as u64);
        }
        sparse.sort();
        assert!(sparse.before.is_none());
        check(&sparse, 3);
    }

    #[test]
    fn removing_entries_keeps_windows_right() {
        let mut p = DayPostings::default();
        for id in 0..40 {
            p.push(id as i64 / 3, id);
        }
        p.sort();
        p.retain_ids(|id| id % 4 != 0 && id < 30);
        check(&p, 3);
        p.retain_ids(|_| false);
        assert!(p.is_empty());
        assert_eq!(p.window(2, 3), 0..0);
    }
}
