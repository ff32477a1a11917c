//! The size of a built site by page group, and the warning when it nears GitHub Pages' limit
//! of 1 GB per published site.

/// Sizes above this draw a warning (GitHub Pages refuses sites over 1 GB).
pub const WARN_BYTES: u64 = 800_000_000;

/// Overrides [`WARN_BYTES`] for tests, which cannot build an 800 MB site. Deliberately an
/// undocumented environment variable, not a `site.yaml` key: raising the limit would only hide
/// the warning, never the publishing failure behind it.
pub const WARN_ENV: &str = "NEWSDESK_TEST_SIZE_WARNING_BYTES";

/// Groups shown in a warning.
const NAMED_GROUPS: usize = 3;

/// The bytes and files of one page group.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Group {
    /// `articles/`, `regions/`, `feeds`, … (see [`group_of`]).
    pub name: String,
    /// Bytes.
    pub bytes: u64,
    /// Files.
    pub files: usize,
}

/// A site's size, biggest group first.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SiteSize {
    /// Bytes of every file.
    pub bytes: u64,
    /// Files.
    pub files: usize,
    /// By page group, biggest first (ties by name).
    pub groups: Vec<Group>,
}

impl SiteSize {
    /// Sums `(path, bytes)` pairs (paths relative to the output folder, `/`-separated).
    pub fn of<'a>(files: impl IntoIterator<Item = (&'a str, u64)>) -> SiteSize {
        SiteSize::of_counted(files.into_iter().map(|(path, bytes)| (path, bytes, 1)))
    }

    /// Sums `(path, bytes, files)`: a group of files under one path (an output
    /// transaction's group, by its prefix) counts as that many files.
    pub fn of_counted<'a>(files: impl IntoIterator<Item = (&'a str, u64, usize)>) -> SiteSize {
        // By the group's place in `GROUPS` rather than in a map by name: this runs for
        // every output file and group of files, after every build.
        let mut by: [Option<(u64, usize)>; GROUPS.len()] = [None; GROUPS.len()];
        let mut size = SiteSize::default();
        for (path, bytes, n) in files {
            let g = by[group_index(path)].get_or_insert((0, 0));
            g.0 += bytes;
            g.1 += n;
            size.bytes += bytes;
            size.files += n;
        }
        size.groups = GROUPS
            .iter()
            .zip(by)
            .filter_map(|(name, g)| {
                g.map(|(bytes, files)| Group {
                    name: name.to_string(),
                    bytes,
                    files,
                })
            })
            .collect();
        size.groups
            .sort_by(|a, b| b.bytes.cmp(&a.bytes).then_with(|| a.name.cmp(&b.name)));
        size
    }

    /// `326.4 MB in 19,400 files` and the three biggest groups.
    pub fn describe(&self) -> String {
        let groups: Vec<String> = self
            .groups
            .iter()
            .take(NAMED_GROUPS)
            .map(|g| format!("{} {}", g.name, megabytes(g.bytes)))
            .collect();
        format!(
            "{} in {} files (biggest: {})",
            megabytes(self.bytes),
            thousands(self.files),
            groups.join(", ")
        )
    }

    /// The warning to give when the site nears GitHub Pages' limit, if it does.
    pub fn warning(&self) -> Option<String> {
        (self.bytes > warn_bytes()).then(|| {
            format!(
                "the site is {}, near GitHub Pages' limit of 1 GB per site; make pages lighter \
                 (e.g. `term_feeds: summary`) or publish fewer articles",
                self.describe()
            )
        })
    }
}

/// The size above which builds warn.
pub fn warn_bytes() -> u64 {
    std::env::var(WARN_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(WARN_BYTES)
}

/// Every page group [`group_of`] gives, in the order of [`group_index`].
const GROUPS: [&str; 10] = [
    "feeds",
    "articles/",
    "regions/",
    "people/",
    "tags/",
    "sources/",
    "editions/",
    "page/",
    "search/",
    "other files",
];

/// The page group of an output path: feeds (Atom, JSON Feed) wherever they are, else the
/// first folder (`articles/`, `people/`, `page/` for the home pages, …), else `other files`.
pub fn group_of(path: &str) -> &'static str {
    GROUPS[group_index(path)]
}

/// [`group_of`] as its place in [`GROUPS`].
fn group_index(path: &str) -> usize {
    // By the path's end rather than by finding its last `/`: this runs for every output
    // file (a site with 1,000 pictures has 7,000 renditions), and scanning each path
    // backwards was most of it.
    let named = |file: &str| {
        path.strip_suffix(file)
            .is_some_and(|dir| dir.is_empty() || dir.ends_with('/'))
    };
    if named("atom.xml") || named("feed.json") {
        return 0;
    }
    let first = memchr::memchr(b'/', path.as_bytes()).map(|i| &path.as_bytes()[..i]);
    match first {
        Some(b"articles") => 1,
        Some(b"regions") => 2,
        Some(b"people") => 3,
        Some(b"tags") => 4,
        Some(b"sources") => 5,
        Some(b"editions") => 6,
        Some(b"page") => 7,
        Some(b"search") => 8,
        _ => 9,
    }
}

/// `12.3 MB` (decimal megabytes, as GitHub counts).
pub fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_biggest_first() {
        let s = SiteSize::of([
            ("articles/2024/05/a/index.html", 500),
            ("articles/2024/05/b/index.html", 700),
            ("people/x/index.html", 300),
            ("people/x/atom.xml", 900),
            ("feed.json", 100),
            ("index.html", 50),
            ("style.css", 20),
        ]);
        assert_eq!((s.bytes, s.files), (2570, 7));
        let names: Vec<(&str, u64, usize)> = s
            .groups
            .iter()
            .map(|g| (g.name.as_str(), g.bytes, g.files))
            .collect();
        assert_eq!(
            names,
            [
                ("articles/", 1200, 2),
                ("feeds", 1000, 2),
                ("people/", 300, 1),
                ("other files", 70, 2)
            ]
        );
        assert_eq!(
            s.describe(),
            "0.0 MB in 7 files (biggest: articles/ 0.0 MB, feeds 0.0 MB, people/ 0.0 MB)"
        );
    }

    #[test]
    fn feeds_are_files_named_so_not_names_ending_so() {
        assert_eq!(group_of("atom.xml"), "feeds");
        assert_eq!(group_of("tags/ports/feed.json"), "feeds");
        assert_eq!(group_of("tags/noatom.xml"), "tags/");
        assert_eq!(group_of("myfeed.json"), "other files");
        assert_eq!(
            group_of("_img/a/quay-0123456789abcdef-400.webp"),
            "other files"
        );
    }

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(19400), "19,400");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
        assert_eq!(megabytes(812_340_000), "812.3 MB");
    }
}
