//! Places letters to customers on A4 pages, one section of pages per letter, the way a
//! French business letter is laid out.
//!
//! Page 1: the partner's letterhead (top left); on the right, where a window envelope
//! (DL, window on the right) shows it, the sending mention of a formal notice and the
//! customer's address; under it « Lyon, le 25 novembre 2026 »; on the left the
//! customer's account as the reference and « Objet : … » in bold. Then the letter's
//! parts in order: paragraphs wrapped to the text's width, and the open invoices' table
//! with its totals wherever the letter puts it, the invoices coming due apart under it;
//! then the signature on the right, and the enclosures under it on the left.
//!
//! A letter that does not fit flows onto further pages under a short header (the
//! table's header repeated above its rows); paragraphs break without leaving a line
//! alone, a paragraph that introduces the table stays with its first rows, and the
//! closing paragraph stays with the signature. Every page ends with the partner's legal
//! line, and with "Page n / N" when the letter has more than one page.

use crate::flow::Flow;
use crate::fonts::Face;
use crate::invoices_table::{self, OPEN_AMOUNT};
use crate::labels::Labels;
use crate::letterhead::{clean_party, draw_footer, legal_line, seller_block, Continuation};
use crate::painter::{
    ascent, leading, render_sections, style, Logo, Painter, Style, BODY_BOLD, INK, LEFT, MM_TO_PT,
    RIGHT, RIGHT_COL,
};
use crate::table::{Row, Table};
use crate::{DocumentError, LetterDocument, LetterPart, Party};

/// The letter's text: larger than a table's, with room between the lines.
pub const TEXT: Style = style(Face::Regular, 10.0, INK);
const TEXT_BOLD: Style = style(Face::Bold, 10.0, INK);
const MENTION: Style = style(Face::Bold, 9.0, INK);
/// The smallest size the sending mention is set at to keep it on one line.
const MENTION_MIN: f32 = 7.5;

/// The text's line height: 1.4 × its size (4.9 mm at 10 pt).
pub fn text_lead() -> f32 {
    TEXT.size * 1.4 / MM_TO_PT
}

/// Space between paragraphs.
pub const PARAGRAPH_GAP: f32 = 3.0;
/// Space above and below the invoices' table.
const TABLE_GAP: f32 = 5.0;
/// Space above the signature, for a handwritten one.
const SIGNATURE_GAP: f32 = 8.0;
/// The table's rows are a little tighter than an invoice's, to keep a letter on a page.
const ROW_PAD: f32 = 1.2;

/// Where the customer's name starts: inside a DL window envelope's window (45 × 100 mm,
/// 20 mm from the right edge and 15 mm from the bottom) however the sheet folded in
/// three moves in the envelope.
const ADDRESS_TOP: f32 = 54.0;

pub fn render(docs: &[LetterDocument]) -> Result<Vec<u8>, DocumentError> {
    let fonts = crate::fonts::Fonts::get();
    let title = match docs {
        [doc] => fonts.printable(&doc.subject),
        [first, ..] => Labels::new(first.lang).letters(docs.len()),
        [] => String::new(),
    };
    render_sections(&title, docs, |d| d.logo_png.as_deref(), draw_letter)
}

