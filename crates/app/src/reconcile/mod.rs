//! The month reconciled with Microsoft Partner Center's lines (what Microsoft billed that
//! no customer invoice bills, what customers are billed that Microsoft no longer charges,
//! seats differing) and the month's margin, with its CSV. Read only: nothing is written
//! but the CSV a user saves.

pub mod compute;
pub mod margin;
mod views;

use std::path::{Path, PathBuf};

use ardoise_domain::invoicing::Period;
use ardoise_domain::words::tr;
use ardoise_domain::{Invalid, Lang};

use crate::outbox::Naming;
use crate::transport_reconcile::{MarginView, ReconcileView};
use crate::{paths, Ardoise, Permission, Result, Session};

impl Ardoise {
    /// The month ("2026-11") reconciled: every Microsoft line of the month matched to the
    /// invoice lines re-billing its subscription, the leaks, the lines Microsoft no longer
    /// charges, the seats differing and the totals.
    pub fn reconcile(&self, session: &Session, period: &str, lang: Lang) -> Result<ReconcileView> {
        session.require(Permission::ViewBook)?;
        let month = parse_period(period)?;
        let db = self.store.read();
        let rows = db.pc_lines_between(month.start(), month.end())?;
        let billing = db.rebilling_lines_between(month.start(), month.end())?;
        let (files, totals) = db.pc_file_totals_within(month.start(), month.end())?;
        let r = compute::reconcile(&rows, &billing, month.end());
        Ok(views::reconciliation(month, &r, files, &totals, lang))
    }

    /// The month's margin per customer, per product and in total: Microsoft's cost
    /// against the resale billed, in each row's currency.
    pub fn margin(&self, session: &Session, period: &str, lang: Lang) -> Result<MarginView> {
        session.require(Permission::ViewBook)?;
        let month = parse_period(period)?;
        let m = self.margin_of(month, lang)?;
        Ok(views::margin(month, &m, lang))
    }

    fn margin_of(&self, month: Period, lang: Lang) -> Result<margin::Margin> {
        let db = self.store.read();
        let rows = db.pc_lines_between(month.start(), month.end())?;
        let resale = db.resale_lines_of_month(month.start())?;
        let untied = tr!(lang, RECONCILE_MARGIN_UNTIED);
        Ok(margin::margin(&rows, &resale, &untied))
    }

    /// The month's margin as CSV for a spreadsheet in `lang`: its name and bytes (with
    /// the byte-order mark spreadsheets read the encoding from).
    pub fn margin_csv(
        &self,
        session: &Session,
        period: &str,
        lang: Lang,
    ) -> Result<(String, Vec<u8>)> {
        session.require(Permission::ViewBook)?;
        let month = parse_period(period)?;
        let m = self.margin_of(month, lang)?;
        let mut out = Vec::from("\u{feff}".as_bytes());
        views::margin_csv(&m, lang, &mut out)?;
        let word = tr!(lang, RECONCILE_FILE_MARGIN);
        Ok((
            format!(
                "{word}-{period}.csv",
                period = month.start().format("%Y-%m")
            ),
            out,
        ))
    }

    /// The margin's CSV for a terminal or a pipe: without the byte-order mark.
    pub fn margin_csv_text(&self, session: &Session, period: &str, lang: Lang) -> Result<String> {
        session.require(Permission::ViewBook)?;
        let (_, bytes) = self.margin_csv(session, period, lang)?;
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        Ok(String::from_utf8_lossy(text).into_owned())
    }

    /// Saves the margin's CSV through the outbox, to `to` or under its own name in the
    /// documents folder; returns the path written.
    pub fn save_margin_csv(
        &self,
        session: &Session,
        period: &str,
        lang: Lang,
        to: Option<&Path>,
    ) -> Result<PathBuf> {
        session.require(Permission::ViewBook)?;
        let (name, bytes) = self.margin_csv(session, period, lang)?;
        let (file, naming) = match to {
            Some(f) => (f.to_path_buf(), Naming::Exact),
            None => (paths::documents_dir(&self.path).join(name), Naming::Fresh),
        };
        self.send_file(session, &file, naming, "margin", None, &bytes)
    }
}

/// A month as typed: "2026-11".
fn parse_period(input: &str) -> Result<Period> {
    Period::parse_typed(input).map_err(|p| Invalid::one("period", p).into())
}
