//! Which family an action belongs to, for the page's « Type » filter: by the action's
//! prefix, with the few actions whose prefix is not their subject named.

use crate::transport_audit::AuditKind;

/// The family of an action code (`invoice.issue` → invoices).
pub(crate) fn kind_of(action: &str) -> AuditKind {
    match action {
        "customer.refund" => return AuditKind::Payment,
        "customer.support_plan" => return AuditKind::Support,
        _ => {}
    }
    let prefix = action.split('.').next().unwrap_or(action);
    match prefix {
        "customer" | "contact" => AuditKind::Customer,
        "subscription" => AuditKind::Subscription,
        "invoice" | "credit_note" | "billing" => AuditKind::Invoice,
        "payment" | "bank" => AuditKind::Payment,
        "collections" | "statement" | "communication" => AuditKind::Letter,
        "product" | "price" => AuditKind::Catalog,
        "staff" => AuditKind::Staff,
        p if p == "support" || p.starts_with("support_") => AuditKind::Support,
        _ => AuditKind::Settings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_fall_in_their_family() {
        assert_eq!(kind_of("invoice.issue"), AuditKind::Invoice);
        assert_eq!(kind_of("credit_note.issue"), AuditKind::Invoice);
        assert_eq!(kind_of("contact.delete"), AuditKind::Customer);
        assert_eq!(kind_of("customer.refund"), AuditKind::Payment);
        assert_eq!(kind_of("support_request.create"), AuditKind::Support);
        assert_eq!(kind_of("customer.support_plan"), AuditKind::Support);
        assert_eq!(kind_of("staff.sign_in_failed"), AuditKind::Staff);
        assert_eq!(kind_of("partner.save"), AuditKind::Settings);
        assert_eq!(kind_of("book.backup"), AuditKind::Settings);
    }
}
