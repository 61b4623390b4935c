//! Places a customer's support-terms sheet on A4 pages: the partner's letterhead, the
//! title with the plan and the account, the customer where an envelope's window shows
//! it; then one section per subject under a ruled heading: what is covered and what is
//! not, hours of service (the week as a table, the time zone), the year's closed days,
//! how to reach support, the targets per severity, the prices, the escalation to
//! Microsoft and who provides the support. A section's heading stays with its first
//! lines; tables flow onto further pages with their header repeated; "Page n / N" only
//! when there is more than one page.

use crate::flow::Flow;
use crate::fonts::Face;
use crate::labels::Labels;
use crate::letterhead::{
    clean_party, customer_block, draw_footer, legal_line, seller_block, title_block, Continuation,
};
use crate::painter::{
    ascent, begin, leading, style, Painter, Style, A4_PORTRAIT, BODY, BODY_BOLD, INK, LEFT,
    MM_TO_PT, RIGHT, RULE,
};
use crate::table::{column, Column, Row, Table};
use crate::{DocumentError, SupportSheet};

const HEADING: Style = style(Face::Bold, 10.5, INK);
/// The sheet's prose: between a table's 9 pt and a letter's 10 pt, for a dense page.
const PROSE: Style = style(Face::Regular, 9.5, INK);
/// Space above a section's heading.
const SECTION_GAP: f32 = 5.0;
/// Space between a heading's rule and what follows, and between blocks of a section.
const BLOCK_GAP: f32 = 2.5;
/// Room kept free at the right of each cell, besides its padding: prose columns read
/// apart.
const GUTTER: f32 = 1.0;
/// The tables' rows: tighter than an invoice's, the sheet has many.
const ROW_PAD: f32 = 1.1;

/// Days and their hours; a closed day and its name; a label and its value.
const TWO: [Column; 2] = [
    column(LEFT, 62.0, false),
    column(LEFT + 62.0, RIGHT - LEFT - 62.0, false),
];
/// The closed days side by side: day, name, day, name.
const DAYS: [Column; 4] = [
    column(LEFT, 44.0, false),
    column(LEFT + 44.0, 43.0, false),
    column(LEFT + 87.0, 44.0, false),
    column(LEFT + 131.0, RIGHT - LEFT - 131.0, false),
];
/// Severity, first response, resolution, how it is counted.
const TARGETS: [Column; 4] = [
    column(LEFT, 40.0, false),
    column(LEFT + 40.0, 38.0, false),
    column(LEFT + 78.0, 38.0, false),
    column(LEFT + 116.0, RIGHT - LEFT - 116.0, false),
];

fn prose_lead() -> f32 {
    PROSE.size * 1.4 / MM_TO_PT
}

pub fn render(doc: &SupportSheet) -> Result<Vec<u8>, DocumentError> {
    let fonts = crate::fonts::Fonts::get();
    let l = Labels::new(doc.lang);
    let account = fonts.printable(&doc.account_reference);
    let (pdf, mut painter, logo) = begin(
        &l.support_name(&account),
        A4_PORTRAIT,
        doc.logo_png.as_deref(),
    )?;
    let p = &mut painter;
    let seller = clean_party(p, &doc.seller);
    let buyer = clean_party(p, &doc.buyer);

    let left_bottom = seller_block(p, &l, &seller, logo.as_ref());
    let facts = [
        (l.support_account(), account.clone()),
        (l.produced_on(), l.date(doc.produced_on)),
    ];
    let plan = l.support_plan(&p.clean(&doc.plan_name));
    let y = title_block(p, &l.support_title(), &plan, &[], &facts);
    let y = customer_block(p, &l, &buyer, y);
    let next = Continuation {
        seller: seller.legal_name.clone(),
        title: format!("{} {}", l.support_name(&account), l.continued()),
        under: Some(buyer.legal_name.clone()),
    };
    let mut flow = Flow::new(&next, left_bottom.max(y) + 4.0);
    let mut s = Sheet {
        p: &mut *p,
        flow: &mut flow,
    };

    if doc.no_support {
        s.gap(SECTION_GAP);
        s.prose(&l.support_none(), 0.0);
    }
    for (heading, text) in [
        (l.support_covered(), &doc.covered),
        (l.support_not_covered(), &doc.not_covered),
    ] {
        if !text.trim().is_empty() {
            s.heading(&heading, 2.0 * prose_lead());
            s.prose(text, 0.0);
        }
    }
    if !doc.no_support {
        hours(&mut s, &l, doc);
        closed_days(&mut s, &l, doc);
    }
    contact(&mut s, &l, doc);
    if !doc.no_support {
        targets(&mut s, &l, doc);
        prices(&mut s, &l, doc);
        escalation(&mut s, &l, doc);
        delivery(&mut s, &l, doc);
    }

    let legal = legal_line(&seller, &l);
    p.finish_section(|p, page, count| draw_footer(p, &legal, &l.page_if_several(page, count)));
    Ok(painter.save(pdf))
}

