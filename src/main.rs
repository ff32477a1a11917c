//! The `newsdesk` command line: parses arguments, calls the library, prints errors.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Builds allocate many small strings and template values; glibc's malloc spent about 15% of a
// cold build's CPU (perf, 10,000 articles) where mimalloc's thread-local free lists are cheaper.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// newsdesk — build curated news digests as static sites.
#[derive(Parser)]
#[command(name = "newsdesk", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (default: ROOT/public).
    Build(BuildArgs),
    /// Publish the site to GitHub Pages (a gh-pages branch), or write an Actions workflow.
    Deploy(DeployArgs),
    /// Check the site before publishing: configuration, content, names and links.
    Check(CheckArgs),
    /// Scaffold a new site that builds at once (never overwrites a file).
    Init(InitArgs),
    /// Preview the site on a local server that rebuilds and reloads on every save.
    Serve(ServeArgs),
    /// Turn scraped text, HTML pages and feeds into content files.
    Ingest(IngestArgs),
    /// Print an edition for a newsletter tool, or scaffold its intro (`edition new [ID]`).
    Edition(EditionArgs),
    /// Gather new entries from the sources in data/sources.yaml into content files.
    Fetch(FetchArgs),
    /// List, add, remove, import or export the sources `fetch` reads.
    Sources(SourcesArgs),
    /// Show the people, places, countries, regions and summary detected in files
    /// (scraped .txt or content .md; a .md's own people/places lists are ignored).
    Enrich(EnrichArgs),
    /// Triage drafts: list them grouped by story, publish, discard, edit, mark duplicates, undo.
    Inbox(InboxArgs),
}

#[derive(clap::Args)]
struct InboxArgs {
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".", global = true)]
    root: PathBuf,
    #[command(subcommand)]
    command: InboxCommand,
}

#[derive(Subcommand)]
enum InboxCommand {
    /// List the drafts grouped by story, newest story first, best candidate first.
    List {
        /// Print a JSON array of groups, each with an `articles` array.
        #[arg(long)]
        json: bool,
    },
    /// Show one draft: source, date, summary, people, places, words, file.
    Show {
        /// The draft's slug.
        slug: String,
    },
    /// Publish drafts (remove `draft: true`).
    #[command(group(clap::ArgGroup::new("which").required(true).args(["slugs", "source", "group"])))]
    Publish {
        /// The drafts' slugs.
        #[arg(value_name = "SLUG")]
        slugs: Vec<String>,
        /// Every draft from this source.
        #[arg(long, value_name = "NAME")]
        source: Option<String>,
        /// Every draft in the story group of this draft.
        #[arg(long, value_name = "SLUG")]
        group: Option<String>,
    },
    /// Delete drafts for good: ingest and fetch will not bring them back (`ingest --force` can).
    Discard {
        /// The drafts' slugs.
        #[arg(value_name = "SLUG", required = true)]
        slugs: Vec<String>,
    },
    /// Mark a draft as a duplicate of another article (`duplicate_of`).
    Dup {
        /// The duplicate.
        slug: String,
        /// The article it repeats.
        #[arg(long, value_name = "SLUG")]
        of: String,
    },
    /// Set or clear a draft's title, summary, note, tags or pin (an empty value clears it).
    Edit {
        /// The draft's slug.
        slug: String,
        /// A new headline.
        #[arg(long)]
        title: Option<String>,
        /// A new summary ("" clears it).
        #[arg(long)]
        summary: Option<String>,
        /// A new curator's note ("" clears it).
        #[arg(long)]
        note: Option<String>,
        /// Tags, comma-separated ("" clears them).
        #[arg(long)]
        tags: Option<String>,
        /// The pin (lower first; "" clears it).
        #[arg(long)]
        pin: Option<String>,
    },
    /// Undo the last inbox action (from the terminal or the browser).
    Undo,
}

