//! The support desk's closed lists: each a stored code, a CLI word and a serde name.

use crate::code_enum;

code_enum!(
    /// How the customer reached the partner.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Channel {
        Phone => "phone",
        Email => "email",
        Portal => "portal",
        OnSite => "on_site",
    }
);

code_enum!(
    /// What a request is about; billing questions first among them.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Category {
        Billing => "billing",
        Technical => "technical",
        SubscriptionChange => "subscription_change",
        Access => "access",
        Other => "other",
    }
);

code_enum!(
    /// How badly the customer is hurt; each has its own targets in a plan.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Severity {
        Critical => "critical",
        High => "high",
        Normal => "normal",
        Low => "low",
    }
);

code_enum!(
    /// Where a request stands. `WaitingOnCustomer` pauses its clocks (as Zammad does);
    /// `Escalated` does not: the customer still waits on the partner.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum RequestState {
        New => "new",
        InProgress => "in_progress",
        WaitingOnCustomer => "waiting_on_customer",
        Escalated => "escalated",
        Resolved => "resolved",
        Closed => "closed",
    }
);

impl RequestState {
    /// Open requests are the queue: their clocks run (unless waiting on the customer).
    pub fn is_open(self) -> bool {
        !matches!(self, RequestState::Resolved | RequestState::Closed)
    }

    pub fn pauses_clock(self) -> bool {
        self == RequestState::WaitingOnCustomer
    }
}

code_enum!(
    /// Microsoft's support routes open to a CSP partner. Commercial support (billing and
    /// subscription questions) is open to every CSP partner; the others only to a partner
    /// that holds them.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Route {
        Commercial => "commercial",
        PartnerCloud => "partner_cloud",
        AdvancedSupport => "advanced_support",
        PremierSupport => "premier_support",
    }
);

impl Route {
    /// Whether every CSP partner holds this route without declaring it.
    pub fn always_held(self) -> bool {
        self == Route::Commercial
    }
}

code_enum!(
    /// Who delivers a plan's support: the partner's team, a subcontractor it outsources
    /// to, or another entity whose support it resells.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum DeliveredBy {
        OwnTeam => "own_team",
        Subcontractor => "subcontractor",
        Resold => "resold",
    }
);

code_enum!(
    /// How billable time beyond the included hours is rounded to the plan's increment:
    /// each time entry on its own, or the month's total once.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Rounding {
        PerEntry => "per_entry",
        PerMonth => "per_month",
    }
);

code_enum!(
    /// What a line of a request's timeline records.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum EventKind {
        Opened => "opened",
        State => "state",
        /// An internal note, for the desk only.
        Note => "note",
        /// What the partner told the customer: the first one is the first response.
        Reply => "reply",
        Escalated => "escalated",
        /// An exchange with Microsoft on an escalated case.
        Microsoft => "microsoft",
        Assigned => "assigned",
        Severity => "severity",
    }
);

/// The names each list's items have in words (`support.ftl`): one select message per
/// list, chosen by the stored code.
mod names {
    use super::*;
    use crate::words::tr;
    use crate::Lang;

    impl Channel {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_CHANNEL, code = self.code())
        }
    }
    impl Category {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_CATEGORY, code = self.code())
        }
    }
    impl Severity {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_SEVERITY, code = self.code())
        }
    }
    impl RequestState {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_STATE, code = self.code())
        }
    }
    impl Route {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_ROUTE, code = self.code())
        }
    }
    impl DeliveredBy {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_DELIVERED_BY, code = self.code())
        }
    }
    impl Rounding {
        pub fn name(self, lang: Lang) -> String {
            tr!(lang, SUPPORT_ROUNDING, code = self.code())
        }
    }
}
