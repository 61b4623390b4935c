//! `ardoise`: the same use cases as the window, from a terminal or a script.
//!
//! Output is a readable table, or JSON with `--json`. A refusal goes to stderr as a
//! sentence (with each field at fault) and the exit code is 2.

mod args;
mod backup;
mod bench;
mod bench_backup;
mod bench_html;
mod bench_statements;
mod collections;
mod invoicing;
mod output;
mod output_collections;
mod output_invoicing;
mod output_statements;
mod run;
mod statements;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match run::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            output::print_error(&failure, cli.json);
            ExitCode::from(2)
        }
    }
}
