//! Places an invoice on A4 pages. Coordinates are millimetres from the page's top-left
//! corner; the painter converts them to PDF points from the bottom-left.
//!
//! Page 1: the partner's logo or name and identity (top left), the title, number and
//! dates (top right), the customer's block where an envelope's window shows it, then
//! the lines, totals, mentions and payment details. Lines that do not fit flow onto
//! further pages under a short header and the repeated table header. Every page ends
//! with the partner's legal line and "Page n / N".

use ardoise_domain::money::Money;
use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, RawImage, Rect, Rgb, TextItem, TextMatrix, XObjectId,
    XObjectTransform,
};

use crate::fonts::{Face, Fonts};
use crate::labels::Labels;
use crate::{DocumentError, DocumentKind, InvoiceDocument, Party};

const PAGE_W: f32 = 210.0;
const PAGE_H: f32 = 297.0;
const LEFT: f32 = 18.0;
const RIGHT: f32 = PAGE_W - 18.0;
const TOP: f32 = 16.0;
/// Where the body stops: below are the footer's rule, legal line and page number.
const BODY_BOTTOM: f32 = 266.0;
const FOOTER_RULE: f32 = 271.0;
const MM_TO_PT: f32 = 72.0 / 25.4;

/// The right column (title, dates, customer, totals) starts here.
const RIGHT_COL: f32 = 112.0;

type Rgb3 = (f32, f32, f32);
const INK: Rgb3 = (0.11, 0.12, 0.14);
const MUTED: Rgb3 = (0.40, 0.42, 0.46);
const RULE: Rgb3 = (0.80, 0.81, 0.83);
const BAND: Rgb3 = (0.93, 0.94, 0.95);

#[derive(Clone, Copy)]
struct Style {
    face: Face,
    size: f32,
    color: Rgb3,
}

const fn style(face: Face, size: f32, color: Rgb3) -> Style {
    Style { face, size, color }
}

const BODY: Style = style(Face::Regular, 9.0, INK);
const BODY_BOLD: Style = style(Face::Bold, 9.0, INK);
const SMALL: Style = style(Face::Regular, 8.0, MUTED);
const SMALL_INK: Style = style(Face::Regular, 8.0, INK);
const SMALL_BOLD: Style = style(Face::Bold, 8.0, INK);
const TABLE_HEAD: Style = style(Face::Bold, 8.0, MUTED);
const FOOTER: Style = style(Face::Regular, 7.0, MUTED);

/// Line height for a font size, in mm (1.35 × the size).
fn leading(size: f32) -> f32 {
    size * 1.35 / MM_TO_PT
}

/// Distance from a line's top to its baseline, in mm.
fn ascent(size: f32) -> f32 {
    size * 0.95 / MM_TO_PT
}

/// Collects the pages' drawing operations.
struct Painter {
    fonts: &'static Fonts,
    regular: FontId,
    bold: FontId,
    pages: Vec<Vec<Op>>,
    ops: Vec<Op>,
}

impl Painter {
    fn width(&self, s: Style, text: &str) -> f32 {
        self.fonts.width_mm(s.face, s.size, text)
    }

    fn wrap(&self, s: Style, text: &str, max: f32) -> Vec<String> {
        self.fonts.wrap(s.face, s.size, text, max)
    }

    fn color(c: Rgb3) -> Color {
        Color::Rgb(Rgb::new(c.0, c.1, c.2, None))
    }

