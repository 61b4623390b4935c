//! Places customer statements on A4 pages, one section of pages per customer.
//!
//! Page 1: the partner's letterhead, the title with the account, period and dates, the
//! customer where an envelope's window shows it; then the period's lines from the balance
//! brought forward to the closing balance, the open invoices, the amounts due by age, and
//! how to pay with the support lines. When the lines flow onto another page, the page ends
//! with the running balance "carried over" and the next one starts with it "brought
//! forward", under the repeated table header. Every page ends with the partner's legal
//! line and "Page n / N", counted per statement.

use ardoise_domain::money::Money;
use ardoise_domain::statements::{Bucket, ReversedPayment, Statement, StatementLine};
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::fonts::Face;
use crate::invoices_table::{self, OPEN_AMOUNT};
use crate::labels::Labels;
use crate::letterhead::{
    bank_details, clean_party, customer_block, draw_footer, legal_line, seller_block, title_block,
    Continuation,
};
use crate::painter::{
    ascent, draw_mentions, leading, mentions_height, render_sections, style, Logo, Mention,
    Painter, Style, BAND, BODY, BODY_BOLD, BODY_BOTTOM, INK, LEFT, RIGHT, RIGHT_COL, SMALL,
    SMALL_BOLD, SMALL_INK, TOP,
};
use crate::table::{column, Column, Row, Table, CELL_PAD};
use crate::{DocumentError, Party, StatementDocument};

/// Date, document, debit, credit, running balance: 174 mm in all.
const LINES: [Column; 5] = [
    column(LEFT, 22.0, false),
    column(LEFT + 22.0, 68.0, false),
    column(LEFT + 90.0, 27.0, true),
    column(LEFT + 117.0, 27.0, true),
    column(LEFT + 144.0, RIGHT - LEFT - 144.0, true),
];
const DOCUMENT: usize = 1;
const DEBIT: usize = 2;
const CREDIT: usize = 3;
const BALANCE: usize = 4;

/// One column per bucket, then the total.
const AGES: [Column; 6] = [
    column(LEFT, 29.0, true),
    column(LEFT + 29.0, 29.0, true),
    column(LEFT + 58.0, 29.0, true),
    column(LEFT + 87.0, 29.0, true),
    column(LEFT + 116.0, 29.0, true),
    column(LEFT + 145.0, RIGHT - LEFT - 145.0, true),
];

/// Statements' rows are a little tighter than an invoice's: they have more of them.
const PAD: f32 = 1.3;

/// A document cell longer than this many lines is cut, so a row always fits on a page.
const MAX_ROW_LINES: usize = 40;
/// With more open invoices than this, the payment block points to their table.
const MAX_NUMBERS_TO_QUOTE: usize = 8;

const HEADING: Style = style(Face::Bold, 10.0, INK);
const CLOSING: Style = style(Face::Bold, 9.5, INK);
/// Space above a section's heading.
const SECTION_GAP: f32 = 8.0;

pub fn render(docs: &[StatementDocument]) -> Result<Vec<u8>, DocumentError> {
    let title = match docs {
        [doc] => Labels::new(doc.lang).statement_name(&doc.account_reference),
        [first, ..] => Labels::new(first.lang).statements().to_string(),
        [] => String::new(),
    };
    render_sections(&title, docs, |d| d.logo_png.as_deref(), draw_statement)
}