#[derive(clap::Args)]
struct ServeArgs {
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// The port [default: 1111, or the next free one if 1111 is taken].
    #[arg(long, short)]
    port: Option<u16>,
    /// The address to listen on. Keep the default (loopback) unless you mean to expose the preview.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
    /// Include articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Let the inbox (/__newsdesk/inbox/) change files although --bind is not a loopback
    /// address: anyone who can reach the port can then publish and discard.
    #[arg(long)]
    allow_remote_edits: bool,
}

#[derive(clap::Args)]
struct EditionArgs {
    #[command(subcommand)]
    action: Option<EditionAction>,
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".", global = true)]
    root: PathBuf,
    /// The edition: its id (e.g. 2024-07-27 or 2024-W30) or `latest`.
    #[arg(value_name = "ID|latest", default_value = "latest")]
    id: String,
    /// What to print: html (the digest fragment), email (the whole email, CSS inlined),
    /// text (the plain-text email) or markdown.
    #[arg(long, value_name = "FORMAT", default_value = "html", value_parser = parse_format)]
    format: newsdesk::edition::Format,
    /// Build links for this address instead of site.yaml's base_url.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Include articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
}

#[derive(Subcommand)]
enum EditionAction {
    /// Scaffold content/editions/<ID>.md, the editor's intro (never overwrites).
    New {
        /// The edition [default: the one today falls in].
        #[arg(value_name = "ID")]
        id: Option<String>,
    },
}

fn parse_format(s: &str) -> Result<newsdesk::edition::Format, String> {
    s.parse()
}

#[derive(clap::Args)]
struct EnrichArgs {
    /// The site folder whose data/ registry and site.yaml summary length apply.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Print a JSON array, one object per file.
    #[arg(long)]
    json: bool,
    /// Show the rule and text span behind each entity.
    #[arg(long)]
    explain: bool,
    /// Files to read.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct BuildArgs {
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Where to write the site [default: ROOT/public].
    #[arg(long, short, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Publish under this address instead of site.yaml's base_url (e.g. https://user.github.io/repo/).
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Include articles marked `draft: true`.
    #[arg(long)]
    drafts: bool,
    /// Render every page and compare it with the output instead of trusting the last build's
    /// record: repairs output files changed or damaged outside newsdesk (e.g. by a power loss).
    #[arg(long)]
    full: bool,
    /// After the build, remove every entry of the image cache (.newsdesk/cache/images) that it
    /// did not use, at once (a build removes them itself after 30 days unused).
    #[arg(long)]
    prune: bool,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
    /// Also print how long each phase took.
    #[arg(long, short)]
    verbose: bool,
}

#[derive(clap::Args)]
struct DeployArgs {
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// The git remote to push to [default: deploy.remote in site.yaml, then origin].
    #[arg(long, value_name = "NAME")]
    remote: Option<String>,
    /// The branch to publish [default: deploy.branch in site.yaml, then gh-pages].
    #[arg(long, value_name = "BRANCH")]
    branch: Option<String>,
    /// The commit message for the published branch.
    #[arg(long, short, value_name = "MSG")]
    message: Option<String>,
    /// Build and compare with what is published, but commit and push nothing.
    #[arg(long)]
    dry_run: bool,
    /// Publish even when HEAD is detached (e.g. on CI checkouts of a tag).
    #[arg(long)]
    allow_detached: bool,
    /// Build for this address instead of site.yaml's base_url.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Instead of publishing, write .github/workflows/pages.yml to publish with GitHub Actions.
    #[arg(long, conflicts_with_all = ["remote", "branch", "message", "dry_run", "allow_detached", "base_url"])]
    write_workflow: bool,
    /// With --write-workflow: replace an existing workflow file.
    #[arg(long, requires = "write_workflow")]
    force: bool,
    /// With --write-workflow: build newsdesk from this git repository instead of crates.io.
    #[arg(long, value_name = "URL", requires = "write_workflow")]
    newsdesk_git: Option<String>,
    /// With --newsdesk-git: the branch, tag or commit to build (default: the default branch).
    #[arg(long, value_name = "REV", requires = "newsdesk_git")]
    newsdesk_rev: Option<String>,
    /// With --write-workflow: also run on this cron schedule (UTC, e.g. "0 6 * * *"), and
    /// on every run fetch new articles and commit them back before publishing.
    #[arg(long, value_name = "CRON", requires = "write_workflow")]
    schedule: Option<String>,
    /// Print nothing but warnings and errors.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Also request every external link (cached for a week in ROOT/.newsdesk/cache/links.json).
    #[arg(long)]
    external: bool,
    /// Print the problems as one JSON document on standard output.
    #[arg(long)]
    json: bool,
    /// Check as if building for this address instead of site.yaml's base_url.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Include articles marked `draft: true`, as `build --drafts` would.
    #[arg(long)]
    drafts: bool,
    /// With --external: requests in flight at once.
    #[arg(long, value_name = "N", default_value_t = 8)]
    concurrency: usize,
    /// With --external: seconds to wait for each link.
    #[arg(long, value_name = "SECONDS", default_value_t = 10.0)]
    timeout: f64,
    /// With --external: request every link again, ignoring and not writing the cache.
    #[arg(long)]
    no_cache: bool,
}

