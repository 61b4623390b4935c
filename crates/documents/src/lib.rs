//! Ardoise's printed documents as PDF, in the customer's language (French or English):
//! invoices and credit notes with every mention French law asks for, customer statements,
//! the aging report, reminder letters, the collection-policy sheet and the support-terms
//! sheet.
//!
//! The application layer fills an [`InvoiceDocument`], a [`StatementDocument`], an
//! [`AgingDocument`], a [`LetterDocument`], a [`PolicySheetDocument`] or a
//! [`SupportSheet`] (plain data,
//! already computed, rounded and worded: this crate never does invoicing arithmetic; a
//! statement comes from `ardoise_domain::statements`, a letter's text from
//! `ardoise_domain::collections`) and calls [`render_invoice`], [`render_statement`] (or
//! [`render_statements`] for one print job), [`render_aging`], [`render_letter`] (or
//! [`render_letters`]), [`render_policy_sheet`] or [`render_support_sheet`].
//!
//! Invariants:
//! - fonts (Noto Sans, SIL OFL) are embedded from the `notosans` crate, parsed once per
//!   process and subset in every PDF, so no system font is needed and a one-page invoice
//!   stays around 30 KB;
//! - every text is measured with the font's metrics: long texts wrap inside their column
//!   and nothing overlaps; lines that do not fit flow onto further pages, each with the
//!   table header repeated and "Page n / N" in its footer (on letters and the policy
//!   sheet only when there is more than one page).

mod aging_layout;
mod combined;
mod flow;
mod fonts;
mod invoice_layout;
mod invoices_table;
mod labels;
mod letter_labels;
mod letter_layout;
mod letterhead;
pub mod logo;
mod painter;
mod policy_layout;
#[cfg(feature = "sample")]
pub mod sample;
mod statement_labels;
mod statement_layout;
mod support_sheet_labels;
mod support_sheet_layout;
mod table;

use ardoise_domain::money::Money;
use ardoise_domain::statements::{AgingRow, Statement};
use ardoise_domain::support::{DeliveredBy, Rounding, Route, SeverityTarget, WeeklyHours};
use ardoise_domain::Lang;
use chrono::NaiveDate;
pub use combined::{combine_pdfs, CombineError, Combined};
use rust_decimal::Decimal;

/// A party to the invoice: the partner (seller) or its customer (buyer).
///
/// The fields marked "seller" are printed only for the partner; they may stay `None`
/// for a customer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Party {
    pub legal_name: String,
    /// Street lines, then postcode and city, as they go on an envelope.
    pub address_lines: Vec<String>,
    /// The country's name in the document's language ("France", "Belgique").
    pub country_name: String,
    /// Intra-community VAT number ("FR12345678901", "BE0123456789").
    pub vat_number: Option<String>,
    /// Seller: SIREN (9 digits).
    pub siren: Option<String>,
    /// Seller: legal form ("SAS", "SARL").
    pub legal_form: Option<String>,
    /// Seller: share capital.
    pub share_capital: Option<Money>,
    /// Seller: registration, such as "RCS Lyon 123 456 789".
    pub rcs: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    /// Seller: bank details for the transfer.
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub bank_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentKind {
    Invoice,
    /// A credit note correcting the invoice with this number, issued on that date, for
    /// the reason the clerk gave (none on credit notes issued before reasons were kept).
    CreditNote {
        of_invoice: String,
        of_invoice_date: Option<NaiveDate>,
        reason: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct DocumentLine {
    /// The line's text as the customer reads it; wraps inside its column when long.
    pub description: String,
    /// First and last day covered (inclusive).
    pub service_period: Option<(NaiveDate, NaiveDate)>,
    pub quantity: Decimal,
    /// Unit price excluding tax, with all its decimals (printed with 2 to 4).
    pub unit_price: Decimal,
    /// VAT rate in percent: `20` for 20 %, `5.5` for 5.5 %.
    pub vat_rate: Decimal,
    /// The line's amount excluding tax, already rounded.
    pub net: Money,
}

/// VAT for one rate: base (excl. tax) and tax, already computed.
#[derive(Debug, Clone, PartialEq)]
pub struct VatSummary {
    /// In percent, as [`DocumentLine::vat_rate`].
    pub rate: Decimal,
    pub base: Money,
    pub vat: Money,
}

/// Everything printed on an invoice or credit note.
#[derive(Debug, Clone, PartialEq)]
pub struct InvoiceDocument {
    pub kind: DocumentKind,
    /// The customer's language: every label and mention is printed in it.
    pub lang: Lang,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    /// The period the whole document covers (a billing month), if any.
    pub service_period: Option<(NaiveDate, NaiveDate)>,
    pub seller: Party,
    pub buyer: Party,
    pub lines: Vec<DocumentLine>,
    pub vat: Vec<VatSummary>,
    pub net: Money,
    pub vat_total: Money,
    pub gross: Money,
    /// Printed under the totals when VAT does not apply, such as
    /// « Autoliquidation — art. 259-1 du CGI et art. 196 de la directive 2006/112/CE ».
    pub vat_mention: Option<String>,
    /// Late-payment penalty rate, in percent a year (`12.15`).
    pub late_penalty_rate: Decimal,
    /// The fixed recovery indemnity (40 € in France).
    pub recovery_indemnity: Money,
    /// The early-payment discount terms; `None` prints that there is none.
    pub early_payment_discount: Option<String>,
    /// What the customer quotes with the transfer (usually the number).
    pub payment_reference: String,
    /// The partner's logo as PNG bytes; without one its name is printed in bold.
    pub logo_png: Option<Vec<u8>>,
}

/// A customer's statement of account, as printed and mailed.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementDocument {
    /// The customer's language: every label is printed in it.
    pub lang: Lang,
    /// The partner, with its bank details, e-mail, phone and website.
    pub seller: Party,
    /// The customer.
    pub buyer: Party,
    /// The customer's account, to quote with a transfer ("C-00042").
    pub account_reference: String,
    pub statement: Statement,
    /// The date printed as "Édité le" / "Issued on".
    pub produced_on: NaiveDate,
    /// How to reach the partner's support, one printed line each (may be empty).
    pub support: Vec<String>,
    /// The partner's logo as PNG bytes; without one its name is printed in bold.
    pub logo_png: Option<Vec<u8>>,
}

/// The aging report: what each customer owes, by how late, as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct AgingDocument {
    pub lang: Lang,
    pub seller: Party,
    pub as_of: NaiveDate,
    pub produced_on: NaiveDate,
    /// Per customer and currency, in the order to print.
    pub rows: Vec<AgingRow>,
    pub logo_png: Option<Vec<u8>>,
}

