//! One pass over a Partner Center file, as a stream: its SHA-256, its totals, what it
//! says of each customer, subscription and product (bounded by their number, never by
//! the file's lines), and each line's key and row for the book.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;

use ardoise_domain::checks::tenant;
use ardoise_partner_center::{
    microsoft_cost, ChargeType, FileKind, Frequency, Line, PcFileError, PcReader, Seats, Term,
    Totals,
};
use ardoise_store::PcLineRow;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

use super::refusal::PcRefusal;
use crate::{AppError, Result};

/// Told the bytes read so far and the file's size as a file is read.
pub type Progress<'a> = &'a dyn Fn(u64, u64);

/// The bytes read, hashed on the way, and their count told every hundredth of the file
/// (a file of hundreds of megabytes takes seconds: the window shows a bar).
struct Hashing<'a, R> {
    inner: R,
    hasher: Sha256,
    read: u64,
    size: u64,
    told: u64,
    progress: Progress<'a>,
}

impl<R: Read> Read for Hashing<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        if self.read - self.told >= (self.size / 100).max(1) || (n == 0 && self.told < self.read) {
            self.told = self.read;
            (self.progress)(self.read, self.size.max(self.read));
        }
        Ok(n)
    }
}

/// A customer as the file names it.
#[derive(Debug, Clone)]
pub(crate) struct CustomerSeen {
    pub name: String,
    pub domain: Option<String>,
    pub country: Option<String>,
    pub currency: String,
}

/// A subscription as the file describes it.
#[derive(Debug, Clone)]
pub(crate) struct SubscriptionSeen {
    /// The customer's tenant (normalised).
    pub tenant: String,
    pub product: (String, String),
    pub term: Option<Term>,
    pub frequency: Option<Frequency>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// The day of its latest seat line: when a new seat count takes effect.
    pub last_change: Option<NaiveDate>,
    /// Whether any line bills seats (an Azure plan has none).
    pub seat_lines: bool,
}

/// Everything the preview and the import need from a file, read once.
#[derive(Debug, Clone)]
pub(crate) struct FileSummary {
    pub kind: FileKind,
    pub sha256: String,
    pub totals: Totals,
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub customers: BTreeMap<String, CustomerSeen>,
    pub subscriptions: BTreeMap<String, SubscriptionSeen>,
    /// Seats at the end of the period, by subscription id (normalised).
    pub seats: BTreeMap<String, Decimal>,
    /// Name by `(ProductId, SkuId)`.
    pub products: BTreeMap<(String, String), String>,
    /// The products only usage lines name (Azure meters).
    pub usage_products: BTreeSet<(String, String)>,
    /// `(pricing currency, billing currency)` pairs of converted lines.
    pub conversions: BTreeMap<(String, String), u64>,
    /// Lines the book has already (only counted when asked).
    pub known_lines: u64,
}

/// A tenant or subscription id as the book stores it: a GUID in lower case.
pub(crate) fn normalised_id(id: &str) -> String {
    tenant::tenant_id(id).unwrap_or_else(|_| id.trim().to_ascii_lowercase())
}

/// Microsoft's product ids as the catalogue keeps them (upper case).
pub(crate) fn product_key(line: &Line) -> (String, String) {
    (
        line.product_id.trim().to_ascii_uppercase(),
        line.sku_id
            .as_deref()
            .unwrap_or("")
            .trim()
            .to_ascii_uppercase(),
    )
}

/// Feeds the hash without building a string for each field: a million lines are read
/// in seconds.
struct LineHash(Sha256);

impl LineHash {
    fn end(&mut self) {
        self.0.update([0x1f]);
    }

    fn text(&mut self, t: &str) {
        self.0.update(t.as_bytes());
        self.end();
    }

    /// A GUID as the book stores it (trimmed, without braces, lower case).
    fn id(&mut self, id: &str) {
        let t = id.trim();
        let t = t
            .strip_prefix('{')
            .and_then(|r| r.strip_suffix('}'))
            .unwrap_or(t);
        let mut buf = [0u8; 64];
        for chunk in t.as_bytes().chunks(64) {
            let out = &mut buf[..chunk.len()];
            out.copy_from_slice(chunk);
            out.make_ascii_lowercase();
            self.0.update(&*out);
        }
        self.end();
    }

    /// "12,50" and "12.5" are one number: its normalised form's sixteen bytes.
    fn number(&mut self, d: Option<Decimal>) {
        if let Some(d) = d {
            let d = if d.is_zero() {
                Decimal::ZERO
            } else {
                d.normalize()
            };
            self.0.update(d.serialize());
        }
        self.end();
    }

    fn date(&mut self, d: Option<NaiveDate>) {
        if let Some(d) = d {
            self.0.update(d.num_days_from_ce().to_le_bytes());
        }
        self.end();
    }
}

