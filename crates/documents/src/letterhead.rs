//! What every letter-like document prints around its body: the partner's logo or name and
//! identity, the title with its number and dates, the customer's address where a window
//! envelope shows it, the short header of further pages, and the footer with the
//! partner's legal line and the page number.

use crate::fonts::Face;
use crate::labels::Labels;
use crate::painter::{
    ascent, leading, style, Logo, Mention, Painter, BODY, BODY_BOLD, FOOTER, INK, LEFT, RIGHT,
    RIGHT_COL, RULE, SMALL, SMALL_INK, TOP,
};
use crate::Party;

/// The party with every text made printable by the fonts.
pub fn clean_party(p: &Painter, party: &Party) -> Party {
    let clean = |s: &str| p.clean(s);
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

/// Top left: the partner's logo (or its name in large bold), then its identity.
/// Returns the bottom.
pub fn seller_block(p: &mut Painter, l: &Labels, seller: &Party, logo: Option<&Logo>) -> f32 {
    let left_w = RIGHT_COL - 10.0 - LEFT;
    let mut y = TOP;
    match logo {
        Some(logo) => {
            y += p.logo(logo, LEFT, y, 50.0, 20.0) + 4.0;
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
    y
}

/// Top right: the title, the document's number (or account) in bold, lines under it,
/// then the facts as label and value. Returns the bottom.
pub fn title_block(
    p: &mut Painter,
    title: &str,
    number: &str,
    under_number: &[String],
    facts: &[(String, String)],
) -> f32 {
    let title_style = p.fitted(style(Face::Bold, 18.0, INK), title, RIGHT - RIGHT_COL);
    p.text_right(RIGHT, TOP + ascent(18.0) - 1.0, title_style, title);
    let mut y = TOP + 10.0;
    let num_style = style(Face::Bold, 10.5, INK);
    p.text_right(RIGHT, y + ascent(10.5), num_style, number);
    y += leading(10.5);
    for line in under_number {
        p.text_right(RIGHT, y + ascent(BODY.size), BODY, line);
        y += leading(BODY.size);
    }
    y += 2.5;
    for (label, value) in facts {
        let base = y + ascent(BODY.size);
        p.text(RIGHT_COL, base, SMALL, label);
        p.text_right(RIGHT, base, BODY, value);
        y += leading(BODY.size) + 0.6;
    }
    y
}

/// The customer, where a French window envelope (DL, window on the right) shows it,
/// below `above`. Returns the bottom.
pub fn customer_block(p: &mut Painter, l: &Labels, buyer: &Party, above: f32) -> f32 {
    let mut y = above.max(48.0) + 6.0;
    let block_w = RIGHT - RIGHT_COL;
    p.text(RIGHT_COL, y + ascent(SMALL.size), SMALL, &l.customer());
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
    y
}

/// The header of pages 2 and more: the partner's name on the left, what the document is
/// on the right (with an optional smaller line under it), ruled below. Returns where the
/// body starts.
pub fn continuation_header(
    p: &mut Painter,
    seller_name: &str,
    right: &str,
    right_under: Option<&str>,
) -> f32 {
    let sheet = p.sheet;
    let base = sheet.top + ascent(10.0);
    let name = p.wrap(BODY_BOLD, seller_name, 90.0);
    p.text(
        sheet.left,
        base,
        BODY_BOLD,
        name.first().map_or("", String::as_str),
    );
    p.text_right(sheet.right, base, BODY_BOLD, right);
    if let Some(under) = right_under {
        // A long name keeps to the right half.
        let room = (sheet.right - sheet.left) / 2.0;
        let line = p.wrap(SMALL, under, room).into_iter().next();
        p.text_right(
            sheet.right,
            base + leading(BODY.size),
            SMALL,
            line.as_deref().unwrap_or(""),
        );
    }
    let rule = continuation_rule(sheet.top, right_under.is_some());
    p.hline(sheet.left, sheet.right, rule, 0.4, RULE);
    rule + 7.0
}

/// What pages 2 and more of a document start with: the partner's name, what the
/// document is, and optionally a smaller line under it (the customer's name).
pub struct Continuation {
    pub seller: String,
    pub title: String,
    pub under: Option<String>,
}

impl Continuation {
    /// Starts a new page with the header; returns where its body starts.
    pub fn next_page(&self, p: &mut Painter) -> f32 {
        p.new_page();
        continuation_header(p, &self.seller, &self.title, self.under.as_deref())
    }

    /// `y`, or the top of a new page when `height` does not fit below it.
    pub fn room_for(&self, p: &mut Painter, y: f32, height: f32) -> f32 {
        if y + height > p.sheet.body_bottom {
            self.next_page(p)
        } else {
            y
        }
    }

    /// Where the body of the further pages starts.
    pub fn body_top(&self, sheet_top: f32) -> f32 {
        continuation_rule(sheet_top, self.under.is_some()) + 7.0
    }
}

/// Where [`continuation_header`] rules its header off: the body starts 7 mm below.
pub fn continuation_rule(top: f32, right_under: bool) -> f32 {
    if right_under {
        top + 7.0 + leading(BODY.size)
    } else {
        top + 7.0
    }
}

/// The partner's bank details for a transfer: IBAN, BIC and bank, those it has.
pub fn bank_details(l: &Labels, seller: &Party) -> Vec<Mention> {
    let mut out = Vec::new();
    if let Some(iban) = &seller.iban {
        out.push(Mention::new(format!("IBAN  {iban}"), SMALL_INK));
    }
    if let Some(bic) = &seller.bic {
        out.push(Mention::new(format!("BIC  {bic}"), SMALL_INK));
    }
    if let Some(bank) = &seller.bank_name {
        out.push(Mention::new(format!("{}  {bank}", l.bank()), SMALL_INK));
    }
    out
}

/// The partner's legal identity, printed at the foot of every page.
pub fn legal_line(seller: &Party, l: &Labels) -> Vec<String> {
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

/// Joins the footer's parts with " · ", breaking lines between parts (inside a part
/// only when it alone is too wide).
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

/// The footer: a rule, the parts on the left, the page number on the right.
pub fn draw_footer(p: &mut Painter, parts: &[String], page: &str) {
    let sheet = p.sheet;
    p.hline(sheet.left, sheet.right, sheet.footer_rule, 0.4, RULE);
    let page_w = p.width(FOOTER, page);
    let mut y = sheet.footer_rule + 2.0;
    for line in footer_lines(p, parts, sheet.right - sheet.left - page_w - 8.0) {
        p.text(sheet.left, y + ascent(FOOTER.size), FOOTER, &line);
        y += leading(FOOTER.size);
    }
    p.text_right(
        sheet.right,
        sheet.footer_rule + 2.0 + ascent(FOOTER.size),
        FOOTER,
        page,
    );
}