/// One block of a letter's body, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LetterPart {
    /// A paragraph, wrapped to the text's width; a `\n` inside starts a new line.
    Text(String),
    /// The table of [`LetterDocument::lines`], with [`LetterDocument::totals`] under it.
    InvoicesTable,
}

/// One invoice as a letter lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterLine {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub original: Money,
    pub open: Money,
    /// Printed as "not yet due" when zero or less.
    pub days_overdue: i64,
}

/// A letter to a customer (a reminder, a formal notice), as printed and mailed in a
/// window envelope.
#[derive(Debug, Clone, PartialEq)]
pub struct LetterDocument {
    /// The letter's language: its date and the table's labels are printed in it.
    pub lang: Lang,
    /// The partner: its letterhead at the top, its legal line in the footer.
    pub seller: Party,
    /// The customer, on the right where a French window envelope shows it (its country
    /// is left out when it is the partner's own).
    pub buyer: Party,
    /// The customer's account ("C-00042"), printed as the letter's reference.
    pub account_reference: String,
    /// Where the letter is written, usually the partner's city: « Lyon, le … ».
    pub place: String,
    pub date: NaiveDate,
    /// Printed after « Objet : » / "Subject:", in bold.
    pub subject: String,
    /// A line above the address for a formal notice: « Lettre recommandée avec accusé
    /// de réception » / "Sent by registered post with acknowledgement of receipt";
    /// `None` otherwise.
    pub sending_mention: Option<String>,
    pub parts: Vec<LetterPart>,
    /// What [`LetterPart::InvoicesTable`] draws.
    pub lines: Vec<LetterLine>,
    /// Figures printed under the invoices table, in order, e.g. `[("Total restant dû",
    /// x), ("Pénalités de retard", y), ("Indemnité forfaitaire", z)]`; may be empty.
    /// All are printed alike, in bold on one shaded block. Without an
    /// [`LetterPart::InvoicesTable`] they are not printed.
    pub totals: Vec<(String, Money)>,
    /// Invoices coming due, drawn apart under the first table (under a heading, with
    /// [`LetterDocument::coming_totals`]); empty: nothing drawn.
    pub coming: Vec<LetterLine>,
    pub coming_totals: Vec<(String, Money)>,
    /// The lines under the letter, e.g. `["Claire Martin", "Responsable
    /// administrative", "Nuage & Compagnie"]`.
    pub signature: Vec<String>,
    /// Under the signature, on the left: « Pièces jointes : copie des factures … ».
    pub enclosures: Option<String>,
    /// The partner's logo as PNG bytes; without one its name is printed in bold.
    pub logo_png: Option<Vec<u8>>,
}

/// The partner's collection policy as a one-page sheet for its customers: when each
/// step comes, what it is, and what it does to their access.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicySheetDocument {
    pub lang: Lang,
    pub seller: Party,
    /// « Notre politique de recouvrement » / "Our collection policy".
    pub title: String,
    pub intro: String,
    /// One row per step: (when: « 7 jours avant l'échéance », what: « Rappel
    /// courtois », effect on access: « Aucun »).
    pub steps: Vec<(String, String, String)>,
    /// Paragraphs after the table: penalties, indemnity, reactivation, contact.
    pub closing: Vec<String>,
    /// The partner publishes support plans (other than "no support"): a last line points
    /// to the support-terms sheet.
    pub support_pointer: bool,
    pub logo_png: Option<Vec<u8>>,
}

