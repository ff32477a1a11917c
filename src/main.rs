//! The `newsdesk` command line: parses arguments, calls the library, prints errors.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Command::Check(args) = cli.command {
        return check(args);
    }
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Deploy(args) => deploy(args),
        Command::Init(args) => init(args),
        Command::Check(_) => unreachable!("handled above"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn build(args: BuildArgs) -> newsdesk::Result<()> {
    let opts = newsdesk::BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        drafts: args.drafts,
    };
    let report = newsdesk::build(&opts)?;
    for w in &report.warnings {
        eprintln!("warning: {w}");
    }
    if args.verbose {
        for (phase, took) in &report.phases {
            eprintln!("{:>8.1} ms  {phase}", took.as_secs_f64() * 1000.0);
        }
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
        let r = deploy::write_workflow(&args.root, args.force)?;
        if !args.quiet {
            if r.written {
                eprintln!(
                    "wrote {}: it publishes the site on every push to `{}`",
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
    let r = newsdesk::init::init(&args.dir, args.force, today)?;
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
        println!(
            "{}, {} ({looked} checked)",
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
