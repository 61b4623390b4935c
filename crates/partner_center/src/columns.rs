//! Which file a header belongs to, and where each field is in it.
//!
//! Microsoft names its columns in English whatever the partner's language, but not always
//! the same way: the reseller's id is `ResellerMpnId` in the new-commerce files and
//! `Tier2MpnId` in the daily rated usage, spreadsheets add spaces (`Charge Type`), the
//! legacy file calls the cost `Amount`. Columns are found by name in any order, compared
//! without case, spaces, underscores or hyphens; columns nobody reads are ignored.

use serde::{Deserialize, Serialize};

/// The kind of reconciliation file, recognised from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// New-commerce invoice reconciliation (billed one-time and recurring).
    NewCommerceInvoice,
    /// New-commerce daily rated usage (Azure plan and metered products).
    DailyRatedUsage,
    /// The legacy license-based file (Office and Dynamics before new commerce).
    LegacyLicenseBased,
}

impl FileKind {
    pub const ALL: [FileKind; 3] = [
        FileKind::NewCommerceInvoice,
        FileKind::DailyRatedUsage,
        FileKind::LegacyLicenseBased,
    ];

    pub fn code(self) -> &'static str {
        match self {
            FileKind::NewCommerceInvoice => "new_commerce_invoice",
            FileKind::DailyRatedUsage => "daily_rated_usage",
            FileKind::LegacyLicenseBased => "legacy_license_based",
        }
    }

    /// Column names only this kind of file has: the header is the kind with most of them.
    fn distinctive(self) -> &'static [&'static str] {
        match self {
            FileKind::NewCommerceInvoice => &[
                "TermAndBillingCycle",
                "Subtotal",
                "ReferenceId",
                "BillingFrequency",
                "SubscriptionStartDate",
                "PriceAdjustmentDescription",
                "CreditReasonCode",
                "ProductQualifiers",
                "AlternateId",
            ],
            FileKind::DailyRatedUsage => &[
                "UsageDate",
                "MeterId",
                "MeterName",
                "MeterCategory",
                "MeterRegion",
                "EntitlementId",
                "BillingPreTaxTotal",
                "PricingPreTaxTotal",
                "PartnerEarnedCreditPercentage",
                "ResourceUri",
            ],
            FileKind::LegacyLicenseBased => &[
                "DurableOfferId",
                "OfferId",
                "OfferName",
                "Amount",
                "TotalOtherDiscount",
                "TotalForCustomer",
                "BillingCycleType",
                "SyndicationPartnerSubscriptionNumber",
            ],
        }
    }
}

/// A field of a line, whatever the column is called in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Field {
    CustomerId,
    CustomerName,
    CustomerDomain,
    CustomerCountry,
    InvoiceNumber,
    MpnId,
    ResellerMpnId,
    OrderId,
    OrderDate,
    ProductId,
    SkuId,
    AvailabilityId,
    SkuName,
    ProductName,
    ChargeType,
    UnitPrice,
    EffectiveUnitPrice,
    Quantity,
    BillableQuantity,
    Subtotal,
    TaxTotal,
    Total,
    Currency,
    PricingCurrency,
    ExchangeRate,
    SubscriptionId,
    SubscriptionDescription,
    ChargeStart,
    ChargeEnd,
    SubscriptionStart,
    SubscriptionEnd,
    TermAndBillingCycle,
    BillingFrequency,
    UnitType,
    MeterId,
    MeterName,
    MeterCategory,
    MeterDescription,
    ReferenceId,
    PecPercentage,
    OtherDiscount,
}

use Field::*;

