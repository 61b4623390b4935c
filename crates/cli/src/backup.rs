//! `ardoise backup [--to DIR]` and `ardoise restore FILE`: runners and their output.

use std::path::Path;

use ardoise_app::domain::Lang;
use ardoise_app::transport_backup::{BackupDone, RestoreDone};
use ardoise_app::{Ardoise, Session};

use crate::failure::Failure;
use crate::output::{json, right, table, Out};

fn size(bytes: i64, lang: Lang) -> String {
    let mb = format!("{:.1}", bytes as f64 / 1e6);
    match lang {
        Lang::Fr => format!("{} Mo", mb.replace('.', ",")),
        Lang::En => format!("{mb} MB"),
    }
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
        out.t("Sauvegarde", "Backup"),
        out.t("Taille", "Size"),
        out.t("Durée", "Took"),
        out.t("Conservées", "Kept"),
        out.t("Supprimées (rotation)", "Deleted (rotation)"),
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
        println!("{} {name}", out.t("  supprimée :", "  deleted:"));
    }
}

/// Restores `file` in place of the book (which this takes: it is closed, kept aside,
/// and the restored book is opened).
pub fn restore(book: Ardoise, file: &Path, as_json: bool, lang: Lang) -> Result<(), Failure> {
    let session = book.admin_session().map_err(|e| Failure(e.view(lang)))?;
    let (_book, result) = book.restore(&session, file);
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
        out.t("Restauré depuis", "Restored from"),
        out.t("Ancien dossier conservé", "Replaced book kept as"),
        out.t("Clients", "Customers"),
        out.t("Factures", "Invoices"),
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
