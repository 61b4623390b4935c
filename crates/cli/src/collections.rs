//! The collections subcommands.

use ardoise_app::{Ardoise, DayRequest, Session};

use crate::args::CollectionsCmd;
use crate::failure::{found, Result};
use crate::output::Out;

pub fn run(book: &mut Ardoise, s: &Session, out: &Out, cmd: &CollectionsCmd) -> Result<()> {
    match cmd {
        CollectionsCmd::Run {
            as_of,
            produce,
            out: dir,
            signed_by_me,
        } => {
            let day = book.collections_day(
                s,
                &DayRequest {
                    as_of: as_of.as_deref(),
                    produce: *produce,
                    out_dir: dir.as_deref(),
                    lang: out.lang,
                    signed_by_me: *signed_by_me,
                },
            )?;
            out.collections(&day.due, &book.collection_policy(s)?);
            for result in &day.produced {
                out.letters(result);
            }
        }
        CollectionsCmd::Sent { ids, on, via } => {
            book.mark_sent(s, ids, &book.date_or_today(on.as_deref()), via)?;
        }
        CollectionsCmd::Hold {
            customer,
            invoice,
            reason,
        } => {
            let customer_id = found(book.find_customer(s, customer), customer)?;
            let invoice_id = match invoice {
                Some(i) => Some(found(book.find_invoice(s, i), i)?),
                None => None,
            };
            let id = book.hold(s, customer_id, invoice_id, reason)?;
            out.created("hold", id);
        }
        CollectionsCmd::Lift { hold } => book.lift_hold(s, *hold)?,
        CollectionsCmd::Suspended { id, on } => {
            book.mark_suspended(s, *id, &book.date_or_today(on.as_deref()))?
        }
        CollectionsCmd::Reactivated { id, on } => {
            book.mark_reactivated(s, *id, &book.date_or_today(on.as_deref()))?
        }
    }
    Ok(())
}