/// What a line says once read, whatever bytes said it: ids, charge type, amounts with
/// their decimals normalised ("12,50" and "12.5" are one), dates. Names are left out: a
/// spreadsheet saving in Windows-1252 may lose a character of them.
fn line_digest(line: &Line) -> [u8; 32] {
    let mut h = LineHash(Sha256::new());
    h.id(&line.customer_id);
    h.id(&line.subscription_id);
    h.id(&line.product_id);
    h.text(line.sku_id.as_deref().unwrap_or(""));
    h.text(line.charge_type.code());
    h.number(Some(line.unit_price));
    h.number(line.effective_unit_price);
    h.number(Some(line.quantity));
    h.number(line.billable_quantity);
    h.number(Some(line.subtotal));
    h.text(&line.currency);
    h.number(line.exchange_rate);
    h.date(line.charge_start);
    h.date(line.charge_end);
    h.date(line.order_date);
    h.text(line.reference_id.as_deref().unwrap_or(""));
    h.text(line.order_id.as_deref().unwrap_or(""));
    h.text(line.invoice_number.as_deref().unwrap_or(""));
    if let Some(m) = &line.meter {
        h.text(m.id.as_deref().unwrap_or(""));
        h.text(m.name.as_deref().unwrap_or(""));
    }
    h.0.finalize().into()
}

/// Numbers identical lines in the order the file gives them, so two identical charges
/// in one file are two lines and the same file saved again gives the same keys.
#[derive(Default)]
pub(crate) struct Keys {
    seen: HashMap<u64, u32>,
}

impl Keys {
    /// Sixteen bytes: the line's digest and its occurrence, hashed again. A short key
    /// keeps the book's index of a million lines in memory while a file is imported.
    pub fn key(&mut self, line: &Line) -> Vec<u8> {
        let digest = line_digest(line);
        let mut short = [0u8; 8];
        short.copy_from_slice(&digest[..8]);
        let n = self.seen.entry(u64::from_le_bytes(short)).or_insert(0);
        let occurrence = *n;
        *n += 1;
        let mut h = Sha256::new();
        h.update(digest);
        h.update(occurrence.to_le_bytes());
        h.finalize()[..16].to_vec()
    }
}

/// The row the book keeps for a line.
pub(crate) fn row(line: &Line, key: Vec<u8>) -> PcLineRow {
    let dec = |d: Decimal| d.to_string();
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    let meter = line.meter.as_ref().and_then(|m| {
        m.name
            .clone()
            .or_else(|| m.description.clone())
            .or_else(|| m.id.clone())
    });
    PcLineRow {
        file_line: line.line,
        line_key: key,
        customer_tenant: normalised_id(&line.customer_id),
        customer_name: line.customer_name.clone(),
        subscription_id: normalised_id(&line.subscription_id),
        product_id: line.product_id.trim().to_ascii_uppercase(),
        sku_id: line.sku_id.clone(),
        product_name: line.product_name.clone(),
        sku_name: line.sku_name.clone(),
        charge_type: line.charge_type.code().to_string(),
        unit_price: dec(line.unit_price),
        effective_unit_price: line.effective_unit_price.map(dec),
        quantity: dec(line.quantity),
        billable_quantity: line.billable_quantity.map(dec),
        subtotal: dec(line.subtotal),
        microsoft_cost: microsoft_cost(line).map(dec),
        currency: line.currency.clone(),
        pricing_currency: line.pricing_currency.clone(),
        exchange_rate: line.exchange_rate.map(dec),
        charge_start: date(line.charge_start),
        charge_end: date(line.charge_end),
        term: line.term.map(|t| t.code().to_string()),
        billing_frequency: line.frequency.map(|f| f.code().to_string()),
        reference_id: line.reference_id.clone(),
        invoice_number: line.invoice_number.clone(),
        order_id: line.order_id.clone(),
        usage_date: line.meter.as_ref().and(date(line.charge_start)),
        meter,
    }
}

fn refused(e: PcFileError) -> AppError {
    AppError::PartnerCenter(PcRefusal::File(e))
}

/// Reads the file at `path` as a stream, calling `each` with every line and its key.
/// Returns the file's kind and SHA-256 (of every byte, read to the end).
pub(crate) fn stream(
    path: &Path,
    progress: Progress<'_>,
    mut each: impl FnMut(&Line, Vec<u8>) -> Result<()>,
) -> Result<(FileKind, String)> {
    let file = File::open(path).map_err(|_| AppError::FileMissing(path.display().to_string()))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut source = Hashing {
        inner: BufReader::with_capacity(256 * 1024, file),
        hasher: Sha256::new(),
        read: 0,
        size,
        told: 0,
        progress,
    };
    let kind = {
        let reader = PcReader::new(&mut source).map_err(refused)?;
        let kind = reader.kind();
        let mut keys = Keys::default();
        for line in reader {
            let line = line.map_err(refused)?;
            let key = keys.key(&line);
            each(&line, key)?;
        }
        kind
    };
    // Whatever the reader left unread still belongs to the file's hash.
    io::copy(&mut source, &mut io::sink())
        .map_err(|_| refused(PcFileError::Unreadable { line: 0 }))?;
    let sha: String = source
        .hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((kind, sha))
}