/// The names a field goes by in a kind of file, the preferred first.
fn names(kind: FileKind, field: Field) -> &'static [&'static str] {
    use FileKind::*;
    match (kind, field) {
        (_, CustomerId) => &["CustomerId", "CustomerTenantId"],
        (_, CustomerName) => &["CustomerName", "CustomerCompanyName"],
        (_, CustomerDomain) => &["CustomerDomainName", "DomainName"],
        (_, CustomerCountry) => &["CustomerCountry"],
        (_, InvoiceNumber) => &["InvoiceNumber"],
        (_, MpnId) => &["MpnId", "PartnerMpnId"],
        (_, ResellerMpnId) => &["ResellerMpnId", "Tier2MpnId"],
        (_, OrderId) => &["OrderId"],
        (_, OrderDate) => &["OrderDate"],
        (LegacyLicenseBased, ProductId) => &["DurableOfferId", "OfferId"],
        (_, ProductId) => &["ProductId"],
        (_, SkuId) => &["SkuId"],
        (_, AvailabilityId) => &["AvailabilityId"],
        (LegacyLicenseBased, SkuName) => &["OfferName", "SkuName"],
        (_, SkuName) => &["SkuName"],
        (_, ProductName) => &["ProductName"],
        (_, ChargeType) => &["ChargeType"],
        (_, UnitPrice) => &["UnitPrice"],
        (_, EffectiveUnitPrice) => &["EffectiveUnitPrice"],
        (_, Quantity) => &["Quantity"],
        (_, BillableQuantity) => &["BillableQuantity"],
        (DailyRatedUsage, Subtotal) => &["BillingPreTaxTotal"],
        (LegacyLicenseBased, Subtotal) => &["Subtotal", "Amount"],
        (_, Subtotal) => &["Subtotal"],
        (LegacyLicenseBased, TaxTotal) => &["Tax"],
        (_, TaxTotal) => &["TaxTotal"],
        (LegacyLicenseBased, Total) => &["TotalForCustomer"],
        (DailyRatedUsage, Total) => &[],
        (_, Total) => &["Total"],
        (DailyRatedUsage, Currency) => &["BillingCurrency", "Currency"],
        (_, Currency) => &["Currency"],
        (_, PricingCurrency) => &["PricingCurrency"],
        (_, ExchangeRate) => &["PCToBCExchangeRate"],
        (LegacyLicenseBased, SubscriptionId) => &["SyndicationPartnerSubscriptionNumber"],
        (_, SubscriptionId) => &["SubscriptionId"],
        (_, SubscriptionDescription) => &["SubscriptionDescription", "SubscriptionName"],
        (DailyRatedUsage, ChargeStart) => &["UsageDate"],
        (DailyRatedUsage, ChargeEnd) => &["UsageDate"],
        (_, ChargeStart) => &["ChargeStartDate"],
        (_, ChargeEnd) => &["ChargeEndDate"],
        (_, SubscriptionStart) => &["SubscriptionStartDate"],
        (_, SubscriptionEnd) => &["SubscriptionEndDate"],
        (_, TermAndBillingCycle) => &["TermAndBillingCycle"],
        (LegacyLicenseBased, BillingFrequency) => &["BillingCycleType"],
        (_, BillingFrequency) => &["BillingFrequency"],
        (_, UnitType) => &["UnitType", "Unit"],
        (_, MeterId) => &["MeterId"],
        (_, MeterName) => &["MeterName"],
        (_, MeterCategory) => &["MeterCategory"],
        (_, MeterDescription) => &["MeterDescription"],
        (_, ReferenceId) => &["ReferenceId"],
        (_, PecPercentage) => &["PartnerEarnedCreditPercentage"],
        (_, OtherDiscount) => &["TotalOtherDiscount"],
    }
}

/// The fields a line of each kind cannot do without.
fn required(kind: FileKind) -> &'static [Field] {
    match kind {
        FileKind::NewCommerceInvoice => &[
            CustomerId,
            CustomerName,
            SubscriptionId,
            ProductId,
            SkuId,
            SkuName,
            ChargeType,
            UnitPrice,
            EffectiveUnitPrice,
            Quantity,
            BillableQuantity,
            Subtotal,
            Currency,
            ChargeStart,
            ChargeEnd,
        ],
        FileKind::DailyRatedUsage => &[
            CustomerId,
            CustomerName,
            SubscriptionId,
            ProductId,
            SkuId,
            ChargeType,
            UnitPrice,
            EffectiveUnitPrice,
            Quantity,
            Subtotal,
            Currency,
            ChargeStart,
        ],
        FileKind::LegacyLicenseBased => &[
            CustomerId,
            CustomerName,
            SubscriptionId,
            ProductId,
            SkuName,
            ChargeType,
            UnitPrice,
            Quantity,
            Subtotal,
            Currency,
            ChargeStart,
            ChargeEnd,
        ],
    }
}

const ALL_FIELDS: [Field; 41] = [
    CustomerId,
    CustomerName,
    CustomerDomain,
    CustomerCountry,
    InvoiceNumber,
    MpnId,
    ResellerMpnId,
    OrderId,
    OrderDate,
    ProductId,
    SkuId,
    AvailabilityId,
    SkuName,
    ProductName,
    ChargeType,
    UnitPrice,
    EffectiveUnitPrice,
    Quantity,
    BillableQuantity,
    Subtotal,
    TaxTotal,
    Total,
    Currency,
    PricingCurrency,
    ExchangeRate,
    SubscriptionId,
    SubscriptionDescription,
    ChargeStart,
    ChargeEnd,
    SubscriptionStart,
    SubscriptionEnd,
    TermAndBillingCycle,
    BillingFrequency,
    UnitType,
    MeterId,
    MeterName,
    MeterCategory,
    MeterDescription,
    ReferenceId,
    PecPercentage,
    OtherDiscount,
];