/// The page being drawn and where the next block goes.
struct Sheet<'p, 'f, 'c> {
    p: &'p mut Painter,
    flow: &'f mut Flow<'c>,
}

impl Sheet<'_, '_, '_> {
    fn gap(&mut self, mm: f32) {
        self.flow.gap(mm);
    }

    /// A section's heading, ruled below, on the page where `keep_after` mm of what
    /// follows fit too.
    fn heading(&mut self, text: &str, keep_after: f32) {
        let h = leading(HEADING.size) + 1.2 + BLOCK_GAP;
        self.flow.gap(SECTION_GAP);
        self.flow.ensure(self.p, h + keep_after);
        let text = self.p.clean(text);
        let y = self.flow.y;
        self.p.text(LEFT, y + ascent(HEADING.size), HEADING, &text);
        let rule = y + leading(HEADING.size) + 0.6;
        self.p.hline(LEFT, RIGHT, rule, 0.5, RULE);
        self.flow.advance_to(rule + BLOCK_GAP);
    }

    /// A paragraph across the page; a line break typed in it is kept.
    fn prose(&mut self, text: &str, keep_after: f32) {
        self.prose_at(LEFT, text, keep_after);
    }

    fn prose_at(&mut self, x: f32, text: &str, keep_after: f32) {
        let text: Vec<String> = text.split('\n').map(|line| self.p.clean(line)).collect();
        let lines = self.p.wrap_prose(PROSE, &text.join("\n"), RIGHT - x);
        self.flow
            .lines(self.p, x, PROSE, prose_lead(), &lines, keep_after);
    }

    /// What a paragraph takes across the page.
    fn prose_height(&self, text: &str) -> f32 {
        let lines = self.p.wrap_prose(PROSE, &self.p.clean(text), RIGHT - LEFT);
        lines.len() as f32 * prose_lead()
    }

    /// A table's rows wrapped in their columns, under their header when there is one;
    /// the columns in `bold` are set in bold.
    fn grid<'c>(
        &self,
        columns: &'c [Column],
        bold: &[usize],
        head: Option<&[String]>,
        rows: &[Vec<String>],
    ) -> Grid<'c> {
        let table = Table::new(columns).padded(ROW_PAD);
        let p = &*self.p;
        let cell = |i: usize, text: &str, c: &Column| {
            let s = if bold.contains(&i) { BODY_BOLD } else { BODY };
            (p.wrap_prose(s, &p.clean(text), c.room() - GUTTER), s)
        };
        let rows = rows
            .iter()
            .map(|cells| {
                let cells = cells.iter().zip(columns).enumerate();
                cells.fold(Row::new(BODY), |row, (i, (text, c))| {
                    let (lines, s) = cell(i, text, c);
                    row.lines(lines, s)
                })
            })
            .collect();
        Grid {
            table,
            head: head.map(|titles| table.header_row(p, titles)),
            rows,
        }
    }

    /// The grid's rows, the header repeated on each further page (a grid without one
    /// starts each page on a rule).
    fn draw(&mut self, g: &Grid) {
        let p = &mut *self.p;
        let table = &g.table;
        self.flow.ensure(p, g.start());
        let (left, right) = table.span();
        let top = |p: &mut Painter, y: f32| match &g.head {
            Some(head) => table.draw_header(p, head, y),
            None => {
                p.hline(left, right, y, 0.3, RULE);
                y
            }
        };
        let mut y = top(p, self.flow.y);
        for row in &g.rows {
            if y + table.height(row) > p.sheet.body_bottom {
                self.flow.new_page(p);
                y = top(p, self.flow.y);
            }
            y = table.draw_row(p, row, y);
        }
        self.flow.advance_to(y);
    }
}

/// A short table is kept whole on a page; a longer one starts with this many rows.
const KEEP_ROWS: usize = 6;

/// A table ready to draw.
struct Grid<'c> {
    table: Table<'c>,
    head: Option<Row>,
    rows: Vec<Row>,
}

impl Grid<'_> {
    /// What must fit on a page for the table to start there: the header and the whole
    /// table when short, its first rows when long.
    fn start(&self) -> f32 {
        let head = self.head.as_ref().map_or(0.0, |h| self.table.height(h));
        let keep = if self.rows.len() <= KEEP_ROWS {
            self.rows.len()
        } else {
            2
        };
        let rows: f32 = self.rows[..keep].iter().map(|r| self.table.height(r)).sum();
        head + rows
    }
}

fn hours(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    let week = l.week(&doc.hours);
    if week.is_empty() {
        s.heading(&l.support_hours(), prose_lead());
        s.prose(&l.support_no_hours(), 0.0);
        return;
    }
    let rows: Vec<Vec<String>> = week.into_iter().map(|(d, h)| vec![d, h]).collect();
    let head = [l.support_col_days(), l.support_col_hours()];
    let grid = s.grid(&TWO, &[0], Some(&head), &rows);
    s.heading(&l.support_hours(), grid.start());
    s.draw(&grid);
    s.gap(BLOCK_GAP);
    s.prose(&l.support_zone(&doc.time_zone), 0.0);
}

