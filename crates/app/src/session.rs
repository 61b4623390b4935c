//! Who is acting, and what they may do. Every use case takes a `Session` and checks a
//! `Permission` before it reads or writes: the UI hiding a button is never the guard.

use ardoise_domain::code_enum;
use ts_rs::TS;

use crate::AppError;

code_enum!(
    #[derive(TS)]
    pub enum Role {
        UserAdmin => "user_admin",
        BillingAdmin => "billing_admin",
        SupportAgent => "support_agent",
        SalesAgent => "sales_agent",
    }
);

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

/// What each role may do. Sales keeps customers and subscriptions; billing also keeps
/// prices and the company profile; support reads and prints statements.
pub fn role_allows(role: Role, p: Permission) -> bool {
    use Permission::*;
    match role {
        Role::UserAdmin => matches!(
            p,
            ViewBook | EditPartner | ManageBook | ManageStaff | ViewAudit
        ),
        Role::BillingAdmin => matches!(
            p,
            ViewBook
                | EditCustomers
                | EditSubscriptions
                | EditCatalog
                | EditPartner
                | EditInvoices
                | RecordPayments
                | ProduceStatements
                | EditSupportPlans
        ),
        Role::SalesAgent => matches!(p, ViewBook | EditCustomers | EditSubscriptions),
        // Support prints a statement when a customer calls with a billing question.
        Role::SupportAgent => matches!(p, ViewBook | ProduceStatements | WorkSupport),
    }
}

/// The staff member a use case acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub staff_id: i64,
    pub display_name: String,
    pub roles: Vec<Role>,
}

/// The built-in administrator's id, the only account until logins exist.
pub const BUILT_IN_ADMIN: i64 = 1;

impl Session {
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