fn draw_statement(p: &mut Painter, doc: &StatementDocument, logo: Option<&Logo>) {
    let l = Labels::new(doc.lang);
    let s = &doc.statement;
    let seller = clean_party(p, &doc.seller);
    let buyer = clean_party(p, &doc.buyer);
    let account = p.clean(&doc.account_reference);

    let left_bottom = seller_block(p, &l, &seller, logo);
    let facts = [
        (l.period_label(), l.period((s.from, s.to))),
        (l.as_of(), l.date(s.as_of)),
        (l.produced_on(), l.date(doc.produced_on)),
    ];
    let y = title_block(p, &l.statement_title(), &l.account(&account), &[], &facts);
    let y = customer_block(p, &l, &buyer, y);
    let next = Continuation {
        seller: seller.legal_name.clone(),
        title: l.statement_continued(&account),
        under: Some(buyer.legal_name.clone()),
    };

    let y = lines_table(p, &l, s, &next, left_bottom.max(y) + 9.0);
    let y = open_items(p, &l, s, &next, y + SECTION_GAP);
    let y = if s.open_items.is_empty() {
        y
    } else {
        ages(p, &l, s, &next, y + SECTION_GAP)
    };
    payment_and_support(p, &l, doc, &seller, &account, &next, y + SECTION_GAP + 2.0);

    let legal = legal_line(&seller, &l);
    p.finish_section(|p, page, count| draw_footer(p, &legal, &l.page_of(page, count)));
}

/// The period's lines between the balance brought forward and the closing balance;
/// returns the bottom.
fn lines_table(p: &mut Painter, l: &Labels, s: &Statement, next: &Continuation, top: f32) -> f32 {
    let table = Table::new(&LINES).padded(PAD);
    let head = table.header_row(
        p,
        &[
            l.col_date(),
            l.col_document(),
            l.col_debit(),
            l.col_credit(),
            l.col_balance(),
        ],
    );
    let carry_h = table.label_row_height(BODY_BOLD);
    let mut y = next.room_for(p, top, table.height(&head) + 2.0 * carry_h);
    y = table.draw_header(p, &head, y);
    let brought_forward = l.brought_forward(s.from);
    let amount = [(BALANCE, l.money(&s.brought_forward))];
    y = table.draw_label_row(
        p,
        y,
        (DOCUMENT, &brought_forward),
        &amount,
        BODY_BOLD,
        false,
    );

    // At a page break: the running balance carried over, and brought forward on the
    // next page under the repeated header.
    let page_break = |p: &mut Painter, y: f32, balance: &Money| -> f32 {
        let amount = [(BALANCE, l.money(balance))];
        let carried = l.carried_over();
        table.draw_label_row(p, y, (DOCUMENT, &carried), &amount, BODY_BOLD, true);
        let y = next.next_page(p);
        let y = table.draw_header(p, &head, y);
        let brought = l.brought_from_previous();
        table.draw_label_row(p, y, (DOCUMENT, &brought), &amount, BODY_BOLD, true)
    };
    let mut balance = s.brought_forward;
    for line in &s.lines {
        let row = line_row(p, l, line);
        if y + table.height(&row) + carry_h > BODY_BOTTOM {
            y = page_break(p, y, &balance);
        }
        y = table.draw_row(p, &row, y);
        balance = line.running_balance;
    }

    // The period's totals and the closing balance, never alone on a page.
    let closing_h = closing_height(&table, &s.closing_balance);
    if y + carry_h + closing_h + carry_h > BODY_BOTTOM {
        y = page_break(p, y, &balance);
    }
    let sum = |amount: fn(&StatementLine) -> Option<Money>| {
        let total: Decimal = s.lines.iter().filter_map(amount).map(|m| m.amount).sum();
        l.money(&Money::new(total, s.currency))
    };
    let totals = [
        (DEBIT, sum(|line| line.debit)),
        (CREDIT, sum(|line| line.credit)),
    ];
    y = table.draw_label_row(
        p,
        y,
        (DOCUMENT, l.period_totals().as_str()),
        &totals,
        BODY_BOLD,
        false,
    );
    closing_row(p, l, &table, y, (DOCUMENT, s.to), &s.closing_balance)
}

