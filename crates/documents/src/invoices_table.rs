//! The table of open invoices that statements and reminder letters share: number, issue
//! date, due date, days overdue (or "not yet due"), original amount and amount open.

use ardoise_domain::money::Money;
use ardoise_domain::statements::Bucket;
use chrono::NaiveDate;

use crate::labels::Labels;
use crate::painter::{Painter, BODY, LEFT, RIGHT};
use crate::table::{column, Column, Row, Table};

/// Invoice, date, due date, days overdue, original amount, amount open: 174 mm in all.
pub const COLUMNS: [Column; 6] = [
    column(LEFT, 34.0, false),
    column(LEFT + 34.0, 24.0, false),
    column(LEFT + 58.0, 24.0, false),
    column(LEFT + 82.0, 26.0, true),
    column(LEFT + 108.0, 33.0, true),
    column(LEFT + 141.0, RIGHT - LEFT - 141.0, true),
];

/// The column of the amount open, where totals go.
pub const OPEN_AMOUNT: usize = 5;

/// The header row's titles, wrapped in their columns.
pub fn head(p: &Painter, l: &Labels, table: &Table) -> Row {
    table.header_row(
        p,
        &[
            l.col_invoice(),
            l.col_date(),
            l.col_due(),
            l.col_days_overdue(),
            l.col_original(),
            l.col_open(),
        ],
    )
}

/// One invoice's row: its number (wrapped when long), `dates` (issued, due), its days
/// overdue ("not yet due" when none) and `amounts` (original, open).
pub fn row(
    p: &Painter,
    l: &Labels,
    number: &str,
    dates: (NaiveDate, NaiveDate),
    days_overdue: i64,
    amounts: (&Money, &Money),
) -> Row {
    let days = if days_overdue > 0 {
        days_overdue.to_string()
    } else {
        Bucket::NotDue.label(l.lang).to_string()
    };
    Row::new(BODY)
        .lines(p.wrap(BODY, &p.clean(number), COLUMNS[0].room()), BODY)
        .single(l.date(dates.0), BODY)
        .single(l.date(dates.1), BODY)
        .single(days, BODY)
        .single(l.money(amounts.0), BODY)
        .single(l.money(amounts.1), BODY)
}