    /// Text with its baseline at `y`, starting at `x`.
    fn text(&mut self, x: f32, y: f32, s: Style, text: &str) {
        if text.is_empty() {
            return;
        }
        let font = match s.face {
            Face::Regular => self.regular.clone(),
            Face::Bold => self.bold.clone(),
        };
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(s.size),
            },
            Op::SetFillColor {
                col: Self::color(s.color),
            },
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x * MM_TO_PT), Pt((PAGE_H - y) * MM_TO_PT)),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    fn text_right(&mut self, right: f32, y: f32, s: Style, text: &str) {
        let w = self.width(s, text);
        self.text(right - w, y, s, text);
    }

    /// Wrapped lines from `top` (the first line's top); returns the bottom.
    fn paragraph(&mut self, x: f32, top: f32, width: f32, s: Style, text: &str) -> f32 {
        let mut y = top;
        for line in self.wrap(s, text, width) {
            self.text(x, y + ascent(s.size), s, &line);
            y += leading(s.size);
        }
        y
    }

    fn fill(&mut self, x: f32, top: f32, w: f32, h: f32, c: Rgb3) {
        self.ops.extend([
            Op::SetFillColor {
                col: Self::color(c),
            },
            Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x * MM_TO_PT),
                    y: Pt((PAGE_H - top - h) * MM_TO_PT),
                    width: Pt(w * MM_TO_PT),
                    height: Pt(h * MM_TO_PT),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            },
        ]);
    }

    fn hline(&mut self, x1: f32, x2: f32, y: f32, thickness_pt: f32, c: Rgb3) {
        let point = |x: f32| LinePoint {
            p: Point {
                x: Pt(x * MM_TO_PT),
                y: Pt((PAGE_H - y) * MM_TO_PT),
            },
            bezier: false,
        };
        self.ops.extend([
            Op::SetOutlineColor {
                col: Self::color(c),
            },
            Op::SetOutlineThickness {
                pt: Pt(thickness_pt),
            },
            Op::DrawLine {
                line: Line {
                    points: vec![point(x1), point(x2)],
                    is_closed: false,
                },
            },
        ]);
    }

    fn image(&mut self, id: &XObjectId, x: f32, top: f32, w: f32, h: f32, px_w: usize) {
        let scale = w * MM_TO_PT / px_w.max(1) as f32;
        self.ops.push(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x * MM_TO_PT)),
                translate_y: Some(Pt((PAGE_H - top - h) * MM_TO_PT)),
                scale_x: Some(scale),
                scale_y: Some(scale),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
    }

    fn new_page(&mut self) {
        let ops = std::mem::take(&mut self.ops);
        self.pages.push(ops);
    }
}

/// A column of the lines table.
struct Column {
    x: f32,
    width: f32,
    right_aligned: bool,
}

const CELL_PAD: f32 = 1.5;

const fn column(x: f32, width: f32, right_aligned: bool) -> Column {
    Column {
        x,
        width,
        right_aligned,
    }
}

/// Description, period, quantity, unit price, VAT rate, amount: 174 mm in all.
const COLUMNS: [Column; 6] = [
    column(LEFT, 62.0, false),
    column(LEFT + 62.0, 32.0, false),
    column(LEFT + 94.0, 11.0, true),
    column(LEFT + 105.0, 24.0, true),
    column(LEFT + 129.0, 13.0, true),
    column(LEFT + 142.0, RIGHT - LEFT - 142.0, true),
];

/// A row's cells, wrapped to their columns.
struct Row {
    cells: [Vec<String>; 6],
}

impl Row {
    fn lines(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
    }
}

const ROW_PAD: f32 = 2.0;
/// A description longer than this many lines is cut, so a row always fits on a page.
const MAX_ROW_LINES: usize = 40;

