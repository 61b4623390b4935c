//! Places an invoice on A4 pages. Coordinates are millimetres from the page's top-left
//! corner; the painter converts them to PDF points from the bottom-left.
//!
//! Page 1: the partner's logo or name and identity (top left), the title, number and
//! dates (top right), the customer's block where an envelope's window shows it, then
//! the lines, totals, mentions and payment details. Lines that do not fit flow onto
//! further pages under a short header and the repeated table header. Every page ends
//! with the partner's legal line and "Page n / N".

use ardoise_domain::money::Money;

use crate::fonts::Face;
use crate::labels::Labels;
use crate::letterhead::{
    bank_details, clean_party, continuation_header, customer_block, draw_footer, legal_line,
    seller_block, title_block,
};
use crate::painter::{
    ascent, begin, draw_mentions, leading, mentions_height, style, Logo, Mention, Painter, Style,
    A4_PORTRAIT, BAND, BODY, BODY_BOLD, BODY_BOTTOM, INK, LEFT, RIGHT, RIGHT_COL, RULE, SMALL_BOLD,
    SMALL_INK,
};
use crate::table::{column, Column, Row, Table, CELL_PAD};
use crate::{DocumentError, DocumentKind, InvoiceDocument, Party};

/// Description, period, quantity, unit price, VAT rate, amount: 174 mm in all.
const COLUMNS: [Column; 6] = [
    column(LEFT, 62.0, false),
    column(LEFT + 62.0, 32.0, false),
    column(LEFT + 94.0, 11.0, true),
    column(LEFT + 105.0, 24.0, true),
    column(LEFT + 129.0, 13.0, true),
    column(LEFT + 142.0, RIGHT - LEFT - 142.0, true),
];

/// A description longer than this many lines is cut, so a row always fits on a page.
const MAX_ROW_LINES: usize = 40;

pub fn render(doc: &InvoiceDocument) -> Result<Vec<u8>, DocumentError> {
    let l = Labels::new(doc.lang);
    let title = format!("{} {}", l.short_title(&doc.kind), doc.number);
    let (pdf, mut p, logo) = begin(&title, A4_PORTRAIT, doc.logo_png.as_deref())?;

    // Every text goes through the fonts' coverage once, here.
    let fonts = p.fonts;
    let clean = |s: &str| fonts.printable(s);
    let seller = clean_party(&p, &doc.seller);
    let buyer = clean_party(&p, &doc.buyer);
    let number = clean(&doc.number);

    let mut y = first_page_header(&mut p, doc, &l, &seller, &buyer, &number, logo.as_ref());

    // The lines.
    let table = Table::new(&COLUMNS);
    let head = table.header_row(
        &p,
        &[
            l.col_description(),
            l.col_period(),
            l.col_quantity(),
            l.col_unit_price(),
            l.col_vat(),
            l.col_net(),
        ],
    );
    let continued = format!("{} {} {}", l.short_title(&doc.kind), number, l.continued());
    let continuation = |p: &mut Painter| -> f32 {
        p.new_page();
        continuation_header(p, &seller.legal_name, &continued, None)
    };
    y = table.draw_header(&mut p, &head, y);
    for line in &doc.lines {
        let row = line_row(&p, &l, line, &clean);
        if y + table.height(&row) > BODY_BOTTOM {
            y = continuation(&mut p);
            y = table.draw_header(&mut p, &head, y);
        }
        y = table.draw_row(&mut p, &row, y);
    }

    // Totals, with the VAT mention on their left.
    y += 6.0;
    let mention = doc.vat_mention.as_deref().map(clean);
    let totals_h = totals_height(doc);
    let mention_h = mention.as_ref().map_or(0.0, |m| {
        p.wrap(BODY_BOLD, m, RIGHT_COL - 8.0 - LEFT).len() as f32 * leading(BODY_BOLD.size)
    });
    if y + totals_h.max(mention_h) > BODY_BOTTOM {
        y = continuation(&mut p);
    }
    let totals_bottom = draw_totals(&mut p, doc, &l, y);
    let mention_bottom = match &mention {
        Some(m) => p.paragraph(LEFT, y + 1.5, RIGHT_COL - 8.0 - LEFT, BODY_BOLD, m),
        None => y,
    };
    y = totals_bottom.max(mention_bottom) + 8.0;

    // Payment terms and bank details, side by side.
    let terms = terms_paragraphs(doc, &l, &clean);
    let payment = payment_lines(doc, &l, &seller, &clean);
    let terms_h = mentions_height(&p, &terms, RIGHT_COL - 8.0 - LEFT);
    let payment_h = mentions_height(&p, &payment, RIGHT - RIGHT_COL - 6.0) + 4.0;
    if y + terms_h.max(payment_h) > BODY_BOTTOM {
        y = continuation(&mut p);
    }
    draw_mentions(&mut p, LEFT, y, RIGHT_COL - 8.0 - LEFT, &terms);
    p.fill(RIGHT_COL, y - 2.0, RIGHT - RIGHT_COL, payment_h, BAND);
    draw_mentions(
        &mut p,
        RIGHT_COL + 3.0,
        y,
        RIGHT - RIGHT_COL - 6.0,
        &payment,
    );

    let legal = legal_line(&seller, &l);
    p.finish_section(|p, page, count| draw_footer(p, &legal, &l.page(page, count)));
    Ok(p.save(pdf))
}