fn draw_letter(p: &mut Painter, doc: &LetterDocument, logo: Option<&Logo>) {
    let l = Labels::new(doc.lang);
    let seller = clean_party(p, &doc.seller);
    let buyer = clean_party(p, &doc.buyer);

    let left_bottom = seller_block(p, &l, &seller, logo);
    let mention = doc.sending_mention.as_deref().map(|m| p.clean(m));
    let address_bottom = address_block(p, &buyer, &seller.country_name, mention.as_deref());

    // The reference on the left at the address's height (under the letterhead when it
    // is taller), the place and date on the right under the address, then the subject.
    let account = l.account_line(&p.clean(&doc.account_reference));
    let reference_top = ADDRESS_TOP.max(left_bottom + 5.0);
    p.text(LEFT, reference_top + ascent(TEXT.size), TEXT, &account);
    let mut y = address_bottom.max(reference_top + text_lead()) + 5.0;
    let dated = l.dated(&p.clean(&doc.place), doc.date);
    p.text(RIGHT_COL, y + ascent(TEXT.size), TEXT, &dated);
    y += text_lead() + 6.0;
    let label = l.subject_label();
    let indent = p.width(TEXT_BOLD, &label) + p.width(TEXT_BOLD, " ");
    let subject = p.wrap_prose(TEXT_BOLD, &p.clean(&doc.subject), RIGHT - LEFT - indent);
    p.text(LEFT, y + ascent(TEXT.size), TEXT_BOLD, &label);
    for line in &subject {
        p.text(LEFT + indent, y + ascent(TEXT.size), TEXT_BOLD, line);
        y += text_lead();
    }

    let next = Continuation {
        seller: seller.legal_name.clone(),
        title: l.letter_continued(doc.date),
        under: Some(buyer.legal_name.clone()),
    };
    let mut flow = Flow::new(&next, y + 6.0 - PARAGRAPH_GAP);
    let table = Table::new(&invoices_table::COLUMNS).padded(ROW_PAD);
    let head = invoices_table::head(p, &l, &table);
    let rows: Vec<Row> = doc
        .lines
        .iter()
        .map(|line| {
            let dates = (line.issue_date, line.due_date);
            let amounts = (&line.original, &line.open);
            invoices_table::row(p, &l, &line.number, dates, line.days_overdue, amounts)
        })
        .collect();
    let totals: Vec<(String, String)> = doc
        .totals
        .iter()
        .map(|(label, amount)| (p.clean(label), l.money(amount)))
        .collect();
    let invoices = Invoices {
        table: &table,
        head: &head,
        rows: &rows,
        totals: &totals,
    };
    let coming_rows: Vec<Row> = doc
        .coming
        .iter()
        .map(|line| {
            let dates = (line.issue_date, line.due_date);
            let amounts = (&line.original, &line.open);
            invoices_table::row(p, &l, &line.number, dates, line.days_overdue, amounts)
        })
        .collect();
    let coming_totals: Vec<(String, String)> = doc
        .coming_totals
        .iter()
        .map(|(label, amount)| (p.clean(label), l.money(amount)))
        .collect();
    let coming = Invoices {
        table: &table,
        head: &head,
        rows: &coming_rows,
        totals: &coming_totals,
    };
    let coming_heading = vec![l.coming_due(doc.coming.len())];
    let signature: Vec<String> = doc
        .signature
        .iter()
        .flat_map(|line| p.wrap(TEXT, &p.clean(line), RIGHT - RIGHT_COL))
        .collect();
    let signature_h = if signature.is_empty() {
        0.0
    } else {
        SIGNATURE_GAP + signature.len() as f32 * text_lead()
    };

    for (i, part) in doc.parts.iter().enumerate() {
        match part {
            part if is_blank(part) => {}
            LetterPart::Text(text) => {
                // What the paragraph's end must share its page with.
                let next_part = doc.parts[i + 1..].iter().find(|part| !is_blank(part));
                let keep_after = match next_part {
                    Some(LetterPart::InvoicesTable) => TABLE_GAP + invoices.start_height(),
                    Some(LetterPart::Text(_)) => 0.0,
                    None => signature_h,
                };
                // A line break typed in the paragraph is kept (a signature, a list).
                let text: Vec<String> = text.split('\n').map(|l| p.clean(l)).collect();
                let lines = p.wrap_prose(TEXT, &text.join("\n"), RIGHT - LEFT);
                flow.gap(PARAGRAPH_GAP);
                flow.lines(p, LEFT, TEXT, text_lead(), &lines, keep_after);
            }
            LetterPart::InvoicesTable => {
                flow.gap(TABLE_GAP);
                invoices.draw(p, &mut flow);
                if !coming_rows.is_empty() {
                    // Apart, under its own heading, which stays with its first rows.
                    flow.gap(TABLE_GAP);
                    let keep = coming.start_height();
                    flow.lines(p, LEFT, TEXT_BOLD, text_lead(), &coming_heading, keep);
                    flow.gap(1.0);
                    coming.draw(p, &mut flow);
                }
                flow.gap(TABLE_GAP - PARAGRAPH_GAP);
            }
        }
    }
    if !signature.is_empty() {
        flow.ensure(p, signature_h);
        flow.gap(SIGNATURE_GAP);
        flow.lines(p, RIGHT_COL, TEXT, text_lead(), &signature, 0.0);
    }
    if let Some(enclosures) = &doc.enclosures {
        let lines = p.wrap_prose(TEXT, &p.clean(enclosures), RIGHT - LEFT);
        flow.gap(SIGNATURE_GAP);
        flow.lines(p, LEFT, TEXT, text_lead(), &lines, 0.0);
    }

    let legal = legal_line(&seller, &l);
    p.finish_section(|p, page, count| draw_footer(p, &legal, &l.page_if_several(page, count)));
}

