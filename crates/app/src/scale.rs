//! Years of history at a stated scale, for the benchmarks: monthly invoices for every
//! customer of the book, most paid within weeks, some late, some in part, some not at
//! all, and a few credit notes. Written in bulk (see `ardoise_store::scale`); real
//! documents go through issuing one by one.

use ardoise_domain::money::Currency;
use ardoise_store::HistoricDocument;
use chrono::{Datelike, Duration, Months};
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde_json::json;

use crate::{Ardoise, Audit, AuditId, Permission, Result, Session};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HistoryScale {
    /// One invoice a month, ending last month.
    pub invoices_per_customer: usize,
    pub seed: u64,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HistorySummary {
    pub invoices: i64,
    pub credit_notes: i64,
    pub payments: i64,
}

impl AuditId for HistorySummary {
    fn audit_id(&self) -> Option<i64> {
        None
    }
}

impl Ardoise {
    pub fn generate_history(
        &self,
        session: &Session,
        scale: HistoryScale,
    ) -> Result<HistorySummary> {
        session.require(Permission::ManageBook)?;
        let today = self.today();
        let now = self.clock.now();
        let customers: Vec<(i64, Currency)> = {
            let db = self.store.read();
            db.customer_summaries()?
                .iter()
                .map(|c| Ok((c.id, db.customer(c.id)?.customer.currency)))
                .collect::<Result<_>>()?
        };
        let mut rng = ChaCha8Rng::seed_from_u64(scale.seed);
        // 0: pays in a few weeks; 1: late; 2: in two parts; 3: stopped paying 4 months ago.
        let habits: Vec<u8> = customers
            .iter()
            .map(|_| match rng.random_range(0..100) {
                0..=74 => 0,
                75..=86 => 1,
                87..=93 => 2,
                _ => 3,
            })
            .collect();
        let first_month = today
            .with_day(1)
            .and_then(|d| d.checked_sub_months(Months::new(scale.invoices_per_customer as u32)))
            .unwrap_or(today);
        self.write(
            session,
            Audit {
                action: "book.history",
                entity: "book",
                entity_id: None,
                detail: json!({ "invoices_per_customer": scale.invoices_per_customer, "seed": scale.seed }),
            },
            |db| {
                let mut summary = HistorySummary::default();
                let mut seq: (i32, i64) = (first_month.year(), 0);
                let mut credit_seq: (i32, i64) = (first_month.year(), 0);
                for m in 0..scale.invoices_per_customer as u32 {
                    let Some(issued) = first_month.checked_add_months(Months::new(m)) else {
                        continue;
                    };
                    if seq.0 != issued.year() {
                        db.set_series("invoice", seq.0, seq.1)?;
                        seq = (issued.year(), 0);
                    }
                    let months_ago = scale.invoices_per_customer as u32 - m;
                    for (i, (customer_id, currency)) in customers.iter().enumerate() {
                        seq.1 += 1;
                        let gross = rng.random_range(2_000..300_000i64);
                        let id = db.insert_historic_document(
                            &HistoricDocument {
                                customer_id: *customer_id,
                                credit_note_of: None,
                                number: format!("F{}-{:06}", seq.0, seq.1),
                                series_year: seq.0,
                                series_seq: seq.1,
                                issue_date: issued,
                                due_date: issued + Duration::days(30),
                                gross_minor: gross,
                                currency: *currency,
                            },
                            now,
                        )?;
                        summary.invoices += 1;
                        let mut owed = gross;
                        if rng.random_range(0..50) == 0 {
                            let credit_on = issued + Duration::days(7);
                            if credit_on < today {
                                if credit_seq.0 != credit_on.year() {
                                    db.set_series("credit_note", credit_seq.0, credit_seq.1)?;
                                    credit_seq = (credit_on.year(), 0);
                                }
                                credit_seq.1 += 1;
                                let part = gross / 10;
                                db.insert_historic_document(
                                    &HistoricDocument {
                                        customer_id: *customer_id,
                                        credit_note_of: Some(id),
                                        number: format!("AV{}-{:06}", credit_seq.0, credit_seq.1),
                                        series_year: credit_seq.0,
                                        series_seq: credit_seq.1,
                                        issue_date: credit_on,
                                        due_date: credit_on,
                                        gross_minor: part,
                                        currency: *currency,
                                    },
                                    now,
                                )?;
                                owed -= part;
                                summary.credit_notes += 1;
                            }
                        }
                        let first = owed * 6 / 10;
                        let payments: Vec<(i64, i64)> = match habits[i] {
                            0 => vec![(rng.random_range(10..45), owed)],
                            1 => vec![(rng.random_range(50..110), owed)],
                            2 => vec![
                                (rng.random_range(20..40), first),
                                (rng.random_range(60..100), owed - first),
                            ],
                            _ if months_ago > 4 => vec![(rng.random_range(10..45), owed)],
                            _ => Vec::new(),
                        };
                        for (delay, paid) in payments {
                            let received = issued + Duration::days(delay);
                            if received < today && paid > 0 {
                                db.insert_historic_payment(
                                    *customer_id,
                                    received,
                                    paid,
                                    *currency,
                                    &[(id, paid)],
                                    now,
                                )?;
                                summary.payments += 1;
                            }
                        }
                    }
                }
                db.set_series("invoice", seq.0, seq.1)?;
                db.set_series("credit_note", credit_seq.0, credit_seq.1)?;
                Ok(summary)
            },
        )
    }
}