fn closed_days(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    let heading = l.support_closed_days(doc.year);
    if doc.closed_days.is_empty() {
        s.heading(&heading, prose_lead());
        s.prose(&l.support_closed_none(doc.year), 0.0);
        return;
    }
    // Two days a row, read down the left half then down the right.
    let days: Vec<(String, String)> = doc
        .closed_days
        .iter()
        .map(|(date, name)| l.closed_day(*date, name.as_deref()))
        .collect();
    let half = days.len().div_ceil(2);
    let rows: Vec<Vec<String>> = (0..half)
        .map(|i| {
            let mut row = vec![days[i].0.clone(), days[i].1.clone()];
            if let Some((day, name)) = days.get(i + half) {
                row.extend([day.clone(), name.clone()]);
            }
            row
        })
        .collect();
    let grid = s.grid(&DAYS, &[], None, &rows);
    let intro = l.support_closed_intro();
    s.heading(&heading, s.prose_height(&intro) + BLOCK_GAP + grid.start());
    s.prose(&intro, BLOCK_GAP + grid.start());
    s.gap(BLOCK_GAP);
    s.draw(&grid);
}

fn contact(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    let rows: Vec<Vec<String>> = [
        (l.support_phone(), &doc.phone),
        (l.support_email(), &doc.email),
        (l.support_portal(), &doc.portal_url),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        let value = value.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
        Some(vec![label, value.to_string()])
    })
    .collect();
    if rows.is_empty() {
        s.heading(&l.support_contact(), prose_lead());
        s.prose(&l.support_contact_none(), 0.0);
        return;
    }
    let grid = s.grid(&TWO, &[0], None, &rows);
    s.heading(&l.support_contact(), grid.start());
    s.draw(&grid);
}

fn targets(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    if doc.targets.is_empty() {
        return;
    }
    let mut targets = doc.targets.clone();
    targets.sort_by_key(|t| t.severity);
    let rows: Vec<Vec<String>> = targets
        .iter()
        .map(|t| {
            vec![
                l.severity(t.severity),
                l.duration(t.first_response_minutes),
                l.duration(t.resolution_minutes),
                l.counted(t.around_the_clock),
            ]
        })
        .collect();
    let head = l.support_target_columns();
    let grid = s.grid(&TARGETS, &[0], Some(&head), &rows);
    let intro = l.support_targets_intro();
    s.heading(
        &l.support_targets(),
        s.prose_height(&intro) + BLOCK_GAP + grid.start(),
    );
    s.prose(&intro, BLOCK_GAP + grid.start());
    s.gap(BLOCK_GAP);
    s.draw(&grid);
}

fn prices(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    let Some(pr) = &doc.prices else {
        s.heading(&l.support_prices(), prose_lead());
        s.prose(&l.support_prices_none(), 0.0);
        return;
    };
    let mut rows = vec![
        l.monthly_fee(&pr.monthly_fee),
        l.included(pr.included_minutes),
        l.hourly_rate(&pr.hourly_rate),
        l.counting(pr.rounding, pr.increment_minutes),
    ];
    if pr.minimum_minutes > 0 {
        rows.push(l.minimum(pr.rounding, pr.minimum_minutes));
    }
    let rows: Vec<Vec<String>> = rows.into_iter().map(|(a, b)| vec![a, b]).collect();
    let grid = s.grid(&TWO, &[0], None, &rows);
    let from = l.support_prices_from(pr.effective_from);
    s.heading(
        &l.support_prices(),
        s.prose_height(&from) + BLOCK_GAP + grid.start(),
    );
    s.prose(&from, BLOCK_GAP + grid.start());
    s.gap(BLOCK_GAP);
    s.draw(&grid);
    s.gap(BLOCK_GAP);
    s.prose(&l.billed_next_month(), 0.0);
}

fn escalation(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    s.heading(&l.support_escalation(), 2.0 * prose_lead());
    if doc.routes.is_empty() {
        s.prose(&l.support_escalation_none(), 0.0);
        return;
    }
    s.prose(&l.support_escalation_intro(), prose_lead());
    for route in &doc.routes {
        s.prose_at(LEFT + 4.0, &format!("•  {}", l.route(*route)), 0.0);
    }
}

fn delivery(s: &mut Sheet, l: &Labels, doc: &SupportSheet) {
    let name = doc.provider_name.as_deref().map(str::trim).unwrap_or("");
    s.heading(&l.support_delivery(), 2.0 * prose_lead());
    s.prose(&l.delivered_by(doc.delivered_by, name), 0.0);
    let contact = doc.provider_contact.as_deref().map(str::trim);
    if let Some(contact) = contact.filter(|c| !c.is_empty()) {
        s.prose(&l.provider_contact(contact), 0.0);
    }
}
