//! What crosses to the UI and out of the CLI's `--json`: plain data, with TypeScript
//! declarations generated from these very types (see `typescript.rs`).
//!
//! Money travels as a decimal string with its currency, never a JS number, so no cent
//! is lost to floating point on the way to the screen.

use ardoise_domain::customer::{ContactRole, CustomerStatus};
use ardoise_domain::money::Money;
use ardoise_domain::subscription::{BillingFrequency, SubscriptionStatus, Term};
use ardoise_domain::Lang;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MoneyView {
    /// A decimal string: "1234.56".
    pub amount: String,
    pub currency: String,
}

impl From<Money> for MoneyView {
    fn from(m: Money) -> Self {
        MoneyView {
            amount: m.amount.normalize().to_string(),
            currency: m.currency.code().to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    /// Where the book lives on disk.
    pub book_path: String,
    pub schema_version: i64,
    /// The business date, YYYY-MM-DD.
    pub today: String,
    /// The language chosen in settings, if any; otherwise the UI follows the system.
    pub language: Option<Lang>,
    pub staff_name: String,
    pub partner_configured: bool,
    pub customers: i64,
    /// A book made as a demo: its date may be moved, and the window says so.
    pub demo: bool,
    /// The date `ARDOISE_TODAY` asked for and this real book did not follow.
    pub ignored_date: Option<String>,
    /// Set when the book opened for reading only: why, as a sentence to show.
    pub read_only: Option<ReadOnlyView>,
}

/// Why a book cannot be written, for the window's banner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ReadOnlyView {
    /// `file`, `folder` or `corrupt`.
    pub reason: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CustomerRow {
    pub id: i64,
    pub legal_name: String,
    pub country: String,
    pub city: String,
    pub vat_number: Option<String>,
    pub currency: String,
    pub language: Lang,
    pub status: CustomerStatus,
    pub domain: Option<String>,
    pub tenant_id: Option<String>,
    pub active_subscriptions: i64,
    pub seats: i64,
    /// Subscriptions suspended for non-payment: shown wherever the customer is listed.
    pub suspended_subscriptions: i64,
    /// What the customer owes today in its currency (invoices less credit notes less
    /// payments; negative when it holds a credit), and the part of it past due.
    pub balance: MoneyView,
    pub overdue: MoneyView,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ContactView {
    pub id: i64,
    pub role: ContactRole,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SubscriptionView {
    pub id: i64,
    pub customer_id: i64,
    pub customer_name: String,
    pub product_id: i64,
    pub product_name: String,
    pub ms_product_id: String,
    pub quantity: u32,
    pub term: Term,
    pub billing_frequency: BillingFrequency,
    pub start_date: String,
    pub renewal_date: String,
    pub auto_renew: bool,
    pub status: SubscriptionStatus,
    pub pc_subscription_id: Option<String>,
    /// Resale price per unit and month in force today, in the customer's currency.
    pub unit_price: Option<MoneyView>,
    /// quantity × unit price, rounded: what one month of this subscription bills.
    pub monthly_amount: Option<MoneyView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CustomerView {
    pub id: i64,
    pub legal_name: String,
    pub vat_number: Option<String>,
    pub address_line1: String,
    pub address_line2: Option<String>,
    pub postal_code: String,
    pub city: String,
    pub country: String,
    pub language: Lang,
    pub currency: String,
    pub payment_terms_days: u32,
    pub tenant_id: Option<String>,
    pub domain: Option<String>,
    pub support_plan: Option<String>,
    pub status: CustomerStatus,
    pub notes: Option<String>,
    pub contacts: Vec<ContactView>,
    pub subscriptions: Vec<SubscriptionView>,
    /// Sum of the active subscriptions' monthly amounts.
    pub monthly_total: MoneyView,
    /// The same customer as its edit form holds it.
    pub form: ardoise_domain::customer::CustomerForm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PriceView {
    pub currency: String,
    pub effective_from: String,
    pub partner_cost: String,
    pub resale_price: String,
    /// (resale − cost) / resale, in percent with one decimal; None when resale is 0.
    pub margin_percent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProductRow {
    pub id: i64,
    pub ms_product_id: String,
    pub ms_sku_id: String,
    pub name: String,
    pub unit: String,
    /// Prices in force today, one per currency.
    pub prices: Vec<PriceView>,
    pub active_seats: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProductView {
    pub id: i64,
    pub ms_product_id: String,
    pub ms_sku_id: String,
    pub name: String,
    pub unit: String,
    /// Every price, oldest first.
    pub price_history: Vec<PriceView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct PartnerView {
    /// False until the partner has saved its profile once.
    pub configured: bool,
    pub form: ardoise_domain::partner::PartnerForm,
    /// The logo printed on documents, as PNG in base64.
    pub logo_png_base64: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Created {
    pub id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DemoSummary {
    pub customers: i64,
    pub products: i64,
    pub subscriptions: i64,
}

/// Whether a book is open, for the desktop's first screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct BookState {
    pub open: bool,
    pub path: String,
    /// The operating system's language: what the window speaks until the user picks one.
    pub system_language: Lang,
    /// Why the book could not be opened (a newer version's book, a damaged file).
    pub error: Option<crate::ErrorView>,
    /// The language chosen in the book: the sign-in screen speaks it before anyone is
    /// signed in to read the book's settings.
    pub language: Option<Lang>,
    /// Debug builds only, from `ARDOISE_IDLE_SECONDS`: the idle time before the window
    /// locks, in place of the book's minutes, so an end-to-end test does not wait minutes.
    pub idle_seconds: Option<u32>,
}

/// One thing `check` found wrong with the book, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Finding {
    /// What kind of invariant is broken: integrity, foreign_key, numbering, totals,
    /// over_allocation, period_billed_twice, settlement_index, file_hash, chain.
    pub code: String,
    /// What it concerns: a document number, a payment, a log row, a file's path.
    pub subject: String,
    pub fr: String,
    pub en: String,
}

impl Finding {
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }
}

/// One of the hash-chained logs, as walked by `check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ChainView {
    /// audit_log, communications or files_written.
    pub log: String,
    pub rows: i64,
    /// The last row's hash: noted down, it proves later that the log was not rewritten.
    pub head: Option<String>,
}

/// What `check` verified, and what it found. Sound when `findings` is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CheckReport {
    pub findings: Vec<Finding>,
    /// Issued invoices and credit notes whose numbering and totals were verified.
    pub documents_checked: i64,
    /// Logged files present on disk whose SHA-256 was compared.
    pub files_checked: i64,
    /// Logged files no longer where they were written (moved or deleted): not a fault.
    pub files_missing: i64,
    pub chains: Vec<ChainView>,
}

/// The billing frequencies a term allows, from the domain's rule, for the subscription
/// form to offer only those.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct TermFrequencies {
    pub term: Term,
    pub frequencies: Vec<BillingFrequency>,
}

impl TermFrequencies {
    /// Every term, each with what it allows.
    pub fn all() -> Vec<TermFrequencies> {
        Term::ALL
            .iter()
            .map(|&term| TermFrequencies {
                term,
                frequencies: BillingFrequency::ALL
                    .iter()
                    .copied()
                    .filter(|f| term.allows(*f))
                    .collect(),
            })
            .collect()
    }
}

/// The window's commands on the book, customers, products and the partner (see
/// [`crate::window`] for the form of a declaration).
#[macro_export]
macro_rules! book_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            app_info() -> AppInfo = |b, s, w| b.info(s, w.lang);
            /// `null` goes back to following the system's language.
            set_language(language: Option<Lang>) -> () = |b, s, _| b.set_language(s, language);
            /// Every rule of the book verified; nothing is changed.
            book_check() -> CheckReport = |b, s, _| b.check(s);
            customers_list() -> Vec<CustomerRow> = |b, s, _| b.customers(s);
            customer_get(id: i64) -> CustomerView = |b, s, _| b.customer(s, id);
            customer_create(form: CustomerForm) -> Created =
                |b, s, _| b.create_customer(s, &form).map(|id| Created { id });
            customer_update(id: i64, form: CustomerForm) -> () =
                |b, s, _| b.update_customer(s, id, &form);
            contact_add(customer_id: i64, form: ContactForm) -> Created =
                |b, s, _| b.add_contact(s, customer_id, &form).map(|id| Created { id });
            contact_update(id: i64, form: ContactForm) -> () =
                |b, s, _| b.update_contact(s, id, &form);
            contact_delete(id: i64) -> () = |b, s, _| b.delete_contact(s, id);
            /// The billing frequencies each term allows.
            term_frequencies() -> Vec<TermFrequencies> = |_, _, _| Ok(TermFrequencies::all());
            subscription_form(id: i64) -> SubscriptionForm = |b, s, _| b.subscription_form(s, id);
            subscription_add(customer_id: i64, form: SubscriptionForm) -> Created =
                |b, s, _| b.add_subscription(s, customer_id, &form).map(|id| Created { id });
            subscription_update(id: i64, form: SubscriptionForm, quantity_effective: Option<String>) -> () =
                |b, s, _| b.update_subscription(s, id, &form, quantity_effective.as_deref());
            products_list() -> Vec<ProductRow> = |b, s, _| b.products(s);
            product_get(id: i64) -> ProductView = |b, s, _| b.product(s, id);
            product_add(form: ProductForm, price: PriceForm) -> Created =
                |b, s, _| b.add_product(s, &form, &price).map(|id| Created { id });
            price_add(product_id: i64, form: PriceForm) -> () =
                |b, s, _| b.add_price(s, product_id, &form);
            partner_get() -> PartnerView = |b, s, _| b.partner(s);
            partner_save(form: PartnerForm) -> () = |b, s, _| b.save_partner(s, &form);
            /// PNG bytes as base64 (a file the user picked in the window), or null to remove the logo.
            partner_logo_set(png_base64: Option<String>) -> () =
                |b, s, _| b.set_partner_logo_base64(s, png_base64.as_deref());
        }
        shell {
            /// Whether the book is open, where it is, and why it could not be opened.
            book_state() -> BookState;
            /// Creates the book (with the demo's data when `demo`) and opens it.
            book_create(demo: bool) -> AppInfo;
        }
    ] $($next)* } };
}
