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
    /// Show the people, places, countries, regions and summary detected in files
    /// (scraped .txt or content .md; a .md's own people/places lists are ignored).
    Enrich(EnrichArgs),
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
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
        Command::Enrich(args) => enrich(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
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