fn line_row(p: &Painter, l: &Labels, line: &StatementLine) -> Row {
    let room = LINES[DOCUMENT].room();
    let number = p.clean(&line.number);
    let entry = match &line.reverses {
        Some(reversed) => l.reversal(
            &number,
            &ReversedPayment {
                reason: p.clean(&reversed.reason),
                ..reversed.clone()
            },
        ),
        None => l.entry(line.kind, &number, line.method, line.entry_id),
    };
    let mut settled: Vec<String> = line
        .settled
        .iter()
        .flat_map(|(invoice, amount)| {
            let text = l.settles(line.kind, &p.clean(invoice), amount);
            p.wrap(SMALL, &text, room)
        })
        .collect();
    if let Some(credit) = &line.credit {
        let applied: Decimal = line.settled.iter().map(|(_, m)| m.amount).sum();
        let left = credit.amount - applied;
        if left > Decimal::ZERO {
            let text = l.left_on_account(&Money::new(left, credit.currency));
            settled.extend(p.wrap(SMALL, &text, room));
        }
    }
    let money = |m: &Option<Money>| m.as_ref().map(|m| l.money(m)).unwrap_or_default();
    Row::new(BODY)
        .single(l.date(line.date), BODY)
        .lines(p.wrap(BODY, &entry, room), BODY)
        .under(settled, SMALL)
        .at_most(MAX_ROW_LINES)
        .single(money(&line.debit), BODY)
        .single(money(&line.credit), BODY)
        .single(l.money(&line.running_balance), BODY)
}

fn closing_height(table: &Table, balance: &Money) -> f32 {
    let favour = if balance.is_negative() {
        leading(SMALL.size) + 0.6
    } else {
        0.0
    };
    table.label_row_height(CLOSING) + favour
}

/// "Balance at `date`" (its label in column `at.0`) on a band, with the balance in the
/// last column and "in your favour" under it when negative; returns the bottom.
fn closing_row(
    p: &mut Painter,
    l: &Labels,
    table: &Table,
    top: f32,
    at: (usize, NaiveDate),
    balance: &Money,
) -> f32 {
    let last = table.columns.len() - 1;
    let label = l.balance_at(at.1);
    let amount = [(last, l.money(balance))];
    let y = table.draw_label_row(p, top, (at.0, &label), &amount, CLOSING, true);
    if balance.is_negative() {
        let column = &table.columns[last];
        let base = y + 0.6 + ascent(SMALL.size);
        p.text_right(
            column.x + column.width - CELL_PAD,
            base,
            SMALL,
            &l.in_your_favour(),
        );
    }
    top + closing_height(table, balance)
}

/// The open invoices with their days overdue, then the unapplied credit and the balance
/// they make; returns the bottom. The section starts on a new page rather than leave
/// its heading alone, and the summary stays with the last invoice.
fn open_items(p: &mut Painter, l: &Labels, s: &Statement, next: &Continuation, top: f32) -> f32 {
    let table = Table::new(&invoices_table::COLUMNS).padded(PAD);
    let heading_h = leading(HEADING.size) + 2.0;
    let head = invoices_table::head(p, l, &table);
    let rows: Vec<Row> = s
        .open_items
        .iter()
        .map(|o| {
            let dates = (o.date, o.due_date);
            let amounts = (&o.original, &o.open);
            invoices_table::row(p, l, &o.number, dates, o.days_overdue, amounts)
        })
        .collect();
    let credit = s.unapplied_credit;
    let has_credit = credit.amount > Decimal::ZERO;
    let open = Money::new(s.open_items.iter().map(|o| o.open.amount).sum(), s.currency);
    let net = Money::new(open.amount - credit.amount, s.currency);
    let summary_h = if has_credit {
        2.0 * table.label_row_height(BODY_BOLD) + closing_height(&table, &net)
    } else {
        table.label_row_height(BODY_BOLD)
    };

    // The whole section when it fits on a page, else at least its start.
    let rows_h: f32 = rows.iter().map(|r| table.height(r)).sum();
    let whole = heading_h + table.height(&head) + rows_h + summary_h;
    let start = heading_h + table.height(&head) + rows.first().map_or(0.0, |r| table.height(r));
    let fits_a_page = whole <= BODY_BOTTOM - next.body_top(TOP);
    let mut y = next.room_for(p, top, if fits_a_page { whole } else { start });
    let heading = l.open_items_heading(s.as_of);
    p.text(LEFT, y + ascent(HEADING.size), HEADING, &heading);
    y += heading_h;
    if rows.is_empty() {
        return p.paragraph(LEFT, y, RIGHT - LEFT, BODY, &l.nothing_open());
    }
    y = table.draw_header(p, &head, y);
    let count = rows.len();
    for (i, row) in rows.iter().enumerate() {
        let below = if i + 1 == count { summary_h } else { 0.0 };
        if y + table.height(row) + below > BODY_BOTTOM {
            y = next.next_page(p);
            y = table.draw_header(p, &head, y);
        }
        y = table.draw_row(p, row, y);
    }

    let total = [(OPEN_AMOUNT, l.money(&open))];
    if !has_credit {
        return table.draw_label_row(p, y, (0, &l.open_total()), &total, BODY_BOLD, true);
    }
    y = table.draw_label_row(p, y, (0, &l.open_total()), &total, BODY_BOLD, false);
    let minus_credit = [(
        OPEN_AMOUNT,
        l.money(&Money::new(-credit.amount, s.currency)),
    )];
    y = table.draw_label_row(p, y, (0, &l.unapplied_credit()), &minus_credit, BODY, false);
    closing_row(p, l, &table, y, (0, s.as_of), &net)
}

