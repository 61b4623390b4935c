//! Who is acting, and what they may do. Every use case takes a `Session` and checks a
//! `Permission` before it reads or writes: the UI hiding a button is never the guard.

use ardoise_domain::code_enum;
use ts_rs::TS;

use crate::AppError;

pub use ardoise_domain::staff::Role;

code_enum!(
    #[derive(TS)]
    pub enum Permission {
        ViewBook => "view_book",
        EditCustomers => "edit_customers",
        EditSubscriptions => "edit_subscriptions",
        EditCatalog => "edit_catalog",
        EditPartner => "edit_partner",
        ManageBook => "manage_book",
        /// Draft, edit, issue and credit invoices.
        EditInvoices => "edit_invoices",
        RecordPayments => "record_payments",
        /// Produce statements and letters that leave the book (they are logged).
        ProduceStatements => "produce_statements",
        /// Take support requests: log, answer, escalate to Microsoft, log time, resolve.
        WorkSupport => "work_support",
        /// Keep the published support offer: plans, their hours, targets and prices,
        /// the Microsoft routes the partner holds, and each customer's plan.
        EditSupportPlans => "edit_support_plans",
        /// Staff accounts: add, give roles, reset a password, deactivate.
        ManageStaff => "manage_staff",
        /// Read the audit trail of the whole book and export it.
        ViewAudit => "view_audit",
    }
);

/// What each role may do, as data: the window, the CLI and the test of every role
/// against every use case read this one table. After Microsoft's partner roles: the user
/// management administrator keeps accounts and reads the trail (and the book, to name a
/// customer in its filter); support works requests and reads; billing runs everything
/// that leaves the book as money or a letter, the company's settings and the book
/// itself; sales keeps customers, subscriptions and what is sold at which price.
pub const ROLE_PERMISSIONS: &[(Role, &[Permission])] = {
    use Permission::*;
    &[
        (Role::UserAdmin, &[ManageStaff, ViewAudit, ViewBook]),
        (Role::SupportAgent, &[WorkSupport, ViewBook]),
        (
            Role::BillingAdmin,
            &[
                ViewBook,
                EditInvoices,
                RecordPayments,
                ProduceStatements,
                EditPartner,
                ManageBook,
                ViewAudit,
            ],
        ),
        (
            Role::SalesAgent,
            &[
                ViewBook,
                EditCustomers,
                EditSubscriptions,
                EditCatalog,
                EditSupportPlans,
            ],
        ),
    ]
};

pub fn role_allows(role: Role, p: Permission) -> bool {
    ROLE_PERMISSIONS
        .iter()
        .any(|(r, ps)| *r == role && ps.contains(&p))
}

/// Every permission the roles give, once, in the order of [`Permission::ALL`].
pub fn permissions_of(roles: &[Role]) -> Vec<Permission> {
    Permission::ALL
        .iter()
        .copied()
        .filter(|p| roles.iter().any(|r| role_allows(*r, *p)))
        .collect()
}

/// The staff member a use case acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub staff_id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
}

/// The built-in administrator's id: the account a book starts with, which its first
/// user management administrator takes over (tests and benchmarks act as it).
pub const BUILT_IN_ADMIN: i64 = 1;

impl Session {
    pub fn permissions(&self) -> Vec<Permission> {
        permissions_of(&self.roles)
    }

    pub fn may(&self, p: Permission) -> bool {
        self.roles.iter().any(|r| role_allows(*r, p))
    }

    pub fn require(&self, p: Permission) -> Result<(), AppError> {
        if self.may(p) {
            Ok(())
        } else {
            Err(AppError::Forbidden(p))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn support_agents_read_but_do_not_edit() {
        let s = Session {
            staff_id: 9,
            display_name: "Léa".into(),
            roles: vec![Role::SupportAgent],
        };
        assert!(s.may(Permission::ViewBook));
        assert!(matches!(
            s.require(Permission::EditCustomers),
            Err(AppError::Forbidden(Permission::EditCustomers))
        ));
    }
}
