//! The window's command for a customer's support-terms sheet: written into the book's
//! documents folder and logged, then opened when asked.

/// The support-terms sheet's command.
#[macro_export]
macro_rules! support_sheet_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// Writes the customer's support-terms sheet in its language into the documents
            /// folder and logs it in its communication log; `open` also opens it.
            support_sheet_open(customer_id: i64, open: bool) -> String =
                |b, s, _| $crate::saved::shown(b.save_support_sheet(s, customer_id, None)?.path, open);
        }
        shell {}
    ] $($next)* } };
}