#[derive(clap::Args)]
struct InitArgs {
    /// The folder to create the site in.
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
    /// Add the missing files to a folder that is not empty (existing files are kept).
    #[arg(long)]
    force: bool,
    /// The site's language (e.g. de, ar, pt-BR): site.yaml, the welcome article and the
    /// interface are in it.
    #[arg(long, value_name = "CODE", default_value = "en")]
    language: String,
}

#[derive(clap::Args)]
struct IngestArgs {
    /// Files, folders (read recursively) or `-` for standard input.
    #[arg(value_name = "PATH", required_unless_present = "url")]
    paths: Vec<PathBuf>,
    /// The site folder (holding site.yaml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Fetch a page or feed over HTTP(S) (repeatable).
    #[arg(long, value_name = "URL")]
    url: Vec<String>,
    /// Input format.
    #[arg(long, value_enum, default_value = "auto")]
    format: newsdesk::ingest::Format,
    /// The publication to credit in `source:`.
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// Date for inputs that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    date: Option<chrono::NaiveDate>,
    /// Show what would be written without writing anything.
    #[arg(long)]
    dry_run: bool,
    /// Re-ingest inputs that are already present, replacing their files.
    #[arg(long)]
    force: bool,
    /// Mark new articles `draft: true` for review.
    #[arg(long)]
    draft: bool,
    /// HTTP timeout in seconds for --url and image downloads.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    timeout: u64,
    /// Keep lead images as their addresses (remote) or download them into
    /// static/images/ (local); default: `ingest: {images: …}` in site.yaml, else remote.
    #[arg(long, value_enum, value_name = "MODE")]
    images: Option<ImagesArg>,
    /// Print only errors, warnings and the summary.
    #[arg(long, short)]
    quiet: bool,
}

/// `--images`.
#[derive(Clone, Copy, clap::ValueEnum)]
enum ImagesArg {
    Remote,
    Local,
}

