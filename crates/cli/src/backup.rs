//! `ardoise backup [--to DIR]` and `ardoise restore FILE`: runners and their output.

use ardoise_app::domain::words::tr;
use std::path::Path;

use ardoise_app::domain::{display, Lang};
use ardoise_app::transport_backup::{BackupDone, RestoreDone};
use ardoise_app::{Ardoise, Session};
use rust_decimal::Decimal;

use crate::failure::Failure;
use crate::output::{json, right, table, Out};

fn size(bytes: i64, lang: Lang) -> String {
    // Megabytes to one decimal, written as the reader writes decimals.
    let mb = display::number(Decimal::new(bytes, 6), 1, lang);
    tr!(lang, CLI_SIZE_MB, mb = mb)
}

pub fn backup(
    book: &Ardoise,
    session: &Session,
    out: &Out,
    to: Option<&Path>,
) -> ardoise_app::Result<()> {
    let done = book.backup_now(session, to)?;
    print_backup(out, &done);
    Ok(())
}

fn print_backup(out: &Out, done: &BackupDone) {
    if out.json {
        return json(done);
    }
    let mut t = table(&[
        &tr!(out.lang, CLI_BACKUP),
        &tr!(out.lang, CLI_SIZE),
        &tr!(out.lang, CLI_TOOK),
        &tr!(out.lang, CLI_KEPT),
        &tr!(out.lang, CLI_DELETED_ROTATION),
    ]);
    t.add_row(vec![
        done.file.clone(),
        size(done.bytes, out.lang),
        format!("{} ms", done.millis),
        done.kept.to_string(),
        done.deleted.len().to_string(),
    ]);
    right(&mut t, &[1, 2, 3, 4]);
    println!("{t}");
    for name in &done.deleted {
        println!("{} {name}", tr!(out.lang, CLI_DELETED));
    }
}

/// Restores `file` in place of the book (which this takes: it is closed, kept aside,
/// and the restored book is opened).
pub fn restore(
    book: Ardoise,
    session: &Session,
    file: &Path,
    as_json: bool,
    lang: Lang,
) -> Result<(), Failure> {
    let (_book, result) = book.restore(session, file);
    let done = result.map_err(|e| Failure(e.view(lang)))?;
    print_restore(
        &Out {
            json: as_json,
            lang,
        },
        &done,
    );
    Ok(())
}

fn print_restore(out: &Out, done: &RestoreDone) {
    if out.json {
        return json(done);
    }
    let mut t = table(&[
        &tr!(out.lang, CLI_RESTORED_FROM),
        &tr!(out.lang, CLI_REPLACED_BOOK_KEPT_AS),
        &tr!(out.lang, CLI_CUSTOMERS_HEADING),
        &tr!(out.lang, CLI_INVOICES),
    ]);
    t.add_row(vec![
        done.file.clone(),
        done.replaced.clone(),
        done.customers.to_string(),
        done.invoices.to_string(),
    ]);
    right(&mut t, &[2, 3]);
    println!("{t}");
}
