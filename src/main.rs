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
    /// Turn scraped text, HTML pages and feeds into content files.
    Ingest(IngestArgs),
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
    /// HTTP timeout in seconds for --url.
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    timeout: u64,
    /// Print only errors, warnings and the summary.
    #[arg(long, short)]
    quiet: bool,
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("`{s}` is not a date: use YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Ingest(args) => return ingest(args),
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
            _ => {}
        },
        Event::Failed { input, error } => eprintln!("error: {input}: {error}"),
        Event::Warning { input, message } => eprintln!("warning: {input}: {message}"),
    };
    match newsdesk::ingest::run(&opts, &mut on_event) {
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