#[derive(clap::Args)]
struct FetchArgs {
    /// The site folder (holding site.yaml and data/sources.yaml).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Fetch only this source, by name or URL (repeatable); also one that is backing off.
    #[arg(long, value_name = "NAME")]
    source: Vec<String>,
    /// Fetch and report, but write neither articles nor fetch state.
    #[arg(long)]
    dry_run: bool,
    /// Requests in flight at once (at most 2 per host whatever this says).
    #[arg(long, value_name = "N", default_value_t = newsdesk::fetch::DEFAULT_CONCURRENCY)]
    concurrency: usize,
    /// Seconds to wait for each request.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    timeout: f64,
    /// Exit non-zero when any source fails (by default only when all do).
    #[arg(long)]
    strict: bool,
    /// Print only errors, warnings and the summary.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args)]
struct SourcesArgs {
    /// The site folder (holding site.yaml and data/sources.yaml).
    #[arg(long, value_name = "DIR", default_value = ".", global = true)]
    root: PathBuf,
    #[command(subcommand)]
    command: SourcesCommand,
}

#[derive(Subcommand)]
enum SourcesCommand {
    /// Each source with its last fetch, status, error and next due time.
    List,
    /// Subscribe to a feed, or to the feed a web page advertises.
    Add {
        /// The feed or page address.
        #[arg(value_name = "URL")]
        url: String,
        /// The name shown as `source:` (default: the feed's title).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Seconds to wait for the page or feed.
        #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
        timeout: f64,
    },
    /// Unsubscribe from a source, by name or URL.
    Remove {
        /// The source's name or URL.
        #[arg(value_name = "NAME|URL")]
        source: String,
    },
    /// Add every feed of an OPML file (as exported by any feed reader).
    Import {
        /// The OPML file.
        #[arg(value_name = "FILE.opml")]
        file: PathBuf,
    },
    /// Print the sources as OPML 2.0 on standard output.
    Export,
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date: use YYYY-MM-DD"))
}

fn main() -> ExitCode {
    // mimalloc asks for transparent huge pages for its regions, which a build touches sparsely:
    // the kernel zeroing 2 MB pages cost a one-edit CLI build at 10,000 articles about 0.3 s
    // of its 1.4 s CPU (perf: clear_page 23%), and a cold build 8% more peak memory.
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Deploy(args) => deploy(args),
        Command::Init(args) => init(args),
        Command::Check(args) => return check(args),
        Command::Serve(args) => serve(args),
        Command::Ingest(args) => return ingest(args),
        Command::Enrich(args) => enrich(args),
        Command::Edition(args) => edition(args),
        Command::Fetch(args) => return fetch(args),
        Command::Sources(args) => sources(args),
        Command::Inbox(args) => inbox(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn edition(args: EditionArgs) -> newsdesk::Result<()> {
    use std::io::Write;
    if let Some(EditionAction::New { id }) = args.action {
        let path = newsdesk::edition::new_intro(&args.root, id.as_deref())?;
        eprintln!("wrote {}", args.root.join(path).display());
        return Ok(());
    }
    let opts = newsdesk::BuildOptions {
        root: args.root,
        output: None,
        base_url: args.base_url,
        drafts: args.drafts,
    };
    let text = newsdesk::edition::render(&opts, &args.id, args.format)?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| newsdesk::Error::Msg(format!("writing to standard output: {e}")))
}

fn inbox(args: InboxArgs) -> newsdesk::Result<()> {
    use newsdesk::inbox::{self, Action, text};
    let root = args.root;
    let action = match args.command {
        InboxCommand::List { json } => {
            let inbox = inbox::load(&root)?;
            for p in &inbox.problems {
                eprintln!("warning: {p}");
            }
            if json {
                let out = serde_json::to_string_pretty(&inbox.groups)
                    .map_err(|e| newsdesk::Error::Msg(format!("cannot write JSON: {e}")))?;
                println!("{out}");
            } else {
                print!("{}", text::list(&inbox));
            }
            return Ok(());
        }
        InboxCommand::Show { slug } => {
            let inbox = inbox::load(&root)?;
            let d = inbox
                .find(&slug)
                .ok_or_else(|| newsdesk::Error::Msg(format!("no draft has the slug `{slug}`")))?;
            print!("{}", text::show(d, inbox.group_of(&slug)));
            return Ok(());
        }
        InboxCommand::Publish {
            slugs,
            source,
            group,
        } => Action::Publish(text::select(&root, slugs, source, group)?),
        InboxCommand::Discard { slugs } => Action::Discard(slugs),
        InboxCommand::Dup { slug, of } => Action::Duplicate(slug, of),
        InboxCommand::Edit {
            slug,
            title,
            summary,
            note,
            tags,
            pin,
        } => Action::Edit(slug, text::fields(title, summary, note, tags, pin)?),
        InboxCommand::Undo => Action::Undo,
    };
    let done = inbox::apply(&root, &action, &Default::default())
        .map_err(|e| newsdesk::Error::Msg(e.to_string()))?;
    println!("{}", done.message);
    Ok(())
}

fn enrich(args: EnrichArgs) -> newsdesk::Result<()> {
    let reports = newsdesk::enrich::enrich_files(&args.root, &args.paths, args.explain)?;
    if args.json {
        let json = serde_json::to_string_pretty(&reports)
            .map_err(|e| newsdesk::Error::Msg(format!("cannot write JSON: {e}")))?;
        println!("{json}");
    } else {
        print!("{}", newsdesk::enrich::to_text(&reports));
    }
    Ok(())
}

fn build(args: BuildArgs) -> newsdesk::Result<()> {
    let root = args.root.clone();
    let opts = newsdesk::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        drafts: args.drafts,
    };
    let mut builder = newsdesk::build::Builder::new(opts);
    builder.set_full(args.full);
    builder.keep_cache();
    let report = builder.build()?;
    // The process ends here: freeing the builder's memos piece by piece would only delay it.
    std::mem::forget(builder);
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    // After a successful build only: its cache index names exactly the pictures it showed.
    if args.prune {
        match newsdesk::imaging::renditions::prune_unused(&root) {
            Ok(p) if !args.quiet => eprintln!(
                "pruned the image cache: removed {} {} no article uses ({})",
                p.entries,
                if p.entries == 1 {
                    "picture's renditions"
                } else {
                    "pictures' renditions"
                },
                newsdesk::output::size::megabytes(p.bytes)
            ),
            Ok(_) => {}
            Err(w) => eprintln!("warning: {w}"),
        }
    }
    if args.verbose {
        for (phase, took) in &report.phases {
            eprintln!("{:>8.1} ms  {phase}", took.as_secs_f64() * 1000.0);
        }
        eprintln!("site size: {}", report.size.describe());
    }
    if !args.quiet {
        eprintln!(
            "built {} articles into {} in {} ms: {} files ({} written, {} unchanged, {} removed)",
            report.articles,
            report.output.display(),
            report.elapsed.as_millis(),
            report.files,
            report.write.written,
            report.write.unchanged,
            report.write.removed,
        );
    }
    Ok(())
}

fn deploy(args: DeployArgs) -> newsdesk::Result<()> {
    use newsdesk::deploy::{self, Outcome};
    if args.write_workflow {
        let install = match &args.newsdesk_git {
            Some(url) => deploy::Install::git(url, args.newsdesk_rev.as_deref())?,
            None => deploy::Install::CratesIo,
        };
        let schedule = args
            .schedule
            .as_deref()
            .map(deploy::Schedule::parse)
            .transpose()?;
        let r = match &schedule {
            Some(s) => deploy::write_scheduled_workflow(&args.root, args.force, &install, s)?,
            None => deploy::write_workflow(&args.root, args.force, &install)?,
        };
        if !args.quiet {
            if r.written {
                let when = match &schedule {
                    Some(s) => format!(
                        " and, on the schedule `{}` (UTC), fetches new articles, commits them and publishes",
                        s.as_str()
                    ),
                    None => String::new(),
                };
                eprintln!(
                    "wrote {}: it publishes the site on every push to `{}`{when}",
                    r.path.display(),
                    r.branch
                );
            } else {
                eprintln!("{} is already up to date", r.path.display());
            }
            for note in &r.notes {
                eprintln!("note: {note}");
            }
        }
        return Ok(());
    }
    let opts = deploy::DeployOptions {
        root: args.root,
        remote: args.remote,
        branch: args.branch,
        message: args.message,
        dry_run: args.dry_run,
        allow_detached: args.allow_detached,
        base_url: args.base_url,
    };
    let r = deploy::deploy(&opts, &mut |w| eprintln!("warning: {w}"))?;
    if args.quiet {
        return Ok(());
    }
    let c = r.changes;
    let changed = format!(
        "{} files changed ({} added, {} modified, {} deleted)",
        c.total(),
        c.added,
        c.modified,
        c.deleted
    );
    let place = format!("branch `{}` of {} ({})", r.branch, r.remote, r.url);
    match &r.outcome {
        Outcome::Published { commit, previous } => {
            eprintln!(
                "published {} articles ({} files) to {place}: {changed}, commit {}{}",
                r.articles,
                r.files,
                &commit[..commit.len().min(12)],
                if previous.is_none() {
                    " (new branch)"
                } else {
                    ""
                }
            );
            if let Some(url) = &r.pages_url {
                eprintln!("the site will be served at {url} once GitHub Pages has updated");
            }
        }
        Outcome::UpToDate { commit } => eprintln!(
            "{place} is up to date (commit {}): nothing to publish",
            &commit[..commit.len().min(12)]
        ),
        Outcome::DryRun => eprintln!(
            "dry run: would push {} articles ({} files) to {place}: {changed}; nothing was pushed",
            r.articles, r.files
        ),
    }
    Ok(())
}

fn init(args: InitArgs) -> newsdesk::Result<()> {
    let today = chrono::Local::now().date_naive();
    let r = newsdesk::init::init_in(&args.dir, args.force, today, &args.language)?;
    for p in &r.kept {
        eprintln!("kept {} (it already exists)", args.dir.join(p).display());
    }
    for p in &r.created {
        eprintln!("created {}", args.dir.join(p).display());
    }
    eprintln!(
        "a new site is ready in {}: edit site.yaml, then run `newsdesk build --root {}`",
        args.dir.display(),
        args.dir.display()
    );
    Ok(())
}

/// `check` exits 1 when it finds errors (warnings alone pass), 2 when it cannot run.
fn check(args: CheckArgs) -> ExitCode {
    use newsdesk::check::{self, Severity};
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        eprintln!("error: --timeout must be a positive number of seconds");
        return ExitCode::from(2);
    }
    let external = args.external.then(|| {
        let mut o = check::external::ExternalOptions::for_root(&args.root);
        o.concurrency = args.concurrency.max(1);
        o.timeout = std::time::Duration::from_secs_f64(args.timeout);
        if args.no_cache {
            o.cache = None;
        }
        o
    });
    let opts = check::CheckOptions {
        root: args.root,
        base_url: args.base_url,
        drafts: args.drafts,
        external,
    };
    let report = check::check(&opts);
    let (errors, warnings) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
    );
    if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        for p in &report.problems {
            println!("{p}");
        }
        for s in &report.skipped {
            println!("skipped {s}");
        }
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        let mut looked = format!(
            "{}, {}, {}",
            plural(report.articles, "article"),
            plural(report.pages, "page"),
            plural(report.internal_links, "internal link"),
        );
        if opts.external.is_some() {
            looked.push_str(&format!(
                ", {}",
                plural(report.external_links, "external link")
            ));
        }
        if report.size.files > 0 {
            looked.push_str(&format!(
                " checked; the site is {} in {} files",
                newsdesk::output::size::megabytes(report.size.bytes),
                report.size.files
            ));
        } else {
            looked.push_str(" checked");
        }
        println!(
            "{}, {} ({looked})",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
    }
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn serve(args: ServeArgs) -> newsdesk::Result<()> {
    let mut opts = newsdesk::serve::ServeOptions::new(args.root);
    opts.port = args.port;
    opts.bind = args.bind;
    opts.drafts = args.drafts;
    opts.allow_remote_edits = args.allow_remote_edits;
    let server = newsdesk::serve::start(opts)?;
    if let Some(note) = &server.port_note {
        eprintln!("note: {note}");
    }
    if !server.addr.ip().is_loopback() {
        eprintln!(
            "warning: listening on {}: other machines can see this preview",
            server.addr.ip()
        );
    }
    eprintln!(
        "serving {} (built in {}); press Ctrl-C to stop",
        server.url,
        server.output.display()
    );
    eprintln!(
        "inbox: {}{}",
        server.inbox_url,
        if server.inbox_read_only {
            " (read-only: pass --allow-remote-edits to change files from other machines)"
        } else {
            ""
        }
    );
    if args.open
        && let Err(e) = open::that_detached(&server.url)
    {
        eprintln!("warning: could not open a browser: {e}");
    }
    server.run_until_ctrl_c()
}

