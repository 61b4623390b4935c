//! The words of statements and of the aging report, in French and English. Amounts and
//! dates are formatted by [`Labels`]' shared helpers.

use ardoise_domain::money::Money;
use ardoise_domain::statements::EntryKind;
use ardoise_domain::Lang;
use chrono::NaiveDate;

use crate::labels::Labels;

/// The narrow no-break space French typography puts before `:`.
const NNBSP: char = '\u{202f}';

impl Labels {
    /// "Page 1 / 3" in French, "Page 1 of 3" in English.
    pub fn page_of(&self, n: usize, of: usize) -> String {
        match self.lang {
            Lang::Fr => format!("Page {n} / {of}"),
            Lang::En => format!("Page {n} of {of}"),
        }
    }

    pub fn as_of(&self) -> &'static str {
        self.pick("Arrêté au", "As of")
    }

    pub fn produced_on(&self) -> &'static str {
        self.pick("Édité le", "Issued on")
    }

    // Statements.
    pub fn statement_title(&self) -> &'static str {
        self.pick("RELEVÉ DE COMPTE", "STATEMENT OF ACCOUNT")
    }

    /// "Relevé de compte C-00042", the PDF's title.
    pub fn statement_name(&self, account: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Relevé de compte {account}"),
            Lang::En => format!("Statement of account {account}"),
        }
    }

    /// The title of a PDF of several statements.
    pub fn statements(&self) -> &'static str {
        self.pick("Relevés de compte", "Statements of account")
    }

    /// "Relevé de compte C-00042 (suite)", for the continuation pages' header.
    pub fn statement_continued(&self, account: &str) -> String {
        format!("{} {}", self.statement_name(account), self.continued())
    }

    pub fn account(&self, reference: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Compte client {reference}"),
            Lang::En => format!("Account {reference}"),
        }
    }

    pub fn period_label(&self) -> &'static str {
        self.pick("Période", "Period")
    }

    pub fn col_date(&self) -> &'static str {
        "Date"
    }
    pub fn col_document(&self) -> &'static str {
        "Document"
    }
    pub fn col_debit(&self) -> &'static str {
        self.pick("Débit", "Debit")
    }
    pub fn col_credit(&self) -> &'static str {
        self.pick("Crédit", "Credit")
    }
    pub fn col_balance(&self) -> &'static str {
        self.pick("Solde", "Balance")
    }

    /// "Facture F2026-00142", "Avoir A2026-00007", "Règlement VIR-1028".
    pub fn entry(&self, kind: EntryKind, number: &str) -> String {
        let kind = match kind {
            EntryKind::Invoice => self.pick("Facture", "Invoice"),
            EntryKind::CreditNote => self.pick("Avoir", "Credit note"),
            EntryKind::Payment => self.pick("Règlement", "Payment"),
        };
        format!("{kind} {number}")
    }

    /// What a payment or credit note settled: "Règle F2026-00101 : 500,00 €".
    pub fn settles(&self, kind: EntryKind, invoice: &str, amount: &Money) -> String {
        let amount = self.money(amount);
        match (kind, self.lang) {
            (EntryKind::CreditNote, Lang::Fr) => {
                format!("Imputé sur {invoice}{NNBSP}: {amount}")
            }
            (EntryKind::CreditNote, Lang::En) => format!("Applied to {invoice}: {amount}"),
            (_, Lang::Fr) => format!("Règle {invoice}{NNBSP}: {amount}"),
            (_, Lang::En) => format!("Settles {invoice}: {amount}"),
        }
    }

    /// What a payment or credit note left on the customer's account.
    pub fn left_on_account(&self, amount: &Money) -> String {
        let amount = self.money(amount);
        match self.lang {
            Lang::Fr => format!("Reste au crédit du compte{NNBSP}: {amount}"),
            Lang::En => format!("Left on account: {amount}"),
        }
    }

    pub fn brought_forward(&self, from: NaiveDate) -> String {
        let date = self.date(from);
        match self.lang {
            Lang::Fr => format!("Solde reporté au {date}"),
            Lang::En => format!("Balance brought forward at {date}"),
        }
    }

    pub fn period_totals(&self) -> &'static str {
        self.pick("Total de la période", "Totals for the period")
    }

    pub fn balance_at(&self, date: NaiveDate) -> String {
        let date = self.date(date);
        match self.lang {
            Lang::Fr => format!("Solde au {date}"),
            Lang::En => format!("Balance at {date}"),
        }
    }

    /// Under a negative balance: who it favours.
    pub fn in_your_favour(&self) -> &'static str {
        self.pick("en votre faveur", "in your favour")
    }

    /// At the bottom of a page the lines table flows from.
    pub fn carried_over(&self) -> &'static str {
        self.pick("À reporter", "Carried over to next page")
    }

    /// At the top of the page the lines table flows onto.
    pub fn brought_from_previous(&self) -> &'static str {
        self.pick("Report", "Brought forward from previous page")
    }

    pub fn open_items_heading(&self, as_of: NaiveDate) -> String {
        let date = self.date(as_of);
        match self.lang {
            Lang::Fr => format!("Factures restant dues au {date}"),
            Lang::En => format!("Open invoices at {date}"),
        }
    }

    pub fn col_invoice(&self) -> &'static str {
        self.pick("Facture", "Invoice")
    }
    pub fn col_due(&self) -> &'static str {
        self.pick("Échéance", "Due date")
    }
    pub fn col_days_overdue(&self) -> &'static str {
        self.pick("Jours de retard", "Days overdue")
    }
    pub fn col_original(&self) -> &'static str {
        self.pick("Montant initial", "Original amount")
    }
    pub fn col_open(&self) -> &'static str {
        self.pick("Reste dû", "Amount open")
    }

    pub fn open_total(&self) -> &'static str {
        self.pick("Total restant dû", "Total open")
    }

    pub fn unapplied_credit(&self) -> &'static str {
        self.pick(
            "Crédit non affecté, en votre faveur",
            "Unapplied credit, in your favour",
        )
    }

    pub fn nothing_open(&self) -> &'static str {
        self.pick(
            "Aucune facture n'est en attente de règlement.",
            "No invoice is awaiting payment.",
        )
    }

    pub fn aging_heading(&self) -> &'static str {
        self.pick("Ancienneté des sommes dues", "Amounts due by age")
    }

    pub fn total(&self) -> &'static str {
        "Total"
    }

    pub fn account_reference(&self, reference: &str) -> String {
        match self.lang {
            Lang::Fr => format!("Référence à rappeler{NNBSP}: {reference}"),
            Lang::En => format!("Reference to quote: {reference}"),
        }
    }

    /// Under the account reference: the invoices the transfer pays, or when there are
    /// too many to list, a pointer to the open invoices' table.
    pub fn invoices_to_quote(&self, numbers: &[String]) -> String {
        let numbers = numbers.join(", ");
        match (numbers.is_empty(), self.lang) {
            (false, Lang::Fr) => {
                format!("et le numéro de chaque facture réglée{NNBSP}: {numbers}")
            }
            (false, Lang::En) => format!("and the number of each invoice paid: {numbers}"),
            (true, Lang::Fr) => {
                "et le numéro de chaque facture réglée, tel qu'indiqué ci-dessus.".to_string()
            }
            (true, Lang::En) => "and the number of each invoice paid, as listed above.".to_string(),
        }
    }

    // The aging report.
    pub fn aging_title(&self) -> &'static str {
        self.pick("BALANCE ÂGÉE CLIENTS", "AGED RECEIVABLES")
    }

    /// "Balance âgée clients au 30/11/2026", for the footer.
    pub fn aging_of(&self, as_of: NaiveDate) -> String {
        let date = self.date(as_of);
        match self.lang {
            Lang::Fr => format!("Balance âgée clients au {date}"),
            Lang::En => format!("Aged receivables as of {date}"),
        }
    }

    pub fn col_customer(&self) -> &'static str {
        self.customer()
    }
    pub fn col_currency(&self) -> &'static str {
        self.pick("Devise", "Currency")
    }

    pub fn totals_by_currency(&self) -> &'static str {
        self.pick("Totaux par devise", "Totals by currency")
    }

    pub fn no_receivables(&self) -> &'static str {
        self.pick(
            "Aucune créance ouverte à cette date.",
            "Nothing is open at this date.",
        )
    }
}