/// What a file says, summed up line by line as it is read.
#[derive(Default)]
pub(crate) struct Summariser {
    totals: Totals,
    seats: Seats,
    period: Option<(NaiveDate, NaiveDate)>,
    customers: BTreeMap<String, CustomerSeen>,
    subscriptions: BTreeMap<String, SubscriptionSeen>,
    products: BTreeMap<(String, String), String>,
    usage_products: BTreeSet<(String, String)>,
    conversions: BTreeMap<(String, String), u64>,
    /// Tenant and subscription ids as the file writes them, normalised once each.
    tenants: HashMap<String, String>,
    ids: HashMap<String, String>,
}

/// `raw` normalised, computed once per distinct id of the file.
fn memo<'a>(seen: &'a mut HashMap<String, String>, raw: &str) -> &'a str {
    if !seen.contains_key(raw) {
        seen.insert(raw.to_string(), normalised_id(raw));
    }
    seen.get(raw).map(String::as_str).unwrap_or_default()
}

impl Summariser {
    pub fn add(&mut self, line: &Line) {
        self.totals.add(line);
        self.seats.add(line);
        for day in [line.charge_start, line.charge_end].into_iter().flatten() {
            self.period = Some(match self.period {
                Some((a, b)) => (a.min(day), b.max(day)),
                None => (day, day),
            });
        }
        let tenant = memo(&mut self.tenants, &line.customer_id);
        if !self.customers.contains_key(tenant) {
            self.customers.insert(
                tenant.to_string(),
                CustomerSeen {
                    name: line.customer_name.trim().to_string(),
                    domain: line.customer_domain.clone(),
                    country: line.customer_country.clone(),
                    currency: line.currency.clone(),
                },
            );
        }
        let product = product_key(line);
        let seat_line = line.meter.is_none()
            && !matches!(
                line.charge_type,
                ChargeType::Usage | ChargeType::Discount | ChargeType::CustomerCredit
            );
        if !self.products.contains_key(&product) {
            // An Azure meter's SKU alone says little (« Standard », « 2 vCore »): its
            // product names it first.
            let sku = line.sku_name.trim();
            let name = match line.product_name.as_deref().map(str::trim) {
                Some(p) if line.meter.is_some() && !p.is_empty() && p != sku => {
                    format!("{p} — {sku}")
                }
                _ => sku.to_string(),
            };
            self.products.insert(product.clone(), name);
            if line.meter.is_some() {
                self.usage_products.insert(product.clone());
            }
        }
        if seat_line {
            self.usage_products.remove(&product);
        }
        if let Some(pricing) = &line.pricing_currency {
            if !pricing.eq_ignore_ascii_case(&line.currency) {
                *self
                    .conversions
                    .entry((pricing.clone(), line.currency.clone()))
                    .or_insert(0) += 1;
            }
        }
        let id = memo(&mut self.ids, &line.subscription_id);
        if !self.subscriptions.contains_key(id) {
            self.subscriptions.insert(
                id.to_string(),
                SubscriptionSeen {
                    tenant: tenant.to_string(),
                    product,
                    term: None,
                    frequency: None,
                    start: None,
                    end: None,
                    last_change: None,
                    seat_lines: false,
                },
            );
        }
        let Some(sub) = self.subscriptions.get_mut(id) else {
            return;
        };
        sub.term = line.term.or(sub.term);
        sub.frequency = line.frequency.or(sub.frequency);
        sub.start = line.subscription_start.or(sub.start);
        sub.end = line.subscription_end.or(sub.end);
        if seat_line {
            sub.seat_lines = true;
            if let Some(day) = line.charge_start {
                sub.last_change = Some(sub.last_change.map_or(day, |d: NaiveDate| d.max(day)));
            }
            if sub.start.is_none() && line.charge_type == ChargeType::New {
                sub.start = line.charge_start;
            }
        }
    }

    /// The summary of a file read to its end; an empty file is refused.
    pub fn finish(self, kind: FileKind, sha256: String, known_lines: u64) -> Result<FileSummary> {
        if self.totals.lines == 0 {
            return Err(refused(PcFileError::Empty));
        }
        let seats = self
            .seats
            .finish()
            .into_iter()
            .map(|(id, n)| (normalised_id(&id), n))
            .collect();
        Ok(FileSummary {
            kind,
            sha256,
            totals: self.totals,
            period: self.period,
            customers: self.customers,
            subscriptions: self.subscriptions,
            seats,
            products: self.products,
            usage_products: self.usage_products,
            conversions: self.conversions,
            known_lines,
        })
    }
}

/// Reads the whole file once and sums it up; `known` says whether the book has a line
/// already (the preview counts them).
pub(crate) fn summarise(
    path: &Path,
    progress: Progress<'_>,
    mut known: impl FnMut(&[u8]) -> Result<bool>,
) -> Result<FileSummary> {
    let mut summariser = Summariser::default();
    let mut known_lines = 0;
    let (kind, sha256) = stream(path, progress, |line, key| {
        summariser.add(line);
        if known(&key)? {
            known_lines += 1;
        }
        Ok(())
    })?;
    summariser.finish(kind, sha256, known_lines)
}
