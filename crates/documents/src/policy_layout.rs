//! Places the collection-policy sheet on A4 pages: the partner's letterhead, the title,
//! the introduction, a table of the steps (when, what, effect on access), the closing
//! paragraphs and, when the partner publishes support plans, a line pointing to the
//! support-terms sheet. Long sheets flow onto further pages under a short header, the table's
//! header repeated; "Page n / N" only when there is more than one page.

use crate::flow::Flow;
use crate::fonts::Face;
use crate::labels::Labels;
use crate::letter_layout::{text_lead, PARAGRAPH_GAP, TEXT};
use crate::letterhead::{clean_party, draw_footer, legal_line, seller_block, Continuation};
use crate::painter::{
    begin, style, Painter, Style, A4_PORTRAIT, BODY, BODY_BOLD, INK, LEFT, RIGHT,
};
use crate::table::{column, Column, Row, Table};
use crate::{DocumentError, PolicySheetDocument};

const TITLE: Style = style(Face::Bold, 16.0, INK);

/// When, what, effect on access: 174 mm in all.
const COLUMNS: [Column; 3] = [
    column(LEFT, 50.0, false),
    column(LEFT + 50.0, 66.0, false),
    column(LEFT + 116.0, RIGHT - LEFT - 116.0, false),
];

/// Room kept free at the right of each cell: prose columns read apart.
const GUTTER: f32 = 3.0;

/// A cell longer than this many lines is cut, so a row always fits on a page.
const MAX_ROW_LINES: usize = 40;

pub fn render(doc: &PolicySheetDocument) -> Result<Vec<u8>, DocumentError> {
    let fonts = crate::fonts::Fonts::get();
    let title = fonts.printable(&doc.title);
    let (pdf, mut painter, logo) = begin(&title, A4_PORTRAIT, doc.logo_png.as_deref())?;
    let p = &mut painter;
    let l = Labels::new(doc.lang);
    let seller = clean_party(p, &doc.seller);

    let mut y = seller_block(p, &l, &seller, logo.as_ref()) + 12.0;
    y = p.paragraph(LEFT, y, RIGHT - LEFT, TITLE, &title) + 3.0;
    let next = Continuation {
        seller: seller.legal_name.clone(),
        title: format!("{title} {}", l.continued()),
        under: None,
    };
    let mut flow = Flow::new(&next, y);
    let paragraph = |p: &mut Painter, flow: &mut Flow, text: &str, keep_after: f32| {
        let lines = p.wrap_prose(TEXT, &p.clean(text), RIGHT - LEFT);
        flow.gap(PARAGRAPH_GAP);
        flow.lines(p, LEFT, TEXT, text_lead(), &lines, keep_after);
    };

    let table = Table::new(&COLUMNS);
    let head = table.header_row(p, &[l.col_when(), l.col_what(), l.col_effect()]);
    let rows: Vec<Row> = doc
        .steps
        .iter()
        .map(|(when, what, effect)| {
            let cell = |s: Style, text: &str, c: &Column| {
                let mut lines = p.wrap_prose(s, &p.clean(text), c.room() - GUTTER);
                if lines.len() > MAX_ROW_LINES {
                    lines.truncate(MAX_ROW_LINES);
                    if let Some(last) = lines.last_mut() {
                        last.push('…');
                    }
                }
                lines
            };
            Row::new(BODY)
                .lines(cell(BODY_BOLD, when, &COLUMNS[0]), BODY_BOLD)
                .lines(cell(BODY, what, &COLUMNS[1]), BODY)
                .lines(cell(BODY, effect, &COLUMNS[2]), BODY)
        })
        .collect();
    let table_start = rows
        .first()
        .map_or(0.0, |r| table.height(&head) + table.height(r));

    if !doc.intro.trim().is_empty() {
        paragraph(p, &mut flow, &doc.intro, 6.0 + table_start);
    }
    if !rows.is_empty() {
        flow.gap(6.0);
        flow.ensure(p, table_start);
        let mut y = table.draw_header(p, &head, flow.y);
        for row in &rows {
            if y + table.height(row) > p.sheet.body_bottom {
                flow.new_page(p);
                y = table.draw_header(p, &head, flow.y);
            }
            y = table.draw_row(p, row, y);
        }
        flow.advance_to(y + 6.0 - PARAGRAPH_GAP);
    }
    for text in doc.closing.iter().filter(|t| !t.trim().is_empty()) {
        paragraph(p, &mut flow, text, 0.0);
    }
    if doc.support_pointer {
        paragraph(p, &mut flow, &l.support_pointer(), 0.0);
    }

    let legal = legal_line(&seller, &l);
    p.finish_section(|p, page, count| draw_footer(p, &legal, &l.page_if_several(page, count)));
    Ok(painter.save(pdf))
}
