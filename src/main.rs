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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(args),
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
