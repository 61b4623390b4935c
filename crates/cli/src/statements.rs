//! The statement subcommands: statement, statements, aging.

use ardoise_app::paths;
use ardoise_app::transport_invoicing::Progress;
use ardoise_app::transport_statements::{BatchRequest, StatementRequest, StatementSelection};
use ardoise_app::{Ardoise, CancelFlag, Period, Session};

use crate::args::StatementDates;
use crate::failure::{found, Result};
use crate::output::Out;

fn period(book: &Ardoise, d: &StatementDates) -> Period {
    book.statement_period(d.from.as_deref(), d.to.as_deref(), d.as_of.as_deref())
}

pub fn statement(
    book: &mut Ardoise,
    s: &Session,
    out: &Out,
    customer: &str,
    d: &StatementDates,
    file: Option<&std::path::Path>,
) -> Result<()> {
    let customer_id = found(book.find_customer(s, customer), customer)?;
    let Period { from, to, as_of } = period(book, d);
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
) -> Result<()> {
    let Period { from, to, as_of } = period(book, d);
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
) -> Result<()> {
    if csv {
        crate::terminal::out(&book.aging_csv_text(s, as_of, out.lang)?);
        return Ok(());
    }
    if let Some(path) = pdf {
        let saved = book.export_aging_pdf(s, as_of, out.lang, path)?;
        out.written(&saved.path, saved.bytes as usize);
        return Ok(());
    }
    out.aging(&book.aging_report(s, &book.date_or_today(as_of))?);
    Ok(())
}
