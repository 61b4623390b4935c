//! The collections subcommands.

use ardoise_app::paths;
use ardoise_app::{Ardoise, Session};

use crate::args::CollectionsCmd;
use crate::output::Out;

pub fn run(
    book: &mut Ardoise,
    s: &Session,
    out: &Out,
    cmd: &CollectionsCmd,
) -> ardoise_app::Result<()> {
    let today = book.today().to_string();
    match cmd {
        CollectionsCmd::Run {
            as_of,
            produce,
            out: dir,
        } => {
            let as_of = as_of.clone().unwrap_or(today);
            let view = book.collections(s, &as_of)?;
            out.collections(&view);
            let out_dir = dir
                .as_ref()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            if *produce {
                let default_dir = paths::documents_dir(book.path());
                let round = book.produce_round(s, &as_of, &out_dir, out.lang, &default_dir)?;
                for result in [&round.letters, &round.renewals] {
                    if !result.letters.is_empty() {
                        out.letters(result);
                    }
                }
            }
        }
        CollectionsCmd::Sent { ids, on, via } => {
            book.mark_sent(s, ids, on.as_deref().unwrap_or(&today), via)?;
        }
        CollectionsCmd::Hold {
            customer,
            invoice,
            reason,
        } => {
            let customer_id = book.find_customer(s, customer)?;
            let invoice_id = match invoice {
                Some(i) => Some(book.find_invoice(s, i)?),
                None => None,
            };
            let id = book.hold(s, customer_id, invoice_id, reason)?;
            out.created("hold", id);
        }
        CollectionsCmd::Lift { hold } => book.lift_hold(s, *hold)?,
        CollectionsCmd::Suspended { id, on } => {
            book.mark_suspended(s, *id, on.as_deref().unwrap_or(&today))?
        }
        CollectionsCmd::Reactivated { id, on } => {
            book.mark_reactivated(s, *id, on.as_deref().unwrap_or(&today))?
        }
    }
    Ok(())
}