/// A paragraph with nothing to print.
fn is_blank(part: &LetterPart) -> bool {
    matches!(part, LetterPart::Text(text) if text.trim().is_empty())
}

/// The sending mention and the customer's address, on the right where the envelope's
/// window shows them; the country only when it is not the partner's own. Returns the
/// bottom.
fn address_block(p: &mut Painter, buyer: &Party, home: &str, mention: Option<&str>) -> f32 {
    let width = RIGHT - RIGHT_COL;
    if let Some(mention) = mention {
        // On one line, a little smaller if need be, to stay inside the window.
        let fitted = p.fitted(MENTION, mention, width);
        let (s, lines) = if fitted.size >= MENTION_MIN {
            (fitted, vec![mention.to_string()])
        } else {
            (MENTION, p.wrap(MENTION, mention, width))
        };
        let lead = leading(s.size);
        let mut y = ADDRESS_TOP - 3.0 - lines.len() as f32 * lead;
        for line in &lines {
            p.text(RIGHT_COL, y + ascent(s.size), s, line);
            y += lead;
        }
    }
    let lead = leading(TEXT.size) + 0.3;
    let mut y = ADDRESS_TOP;
    let name = p.wrap(TEXT_BOLD, &buyer.legal_name, width);
    let country = (!buyer.country_name.eq_ignore_ascii_case(home)).then_some(&buyer.country_name);
    let address = buyer
        .address_lines
        .iter()
        .chain(country)
        .filter(|s| !s.trim().is_empty())
        .flat_map(|line| p.wrap(TEXT, line, width));
    let lines: Vec<(Style, String)> = name
        .into_iter()
        .map(|line| (TEXT_BOLD, line))
        .chain(address.map(|line| (TEXT, line)))
        .collect();
    for (s, line) in &lines {
        p.text(RIGHT_COL, y + ascent(s.size), *s, line);
        y += lead;
    }
    y
}

/// The open invoices' table and the totals under it.
struct Invoices<'a> {
    table: &'a Table<'a>,
    head: &'a Row,
    rows: &'a [Row],
    totals: &'a [(String, String)],
}

impl Invoices<'_> {
    fn totals_height(&self) -> f32 {
        self.totals.len() as f32 * self.table.label_row_height(BODY_BOLD)
    }

    /// What must fit on a page for the table to start there: its header and first
    /// row, with the totals when there is only one.
    fn start_height(&self) -> f32 {
        match self.rows {
            [] => self.totals_height(),
            [only] => self.table.height(self.head) + self.table.height(only) + self.totals_height(),
            [first, ..] => self.table.height(self.head) + self.table.height(first),
        }
    }

    /// The rows under their header, repeated on each further page; the totals stay
    /// with the last row.
    fn draw(&self, p: &mut Painter, flow: &mut Flow) {
        let table = self.table;
        flow.ensure(p, self.start_height());
        let mut y = flow.y;
        if !self.rows.is_empty() {
            y = table.draw_header(p, self.head, y);
        }
        let count = self.rows.len();
        for (i, row) in self.rows.iter().enumerate() {
            let below = if i + 1 == count {
                self.totals_height()
            } else {
                0.0
            };
            if y + table.height(row) + below > p.sheet.body_bottom {
                flow.new_page(p);
                y = table.draw_header(p, self.head, flow.y);
            }
            y = table.draw_row(p, row, y);
        }
        // The figures alike, in bold on one shaded block: which of them is the bottom
        // line is the caller's to say in its labels.
        for (label, amount) in self.totals {
            let amounts = [(OPEN_AMOUNT, amount.clone())];
            y = table.draw_label_row(p, y, (0, label), &amounts, BODY_BOLD, true);
        }
        flow.advance_to(y);
    }
}
