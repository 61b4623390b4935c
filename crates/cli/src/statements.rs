//! The statement subcommands: statement, statements, aging.

use ardoise_app::paths;
use ardoise_app::transport_invoicing::Progress;
use ardoise_app::transport_statements::{
    BatchRequest, ExportFormat, StatementRequest, StatementSelection,
};
use ardoise_app::{Ardoise, CancelFlag, Session};
use chrono::Datelike;

use crate::args::StatementDates;
use crate::output::Out;

/// (from, to, as_of) as typed, with the defaults filled in: as of today, the as-of
/// month up to that day.
fn dates(book: &Ardoise, d: &StatementDates) -> (String, String, String) {
    let as_of = d.as_of.clone().unwrap_or_else(|| book.today().to_string());
    // The same reading as the use case's, so a year the book refuses gives no default.
    let parsed = ardoise_app::domain::catalog::parse_date(&as_of).ok();
    let to = d.to.clone().unwrap_or_else(|| as_of.clone());
    let from = d.from.clone().unwrap_or_else(|| {
        parsed
            .and_then(|a| a.with_day(1))
            .map(|f| f.to_string())
            .unwrap_or_else(|| as_of.clone())
    });
    (from, to, as_of)
}

pub fn statement(
    book: &mut Ardoise,
    s: &Session,
    out: &Out,
    customer: &str,
    d: &StatementDates,
    file: Option<&std::path::Path>,
) -> ardoise_app::Result<()> {
    let customer_id = book.find_customer(s, customer)?;
    let (from, to, as_of) = dates(book, d);
    let req = StatementRequest {
        customer_id,
        from,
        to,
        as_of,
    };
    let view = book.statement(s, &req)?;
    let written = match file {
        Some(path) => book.save_statement_as(s, &req, path)?,
        None => book.save_statement_in(s, &req, &paths::documents_dir(book.path()))?,
    };
    out.statement(&view, &written);
    Ok(())
}

pub fn batch(
    book: &mut Ardoise,
    s: &Session,
    out: &Out,
    d: &StatementDates,
    dir: Option<&std::path::Path>,
    combined: Option<&std::path::Path>,
    all: bool,
) -> ardoise_app::Result<()> {
    let (from, to, as_of) = dates(book, d);
    let req = BatchRequest {
        selection: if all {
            StatementSelection::All
        } else {
            StatementSelection::WithBalance
        },
        from,
        to,
        as_of,
        out_dir: dir.map(|p| p.display().to_string()).unwrap_or_default(),
        combined: combined.map(|p| p.display().to_string()),
    };
    let json = out.json;
    let progress = |p: Progress| {
        if !json && p.total > 0 && (p.done == p.total || p.done % 100 == 0) {
            errout!("\r{} / {}", p.done, p.total);
        }
    };
    let default_dir = paths::documents_dir(book.path());
    let result = book.statements_batch(
        s,
        &req,
        out.lang,
        &default_dir,
        &progress,
        &CancelFlag::default(),
    )?;
    if !json {
        errln!();
    }
    out.batch(&result);
    Ok(())
}

pub fn aging(
    book: &Ardoise,
    s: &Session,
    out: &Out,
    as_of: Option<&str>,
    csv: bool,
    pdf: Option<&std::path::Path>,
) -> ardoise_app::Result<()> {
    let as_of = as_of
        .map(str::to_string)
        .unwrap_or_else(|| book.today().to_string());
    if csv {
        let (_, bytes) = book.aging_csv(s, &as_of, out.lang)?;
        // Without the BOM on a terminal or in a pipe: it is for spreadsheets opening a file.
        let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
        crate::terminal::out(&String::from_utf8_lossy(text));
        return Ok(());
    }
    if let Some(path) = pdf {
        let written = book.save_aging(s, &as_of, ExportFormat::Pdf, out.lang, Some(path))?;
        let size = std::fs::metadata(&written).map(|m| m.len()).unwrap_or(0);
        out.written(&written, size as usize);
        return Ok(());
    }
    out.aging(&book.aging_report(s, &as_of)?);
    Ok(())
}
