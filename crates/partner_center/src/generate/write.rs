//! Lines written as Microsoft's files write them (its columns, in its order), or as a
//! spreadsheet in a French locale saves them again.

use std::borrow::Cow;
use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::events::frequency_text;
use crate::charge::{ChargeType, Frequency};
use crate::columns::FileKind;
use crate::line::Line;

const NEW_COMMERCE: &[&str] = &[
    "PartnerId",
    "CustomerId",
    "CustomerName",
    "CustomerDomainName",
    "CustomerCountry",
    "InvoiceNumber",
    "MpnId",
    "ResellerMpnId",
    "OrderId",
    "OrderDate",
    "ProductId",
    "SkuId",
    "AvailabilityId",
    "SkuName",
    "ProductName",
    "ChargeType",
    "UnitPrice",
    "Quantity",
    "Subtotal",
    "TaxTotal",
    "Total",
    "Currency",
    "PriceAdjustmentDescription",
    "PublisherName",
    "PublisherId",
    "SubscriptionDescription",
    "SubscriptionId",
    "ChargeStartDate",
    "ChargeEndDate",
    "TermAndBillingCycle",
    "EffectiveUnitPrice",
    "UnitType",
    "AlternateId",
    "BillableQuantity",
    "BillingFrequency",
    "PricingCurrency",
    "PCToBCExchangeRate",
    "PCToBCExchangeRateDate",
    "MeterDescription",
    "ReservationOrderId",
    "CreditReasonCode",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
    "ReferenceId",
    "ProductQualifiers",
    "PromotionId",
    "ProductCategory",
];

const DAILY: &[&str] = &[
    "PartnerId",
    "PartnerName",
    "CustomerId",
    "CustomerName",
    "CustomerDomainName",
    "CustomerCountry",
    "MpnId",
    "Tier2MpnId",
    "InvoiceNumber",
    "ProductId",
    "SkuId",
    "AvailabilityId",
    "SkuName",
    "ProductName",
    "PublisherName",
    "PublisherId",
    "SubscriptionDescription",
    "SubscriptionId",
    "ChargeStartDate",
    "ChargeEndDate",
    "UsageDate",
    "MeterType",
    "MeterCategory",
    "MeterId",
    "MeterSubCategory",
    "MeterName",
    "MeterRegion",
    "Unit",
    "ResourceLocation",
    "ConsumedService",
    "ResourceGroup",
    "ResourceURI",
    "ChargeType",
    "UnitPrice",
    "Quantity",
    "UnitType",
    "BillingPreTaxTotal",
    "BillingCurrency",
    "PricingPreTaxTotal",
    "PricingCurrency",
    "ServiceInfo1",
    "ServiceInfo2",
    "Tags",
    "AdditionalInfo",
    "EffectiveUnitPrice",
    "PCToBCExchangeRate",
    "PCToBCExchangeRateDate",
    "EntitlementId",
    "EntitlementDescription",
    "PartnerEarnedCreditPercentage",
    "CreditPercentage",
    "CreditType",
    "BenefitOrderId",
    "BenefitId",
    "BenefitType",
];

const LEGACY: &[&str] = &[
    "PartnerId",
    "CustomerId",
    "CustomerName",
    "MpnId",
    "ResellerMpnId",
    "OrderId",
    "SubscriptionId",
    "SyndicationPartnerSubscriptionNumber",
    "OfferId",
    "DurableOfferId",
    "OfferName",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
    "ChargeStartDate",
    "ChargeEndDate",
    "ChargeType",
    "UnitPrice",
    "Quantity",
    "Amount",
    "TotalOtherDiscount",
    "Subtotal",
    "Tax",
    "TotalForCustomer",
    "Currency",
    "DomainName",
    "SubscriptionName",
    "SubscriptionDescription",
    "BillingCycleType",
    "InvoiceNumber",
];

const PARTNER: &str = "3c5e1f2a-7d4b-4e8a-9c21-0b6f4d8e2a17";
const MICROSOFT: &str = "Microsoft Corporation";

pub(super) struct Writer {
    kind: FileKind,
    french: bool,
    columns: &'static [&'static str],
    row: String,
}

impl Writer {
    pub fn new(kind: FileKind, french: bool) -> Writer {
        let columns = match kind {
            FileKind::NewCommerceInvoice => NEW_COMMERCE,
            FileKind::DailyRatedUsage => DAILY,
            FileKind::LegacyLicenseBased => LEGACY,
        };
        Writer {
            kind,
            french,
            columns,
            row: String::with_capacity(1024),
        }
    }

    pub fn header(&mut self, out: &mut impl Write) -> io::Result<()> {
        if !self.french {
            out.write_all(b"\xEF\xBB\xBF")?;
        }
        self.row.clear();
        let columns = self.columns;
        for (i, title) in columns.iter().enumerate() {
            self.push(i, title);
        }
        self.end(out)
    }

    pub fn line(&mut self, out: &mut impl Write, line: &Line) -> io::Result<()> {
        self.row.clear();
        let columns = self.columns;
        for (i, column) in columns.iter().enumerate() {
            let cell = self.cell(column, line);
            self.push(i, &cell);
        }
        self.end(out)
    }

    fn push(&mut self, i: usize, cell: &str) {
        let separator = if self.french { ';' } else { ',' };
        if i > 0 {
            self.row.push(separator);
        }
        if cell.contains([separator, '"', '\n', '\r']) {
            self.row.push('"');
            self.row.push_str(&cell.replace('"', "\"\""));
            self.row.push('"');
        } else {
            self.row.push_str(cell);
        }
    }

