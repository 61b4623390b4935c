//! What the window's lists need beyond the rows themselves: the customers already in the
//! book that a new one looks like, shown before it is created.

use serde::Serialize;
use ts_rs::TS;

/// A customer already in the book that looks like the one being typed in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SimilarCustomer {
    pub id: i64,
    /// The account reference ("C-00042"): what tells two of one name apart.
    pub reference: String,
    pub legal_name: String,
    pub vat_number: Option<String>,
    pub city: String,
    /// The same name once accents, case, punctuation and the legal form are set aside.
    pub same_name: bool,
    pub same_vat_number: bool,
}

/// The lists' commands.
#[macro_export]
macro_rules! lists_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// The customers already in the book with the same name (accents, case,
            /// punctuation and legal form aside) or the same VAT number as `form`.
            customer_similar(form: CustomerForm) -> Vec<$crate::transport_lists::SimilarCustomer> =
                |b, s, _| b.similar_customers(s, &form);
        }
        shell {}
    ] $($next)* } };
}
