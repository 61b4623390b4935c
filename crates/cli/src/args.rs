//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "ardoise",
    version,
    about = "Ardoise: billing and collections for Microsoft CSP partners"
)]
pub struct Cli {
    /// The book (SQLite file) to open; default: $ARDOISE_DB, else the application-data folder.
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
    /// Language of messages and tables; default: the book's setting, else $LANG.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Print JSON instead of tables (for scripts).
    #[arg(long, global = true)]
    pub json: bool,
    /// The staff account the command acts for; default: $ARDOISE_USER. Its password from
    /// $ARDOISE_PASSWORD, else asked. The log names it beside every change.
    #[arg(long, global = true)]
    pub user: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new, empty book at --db (every other command opens only an existing book).
    Init,
    /// Fill an empty book with a realistic demo book (created if missing).
    Demo {
        /// How many customers to generate.
        #[arg(long, default_value_t = ardoise_app::demo::DEFAULT_CUSTOMERS)]
        customers: usize,
        /// The same seed (and ARDOISE_TODAY) always gives the same book.
        #[arg(long, default_value_t = ardoise_app::demo::DEFAULT_SEED)]
        seed: u64,
    },
    /// Customers of the book.
    #[command(subcommand)]
    Customers(CustomersCmd),
    /// Subscriptions of the book.
    #[command(subcommand)]
    Subscriptions(SubscriptionsCmd),
    /// The product catalog.
    #[command(subcommand)]
    Products(ProductsCmd),
    /// Verify every rule of the book (file integrity, numbering, totals, allocations,
    /// settlement index, logged files, hash chains); exit code 2 on any finding.
    Check,
    /// Set the logo printed on documents (a PNG file), or remove it with --remove.
    PartnerLogo {
        file: Option<std::path::PathBuf>,
        #[arg(long, conflicts_with = "file")]
        remove: bool,
    },
    /// Draft the invoices of a month from the subscriptions (and issue them with --issue).
    Bill {
        /// The month, YYYY-MM.
        #[arg(long)]
        period: String,
        /// Issue the drafts at once (numbers are assigned; they can no longer change).
        #[arg(long)]
        issue: bool,
    },
    /// Invoices and credit notes.
    #[command(subcommand)]
    Invoices(InvoicesCmd),
    /// Issue a credit note for an invoice: all of it, or --amount incl. VAT.
    CreditNote {
        /// The invoice's number or id.
        invoice: String,
        #[arg(long)]
        amount: Option<String>,
        /// Why the invoice is credited (required; printed on the credit note).
        #[arg(long)]
        reason: Option<String>,
    },
    /// Payments received.
    #[command(subcommand)]
    Payments(PaymentsCmd),
    /// A customer's statement as a PDF (recorded in the customer's communication log).
    Statement {
        /// Customer id, tenant id or exact name.
        customer: String,
        #[command(flatten)]
        dates: StatementDates,
        /// The PDF to write; default: the documents folder beside the book.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// The month-end batch: a statement for every customer with a balance (or --all).
    Statements {
        #[command(flatten)]
        dates: StatementDates,
        /// The folder for one PDF per customer; default: documents/statements/AS_OF.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Also write all the statements into this one PDF, for a single print job.
        #[arg(long)]
        combined: Option<PathBuf>,
        /// Every customer, not only those with a balance.
        #[arg(long)]
        all: bool,
    },
    /// The aging report: open invoices per customer by days overdue.
    Aging {
        /// YYYY-MM-DD; default: today.
        #[arg(long)]
        as_of: Option<String>,
        /// Print CSV (for a spreadsheet) instead of a table.
        #[arg(long, conflicts_with = "pdf")]
        csv: bool,
        /// Write the report as a PDF to this file.
        #[arg(long)]
        pdf: Option<PathBuf>,
    },
    /// The collection policy: the day's letters, holds, suspensions.
    #[command(subcommand)]
    Collections(CollectionsCmd),
    /// The support desk: plans, requests, time spent, escalations to Microsoft.
    #[command(subcommand)]
    Support(crate::support_args::SupportCmd),
    /// Back the book up now (to the folder of the settings, or --to), rotating old backups.
    Backup {
        /// The folder to write the backup to; default: the one chosen in Settings, else
        /// `backups` beside the book.
        #[arg(long)]
        to: Option<PathBuf>,
    },
    /// Replace the book with a backup, after checking it; the replaced book is kept aside.
    Restore { file: PathBuf },
    /// Benchmarks on a book generated at a stated scale (in a temporary folder).
    #[command(subcommand)]
    Bench(BenchCmd),
    /// The bank's statements: import a file and match its credits to invoices.
    #[command(subcommand)]
    Bank(crate::bank::BankCmd),
    /// Staff accounts: the first administrator, then accounts, roles and passwords.
    #[command(subcommand)]
    Staff(crate::staff::StaffCmd),
    /// Import a file from outside the book: Microsoft Partner Center's billing.
    #[command(subcommand)]
    Import(crate::partner_center::ImportCmd),
    /// Generate realistic files for tests and benchmarks (no book needed).
    #[command(subcommand)]
    Gen(crate::partner_center::GenCmd),
    /// A month reconciled with Microsoft Partner Center's lines: what Microsoft billed
    /// that no customer invoice bills, what customers are billed that Microsoft no
    /// longer charges, seats differing.
    Reconcile {
        /// The month: YYYY-MM.
        #[arg(long)]
        period: String,
    },
    /// A month's margin per customer, per product and in total: Microsoft's cost
    /// against the resale billed.
    Margin {
        /// The month: YYYY-MM.
        #[arg(long)]
        period: String,
        /// Print CSV (for a spreadsheet) instead of tables.
        #[arg(long)]
        csv: bool,
    },
    /// Re-billing Microsoft's charges: the markup on its cost, its prorated licences.
    #[command(subcommand)]
    Rebill(crate::rebill::RebillCmd),
}

#[derive(Debug, Subcommand)]
pub enum CollectionsCmd {
    /// What the policy asks for on a date: letters to produce, invoices held,
    /// subscriptions to suspend or reactivate, renewals to announce. With --produce,
    /// writes the letters and the renewal notices.
    Run {
        /// YYYY-MM-DD; default: today.
        #[arg(long)]
        as_of: Option<String>,
        /// Produce the letters and renewal notices (PDF, communication log, step recorded).
        #[arg(long)]
        produce: bool,
        /// The folder for the letters; default: documents/letters/AS_OF.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Sign the letters with your own name and title (your account's) instead of the
        /// settings' signatory.
        #[arg(long, requires = "produce")]
        signed_by_me: bool,
    },
    /// Record that letters (communication log ids) went out.
    Sent {
        ids: Vec<i64>,
        /// YYYY-MM-DD; default: today.
        #[arg(long)]
        on: Option<String>,
        /// post or email.
        #[arg(long, default_value = "post")]
        via: String,
    },
    /// Hold collections for a customer, or one of its invoices (a dispute).
    Hold {
        /// Customer id, tenant id or exact name.
        customer: String,
        /// The invoice's number or id.
        #[arg(long)]
        invoice: Option<String>,
        #[arg(long)]
        reason: String,
    },
    /// Lift a hold.
    Lift { hold: i64 },
    /// Mark a suspension done in Partner Center.
    Suspended {
        id: i64,
        #[arg(long)]
        on: Option<String>,
    },
    /// Mark a reactivation done in Partner Center.
    Reactivated {
        id: i64,
        #[arg(long)]
        on: Option<String>,
    },
}

/// A statement's period and the date it is as of.
#[derive(Debug, Args)]
pub struct StatementDates {
    /// The period's first day, YYYY-MM-DD; default: the first day of the as-of month.
    #[arg(long)]
    pub from: Option<String>,
    /// The period's last day; default: the as-of date.
    #[arg(long)]
    pub to: Option<String>,
    /// The date the statement is as of (later documents are left out); default: today.
    #[arg(long)]
    pub as_of: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum BenchCmd {
    /// Signing in: the Argon2id parameters and the time one sign-in takes.
    Login {
        #[arg(long, default_value_t = 20)]
        sign_ins: usize,
    },
    /// A backup of a book with years of history while another connection writes, and
    /// what synchronous=FULL costs beside NORMAL.
    Backup {
        #[arg(long, default_value_t = 10_000)]
        customers: usize,
        #[arg(long, default_value_t = 60)]
        invoices_per_customer: usize,
        /// Statements in the batch timed both ways.
        #[arg(long, default_value_t = 1_000)]
        statements: usize,
        /// Subscriptions per customer in the book the billing run is timed on.
        #[arg(long, default_value_t = 6)]
        subscriptions_per_customer: usize,
    },
    /// Billing run, issuing, and invoice PDFs.
    Invoicing {
        #[arg(long, default_value_t = 10_000)]
        customers: usize,
        #[arg(long, default_value_t = 6)]
        subscriptions_per_customer: usize,
        /// How many invoice PDFs to render.
        #[arg(long, default_value_t = 1_000)]
        pdfs: usize,
    },
    /// Statements and the aging report on a book with years of history.
    Statements {
        #[arg(long, default_value_t = 10_000)]
        customers: usize,
        /// Monthly invoices per customer (10,000 × 60 = 600,000 invoices).
        #[arg(long, default_value_t = 60)]
        invoices_per_customer: usize,
        /// How many statements to produce.
        #[arg(long, default_value_t = 1_000)]
        statements: usize,
    },
    /// The support queue with its countdowns, and every request's due times after a
    /// plan's hours change, on a book of years of requests.
    Support {
        #[arg(long, default_value_t = 10_000)]
        customers: usize,
        #[arg(long, default_value_t = 200_000)]
        requests: usize,
        /// Of the requests, how many are still open (the most recent).
        #[arg(long, default_value_t = 5_000)]
        open: usize,
    },
    /// The collection policy evaluated on a book with years of history.
    Collections {
        #[arg(long, default_value_t = 10_000)]
        customers: usize,
        #[arg(long, default_value_t = 60)]
        invoices_per_customer: usize,
    },
    /// A CAMT.053 statement matched against the book: read and proposed, recorded,
    /// confirmed, and imported again.
    Bank {
        #[arg(long, default_value_t = 10_000)]
        customers: usize,
        #[arg(long, default_value_t = 12)]
        invoices_per_customer: usize,
        #[arg(long, default_value_t = 20_000)]
        lines: usize,
    },
    /// The journal page over a large audit log, filtered by person, customer, kind and
    /// dates.
    Audit {
        #[arg(long, default_value_t = 1_000_000)]
        entries: u64,
        #[arg(long, default_value_t = 500)]
        customers: usize,
    },
    /// A generated invoice reconciliation file imported into a new book, durably, and the
    /// same file loaded by pandas (read_csv + to_sql) for comparison.
    PartnerCenter {
        #[arg(long, default_value_t = 1_000_000)]
        rows: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// An existing file to import instead of a generated one.
        #[arg(long)]
        file: Option<std::path::PathBuf>,
        /// The Python with pandas installed.
        #[arg(long, default_value = "python3")]
        python: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum InvoicesCmd {
    /// List invoices and credit notes.
    List {
        /// draft, unpaid, partly_paid, paid, overdue or credited.
        #[arg(long)]
        state: Option<String>,
        /// Customer id, tenant id or exact name.
        #[arg(long)]
        customer: Option<String>,
        /// YYYY-MM.
        #[arg(long)]
        period: Option<String>,
    },
    /// One invoice with its lines, VAT, payments and credit notes.
    Show { invoice: String },
    /// Issue drafts (by number-less id).
    Issue { ids: Vec<i64> },
    /// Write an invoice's PDF, or a billing period's issued invoices.
    ///
    /// One invoice to the file --out; with --period, every issued invoice of that month
    /// into the folder --out, and with --combined all of them in one PDF to print.
    Pdf {
        #[arg(required_unless_present = "period", conflicts_with = "period")]
        invoice: Option<String>,
        /// YYYY-MM: every issued invoice of that billing period.
        #[arg(long)]
        period: Option<String>,
        #[arg(long)]
        out: std::path::PathBuf,
        /// With --period: also this one file of them all, to print.
        #[arg(long, requires = "period")]
        combined: Option<std::path::PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PaymentsCmd {
    /// Record a payment; allocated oldest invoice first unless --allocate is given.
    Add(Box<PaymentArgs>),
    /// Allocate what a payment has left to invoices.
    Allocate {
        payment: i64,
        /// INVOICE=AMOUNT, for example F2026-00042=120.50 (repeatable).
        #[arg(long = "to", required = true)]
        to: Vec<String>,
    },
    /// List payments.
    List {
        #[arg(long)]
        customer: Option<String>,
    },
    /// Reverse a payment recorded by mistake: its invoices are open again.
    Reverse {
        payment: i64,
        /// Why (printed on the customer's statement).
        #[arg(long)]
        reason: String,
        /// YYYY-MM-DD; default: today.
        #[arg(long)]
        date: Option<String>,
    },
    /// Pay back part or all of a customer's credit.
    Refund(Box<RefundArgs>),
}

#[derive(Debug, Args)]
pub struct RefundArgs {
    /// Customer id, tenant id or exact name.
    #[arg(long)]
    pub customer: String,
    #[arg(long)]
    pub amount: String,
    /// Default: the customer's currency.
    #[arg(long)]
    pub currency: Option<String>,
    /// YYYY-MM-DD; default: today.
    #[arg(long)]
    pub date: Option<String>,
    /// transfer, card, direct_debit, cheque or cash.
    #[arg(long, default_value = "transfer")]
    pub method: String,
    #[arg(long, default_value = "")]
    pub reference: String,
}

#[derive(Debug, Args)]
pub struct PaymentArgs {
    /// Customer id, tenant id or exact name.
    #[arg(long)]
    pub customer: String,
    #[arg(long)]
    pub amount: String,
    /// Default: the customer's currency.
    #[arg(long)]
    pub currency: Option<String>,
    /// YYYY-MM-DD; default: today.
    #[arg(long)]
    pub date: Option<String>,
    /// transfer, card, direct_debit, cheque or cash.
    #[arg(long, default_value = "transfer")]
    pub method: String,
    #[arg(long, default_value = "")]
    pub reference: String,
    /// INVOICE=AMOUNT (repeatable); without it, oldest invoice first.
    #[arg(long = "allocate")]
    pub allocate: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum CustomersCmd {
    /// List customers, optionally only those whose name, city, VAT, domain or tenant
    /// holds every word of TEXT (accents and case aside, as in the window).
    List {
        #[arg(long)]
        search: Option<String>,
    },
    /// One customer with contacts and subscriptions (by id, tenant id, reference or name;
    /// a name's accents and case do not matter).
    Show { customer: String },
    /// Add a customer.
    Add(Box<CustomerArgs>),
}

#[derive(Debug, Args)]
pub struct CustomerArgs {
    #[arg(long)]
    pub name: String,
    /// ISO country code (FR, BE, GB...).
    #[arg(long, default_value = "FR")]
    pub country: String,
    #[arg(long, default_value = "")]
    pub vat: String,
    #[arg(long, default_value = "")]
    pub address: String,
    #[arg(long, default_value = "")]
    pub address2: String,
    #[arg(long, default_value = "")]
    pub postal_code: String,
    #[arg(long, default_value = "")]
    pub city: String,
    /// Language of the customer's documents: fr or en.
    #[arg(long, default_value = "fr")]
    pub language: String,
    #[arg(long, default_value = "EUR")]
    pub currency: String,
    /// Payment terms in days.
    #[arg(long, default_value = "30")]
    pub terms: String,
    /// Microsoft Entra tenant id (GUID).
    #[arg(long, default_value = "")]
    pub tenant_id: String,
    #[arg(long, default_value = "")]
    pub domain: String,
    #[arg(long, default_value = "")]
    pub support_plan: String,
    #[arg(long, default_value = "")]
    pub notes: String,
    /// What the customer quotes on its transfers (by default C-00042, its number).
    #[arg(long, default_value = "")]
    pub reference: String,
    /// Create it even when a customer of the same name (accents, case, punctuation and
    /// legal form aside) or VAT number is already in the book.
    #[arg(long)]
    pub allow_duplicate: bool,
}

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCmd {
    /// List subscriptions, of one customer or all.
    List {
        #[arg(long)]
        customer: Option<String>,
    },
    /// Add a subscription to a customer.
    Add(Box<SubscriptionArgs>),
}

#[derive(Debug, Args)]
pub struct SubscriptionArgs {
    /// Customer id, tenant id, reference or name.
    #[arg(long)]
    pub customer: String,
    /// Product id in this book, Microsoft ProductId or SkuId, or name.
    #[arg(long)]
    pub product: String,
    #[arg(long)]
    pub quantity: String,
    /// monthly, annual or triennial.
    #[arg(long, default_value = "monthly")]
    pub term: String,
    /// monthly, annual, triennial or one_time.
    #[arg(long, default_value = "monthly")]
    pub billing: String,
    /// YYYY-MM-DD; default: today.
    #[arg(long)]
    pub start: Option<String>,
    /// YYYY-MM-DD; default: the end of the first term.
    #[arg(long, default_value = "")]
    pub renewal: String,
    #[arg(long)]
    pub no_auto_renew: bool,
    /// Partner Center subscription id (GUID).
    #[arg(long, default_value = "")]
    pub pc_id: String,
}

#[derive(Debug, Subcommand)]
pub enum ProductsCmd {
    /// List products with today's prices.
    List,
}