/// A customer's support terms, in its language: what its plan covers, the hours of
/// service and closed days of a year, how to reach support, the targets, the prices,
/// the escalation to Microsoft and who provides the support. What the support costs
/// the partner has no place here: the sheet goes to the customer.
#[derive(Debug, Clone, PartialEq)]
pub struct SupportSheet {
    pub lang: Lang,
    pub seller: Party,
    pub buyer: Party,
    /// The customer's account ("C-00042").
    pub account_reference: String,
    pub produced_on: NaiveDate,
    pub plan_name: String,
    /// The "no support" plan: the sheet says so and prints no hours, targets or prices.
    pub no_support: bool,
    /// What is covered and what is not, in the customer's language (a `\n` starts a new
    /// line).
    pub covered: String,
    pub not_covered: String,
    pub hours: WeeklyHours,
    /// The IANA name of the zone the hours are in (`Europe/Paris`).
    pub time_zone: String,
    /// The year whose closed days are listed.
    pub year: i32,
    /// The closed days of `year` in order, each with its holiday's name in the
    /// customer's language (`None` for a day closed by hand).
    pub closed_days: Vec<(NaiveDate, Option<String>)>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub portal_url: Option<String>,
    /// In order of severity, critical first.
    pub targets: Vec<SeverityTarget>,
    /// The prices in force on `produced_on` in the customer's currency, if the plan has
    /// some.
    pub prices: Option<SupportPrices>,
    /// Microsoft's routes the plan gives access to.
    pub routes: Vec<Route>,
    pub delivered_by: DeliveredBy,
    /// The subcontractor or the entity whose support is resold, and how to reach it.
    pub provider_name: Option<String>,
    pub provider_contact: Option<String>,
    pub logo_png: Option<Vec<u8>>,
}

/// A plan's prices as the customer reads them (excluding VAT).
#[derive(Debug, Clone, PartialEq)]
pub struct SupportPrices {
    pub effective_from: NaiveDate,
    pub monthly_fee: Money,
    /// Per hour beyond the included hours.
    pub hourly_rate: Money,
    pub included_minutes: u32,
    /// Time is rounded up to a multiple of this.
    pub increment_minutes: u32,
    /// The least time billed per entry or per month (per `rounding`); 0 for none.
    pub minimum_minutes: u32,
    pub rounding: Rounding,
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the logo could not be read as a PNG image: {0}")]
    Logo(String),
    #[error("there is no statement to print")]
    NoStatement,
    #[error("there is no letter to print")]
    NoLetter,
}

/// Renders an invoice or a credit note as a PDF (A4, fonts embedded and subset).
pub fn render_invoice(doc: &InvoiceDocument) -> Result<Vec<u8>, DocumentError> {
    invoice_layout::render(doc)
}

/// Renders a customer's statement as a PDF (A4, fonts embedded and subset).
pub fn render_statement(doc: &StatementDocument) -> Result<Vec<u8>, DocumentError> {
    statement_layout::render(std::slice::from_ref(doc))
}

/// Several statements as one PDF for a single print job; page numbering restarts per
/// statement ("Page 1 of 2" is per customer).
pub fn render_statements(docs: &[StatementDocument]) -> Result<Vec<u8>, DocumentError> {
    if docs.is_empty() {
        return Err(DocumentError::NoStatement);
    }
    statement_layout::render(docs)
}

/// Renders the aging report as a PDF (A4 landscape), with the totals per currency
/// computed by `ardoise_domain::statements::totals`.
pub fn render_aging(doc: &AgingDocument) -> Result<Vec<u8>, DocumentError> {
    aging_layout::render(doc)
}

/// Renders a letter as a PDF (A4, fonts embedded and subset). "Page n / N" is printed
/// only when the letter takes more than one page.
pub fn render_letter(doc: &LetterDocument) -> Result<Vec<u8>, DocumentError> {
    letter_layout::render(std::slice::from_ref(doc))
}

/// Several letters in one PDF for a single print job; page numbering restarts per
/// letter.
pub fn render_letters(docs: &[LetterDocument]) -> Result<Vec<u8>, DocumentError> {
    if docs.is_empty() {
        return Err(DocumentError::NoLetter);
    }
    letter_layout::render(docs)
}

/// Renders the collection-policy sheet as a PDF (A4, fonts embedded and subset).
pub fn render_policy_sheet(doc: &PolicySheetDocument) -> Result<Vec<u8>, DocumentError> {
    policy_layout::render(doc)
}

/// Renders a customer's support-terms sheet as a PDF (A4, fonts embedded and subset).
/// "Page n / N" only when it takes more than one page.
pub fn render_support_sheet(doc: &SupportSheet) -> Result<Vec<u8>, DocumentError> {
    support_sheet_layout::render(doc)
}
