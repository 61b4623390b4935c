//! The words of statements and of the aging report, from the catalogue
//! (`crates/words/ftl/*/statements.ftl`). Amounts and dates are formatted by [`Labels`]'
//! shared helpers.

use ardoise_domain::invoicing::PaymentMethod;
use ardoise_domain::money::Money;
use ardoise_domain::statements::{EntryKind, ReversedPayment};
use ardoise_domain::words::tr;
use chrono::NaiveDate;

use crate::labels::Labels;

impl Labels {
    /// "Page 1 / 3" in French, "Page 1 of 3" in English.
    pub fn page_of(&self, n: usize, of: usize) -> String {
        tr!(self.lang, DOC_PAGE_OF, page = n, count = of)
    }

    pub fn as_of(&self) -> String {
        tr!(self.lang, STATEMENT_AS_OF)
    }

    pub fn produced_on(&self) -> String {
        tr!(self.lang, STATEMENT_PRODUCED_ON)
    }

    // Statements.
    pub fn statement_title(&self) -> String {
        tr!(self.lang, STATEMENT_TITLE)
    }

    /// "Relevé de compte C-00042", the PDF's title.
    pub fn statement_name(&self, account: &str) -> String {
        tr!(self.lang, STATEMENT_NAME, account = account)
    }

    /// The title of a PDF of several statements.
    pub fn statements(&self) -> String {
        tr!(self.lang, STATEMENT_MANY)
    }

    /// "Relevé de compte C-00042 (suite)", for the continuation pages' header.
    pub fn statement_continued(&self, account: &str) -> String {
        format!("{} {}", self.statement_name(account), self.continued())
    }

    pub fn account(&self, reference: &str) -> String {
        tr!(self.lang, STATEMENT_ACCOUNT, reference = reference)
    }

    pub fn period_label(&self) -> String {
        tr!(self.lang, STATEMENT_PERIOD)
    }

    pub fn col_date(&self) -> String {
        tr!(self.lang, STATEMENT_COL_DATE)
    }
    pub fn col_document(&self) -> String {
        tr!(self.lang, STATEMENT_COL_DOCUMENT)
    }
    pub fn col_debit(&self) -> String {
        tr!(self.lang, STATEMENT_COL_DEBIT)
    }
    pub fn col_credit(&self) -> String {
        tr!(self.lang, STATEMENT_COL_CREDIT)
    }
    pub fn col_balance(&self) -> String {
        tr!(self.lang, STATEMENT_COL_BALANCE)
    }

    /// "Facture F2026-00142", "Avoir A2026-00007", "Règlement VIR-1028"; a payment
    /// recorded without a reference is named by how it came and its id in the book:
    /// « Règlement par virement n° 52 », "Payment by bank transfer no. 52".
    pub fn entry(
        &self,
        kind: EntryKind,
        number: &str,
        method: Option<PaymentMethod>,
        id: i64,
    ) -> String {
        match kind {
            EntryKind::Invoice => tr!(self.lang, STATEMENT_ENTRY_INVOICE, number = number),
            EntryKind::CreditNote => tr!(self.lang, STATEMENT_ENTRY_CREDIT_NOTE, number = number),
            EntryKind::Payment if number.trim().is_empty() => tr!(
                self.lang,
                STATEMENT_ENTRY_PAYMENT_BY,
                method = method.map(PaymentMethod::code).unwrap_or_default(),
                id = id.to_string()
            ),
            EntryKind::Payment => tr!(self.lang, STATEMENT_ENTRY_PAYMENT, number = number),
            // Without the payment it undoes (never so from the book), named by its number.
            EntryKind::Reversal => tr!(self.lang, ENTRY_REVERSAL).to_string() + " " + number,
            EntryKind::Refund => tr!(
                self.lang,
                STATEMENT_ENTRY_REFUND,
                method = method.map(PaymentMethod::code).unwrap_or_default(),
                reference = number
            )
            .trim_end()
            .to_string(),
        }
    }

    /// « Annulation du règlement CHQ 184 du 12/11/2026 — chèque sans provision »: the
    /// payment by its reference, or « n° 52 », its number in the book, when it has none.
    pub fn reversal(&self, number: &str, reversed: &ReversedPayment) -> String {
        let (date, reason) = (self.date(reversed.received_on), reversed.reason.as_str());
        if number.trim().is_empty() {
            let id = reversed.payment_id.to_string();
            tr!(
                self.lang,
                STATEMENT_ENTRY_REVERSAL_ID,
                id = id,
                date = date,
                reason = reason
            )
        } else {
            tr!(
                self.lang,
                STATEMENT_ENTRY_REVERSAL,
                number = number,
                date = date,
                reason = reason
            )
        }
    }

