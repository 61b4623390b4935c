//! `ardoise`: the same use cases as the window, from a terminal or a script.
//!
//! Output is a readable table, or JSON with `--json`. A refusal goes to stderr as a
//! sentence (with each field at fault) and the exit code is 2, as it is when `check`
//! finds anything wrong with the book.

// First, so every module below prints through it.
#[macro_use]
mod terminal;
mod args;
mod backup;
mod bank;
mod bench;
mod bench_audit;
mod bench_backup;
mod bench_bank;
mod bench_html;
mod bench_login;
mod bench_partner_center;
mod bench_statements;
mod bench_support;
mod check;
mod collections;
mod failure;
mod invoicing;
mod output;
mod output_bank;
mod output_check;
mod output_collections;
mod output_invoicing;
mod output_payments;
mod output_staff;
mod output_statements;
mod output_support;
mod output_support_request;
mod partner_center;
mod partner_center_output;
mod payments;
mod rebill;
mod reconcile;
mod run;
mod sign_in;
mod staff;
mod statements;
mod support;
mod support_args;
mod support_forms;
mod words;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match run::run(&cli) {
        Ok(check::Verdict::Done) => ExitCode::SUCCESS,
        // `check` printed what it found; scripts see it in the exit code.
        Ok(check::Verdict::Findings) => ExitCode::from(2),
        Err(failure) => {
            failure::print_error(&failure, cli.json);
            ExitCode::from(2)
        }
    }
}
