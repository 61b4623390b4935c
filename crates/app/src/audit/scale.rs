//! An audit log of a stated size for the journal page's benchmark: a few people, some
//! customers, and entries of every kind over the years before today.

use ardoise_store::AuditScale;
use serde_json::json;

use crate::{Ardoise, Audit, Permission, Result, Session};

/// The actions the generated entries take, in turn.
const ACTIONS: &[&str] = &[
    "customer.update",
    "invoice.issue",
    "payment.record",
    "subscription.update",
    "support_request.note",
    "support_time.log",
    "contact.update",
    "payment.allocate",
    "statement.produce",
    "collections.round",
    "product.create",
    "partner.save",
    "staff.sign_in",
    "credit_note.issue",
    "invoice.add_line",
];

impl Ardoise {
    /// Appends `entries` entries written by `people` new people about the book's
    /// customers, one every 90 seconds up to now. Returns the ids of the people.
    pub fn generate_audit_log(
        &self,
        session: &Session,
        entries: u64,
        people: usize,
    ) -> Result<Vec<i64>> {
        session.require(Permission::ManageBook)?;
        let customers: Vec<i64> = self
            .store
            .read()
            .customer_summaries()?
            .iter()
            .map(|c| c.id)
            .collect();
        let step = 90;
        let start = self.clock.now().timestamp() - entries as i64 * step;
        self.write(
            session,
            Audit {
                action: "book.history",
                entity: "book",
                entity_id: None,
                detail: json!({ "audit_entries": entries, "people": people }),
            },
            |db| {
                let staff = db.bench_staff(people.max(1))?;
                db.fill_audit_log(&AuditScale {
                    entries,
                    staff: &staff,
                    customers: &customers,
                    actions: ACTIONS,
                    start,
                    step_seconds: step,
                })?;
                Ok(Staff(staff))
            },
        )
        .map(|s| s.0)
    }
}

struct Staff(Vec<i64>);

impl crate::AuditId for Staff {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}