    /// What a payment or credit note settled: "Règle F2026-00101 : 500,00 €".
    pub fn settles(&self, kind: EntryKind, invoice: &str, amount: &Money) -> String {
        let amount = self.money(amount);
        match kind {
            EntryKind::Reversal => tr!(
                self.lang,
                STATEMENT_REOPENS,
                invoice = invoice,
                amount = amount
            ),
            EntryKind::CreditNote => {
                tr!(
                    self.lang,
                    STATEMENT_APPLIED_TO,
                    invoice = invoice,
                    amount = amount
                )
            }
            _ => tr!(
                self.lang,
                STATEMENT_SETTLES,
                invoice = invoice,
                amount = amount
            ),
        }
    }

    /// What a payment or credit note left on the customer's account.
    pub fn left_on_account(&self, amount: &Money) -> String {
        tr!(
            self.lang,
            STATEMENT_LEFT_ON_ACCOUNT,
            amount = self.money(amount)
        )
    }

    pub fn brought_forward(&self, from: NaiveDate) -> String {
        tr!(self.lang, STATEMENT_BROUGHT_FORWARD, date = self.date(from))
    }

    pub fn period_totals(&self) -> String {
        tr!(self.lang, STATEMENT_PERIOD_TOTALS)
    }

    pub fn balance_at(&self, date: NaiveDate) -> String {
        tr!(self.lang, STATEMENT_BALANCE_AT, date = self.date(date))
    }

    /// Under a negative balance: who it favours.
    pub fn in_your_favour(&self) -> String {
        tr!(self.lang, STATEMENT_IN_YOUR_FAVOUR)
    }

    /// At the bottom of a page the lines table flows from.
    pub fn carried_over(&self) -> String {
        tr!(self.lang, STATEMENT_CARRIED_OVER)
    }

    /// At the top of the page the lines table flows onto.
    pub fn brought_from_previous(&self) -> String {
        tr!(self.lang, STATEMENT_BROUGHT_FROM_PREVIOUS)
    }

    pub fn open_items_heading(&self, as_of: NaiveDate) -> String {
        tr!(self.lang, STATEMENT_OPEN_ITEMS, date = self.date(as_of))
    }

    pub fn col_invoice(&self) -> String {
        tr!(self.lang, STATEMENT_COL_INVOICE)
    }
    pub fn col_due(&self) -> String {
        tr!(self.lang, STATEMENT_COL_DUE)
    }
    pub fn col_days_overdue(&self) -> String {
        tr!(self.lang, STATEMENT_COL_DAYS_OVERDUE)
    }
    pub fn col_original(&self) -> String {
        tr!(self.lang, STATEMENT_COL_ORIGINAL)
    }
    pub fn col_open(&self) -> String {
        tr!(self.lang, STATEMENT_COL_OPEN)
    }

    pub fn open_total(&self) -> String {
        tr!(self.lang, STATEMENT_OPEN_TOTAL)
    }

    pub fn unapplied_credit(&self) -> String {
        tr!(self.lang, STATEMENT_UNAPPLIED_CREDIT)
    }

    pub fn nothing_open(&self) -> String {
        tr!(self.lang, STATEMENT_NOTHING_OPEN)
    }

    pub fn aging_heading(&self) -> String {
        tr!(self.lang, STATEMENT_AGING_HEADING)
    }

    pub fn total(&self) -> String {
        tr!(self.lang, STATEMENT_TOTAL)
    }

    pub fn account_reference(&self, reference: &str) -> String {
        tr!(self.lang, DOC_REFERENCE_TO_QUOTE, reference = reference)
    }

    /// Under the account reference: the invoices the transfer pays, or when there are
    /// too many to list, a pointer to the open invoices' table.
    pub fn invoices_to_quote(&self, numbers: &[String]) -> String {
        if numbers.is_empty() {
            tr!(self.lang, STATEMENT_INVOICES_AS_LISTED)
        } else {
            tr!(
                self.lang,
                STATEMENT_INVOICES_TO_QUOTE,
                numbers = numbers.join(", ")
            )
        }
    }

    // The aging report.
    pub fn aging_title(&self) -> String {
        tr!(self.lang, AGING_TITLE)
    }

    /// "Balance âgée clients au 30/11/2026", for the footer.
    pub fn aging_of(&self, as_of: NaiveDate) -> String {
        tr!(self.lang, AGING_OF, date = self.date(as_of))
    }

    pub fn col_customer(&self) -> String {
        self.customer()
    }
    pub fn col_currency(&self) -> String {
        tr!(self.lang, AGING_COL_CURRENCY)
    }

    pub fn totals_by_currency(&self) -> String {
        tr!(self.lang, AGING_TOTALS_BY_CURRENCY)
    }

    pub fn no_receivables(&self) -> String {
        tr!(self.lang, AGING_NOTHING_OPEN)
    }
}
