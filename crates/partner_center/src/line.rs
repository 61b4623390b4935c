//! One line of a reconciliation file, typed, whatever kind of file it came from.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::charge::{ChargeType, Frequency, Term};

/// A line as Microsoft billed it. Amounts keep every decimal the file gives and are in
/// `currency` (the billing currency); nothing is rounded on reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// The file's line (the header is line 1).
    pub line: u64,
    /// The customer's tenant (Microsoft Entra id).
    pub customer_id: String,
    pub customer_name: String,
    pub customer_domain: Option<String>,
    /// ISO 3166 two-letter code as Microsoft writes it.
    pub customer_country: Option<String>,
    pub invoice_number: Option<String>,
    pub mpn_id: Option<String>,
    pub reseller_mpn_id: Option<String>,
    pub order_id: Option<String>,
    pub order_date: Option<NaiveDate>,
    /// Partner Center's subscription id (legacy: SyndicationPartnerSubscriptionNumber).
    pub subscription_id: String,
    pub subscription_description: Option<String>,
    /// New commerce's ProductId; the legacy file's DurableOfferId (or OfferId).
    pub product_id: String,
    pub sku_id: Option<String>,
    pub availability_id: Option<String>,
    /// The SKU's name (legacy: OfferName); the product's name when the file has no SKU name.
    pub sku_name: String,
    pub product_name: Option<String>,
    pub charge_type: ChargeType,
    /// The price list's price per unit, in the pricing currency.
    pub unit_price: Decimal,
    /// The price per unit after adjustments and proration (up to twenty decimals).
    pub effective_unit_price: Option<Decimal>,
    pub quantity: Decimal,
    /// What the line bills; Microsoft reconciles on it rather than on `quantity`.
    pub billable_quantity: Option<Decimal>,
    /// The cost before tax (Subtotal; daily usage: BillingPreTaxTotal; legacy: Subtotal,
    /// else Amount).
    pub subtotal: Decimal,
    pub tax_total: Option<Decimal>,
    pub total: Option<Decimal>,
    /// Legacy license-based discounts (TotalOtherDiscount).
    pub other_discount: Option<Decimal>,
    /// ISO 4217 billing currency.
    pub currency: String,
    pub pricing_currency: Option<String>,
    /// From the pricing currency to the billing currency.
    pub exchange_rate: Option<Decimal>,
    pub charge_start: Option<NaiveDate>,
    pub charge_end: Option<NaiveDate>,
    pub subscription_start: Option<NaiveDate>,
    pub subscription_end: Option<NaiveDate>,
    pub term: Option<Term>,
    pub frequency: Option<Frequency>,
    /// TermAndBillingCycle as written, for what the enums do not say.
    pub term_and_billing_cycle: Option<String>,
    pub unit_type: Option<String>,
    /// A metered line's meter (daily rated usage; MeterDescription in the invoice file).
    pub meter: Option<Meter>,
    /// Shared by the refund line and the charge line of one seat change.
    pub reference_id: Option<String>,
    /// Partner earned credit, percent (daily rated usage).
    pub pec_percentage: Option<Decimal>,
}

/// What a usage line measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meter {
    pub id: Option<String>,
    pub name: Option<String>,
    pub category: Option<String>,
    pub description: Option<String>,
}

impl Line {
    /// The quantity Microsoft bills: BillableQuantity, else Quantity.
    pub fn billed_quantity(&self) -> Decimal {
        self.billable_quantity.unwrap_or(self.quantity)
    }

    /// A refund (or credit) rather than a charge.
    pub fn is_refund(&self) -> bool {
        self.subtotal.is_sign_negative() && !self.subtotal.is_zero()
    }
}
