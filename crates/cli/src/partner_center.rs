//! `ardoise import partner-center`: a Partner Center reconciliation file previewed
//! (`--dry-run`) or imported; `ardoise gen partner-center`: a realistic file written for
//! tests and benchmarks.

use std::path::PathBuf;

use ardoise_app::domain::Lang;
use ardoise_app::partner_center::{generate_partner_center_file, GeneratedKind};
use ardoise_app::{Ardoise, Session};
use clap::{Subcommand, ValueEnum};

use crate::failure::Result;
use crate::output::Out;

#[derive(Debug, Subcommand)]
pub enum ImportCmd {
    /// A Partner Center reconciliation file (invoice reconciliation, daily rated usage or
    /// the legacy license-based file): its lines recorded once, customers and
    /// subscriptions brought in step with it. The same file again changes nothing.
    PartnerCenter {
        file: PathBuf,
        /// Show what the import would do: nothing is written.
        #[arg(long)]
        dry_run: bool,
        /// Do not create the customers the book lacks (their lines are still kept).
        #[arg(long)]
        no_new_customers: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// New-commerce invoice reconciliation.
    Invoice,
    /// New-commerce daily rated usage.
    Usage,
    /// The legacy license-based file.
    Legacy,
}

#[derive(Debug, Subcommand)]
pub enum GenCmd {
    /// A realistic Partner Center file of any size, the same for the same seed.
    PartnerCenter {
        #[arg(long, default_value_t = 1_000)]
        rows: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// As a French spreadsheet saves it again: Windows-1252, semicolons, decimal
        /// commas, dates day first.
        #[arg(long)]
        fr: bool,
        #[arg(long, value_enum, default_value = "invoice")]
        kind: KindArg,
        /// The file to write (never over an existing one).
        #[arg(long)]
        out: PathBuf,
    },
}

pub fn run(book: &Ardoise, s: &Session, out: &Out, cmd: &ImportCmd) -> Result<()> {
    match cmd {
        ImportCmd::PartnerCenter {
            file,
            dry_run,
            no_new_customers,
        } => {
            let path = file.display().to_string();
            if *dry_run {
                let preview = book.partner_center_preview(s, &path, out.lang)?;
                out.partner_center_preview(&preview);
            } else {
                let done = book.partner_center_import(s, &path, !no_new_customers, out.lang)?;
                out.partner_center_import(&done);
            }
        }
    }
    Ok(())
}

/// Writes the file; needs no book.
pub fn generate(cmd: &GenCmd, lang: Lang, json: bool) -> Result<()> {
    let GenCmd::PartnerCenter {
        rows,
        seed,
        fr,
        kind,
        out: file,
    } = cmd;
    let kind = match kind {
        KindArg::Invoice => GeneratedKind::Invoice,
        KindArg::Usage => GeneratedKind::Usage,
        KindArg::Legacy => GeneratedKind::Legacy,
    };
    let totals = generate_partner_center_file(file, *rows, *seed, *fr, kind)?;
    Out { json, lang }.partner_center_generated(file, *rows, &totals);
    Ok(())
}