/// A column title as compared: no byte-order mark, quotes, case, spaces, `_` or `-`.
pub(crate) fn fold(title: &str) -> String {
    title
        .chars()
        .filter(|c| !matches!(c, '\u{feff}' | '"' | '_' | '-') && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A header understood: the file's kind and the column of each field it has.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub kind: FileKind,
    /// The titles as the file writes them, to name a column in an error.
    pub titles: Vec<String>,
    columns: [Option<usize>; ALL_FIELDS.len()],
}

/// Why a header is not understood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HeaderProblem {
    /// No kind of Partner Center file has these columns.
    Foreign,
    /// The kind is clear but columns it needs are not there (their names, preferred).
    Missing(FileKind, Vec<&'static str>),
}

impl Layout {
    pub fn of(titles: Vec<String>) -> Result<Layout, HeaderProblem> {
        let folded: Vec<String> = titles.iter().map(|t| fold(t)).collect();
        let has = |name: &str| folded.iter().any(|f| *f == fold(name));
        let score = |kind: FileKind| kind.distinctive().iter().filter(|n| has(n)).count();
        // Ties go to the order of ALL: the new-commerce invoice file is the usual one.
        let kind = FileKind::ALL
            .into_iter()
            .fold((None, 0), |(best, top), kind| match score(kind) {
                s if s > top => (Some(kind), s),
                _ => (best, top),
            })
            .0
            .ok_or(HeaderProblem::Foreign)?;
        let mut columns = [None; ALL_FIELDS.len()];
        for (slot, field) in columns.iter_mut().zip(ALL_FIELDS) {
            *slot = names(kind, field)
                .iter()
                .find_map(|n| folded.iter().position(|f| *f == fold(n)));
        }
        let layout = Layout {
            kind,
            titles,
            columns,
        };
        let missing: Vec<&'static str> = required(kind)
            .iter()
            .filter(|f| layout.column(**f).is_none())
            .map(|f| names(kind, *f)[0])
            .collect();
        if missing.is_empty() {
            Ok(layout)
        } else {
            Err(HeaderProblem::Missing(kind, missing))
        }
    }

    pub fn column(&self, field: Field) -> Option<usize> {
        // ALL_FIELDS lists the fields in their declaration order (a test holds it).
        self.columns[field as usize]
    }

    /// The title of a field's column as the file writes it (or its usual name).
    pub fn title(&self, field: Field) -> String {
        self.column(field)
            .and_then(|c| self.titles.get(c))
            .map(|t| t.trim_start_matches('\u{feff}').trim().to_string())
            .unwrap_or_else(|| names(self.kind, field).first().unwrap_or(&"").to_string())
    }
}

/// What a file of each kind must have, to say so when a file is of no kind.
pub(crate) fn expected_columns() -> &'static str {
    "CustomerId, SubscriptionId, ChargeType, Subtotal / BillingPreTaxTotal / Amount"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(s: &str) -> Vec<String> {
        s.split(',').map(str::to_string).collect()
    }

    #[test]
    fn every_field_is_listed_once() {
        let mut seen = ALL_FIELDS.to_vec();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), ALL_FIELDS.len());
        for (i, field) in ALL_FIELDS.iter().enumerate() {
            assert_eq!(*field as usize, i, "{field:?}");
        }
    }

    #[test]
    fn titles_are_compared_without_case_spaces_or_byte_order_mark() {
        assert_eq!(fold("\u{feff}Charge Type"), "chargetype");
        assert_eq!(fold("RESELLER_MPN_ID"), "resellermpnid");
    }

    #[test]
    fn a_bank_statement_is_of_no_kind() {
        let r = Layout::of(titles("Date,Libellé,Débit,Crédit,Solde"));
        assert_eq!(r.unwrap_err(), HeaderProblem::Foreign);
    }

    #[test]
    fn the_reseller_goes_by_either_name() {
        let base = "CustomerId,CustomerName,SubscriptionId,ProductId,SkuId,SkuName,ChargeType,\
                    UnitPrice,EffectiveUnitPrice,Quantity,BillableQuantity,Subtotal,Currency,\
                    ChargeStartDate,ChargeEndDate,TermAndBillingCycle";
        for name in ["ResellerMpnId", "Tier2MpnId", "Reseller MPN Id"] {
            let l = Layout::of(titles(&format!("{base},{name}"))).unwrap();
            assert_eq!(l.kind, FileKind::NewCommerceInvoice);
            assert_eq!(l.column(ResellerMpnId), Some(16));
        }
    }
}
