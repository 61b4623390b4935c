//! The demo book's staff: one account per role, each with the password `demo` (the
//! README lists them), and the sessions its history is lived by, so the log says who
//! would have done what.

use ardoise_domain::staff::Role;
use ardoise_store::{Db, NewStaff};

use crate::session::BUILT_IN_ADMIN;
use crate::staff::password::DEMO_HASH;
use crate::{Result, Session};

/// User name, display name, title, roles. The first takes the built-in account over.
pub const DEMO_ACCOUNTS: [(&str, &str, &str, &[Role]); 4] = [
    ("admin", "Camille Roux", "Gérante", Role::ALL),
    ("support", "Léa Bernard", "Support", &[Role::SupportAgent]),
    (
        "billing",
        "Hugo Petit",
        "Comptabilité",
        &[Role::BillingAdmin],
    ),
    ("sales", "Inès Moreau", "Commerciale", &[Role::SalesAgent]),
];

/// Who does what in the demo's history.
pub(crate) struct DemoStaff {
    /// Billing runs, payments, credit notes, collections.
    pub billing: Session,
    /// The support desk's requests and time.
    pub support: Session,
    /// The support offer and each customer's plan.
    pub sales: Session,
}

impl DemoStaff {
    /// One person doing everything: a book that had its own accounts already.
    fn alone(s: &Session) -> Self {
        DemoStaff {
            billing: s.clone(),
            support: s.clone(),
            sales: s.clone(),
        }
    }
}

/// Makes the four accounts on a book nobody can sign in to yet; on a book that has its
/// own administrator, leaves its accounts as they are and lives the history as `acting`.
pub(crate) fn demo_accounts(db: &Db<'_>, acting: &Session, at: &str) -> Result<DemoStaff> {
    if db.staff_can_sign_in()? {
        return Ok(DemoStaff::alone(acting));
    }
    let mut sessions = Vec::new();
    for (i, (username, display_name, title, roles)) in DEMO_ACCOUNTS.iter().enumerate() {
        let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
        let account = NewStaff {
            username,
            display_name,
            title,
            password_hash: DEMO_HASH,
            roles: &codes,
            at,
        };
        let id = if i == 0 {
            db.take_over_staff(BUILT_IN_ADMIN, &account)?;
            BUILT_IN_ADMIN
        } else {
            db.insert_staff(&account)?
        };
        sessions.push(Session {
            staff_id: id,
            display_name: display_name.to_string(),
            roles: roles.to_vec(),
        });
    }
    let sales = sessions.pop().unwrap_or_else(|| acting.clone());
    let billing = sessions.pop().unwrap_or_else(|| acting.clone());
    let support = sessions.pop().unwrap_or_else(|| acting.clone());
    Ok(DemoStaff {
        billing,
        support,
        sales,
    })
}