/// Draws page 1's header; returns where the lines table starts.
fn first_page_header(
    p: &mut Painter,
    doc: &InvoiceDocument,
    l: &Labels,
    seller: &Party,
    buyer: &Party,
    number: &str,
    logo: Option<&Logo>,
) -> f32 {
    let left_bottom = seller_block(p, l, seller, logo);
    let mut under_number = Vec::new();
    if let DocumentKind::CreditNote {
        of_invoice,
        of_invoice_date,
        ..
    } = &doc.kind
    {
        under_number.push(l.of_invoice(of_invoice, *of_invoice_date));
    }
    let mut facts = vec![(l.issue_date(), l.date(doc.issue_date))];
    if doc.kind == DocumentKind::Invoice {
        facts.push((l.due_date(), l.date(doc.due_date)));
    }
    if let Some(period) = doc.service_period {
        facts.push((l.service_period(), l.period(period)));
    }
    let y = title_block(
        p,
        &l.title(&doc.kind),
        &l.number(number),
        &under_number,
        &facts,
    );
    let y = customer_block(p, l, buyer, y);
    left_bottom.max(y) + 10.0
}

fn line_row(
    p: &Painter,
    l: &Labels,
    line: &crate::DocumentLine,
    clean: &impl Fn(&str) -> String,
) -> Row {
    let currency = line.net.currency;
    let mut description = p.wrap(BODY, &clean(&line.description), COLUMNS[0].room());
    if description.len() > MAX_ROW_LINES {
        description.truncate(MAX_ROW_LINES);
        if let Some(last) = description.last_mut() {
            last.push('…');
        }
    }
    let period = line
        .service_period
        .map(|period| p.wrap(BODY, &l.short_period(period), COLUMNS[1].room()))
        .unwrap_or_default();
    Row::new(BODY)
        .lines(description, BODY)
        .lines(period, BODY)
        .single(l.quantity(line.quantity), BODY)
        .single(l.unit_price(&Money::new(line.unit_price, currency)), BODY)
        .single(l.percent(line.vat_rate), BODY)
        .single(l.money(&line.net), BODY)
}

const TOTAL_ROW: f32 = 5.6;

fn totals_height(doc: &InvoiceDocument) -> f32 {
    (doc.vat.len() + 2) as f32 * TOTAL_ROW + 10.0
}

fn draw_totals(p: &mut Painter, doc: &InvoiceDocument, l: &Labels, top: f32) -> f32 {
    let label_x = RIGHT_COL + 3.0;
    let value_x = RIGHT - CELL_PAD;
    let mut y = top;
    let row = |p: &mut Painter, y: &mut f32, label: &str, value: &str, s: Style| {
        let base = *y + 1.2 + ascent(s.size);
        p.text(label_x, base, s, label);
        p.text_right(value_x, base, s, value);
        *y += TOTAL_ROW;
    };
    row(p, &mut y, &l.total_net(), &l.money(&doc.net), BODY);
    for v in &doc.vat {
        row(
            p,
            &mut y,
            &l.vat_at(v.rate, &v.base),
            &l.money(&v.vat),
            BODY,
        );
    }
    p.hline(RIGHT_COL, RIGHT, y + 0.3, 0.4, RULE);
    y += 0.6;
    row(p, &mut y, &l.total_gross(), &l.money(&doc.gross), BODY_BOLD);
    y += 1.0;
    let due = style(Face::Bold, 10.5, INK);
    let h = 8.0;
    p.fill(RIGHT_COL, y, RIGHT - RIGHT_COL, h, BAND);
    let base = y + (h - ascent(10.5)) / 2.0 + ascent(10.5) - 0.3;
    p.text(label_x, base, due, &l.amount_due(&doc.kind));
    p.text_right(value_x, base, due, &l.money(&doc.gross));
    y + h
}

fn terms_paragraphs(
    doc: &InvoiceDocument,
    l: &Labels,
    clean: &impl Fn(&str) -> String,
) -> Vec<Mention> {
    let para = |text: String| Mention::new(text, SMALL_INK);
    let mut out = vec![
        Mention::new(l.terms_heading(), BODY_BOLD),
        para(l.due_sentence(&doc.kind, doc.due_date)),
    ];
    // Penalties, the recovery indemnity and a discount are about paying late or early:
    // a credit note is not paid, so it carries none of them.
    if doc.kind == DocumentKind::Invoice {
        out.extend([
            para(l.late_penalties(doc.late_penalty_rate)),
            para(l.recovery_indemnity(&doc.recovery_indemnity)),
            para(l.discount(doc.early_payment_discount.as_deref().map(clean).as_deref())),
        ]);
    }
    out
}

fn payment_lines(
    doc: &InvoiceDocument,
    l: &Labels,
    seller: &Party,
    clean: &impl Fn(&str) -> String,
) -> Vec<Mention> {
    let reference = clean(&doc.payment_reference);
    match &doc.kind {
        DocumentKind::Invoice => {
            let mut out = vec![Mention::new(l.payment_heading(), BODY_BOLD)];
            out.extend(bank_details(l, seller));
            out.push(Mention::new(l.reference(&reference), SMALL_BOLD));
            out
        }
        DocumentKind::CreditNote {
            of_invoice,
            of_invoice_date,
            reason,
        } => {
            let mut out = vec![
                Mention::new(l.references(), BODY_BOLD),
                Mention::new(l.credit_reference(&reference), SMALL_INK),
                Mention::new(
                    l.original_invoice(&clean(of_invoice), *of_invoice_date),
                    SMALL_INK,
                ),
            ];
            if let Some(reason) = reason {
                out.push(Mention::new(l.credit_reason(&clean(reason)), SMALL_INK));
            }
            out
        }
    }
}
