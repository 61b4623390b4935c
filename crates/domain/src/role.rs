//! Microsoft's four partner roles, their names and the words the CLI types them as.

use crate::words::tr;
use crate::Lang;

crate::code_enum!(
    /// Microsoft's four partner roles; a person may hold several.
    #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
    pub enum Role {
        UserAdmin => "user_admin",
        BillingAdmin => "billing_admin",
        SupportAgent => "support_agent",
        SalesAgent => "sales_agent",
    }
);

impl Role {
    /// Microsoft's name of the role, in the reader's language.
    pub fn label(self, lang: Lang) -> String {
        tr!(lang, STAFF_ROLE, code = self.code())
    }

    /// The one word the CLI types for it (« facturation », "billing").
    pub fn word(self, lang: Lang) -> String {
        tr!(lang, STAFF_ROLE_WORD, code = self.code())
    }

    /// The roles among stored codes, in the order of [`Role::ALL`]; an unknown code is
    /// no role.
    pub fn from_codes<S: AsRef<str>>(codes: &[S]) -> Vec<Role> {
        Role::ALL
            .iter()
            .copied()
            .filter(|r| codes.iter().any(|c| c.as_ref() == r.code()))
            .collect()
    }

    /// A role typed as its code, its word or its name, in either language.
    pub fn from_typed(input: &str) -> Option<Role> {
        let typed = input.trim().to_lowercase();
        Role::ALL.iter().copied().find(|r| {
            r.code() == typed
                || [Lang::Fr, Lang::En].iter().any(|l| {
                    r.word(*l).to_lowercase() == typed || r.label(*l).to_lowercase() == typed
                })
        })
    }
}