fn ingest(args: IngestArgs) -> ExitCode {
    use newsdesk::ingest::{Event, Outcome};
    let opts = newsdesk::ingest::Options {
        root: args.root,
        paths: args.paths,
        urls: args.url,
        format: args.format,
        source: args.source,
        date: args.date,
        dry_run: args.dry_run,
        force: args.force,
        draft: args.draft,
        timeout: std::time::Duration::from_secs(args.timeout),
        images: args.images.map(|m| match m {
            ImagesArg::Remote => newsdesk::config::ImageMode::Remote,
            ImagesArg::Local => newsdesk::config::ImageMode::Local,
        }),
        stop: newsdesk::ingest::interrupt::flag(),
    };
    let quiet = args.quiet;
    let verb = if opts.dry_run { "would write" } else { "wrote" };
    let mut on_event = |e: &Event| match e {
        Event::Done { input, outcome, .. } => match outcome {
            Outcome::Ingested {
                path,
                duplicate_of,
                replaced,
                ..
            } if !quiet => {
                let how = if *replaced { " (replaced)" } else { "" };
                let dup = duplicate_of
                    .as_ref()
                    .map(|d| format!(" (near-duplicate of {d})"))
                    .unwrap_or_default();
                println!("{input}: {verb} {}{how}{dup}", path.display());
            }
            Outcome::Skipped { existing, reason } if !quiet => {
                println!(
                    "{input}: skipped, already present as {} ({reason})",
                    existing.display()
                );
            }
            Outcome::Discarded if !quiet => {
                println!("{input}: skipped, discarded by the curator (--force brings it back)");
            }
            _ => {}
        },
        Event::Failed { input, error } => eprintln!("error: {input}: {error}"),
        Event::Warning { input, message } => eprintln!("warning: {input}: {message}"),
    };
    match newsdesk::ingest::run(&opts, &mut on_event) {
        Ok(report) if report.interrupted => {
            eprintln!("{}", report.summary());
            ExitCode::from(newsdesk::ingest::interrupt::EXIT_INTERRUPTED)
        }
        Ok(report) => {
            println!("{}", report.summary());
            if report.failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `fetch` exits 0 when some source could be read, 1 when all failed (or any, with
/// `--strict`), 2 when it cannot run (configuration, state, lock).
fn fetch(args: FetchArgs) -> ExitCode {
    use newsdesk::fetch::{self, Event};
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        eprintln!("error: --timeout must be a positive number of seconds");
        return ExitCode::from(2);
    }
    let opts = fetch::Options {
        only: args.source,
        dry_run: args.dry_run,
        concurrency: args.concurrency.max(1),
        timeout: std::time::Duration::from_secs_f64(args.timeout),
        ..fetch::Options::new(args.root)
    };
    let quiet = args.quiet;
    let verb = if opts.dry_run { "would write" } else { "wrote" };
    let mut on_event = |e: &Event| match e {
        Event::Source { name, status } => match status {
            fetch::Status::Failed(_) => eprintln!("{name}: {status}"),
            _ if !quiet => println!("{name}: {status}"),
            _ => {}
        },
        Event::Article {
            path, duplicate_of, ..
        } if !quiet => {
            let dup = duplicate_of
                .as_ref()
                .map(|d| format!(" (near-duplicate of {d})"))
                .unwrap_or_default();
            println!("  {verb} {}{dup}", path.display());
        }
        Event::Article { .. } => {}
        Event::Warning(w) => eprintln!("warning: {w}"),
    };
    match fetch::run(&opts, &mut on_event) {
        Ok(report) => {
            println!("{}", report.summary());
            if report.sources == 0 && report.backing_off == 0 {
                eprintln!(
                    "note: no sources to fetch: add some with `newsdesk sources add URL` or `newsdesk sources import FILE.opml`"
                );
            }
            if !report.any_read() || (args.strict && report.failed > 0) {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn sources(args: SourcesArgs) -> newsdesk::Result<()> {
    use newsdesk::fetch::sources::{self, Source, Sources};
    use newsdesk::fetch::{opml, state::State};
    let root = &args.root;
    match args.command {
        SourcesCommand::List => {
            let list = Sources::load(root)?;
            let state = State::load(root)?;
            if list.sources.is_empty() {
                println!(
                    "no sources yet: add one with `newsdesk sources add URL` or `newsdesk sources import FILE.opml`"
                );
            }
            for line in newsdesk::fetch::list::lines(&list, &state, chrono::Utc::now()) {
                println!("{line}");
            }
        }
        SourcesCommand::Add { url, name, timeout } => {
            if !(timeout > 0.0 && timeout.is_finite()) {
                return Err(newsdesk::Error::Msg(
                    "--timeout must be a positive number of seconds".into(),
                ));
            }
            let mut list = Sources::load(root)?;
            let found = newsdesk::fetch::list::resolve(
                root,
                &url,
                std::time::Duration::from_secs_f64(timeout),
            )?;
            if found.url != url.trim() {
                eprintln!("{url} is a page: it advertises the feed {}", found.url);
            }
            let shown = name.clone().or(found.title.clone());
            list.add(Source::new(&found.url, name))?;
            println!(
                "added {} to {}",
                shown.unwrap_or_else(|| found.url.clone()),
                root.join(sources::FILE).display()
            );
        }
        SourcesCommand::Remove { source } => {
            let mut list = Sources::load(root)?;
            let Some(i) = list.find(&source) else {
                let names: Vec<&str> = list
                    .sources
                    .iter()
                    .filter_map(|s| s.name.as_deref())
                    .collect();
                return Err(newsdesk::Error::Msg(format!(
                    "{}: no source named `{source}`{}",
                    list.path.display(),
                    newsdesk::suggest::did_you_mean(&source, names)
                )));
            };
            let gone = list.remove(i)?;
            println!(
                "removed {} from {}",
                gone.name.as_deref().unwrap_or(&gone.url),
                list.path.display()
            );
        }
        SourcesCommand::Import { file } => {
            let text = std::fs::read_to_string(&file).map_err(|e| newsdesk::Error::io(&file, e))?;
            let found = opml::parse(&text, &file)?;
            let total = found.len();
            let mut list = Sources::load(root)?;
            let added = list.add_all(found)?;
            println!(
                "imported {} of {total} feeds from {} into {} ({} already listed)",
                added.len(),
                file.display(),
                list.path.display(),
                total - added.len()
            );
        }
        SourcesCommand::Export => {
            let list = Sources::load(root)?;
            let state = State::load(root)?;
            let title = newsdesk::config::Config::load(root)
                .map(|c| c.title)
                .unwrap_or_else(|_| "newsdesk sources".into());
            let rows: Vec<(Source, Option<String>)> = list
                .sources
                .iter()
                .map(|s| {
                    let t = state.sources.get(&s.url).and_then(|st| st.title.clone());
                    (s.clone(), t)
                })
                .collect();
            print!("{}", opml::render(&title, &rows));
        }
    }
    Ok(())
}
