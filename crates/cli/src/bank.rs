//! `ardoise bank import`: a bank file read, its credits proposed, and with
//! `--confirm-all` made into payments.

use std::path::PathBuf;

use ardoise_app::transport_bank::BankImportRequest;
use ardoise_app::{Ardoise, Session};
use clap::Subcommand;

use crate::failure::Result;
use crate::output::Out;

#[derive(Debug, Subcommand)]
pub enum BankCmd {
    /// Import a statement (CAMT.053, OFX, or CSV with --bank) and show what each credit
    /// is proposed to pay; a file already imported adds nothing.
    Import {
        file: PathBuf,
        /// Read and propose only: nothing is written.
        #[arg(long)]
        dry_run: bool,
        /// Make a payment of every line proposed as it stands.
        #[arg(long, conflicts_with = "dry_run")]
        confirm_all: bool,
        /// For a CSV file: the bank whose column mapping (given in the window) reads it.
        #[arg(long)]
        bank: Option<String>,
        /// For a CSV file: the account's currency.
        #[arg(long, default_value = "EUR")]
        currency: String,
    },
}

pub fn run(book: &mut Ardoise, s: &Session, out: &Out, cmd: &BankCmd) -> Result<()> {
    match cmd {
        BankCmd::Import {
            file,
            dry_run,
            confirm_all,
            bank,
            currency,
        } => {
            let request = BankImportRequest {
                path: file.display().to_string(),
                dry_run: *dry_run,
                csv_bank: bank.clone(),
                csv_mapping: None,
                csv_currency: Some(currency.clone()),
            };
            let view = book.bank_import(s, &request, out.lang)?;
            let made = if *confirm_all {
                book.bank_confirm_all(s, &view)?
            } else {
                Vec::new()
            };
            out.bank_import(&view, &made, *confirm_all);
        }
    }
    Ok(())
}