    fn end(&mut self, out: &mut impl Write) -> io::Result<()> {
        if self.french {
            self.row.push_str("\r\n");
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&self.row);
            out.write_all(&bytes)
        } else {
            self.row.push('\n');
            out.write_all(self.row.as_bytes())
        }
    }

    fn number(&self, n: Option<Decimal>) -> Cow<'static, str> {
        match n {
            None => Cow::Borrowed(""),
            Some(n) if self.french => Cow::Owned(n.to_string().replace('.', ",")),
            Some(n) => Cow::Owned(n.to_string()),
        }
    }

    fn date(&self, d: Option<NaiveDate>) -> Cow<'static, str> {
        match d {
            None => Cow::Borrowed(""),
            Some(d) if self.french => Cow::Owned(d.format("%d/%m/%Y").to_string()),
            Some(d) => Cow::Owned(format!("{}/{}/{}", d.month(), d.day(), d.year())),
        }
    }

    fn charge_type(&self, line: &Line) -> &'static str {
        if self.kind != FileKind::LegacyLicenseBased {
            return line.charge_type.code();
        }
        match line.charge_type {
            ChargeType::New => "Prorate fees when purchase",
            ChargeType::Renew => "Renew fee",
            ChargeType::CancelImmediate => "Prorate fees when cancel",
            ChargeType::CustomerCredit => "Offset a line item",
            ChargeType::QuantityChange if line.is_refund() => "Cancel fee",
            ChargeType::QuantityChange => "Cycle instance prorate",
            _ => "Cycle fee",
        }
    }

    fn cell<'a>(&self, column: &str, line: &'a Line) -> Cow<'a, str> {
        let text = |t: &'a Option<String>| Cow::Borrowed(t.as_deref().unwrap_or(""));
        let meter = line.meter.as_ref();
        let frequency = |f: Option<Frequency>| f.map_or("", frequency_text);
        match column {
            "PartnerId" => PARTNER.into(),
            "PartnerName" => "Ardoise Conseil".into(),
            "CustomerId" => line.customer_id.as_str().into(),
            "CustomerName" => line.customer_name.as_str().into(),
            "CustomerDomainName" | "DomainName" => text(&line.customer_domain),
            "CustomerCountry" => text(&line.customer_country),
            "InvoiceNumber" => text(&line.invoice_number),
            "MpnId" => text(&line.mpn_id),
            "ResellerMpnId" | "Tier2MpnId" => text(&line.reseller_mpn_id),
            "OrderId" => text(&line.order_id),
            "OrderDate" => self.date(line.order_date),
            "ProductId" | "OfferId" | "DurableOfferId" => line.product_id.as_str().into(),
            "SkuId" => text(&line.sku_id),
            "AvailabilityId" => text(&line.availability_id),
            "SkuName" | "OfferName" => line.sku_name.as_str().into(),
            "ProductName" => text(&line.product_name),
            "ChargeType" => self.charge_type(line).into(),
            "UnitPrice" => self.number(Some(line.unit_price)),
            "Quantity" => self.number(Some(line.quantity)),
            "Subtotal" | "BillingPreTaxTotal" | "Amount" => self.number(Some(line.subtotal)),
            "TaxTotal" | "Tax" => self.number(line.tax_total),
            "Total" | "TotalForCustomer" => self.number(line.total),
            "TotalOtherDiscount" => self.number(line.other_discount),
            "Currency" | "BillingCurrency" => line.currency.as_str().into(),
            "PublisherName" => MICROSOFT.into(),
            "PublisherId" => "".into(),
            "SubscriptionDescription" | "SubscriptionName" => text(&line.subscription_description),
            "SubscriptionId" if self.kind == FileKind::LegacyLicenseBased => {
                Cow::Owned(format!("usCB{}", &line.subscription_id[..8]))
            }
            "SubscriptionId" | "SyndicationPartnerSubscriptionNumber" | "EntitlementId" => {
                line.subscription_id.as_str().into()
            }
            "ChargeStartDate" if self.kind == FileKind::DailyRatedUsage => {
                self.date(line.charge_start.map(|d| d.with_day(1).unwrap_or(d)))
            }
            "ChargeStartDate" | "UsageDate" => self.date(line.charge_start),
            "ChargeEndDate" => self.date(line.charge_end),
            "SubscriptionStartDate" => self.date(line.subscription_start),
            "SubscriptionEndDate" => self.date(line.subscription_end),
            "TermAndBillingCycle" => text(&line.term_and_billing_cycle),
            "EffectiveUnitPrice" => self.number(line.effective_unit_price),
            "UnitType" | "Unit" => text(&line.unit_type),
            "BillableQuantity" => self.number(line.billable_quantity),
            "BillingFrequency" | "BillingCycleType" => frequency(line.frequency).into(),
            "PricingCurrency" => text(&line.pricing_currency),
            "PCToBCExchangeRate" => self.number(line.exchange_rate),
            "PCToBCExchangeRateDate" => self.date(line.charge_start.and_then(|d| d.with_day(1))),
            "MeterDescription" => meter.map_or("".into(), |m| text(&m.description)),
            "MeterId" => meter.map_or("".into(), |m| text(&m.id)),
            "MeterName" => meter.map_or("".into(), |m| text(&m.name)),
            "MeterCategory" => meter.map_or("".into(), |m| text(&m.category)),
            "MeterRegion" | "ResourceLocation" => "EU West".into(),
            "ReferenceId" => text(&line.reference_id),
            "PartnerEarnedCreditPercentage" => self.number(line.pec_percentage),
            "PricingPreTaxTotal" => self.number(line.effective_unit_price.map(|p| {
                (p * line.quantity)
                    .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::ToZero)
            })),
            "ProductCategory" if line.meter.is_some() => "Azure".into(),
            "ProductCategory" => "OnlineServices".into(),
            _ => "".into(),
        }
    }
}