pub fn render(doc: &InvoiceDocument) -> Result<Vec<u8>, DocumentError> {
    let fonts = Fonts::get();
    let l = Labels::new(doc.lang);
    let title = format!("{} {}", l.short_title(&doc.kind), doc.number);
    let mut pdf = PdfDocument::new(&title);

    let logo = match &doc.logo_png {
        Some(bytes) => {
            let mut warnings = Vec::new();
            let image =
                RawImage::decode_from_bytes(bytes, &mut warnings).map_err(DocumentError::Logo)?;
            let (w, h) = (image.width, image.height);
            if w == 0 || h == 0 {
                return Err(DocumentError::Logo("the image is empty".to_string()));
            }
            Some((pdf.add_image(&image), w, h))
        }
        None => None,
    };

    let mut p = Painter {
        fonts,
        regular: pdf.add_font(&fonts.regular),
        bold: pdf.add_font(&fonts.bold),
        pages: Vec::new(),
        ops: Vec::new(),
    };

    // Every text goes through the fonts' coverage once, here.
    let clean = |s: &str| fonts.printable(s);
    let seller = clean_party(&doc.seller, &clean);
    let buyer = clean_party(&doc.buyer, &clean);
    let number = clean(&doc.number);

    let mut y = first_page_header(&mut p, doc, &l, &seller, &buyer, &number, logo.as_ref());

    // The lines.
    let head = table_header_row(&p, &l);
    let continuation = |p: &mut Painter| -> f32 {
        p.new_page();
        continuation_header(p, &l, &doc.kind, &seller.legal_name, &number)
    };
    y = draw_table_header(&mut p, &head, y);
    for line in &doc.lines {
        let row = line_row(&p, &l, line, &clean);
        let height = row.lines() as f32 * leading(BODY.size) + 2.0 * ROW_PAD;
        if y + height > BODY_BOTTOM {
            y = continuation(&mut p);
            y = draw_table_header(&mut p, &head, y);
        }
        y = draw_row(&mut p, &row, y);
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

    p.new_page();

    // Footers, now that the page count is known.
    let legal = legal_line(&seller, &l);
    let count = p.pages.len();
    let mut pages = Vec::with_capacity(count);
    for (i, ops) in std::mem::take(&mut p.pages).into_iter().enumerate() {
        p.ops = ops;
        draw_footer(&mut p, &legal, &l.page(i + 1, count));
        pages.push(PdfPage::new(
            printpdf::Mm(PAGE_W),
            printpdf::Mm(PAGE_H),
            std::mem::take(&mut p.ops),
        ));
    }

    let mut warnings = Vec::new();
    Ok(pdf.with_pages(pages).save(
        &PdfSaveOptions {
            subset_fonts: true,
            ..Default::default()
        },
        &mut warnings,
    ))
}

fn clean_party(party: &Party, clean: &impl Fn(&str) -> String) -> Party {
    let opt = |o: &Option<String>| o.as_deref().map(clean);
    Party {
        legal_name: clean(&party.legal_name),
        address_lines: party.address_lines.iter().map(|s| clean(s)).collect(),
        country_name: clean(&party.country_name),
        vat_number: opt(&party.vat_number),
        siren: opt(&party.siren),
        legal_form: opt(&party.legal_form),
        share_capital: party.share_capital,
        rcs: opt(&party.rcs),
        email: opt(&party.email),
        phone: opt(&party.phone),
        website: opt(&party.website),
        iban: opt(&party.iban),
        bic: opt(&party.bic),
        bank_name: opt(&party.bank_name),
    }
}

/// Draws page 1's header; returns where the lines table starts.
fn first_page_header(
    p: &mut Painter,
    doc: &InvoiceDocument,
    l: &Labels,
    seller: &Party,
    buyer: &Party,
    number: &str,
    logo: Option<&(XObjectId, usize, usize)>,
) -> f32 {
    // Left: the partner's logo or name, then its identity.
    let left_w = RIGHT_COL - 10.0 - LEFT;
    let mut y = TOP;
    match logo {
        Some((id, px_w, px_h)) => {
            let (max_w, max_h) = (50.0_f32, 20.0_f32);
            let ratio = *px_w as f32 / *px_h as f32;
            let (w, h) = if max_w / ratio <= max_h {
                (max_w, max_w / ratio)
            } else {
                (max_h * ratio, max_h)
            };
            p.image(id, LEFT, y, w, h, *px_w);
            y += h + 4.0;
            y = p.paragraph(LEFT, y, left_w, BODY_BOLD, &seller.legal_name);
        }
        None => {
            let name = style(Face::Bold, 14.0, INK);
            y = p.paragraph(LEFT, y, left_w, name, &seller.legal_name) + 1.0;
        }
    }
    let mut identity: Vec<String> = seller.address_lines.clone();
    identity.push(seller.country_name.clone());
    let contact: Vec<&str> = [&seller.email, &seller.phone]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !contact.is_empty() {
        identity.push(contact.join(" · "));
    }
    if let Some(w) = &seller.website {
        identity.push(w.clone());
    }
    if let Some(s) = &seller.siren {
        identity.push(l.siren(s));
    }
    if let Some(v) = &seller.vat_number {
        identity.push(l.vat_number(v));
    }
    for line in identity.iter().filter(|s| !s.is_empty()) {
        y = p.paragraph(LEFT, y, left_w, SMALL, line);
    }
    let left_bottom = y;

    // Right: title, number, dates.
    let title = style(Face::Bold, 18.0, INK);
    p.text_right(RIGHT, TOP + ascent(18.0) - 1.0, title, l.title(&doc.kind));
    let mut y = TOP + 10.0;
    let num_style = style(Face::Bold, 10.5, INK);
    p.text_right(RIGHT, y + ascent(10.5), num_style, &l.number(number));
    y += leading(10.5);
    if let DocumentKind::CreditNote { of_invoice } = &doc.kind {
        p.text_right(
            RIGHT,
            y + ascent(BODY.size),
            BODY,
            &l.of_invoice(of_invoice),
        );
        y += leading(BODY.size);
    }
    y += 2.5;
    let mut facts = vec![(l.issue_date(), l.date(doc.issue_date))];
    if doc.kind == DocumentKind::Invoice {
        facts.push((l.due_date(), l.date(doc.due_date)));
    }
    if let Some(period) = doc.service_period {
        facts.push((l.service_period(), l.period(period)));
    }
    for (label, value) in facts {
        let base = y + ascent(BODY.size);
        p.text(RIGHT_COL, base, SMALL, label);
        p.text_right(RIGHT, base, BODY, &value);
        y += leading(BODY.size) + 0.6;
    }

    // The customer, where a French window envelope (DL, window on the right) shows it.
    let mut y = y.max(48.0) + 6.0;
    let block_w = RIGHT - RIGHT_COL;
    p.text(RIGHT_COL, y + ascent(SMALL.size), SMALL, l.customer());
    y += leading(SMALL.size) + 0.8;
    y = p.paragraph(
        RIGHT_COL,
        y,
        block_w,
        style(Face::Bold, 10.0, INK),
        &buyer.legal_name,
    );
    let address_style = style(Face::Regular, 9.5, INK);
    for line in buyer
        .address_lines
        .iter()
        .chain(std::iter::once(&buyer.country_name))
        .filter(|s| !s.is_empty())
    {
        y = p.paragraph(RIGHT_COL, y, block_w, address_style, line);
    }
    if let Some(v) = &buyer.vat_number {
        y = p.paragraph(RIGHT_COL, y + 1.0, block_w, SMALL_INK, &l.vat_number(v));
    }

    left_bottom.max(y) + 10.0
}

/// The header of pages 2 and more; returns where their body starts.
fn continuation_header(
    p: &mut Painter,
    l: &Labels,
    kind: &DocumentKind,
    seller_name: &str,
    number: &str,
) -> f32 {
    let base = TOP + ascent(10.0);
    let name = p.wrap(BODY_BOLD, seller_name, 90.0);
    p.text(
        LEFT,
        base,
        BODY_BOLD,
        name.first().map_or("", String::as_str),
    );
    let right = format!("{} {} {}", l.short_title(kind), number, l.continued());
    p.text_right(RIGHT, base, BODY_BOLD, &right);
    p.hline(LEFT, RIGHT, TOP + 7.0, 0.4, RULE);
    TOP + 14.0
}

fn table_header_row(p: &Painter, l: &Labels) -> Row {
    let titles = [
        l.col_description(),
        l.col_period(),
        l.col_quantity(),
        l.col_unit_price(),
        l.col_vat(),
        l.col_net(),
    ];
    let cells =
        std::array::from_fn(|i| p.wrap(TABLE_HEAD, titles[i], COLUMNS[i].width - 2.0 * CELL_PAD));
    Row { cells }
}

fn draw_table_header(p: &mut Painter, head: &Row, top: f32) -> f32 {
    let h = head.lines() as f32 * leading(TABLE_HEAD.size) + 2.0 * ROW_PAD;
    p.fill(LEFT, top, RIGHT - LEFT, h, BAND);
    draw_cells(p, head, top, TABLE_HEAD);
    p.hline(LEFT, RIGHT, top + h, 0.5, RULE);
    top + h
}

fn line_row(
    p: &Painter,
    l: &Labels,
    line: &crate::DocumentLine,
    clean: &impl Fn(&str) -> String,
) -> Row {
    let currency = line.net.currency;
    let width = |i: usize| COLUMNS[i].width - 2.0 * CELL_PAD;
    let mut description = p.wrap(BODY, &clean(&line.description), width(0));
    if description.len() > MAX_ROW_LINES {
        description.truncate(MAX_ROW_LINES);
        if let Some(last) = description.last_mut() {
            last.push('…');
        }
    }
    let period = line
        .service_period
        .map(|period| p.wrap(BODY, &l.short_period(period), width(1)))
        .unwrap_or_default();
    let single = |text: String| vec![text];
    Row {
        cells: [
            description,
            period,
            single(l.quantity(line.quantity)),
            single(l.unit_price(&Money::new(line.unit_price, currency))),
            single(l.percent(line.vat_rate)),
            single(l.money(&line.net)),
        ],
    }
}

fn draw_cells(p: &mut Painter, row: &Row, top: f32, s: Style) {
    for (cell, column) in row.cells.iter().zip(COLUMNS.iter()) {
        let mut y = top + ROW_PAD + ascent(s.size);
        for line in cell {
            if column.right_aligned {
                // A number never wraps: when too wide for its column, it is set smaller.
                let room = column.width - 2.0 * CELL_PAD;
                let width = p.width(s, line);
                let fitted = if width > room {
                    style(s.face, (s.size * room / width).max(5.0), s.color)
                } else {
                    s
                };
                p.text_right(column.x + column.width - CELL_PAD, y, fitted, line);
            } else {
                p.text(column.x + CELL_PAD, y, s, line);
            }
            y += leading(s.size);
        }
    }
}

fn draw_row(p: &mut Painter, row: &Row, top: f32) -> f32 {
    draw_cells(p, row, top, BODY);
    let bottom = top + row.lines() as f32 * leading(BODY.size) + 2.0 * ROW_PAD;
    p.hline(LEFT, RIGHT, bottom, 0.3, RULE);
    bottom
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
    row(p, &mut y, l.total_net(), &l.money(&doc.net), BODY);
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
    row(p, &mut y, l.total_gross(), &l.money(&doc.gross), BODY_BOLD);
    y += 1.0;
    let due = style(Face::Bold, 10.5, INK);
    let h = 8.0;
    p.fill(RIGHT_COL, y, RIGHT - RIGHT_COL, h, BAND);
    let base = y + (h - ascent(10.5)) / 2.0 + ascent(10.5) - 0.3;
    p.text(label_x, base, due, l.amount_due(&doc.kind));
    p.text_right(value_x, base, due, &l.money(&doc.gross));
    y + h
}

/// A block of mentions: a bold heading, then paragraphs.
struct Mention {
    text: String,
    style: Style,
}

fn terms_paragraphs(
    doc: &InvoiceDocument,
    l: &Labels,
    clean: &impl Fn(&str) -> String,
) -> Vec<Mention> {
    let para = |text: String| Mention {
        text,
        style: SMALL_INK,
    };
    vec![
        Mention {
            text: l.terms_heading().to_string(),
            style: BODY_BOLD,
        },
        para(l.due_sentence(&doc.kind, doc.due_date)),
        para(l.late_penalties(doc.late_penalty_rate)),
        para(l.recovery_indemnity(&doc.recovery_indemnity)),
        para(l.discount(doc.early_payment_discount.as_deref().map(clean).as_deref())),
    ]
}

fn payment_lines(
    doc: &InvoiceDocument,
    l: &Labels,
    seller: &Party,
    clean: &impl Fn(&str) -> String,
) -> Vec<Mention> {
    let para = |text: String| Mention {
        text,
        style: SMALL_INK,
    };
    let reference = clean(&doc.payment_reference);
    match &doc.kind {
        DocumentKind::Invoice => {
            let mut out = vec![Mention {
                text: l.payment_heading().to_string(),
                style: BODY_BOLD,
            }];
            if let Some(iban) = &seller.iban {
                out.push(para(format!("IBAN  {iban}")));
            }
            if let Some(bic) = &seller.bic {
                out.push(para(format!("BIC  {bic}")));
            }
            if let Some(bank) = &seller.bank_name {
                out.push(para(format!("{}  {bank}", l.bank())));
            }
            out.push(Mention {
                text: l.reference(&reference),
                style: SMALL_BOLD,
            });
            out
        }
        DocumentKind::CreditNote { of_invoice } => vec![
            Mention {
                text: l.references().to_string(),
                style: BODY_BOLD,
            },
            para(l.credit_reference(&reference)),
            para(l.original_invoice(&clean(of_invoice))),
        ],
    }
}

fn mentions_height(p: &Painter, mentions: &[Mention], width: f32) -> f32 {
    mentions
        .iter()
        .map(|m| p.wrap(m.style, &m.text, width).len() as f32 * leading(m.style.size) + 0.8)
        .sum()
}

fn draw_mentions(p: &mut Painter, x: f32, top: f32, width: f32, mentions: &[Mention]) -> f32 {
    let mut y = top;
    for m in mentions {
        y = p.paragraph(x, y, width, m.style, &m.text) + 0.8;
    }
    y
}

/// The partner's legal identity, printed at the foot of every page.
fn legal_line(seller: &Party, l: &Labels) -> Vec<String> {
    let mut parts = vec![seller.legal_name.clone()];
    parts.extend(l.legal_form(seller.legal_form.as_deref(), seller.share_capital.as_ref()));
    parts.extend(seller.siren.as_deref().map(|s| l.siren(s)));
    parts.extend(seller.rcs.clone());
    parts.extend(seller.vat_number.as_deref().map(|v| l.vat_number(v)));
    let mut address = seller.address_lines.join(", ");
    if !seller.country_name.is_empty() {
        if !address.is_empty() {
            address.push_str(", ");
        }
        address.push_str(&seller.country_name);
    }
    if !address.is_empty() {
        parts.push(address);
    }
    parts.retain(|s| !s.is_empty());
    parts
}

/// Joins the legal line's parts with " · ", breaking lines between parts (inside a
/// part only when it alone is too wide).
fn footer_lines(p: &Painter, parts: &[String], width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for part in parts {
        let candidate = if current.is_empty() {
            part.clone()
        } else {
            format!("{current} · {part}")
        };
        if p.width(FOOTER, &candidate) <= width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        let mut wrapped = p.wrap(FOOTER, part, width);
        current = wrapped.pop().unwrap_or_default();
        lines.extend(wrapped);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

fn draw_footer(p: &mut Painter, legal: &[String], page: &str) {
    p.hline(LEFT, RIGHT, FOOTER_RULE, 0.4, RULE);
    let page_w = p.width(FOOTER, page);
    let mut y = FOOTER_RULE + 2.0;
    for line in footer_lines(p, legal, RIGHT - LEFT - page_w - 8.0) {
        p.text(LEFT, y + ascent(FOOTER.size), FOOTER, &line);
        y += leading(FOOTER.size);
    }
    p.text_right(RIGHT, FOOTER_RULE + 2.0 + ascent(FOOTER.size), FOOTER, page);
}
