//! What importing a file does to the book, decided from the file's summary and the book
//! as it is: customers and products to create, subscriptions to create or bring in step,
//! and what the person importing should know. The preview shows it; the import decides it
//! again inside its transaction and applies it.

use std::collections::HashMap;

use ardoise_domain::bounds::MAX_SEATS;
use ardoise_domain::subscription::{BillingFrequency, Subscription, SubscriptionStatus, Term};
use ardoise_partner_center as pc;
use ardoise_store::{Db, PcProduct};
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;

use super::scan::{CustomerSeen, FileSummary};
use crate::Result;

/// The book as the plan needs it, for the file's customers, subscriptions and products.
pub(crate) struct BookState {
    pub customers: HashMap<String, i64>,
    pub subscriptions: HashMap<String, (i64, Subscription)>,
    pub products: HashMap<(String, String), PcProduct>,
}

impl BookState {
    pub fn read(db: &Db<'_>, summary: &FileSummary) -> Result<BookState> {
        let mut subscriptions = HashMap::new();
        for (pc_id, id) in db.subscriptions_by_pc_id()? {
            if summary.subscriptions.contains_key(&pc_id) {
                subscriptions.insert(pc_id, (id, db.subscription(id)?.subscription));
            }
        }
        Ok(BookState {
            customers: db.customers_by_tenant()?,
            subscriptions,
            products: db.products_by_ms_ids()?,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Action {
    Create,
    Change,
    Same,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Change => "change",
            Action::Same => "same",
        }
    }
}

/// A subscription as the import leaves it.
#[derive(Debug, Clone)]
pub(crate) struct SubscriptionPlan {
    pub pc_id: String,
    pub tenant: String,
    pub customer_name: String,
    pub product: (String, String),
    pub product_name: String,
    pub action: Action,
    pub seats: u32,
    /// The book's id and what it holds, for a subscription it has.
    pub book: Option<(i64, Subscription)>,
    pub term: Term,
    pub frequency: BillingFrequency,
    pub start: NaiveDate,
    pub renewal: NaiveDate,
    pub status: SubscriptionStatus,
    /// When the seat count the file ends with took effect.
    pub effective: NaiveDate,
}

/// What the person importing should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Warning {
    NoResalePrice {
        product: String,
    },
    SeatsDiffer {
        customer: String,
        product: String,
        book: u32,
        file: u32,
    },
    Conversion {
        from: String,
        to: String,
        lines: u64,
    },
    LinesKnown {
        lines: u64,
    },
    CustomersLeftOut {
        customers: usize,
    },
}

pub(crate) struct Plan {
    pub customers: Vec<(String, CustomerSeen)>,
    pub products: Vec<((String, String), String)>,
    /// Of those, the ones only usage lines name (an Azure meter): sold by use, not by seat.
    pub usage_products: std::collections::BTreeSet<(String, String)>,
    pub subscriptions: Vec<SubscriptionPlan>,
    pub warnings: Vec<Warning>,
}

fn term_of(t: Option<pc::Term>, f: Option<pc::Frequency>) -> Term {
    match (t, f) {
        (Some(pc::Term::Monthly), _) => Term::Monthly,
        (Some(pc::Term::Annual), _) => Term::Annual,
        (Some(pc::Term::Triennial), _) => Term::Triennial,
        (None, Some(pc::Frequency::Annual)) => Term::Annual,
        (None, Some(pc::Frequency::Triennial)) => Term::Triennial,
        (None, _) => Term::Monthly,
    }
}

/// The file's billing frequency when the term allows it, else monthly (which every term
/// allows).
fn frequency_of(term: Term, f: Option<pc::Frequency>) -> BillingFrequency {
    let wanted = match f {
        Some(pc::Frequency::Annual) => BillingFrequency::Annual,
        Some(pc::Frequency::Triennial) => BillingFrequency::Triennial,
        Some(pc::Frequency::OneTime) => BillingFrequency::OneTime,
        Some(pc::Frequency::Monthly) | None => BillingFrequency::Monthly,
    };
    if term.allows(wanted) {
        wanted
    } else {
        BillingFrequency::Monthly
    }
}

/// Decides the import. `create_customers`: customers the book lacks are created;
/// otherwise their subscriptions are left out (their lines are still kept).
pub(crate) fn plan(summary: &FileSummary, book: &BookState, create_customers: bool) -> Plan {
    let mut warnings = Vec::new();
    let customers: Vec<(String, CustomerSeen)> = summary
        .customers
        .iter()
        .filter(|(tenant, _)| !book.customers.contains_key(*tenant))
        .map(|(t, c)| (t.clone(), c.clone()))
        .collect();
    if !create_customers && !customers.is_empty() {
        warnings.push(Warning::CustomersLeftOut {
            customers: customers.len(),
        });
    }
    let products: Vec<((String, String), String)> = summary
        .products
        .iter()
        .filter(|(key, _)| !book.products.contains_key(*key))
        .map(|(k, n)| (k.clone(), n.clone()))
        .collect();
    for (key, name) in &summary.products {
        if !book.products.get(key).is_some_and(|p| p.priced) {
            warnings.push(Warning::NoResalePrice {
                product: name.clone(),
            });
        }
    }
    let fallback_day = summary.period.map(|(_, to)| to).unwrap_or(NaiveDate::MIN);
    let mut subscriptions = Vec::new();
    for (pc_id, seen) in &summary.subscriptions {
        let Some(file_seats) = summary.seats.get(pc_id).filter(|_| seen.seat_lines) else {
            // Usage only (an Azure plan): its lines are kept, the book holds no seats.
            continue;
        };
        let known_customer = book.customers.contains_key(&seen.tenant);
        if !known_customer && !create_customers {
            continue;
        }
        let seats = file_seats
            .trunc()
            .to_u32()
            .unwrap_or(MAX_SEATS)
            .min(MAX_SEATS);
        let customer_name = summary
            .customers
            .get(&seen.tenant)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        let product_name = summary
            .products
            .get(&seen.product)
            .cloned()
            .unwrap_or_default();
        let effective = seen.last_change.unwrap_or(fallback_day);
        let term = term_of(seen.term, seen.frequency);
        let frequency = frequency_of(term, seen.frequency);
        let book_sub = book.subscriptions.get(pc_id).cloned();
        // No seat left is a cancellation; otherwise the book's own state (a suspension
        // for non-payment) stands.
        let status = match (&book_sub, seats) {
            (_, 0) => SubscriptionStatus::Cancelled,
            (Some((_, s)), _) => s.status,
            (None, _) => SubscriptionStatus::Active,
        };
        let (action, start, renewal) = match &book_sub {
            Some((_, s)) => {
                let same = s.quantity == seats
                    && (seen.term.is_none() || s.term == term)
                    && (seen.frequency.is_none() || s.billing_frequency == frequency)
                    && s.status == status;
                if s.quantity != seats {
                    warnings.push(Warning::SeatsDiffer {
                        customer: customer_name.clone(),
                        product: product_name.clone(),
                        book: s.quantity,
                        file: seats,
                    });
                }
                let action = if same { Action::Same } else { Action::Change };
                (action, s.start_date, s.renewal_date)
            }
            None => {
                let start = seen
                    .start
                    .or(summary.period.map(|p| p.0))
                    .unwrap_or(effective);
                // Without an end in the file, the first anniversary of the term after its
                // latest charge: a monthly subscription bought a year ago renews next month.
                let mut renewal = seen
                    .end
                    .and_then(|e| e.succ_opt())
                    .filter(|r| *r > start)
                    .or_else(|| term.renewal_after(start))
                    .unwrap_or(start);
                while seen.end.is_none() && renewal <= effective {
                    match term.renewal_after(renewal) {
                        Some(next) => renewal = next,
                        None => break,
                    }
                }
                (Action::Create, start, renewal)
            }
        };
        subscriptions.push(SubscriptionPlan {
            pc_id: pc_id.clone(),
            tenant: seen.tenant.clone(),
            customer_name,
            product: seen.product.clone(),
            product_name,
            action,
            seats,
            term: if action == Action::Same || seen.term.is_none() {
                book_sub.as_ref().map_or(term, |(_, s)| s.term)
            } else {
                term
            },
            frequency: if action == Action::Same || seen.frequency.is_none() {
                book_sub
                    .as_ref()
                    .map_or(frequency, |(_, s)| s.billing_frequency)
            } else {
                frequency
            },
            book: book_sub,
            start,
            renewal,
            status,
            effective,
        });
    }
    for ((from, to), lines) in &summary.conversions {
        warnings.push(Warning::Conversion {
            from: from.clone(),
            to: to.clone(),
            lines: *lines,
        });
    }
    if summary.known_lines > 0 {
        warnings.push(Warning::LinesKnown {
            lines: summary.known_lines,
        });
    }
    Plan {
        customers: if create_customers {
            customers
        } else {
            Vec::new()
        },
        products,
        usage_products: summary.usage_products.clone(),
        subscriptions,
        warnings,
    }
}