/// The open amounts by bucket, with their total; returns the bottom.
fn ages(p: &mut Painter, l: &Labels, s: &Statement, next: &Continuation, top: f32) -> f32 {
    let table = Table::new(&AGES).padded(PAD);
    let heading_h = leading(HEADING.size) + 2.0;
    let mut titles: Vec<String> = Bucket::ALL
        .iter()
        .map(|b| b.label(l.lang).to_string())
        .collect();
    titles.push(l.total());
    let head = table.header_row(p, &titles);
    let row = Bucket::ALL
        .iter()
        .fold(Row::new(BODY), |row, b| {
            row.single(l.money(&s.aging.get(*b)), BODY)
        })
        .single(l.money(&s.aging.total()), BODY_BOLD);
    let height = heading_h + table.height(&head) + table.height(&row);
    let mut y = next.room_for(p, top, height);
    p.text(LEFT, y + ascent(HEADING.size), HEADING, &l.aging_heading());
    y += heading_h;
    y = table.draw_header(p, &head, y);
    table.draw_row(p, &row, y)
}

/// The support lines on the left, how to pay on a band on the right.
fn payment_and_support(
    p: &mut Painter,
    l: &Labels,
    doc: &StatementDocument,
    seller: &Party,
    account: &str,
    next: &Continuation,
    top: f32,
) {
    let support: Vec<Mention> = doc
        .support
        .iter()
        .map(|line| Mention::new(p.clean(line), SMALL_INK))
        .collect();
    let mut payment = vec![Mention::new(l.payment_heading(), BODY_BOLD)];
    payment.extend(bank_details(l, seller));
    payment.push(Mention::new(l.account_reference(account), SMALL_BOLD));
    let open = &doc.statement.open_items;
    if !open.is_empty() {
        let numbers: Vec<String> = if open.len() <= MAX_NUMBERS_TO_QUOTE {
            open.iter().map(|o| p.clean(&o.number)).collect()
        } else {
            Vec::new()
        };
        payment.push(Mention::new(l.invoices_to_quote(&numbers), SMALL_INK));
    }
    let left_w = RIGHT_COL - 8.0 - LEFT;
    let right_w = RIGHT - RIGHT_COL - 6.0;
    let support_h = mentions_height(p, &support, left_w);
    let payment_h = mentions_height(p, &payment, right_w) + 4.0;
    let y = next.room_for(p, top, support_h.max(payment_h));
    draw_mentions(p, LEFT, y, left_w, &support);
    p.fill(RIGHT_COL, y - 2.0, RIGHT - RIGHT_COL, payment_h, BAND);
    draw_mentions(p, RIGHT_COL + 3.0, y, right_w, &payment);
}
