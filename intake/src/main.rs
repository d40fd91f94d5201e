//! The `pforte` binary: parses the command line and hands over to the library.

use std::io::IsTerminal;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;
use pforte_intake::cli::{Cli, Command, FormsCommand, LintArgs, ValidateArgs};
use pforte_intake::config::ServeConfig;
use pforte_intake::{lint, office, validate};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Serving failures are failures (1); the other commands use 1 for "invalid" and 2 for bad input.
    let (result, failure) = match cli.command {
        Command::Serve(config) => (serve(config), 1),
        Command::Validate(args) => (validate(&args), 2),
        Command::Forms(FormsCommand::Lint(args)) => (lint(&args), 2),
        Command::Office(command) => (office::run(command), 1),
        Command::Openapi => {
            print!("{}", pforte_intake::server::openapi::document_text());
            (Ok(ExitCode::SUCCESS), 1)
        }
    };
    result.unwrap_or_else(|err| {
        eprintln!("pforte: {err:#}");
        ExitCode::from(failure)
    })
}

fn serve(mut config: ServeConfig) -> anyhow::Result<ExitCode> {
    config.smtp_url = std::env::var(pforte_intake::mail::SMTP_URL_ENV).ok();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Logs go to stderr, so stdout carries only what a script might read (the address).
    let ansi = std::io::stderr().is_terminal();
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .init();
    let runtime = tokio::runtime::Runtime::new().context("cannot start the async runtime")?;
    runtime
        .block_on(pforte_intake::server::run(config))
        .context("cannot serve")?;
    Ok(ExitCode::SUCCESS)
}

fn validate(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    let outcome = validate::run(&args.target(), &args.data, args.engine)?;
    println!(
        "{}",
        serde_json::to_string_pretty(&outcome).context("cannot print the outcome")?
    );
    Ok(if outcome.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn lint(args: &LintArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(args.dir.is_dir(), "{}: no such folder", args.dir.display());
    let mut report = lint::lint(&args.dir, &args.locales_dir());
    for (file, kind) in [
        (&args.calendar, lint::Config::Calendar),
        (&args.routing, lint::Config::Routing),
    ] {
        if let Some(file) = file {
            report.findings.extend(lint::config_findings(file, kind));
        }
    }
    if let Some(routing) = &args.routing {
        report
            .findings
            .extend(lint::routing_label_findings(routing, &args.locales_dir()));
    }
    print!("{report}");
    Ok(if report.findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
