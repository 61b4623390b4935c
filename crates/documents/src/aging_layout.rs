//! Places the aging report on A4 landscape pages: a row per customer and currency with
//! the five buckets and the total, then the totals per currency.
//!
//! Page 1 starts with the partner's logo or name, the title and the dates; further pages
//! with a short header. The table header is repeated on every page, and every page ends
//! with the report's name, its dates and "Page n / N".

use ardoise_domain::money::Money;
use ardoise_domain::statements::{totals, Aging, Bucket};

use crate::fonts::Face;
use crate::labels::Labels;
use crate::letterhead::{continuation_header, draw_footer};
use crate::painter::{
    ascent, begin, leading, style, Painter, Style, A4_LANDSCAPE, BODY, BODY_BOLD, INK, SMALL,
};
use crate::table::{column, Column, Row, Table, CELL_PAD};
use crate::{AgingDocument, DocumentError};

const L: f32 = A4_LANDSCAPE.left;

/// Customer, currency, the five buckets, total: 261 mm in all.
const COLUMNS: [Column; 8] = [
    column(L, 76.0, false),
    column(L + 76.0, 17.0, false),
    column(L + 93.0, 28.0, true),
    column(L + 121.0, 28.0, true),
    column(L + 149.0, 28.0, true),
    column(L + 177.0, 28.0, true),
    column(L + 205.0, 28.0, true),
    column(L + 233.0, A4_LANDSCAPE.right - L - 233.0, true),
];

const TITLE: Style = style(Face::Bold, 16.0, INK);
const HEADING: Style = style(Face::Bold, 10.0, INK);

pub fn render(doc: &AgingDocument) -> Result<Vec<u8>, DocumentError> {
    let l = Labels::new(doc.lang);
    let title = l.aging_of(doc.as_of);
    let (pdf, mut p, logo) = begin(&title, A4_LANDSCAPE, doc.logo_png.as_deref())?;
    let sheet = p.sheet;
    let seller = p.clean(&doc.seller.legal_name);

    // Page 1's header: the partner on the left, the title and dates on the right.
    let mut left_bottom = sheet.top;
    match &logo {
        Some(logo) => left_bottom += p.logo(logo, sheet.left, sheet.top, 45.0, 16.0),
        None => {
            let name = style(Face::Bold, 14.0, INK);
            left_bottom = p.paragraph(sheet.left, sheet.top, 120.0, name, &seller);
        }
    }
    p.text_right(
        sheet.right,
        sheet.top + ascent(TITLE.size) - 1.0,
        TITLE,
        &l.aging_title(),
    );
    let mut y = sheet.top + 10.0;
    for (label, value) in [
        (l.as_of(), l.date(doc.as_of)),
        (l.produced_on(), l.date(doc.produced_on)),
    ] {
        let base = y + ascent(BODY.size);
        p.text(sheet.right - 60.0, base, SMALL, &label);
        p.text_right(sheet.right, base, BODY, &value);
        y += leading(BODY.size) + 0.6;
    }
    let mut y = y.max(left_bottom) + 8.0;

    let mut titles = vec![l.col_customer(), l.col_currency()];
    titles.extend(Bucket::ALL.iter().map(|b| b.label(l.lang).to_string()));
    titles.push(l.total());
    // A report is read down a column: rows closer than a letter's.
    let table = Table::new(&COLUMNS).padded(1.3);
    let head = table.header_row(&p, &titles);
    let continued = format!("{} {}", l.aging_of(doc.as_of), l.continued());
    let next_page = |p: &mut Painter| -> f32 {
        p.new_page();
        let y = continuation_header(p, &seller, &continued, None);
        table.draw_header(p, &head, y)
    };

    if doc.rows.is_empty() {
        p.paragraph(
            sheet.left,
            y,
            sheet.right - sheet.left,
            BODY,
            &l.no_receivables(),
        );
    } else {
        y = table.draw_header(&mut p, &head, y);
        for row in &doc.rows {
            let cells = Row::new(BODY)
                .lines(
                    p.wrap(BODY, &p.clean(&row.customer_name), COLUMNS[0].room()),
                    BODY,
                )
                .single(row.currency.code(), BODY);
            let cells = amounts(cells, &l, &row.aging, BODY);
            if y + table.height(&cells) > sheet.body_bottom {
                y = next_page(&mut p);
            }
            y = table.draw_row(&mut p, &cells, y);
        }

        // The totals per currency, kept together under their heading.
        let totals = totals(&doc.rows);
        let rows: Vec<Row> = totals
            .iter()
            .map(|(currency, aging)| {
                let cells = Row::new(BODY_BOLD)
                    .single(l.total(), BODY_BOLD)
                    .single(currency.code(), BODY_BOLD);
                amounts(cells, &l, aging, BODY_BOLD)
            })
            .collect();
        let heading_h = leading(HEADING.size) + 2.0;
        let rows_h: f32 = rows.iter().map(|r| table.height(r) + 0.8).sum();
        y += 7.0;
        if y + heading_h + rows_h > sheet.body_bottom {
            y = next_page(&mut p) + 4.0;
        }
        let (left, _) = table.span();
        p.text(
            left + CELL_PAD,
            y + ascent(HEADING.size),
            HEADING,
            &l.totals_by_currency(),
        );
        y += heading_h;
        for row in &rows {
            y = table.draw_band_row(&mut p, row, y) + 0.8;
        }
    }

    let footer = vec![seller.clone(), l.aging_of(doc.as_of), {
        format!("{} {}", l.produced_on(), l.date(doc.produced_on))
    }];
    p.finish_section(|p, page, count| draw_footer(p, &footer, &l.page_of(page, count)));
    Ok(p.save(pdf))
}

/// The five buckets and the total as cells; a zero bucket prints as a dash, so what is
/// owed stands out.
fn amounts(row: Row, l: &Labels, aging: &Aging, s: Style) -> Row {
    let money = |m: Money| {
        if m.amount.is_zero() {
            "–".to_string()
        } else {
            l.money(&m)
        }
    };
    Bucket::ALL
        .iter()
        .fold(row, |row, b| row.single(money(aging.get(*b)), s))
        .single(money(aging.total()), BODY_BOLD)
}
