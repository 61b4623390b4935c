//! Reads a reconciliation file as a stream: one line at a time from any `Read`, so a file
//! of several hundred megabytes never sits in memory (a line's cells, reused, and the
//! first 64 KiB, read once to learn the file's encoding and separator).

use std::borrow::Cow;
use std::io::{self, Cursor, Read};

use chrono::NaiveDate;
use csv::{ByteRecord, StringRecord};
use rust_decimal::Decimal;

use crate::charge::{term_and_cycle, ChargeType, Frequency, Term};
use crate::columns::{expected_columns, Field, FileKind, HeaderProblem, Layout};
use crate::error::{Expected, PcFileError};
use crate::line::{Line, Meter};
use crate::values::{Encoding, Locale};

const SAMPLE: usize = 64 * 1024;

/// A TermAndBillingCycle read: the term and the billing frequency it names.
type Cycle = (Option<Term>, Option<Frequency>);

/// Counts the quotes that go through: an odd count at the end of the file is a quoted
/// cell never closed, which the CSV reader would otherwise take as the file's last cell.
struct Quotes<R> {
    inner: R,
    count: u64,
}

impl<R: Read> Read for Quotes<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count += memchr::memchr_iter(b'"', &buf[..n]).count() as u64;
        Ok(n)
    }
}

type Source<R> = Quotes<io::Chain<Cursor<Vec<u8>>, R>>;

/// The lines of a Partner Center file, in the file's order. Stops at the first error.
pub struct PcReader<R: Read> {
    csv: csv::Reader<Source<R>>,
    layout: Layout,
    locale: Locale,
    record: ByteRecord,
    lines: u64,
    /// TermAndBillingCycle texts already read: a file has a handful, on every line.
    cycles: Vec<(String, Cycle)>,
    /// The line of the last record read.
    last: u64,
    done: bool,
}

impl<R: Read> PcReader<R> {
    /// Reads the header: the file's kind, encoding and separator.
    pub fn new(mut source: R) -> Result<PcReader<R>, PcFileError> {
        let mut head = Vec::with_capacity(SAMPLE);
        (&mut source)
            .take(SAMPLE as u64)
            .read_to_end(&mut head)
            .map_err(|_| PcFileError::Unreadable { line: 1 })?;
        if head.starts_with(b"\xEF\xBB\xBF") {
            head.drain(..3);
        }
        let locale = Locale::sniff(&head);
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(locale.separator)
            // A line ends at LF; the CR of a CRLF file stays at the end of the last cell,
            // which is trimmed. Letting the CSV reader take CRLF as one terminator would
            // number every line after the header one too low.
            .terminator(csv::Terminator::Any(b'\n'))
            .has_headers(false)
            .flexible(true)
            .from_reader(Quotes {
                inner: Cursor::new(head).chain(source),
                count: 0,
            });
        let mut header = ByteRecord::new();
        match csv.read_byte_record(&mut header) {
            Ok(true) => {}
            Ok(false) => return Err(PcFileError::Empty),
            Err(_) => return Err(PcFileError::Unreadable { line: 1 }),
        }
        let titles: Vec<String> = header.iter().map(|t| locale.text(t).into_owned()).collect();
        if titles.iter().all(|t| t.trim().is_empty()) {
            return Err(PcFileError::Empty);
        }
        let layout = Layout::of(titles).map_err(|p| match p {
            HeaderProblem::Foreign => PcFileError::NotPartnerCenter {
                expected: expected_columns(),
            },
            HeaderProblem::Missing(kind, columns) => PcFileError::MissingColumns {
                kind,
                columns: columns.join(", "),
            },
        })?;
        Ok(PcReader {
            csv,
            layout,
            locale,
            record: ByteRecord::new(),
            lines: 0,
            cycles: Vec::new(),
            last: 1,
            done: false,
        })
    }

    pub fn kind(&self) -> FileKind {
        self.layout.kind
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Bytes read so far, for a progress bar.
    pub fn bytes_read(&self) -> u64 {
        self.csv.position().byte()
    }

    fn next_line(&mut self) -> Result<Option<Line>, PcFileError> {
        let line = match self.read_record()? {
            Some(line) => line,
            None if self.lines == 0 => return Err(PcFileError::Empty),
            // A quote opened and never closed ran to the end of the file.
            None if self.csv.get_ref().count % 2 == 1 => {
                return Err(PcFileError::Truncated { line: self.last })
            }
            None => return Ok(None),
        };
        let expected = self.layout.titles.len();
        let found = self.record.len();
        if found < expected {
            // Short as the file's last line: the download was cut; in the middle: broken.
            let mut after = ByteRecord::new();
            std::mem::swap(&mut after, &mut self.record);
            let more = self.read_record()?.is_some();
            std::mem::swap(&mut after, &mut self.record);
            if !more {
                return Err(PcFileError::Truncated { line });
            }
        }
        if found != expected {
            return Err(PcFileError::FieldCount {
                line,
                expected,
                found,
            });
        }
        self.lines += 1;
        // A UTF-8 record is checked once, whole, rather than cell by cell; a Windows-1252
        // file is decoded cell by cell (its "Ã©" is two letters, not "é").
        let bytes = std::mem::take(&mut self.record);
        let text = match self.locale.encoding {
            Encoding::Utf8 => {
                StringRecord::from_byte_record(bytes).map_err(|e| e.into_byte_record())
            }
            Encoding::Windows1252 => Err(bytes),
        };
        let (record, result) = match text {
            Ok(text) => {
                let result = self.cells(Record::Text(&text), line).line();
                (text.into_byte_record(), result)
            }
            Err(bytes) => {
                let result = self.cells(Record::Bytes(&bytes), line).line();
                (bytes, result)
            }
        };
        self.record = record;
        result.map(Some)
    }

    fn cells<'a>(&'a mut self, record: Record<'a>, line: u64) -> Cells<'a> {
        Cells {
            layout: &self.layout,
            locale: self.locale,
            record,
            line,
            cycles: &mut self.cycles,
        }
    }

    /// The next record that is not blank (a spreadsheet leaves `;;;;` lines), and its line.
    fn read_record(&mut self) -> Result<Option<u64>, PcFileError> {
        loop {
            let at = self.csv.position().line();
            match self.csv.read_byte_record(&mut self.record) {
                Ok(true) => {}
                Ok(false) => return Ok(None),
                Err(_) => return Err(PcFileError::Unreadable { line: at }),
            }
            let line = self.record.position().map_or(at, |p| p.line());
            if !self
                .record
                .iter()
                .all(|c| c.iter().all(u8::is_ascii_whitespace))
            {
                self.last = line;
                return Ok(Some(line));
            }
        }
    }
}

impl<R: Read> Iterator for PcReader<R> {
    type Item = Result<Line, PcFileError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = self.next_line();
        if !matches!(next, Ok(Some(_))) {
            self.done = true;
        }
        next.transpose()
    }
}

/// A record's cells: text already checked as UTF-8, or bytes to decode cell by cell.
#[derive(Clone, Copy)]
enum Record<'a> {
    Text(&'a StringRecord),
    Bytes(&'a ByteRecord),
}

/// The cells of one record, read through the layout.
struct Cells<'a> {
    layout: &'a Layout,
    locale: Locale,
    record: Record<'a>,
    line: u64,
    cycles: &'a mut Vec<(String, Cycle)>,
}

impl<'a> Cells<'a> {
    /// A cell's text, trimmed; `None` when empty or absent.
    fn cell(&self, field: Field) -> Option<Cow<'a, str>> {
        let column = self.layout.column(field)?;
        let text = match self.record {
            Record::Text(r) => Cow::Borrowed(r.get(column)?.trim()),
            Record::Bytes(r) => match self.locale.text(r.get(column)?) {
                Cow::Borrowed(t) => Cow::Borrowed(t.trim()),
                Cow::Owned(t) => Cow::Owned(t.trim().to_string()),
            },
        };
        (!text.is_empty()).then_some(text)
    }

    fn raw(&self, field: Field) -> Option<String> {
        self.cell(field).map(Cow::into_owned)
    }

    fn text(&self, field: Field) -> String {
        self.raw(field).unwrap_or_default()
    }

    fn malformed(&self, field: Field, value: String, expected: Expected) -> PcFileError {
        PcFileError::Malformed {
            line: self.line,
            column: self.layout.title(field),
            value,
            expected,
        }
    }

    fn number(&self, field: Field) -> Result<Option<Decimal>, PcFileError> {
        match self.cell(field) {
            None => Ok(None),
            Some(v) => match self.locale.number(&v) {
                Some(n) => Ok(Some(n)),
                None => Err(self.malformed(field, v.into_owned(), Expected::Number)),
            },
        }
    }

    fn required_number(&self, field: Field) -> Result<Decimal, PcFileError> {
        self.number(field)?
            .ok_or_else(|| self.malformed(field, String::new(), Expected::Number))
    }

    fn date(&self, field: Field) -> Result<Option<NaiveDate>, PcFileError> {
        match self.cell(field) {
            None => Ok(None),
            Some(v) => match self.locale.date(&v) {
                Some(d) => Ok(Some(d)),
                None => Err(self.malformed(field, v.into_owned(), Expected::Date)),
            },
        }
    }

    fn required_date(&self, field: Field) -> Result<Option<NaiveDate>, PcFileError> {
        match self.date(field)? {
            Some(d) => Ok(Some(d)),
            None => Err(self.malformed(field, String::new(), Expected::Date)),
        }
    }

    /// TermAndBillingCycle read once per distinct text.
    fn term_and_cycle(&mut self, text: &str) -> Cycle {
        if let Some((_, found)) = self.cycles.iter().find(|(t, _)| t == text) {
            return *found;
        }
        let found = term_and_cycle(text);
        if self.cycles.len() < 64 {
            self.cycles.push((text.to_string(), found));
        }
        found
    }

    fn line(mut self) -> Result<Line, PcFileError> {
        let kind = self.layout.kind;
        let charge = self.cell(Field::ChargeType).unwrap_or_default();
        let charge_type =
            ChargeType::parse(&charge).ok_or_else(|| PcFileError::UnknownChargeType {
                line: self.line,
                column: self.layout.title(Field::ChargeType),
                value: charge.to_string(),
            })?;
        let cycle = self.raw(Field::TermAndBillingCycle);
        let (term, cycle_frequency) = match cycle.as_deref() {
            Some(text) => self.term_and_cycle(text),
            None => (None, None),
        };
        let frequency = self
            .cell(Field::BillingFrequency)
            .and_then(|f| Frequency::parse(&f))
            .or(cycle_frequency);
        let meter = Meter {
            id: self.raw(Field::MeterId),
            name: self.raw(Field::MeterName),
            category: self.raw(Field::MeterCategory),
            description: self.raw(Field::MeterDescription),
        };
        let metered = kind == FileKind::DailyRatedUsage
            || meter.id.is_some()
            || meter.description.is_some()
            || charge_type == ChargeType::Usage;
        let charge_start = self.required_date(Field::ChargeStart)?;
        let charge_end = if kind == FileKind::DailyRatedUsage {
            charge_start
        } else {
            self.required_date(Field::ChargeEnd)?
        };
        let product_id = self.text(Field::ProductId);
        let sku_name = self
            .raw(Field::SkuName)
            .or_else(|| self.raw(Field::ProductName))
            .unwrap_or_else(|| product_id.clone());
        Ok(Line {
            line: self.line,
            customer_id: self.text(Field::CustomerId),
            customer_name: self.text(Field::CustomerName),
            customer_domain: self.raw(Field::CustomerDomain),
            customer_country: self.raw(Field::CustomerCountry),
            invoice_number: self.raw(Field::InvoiceNumber),
            mpn_id: self.raw(Field::MpnId),
            reseller_mpn_id: self.raw(Field::ResellerMpnId),
            order_id: self.raw(Field::OrderId),
            order_date: self.date(Field::OrderDate)?,
            subscription_id: self.text(Field::SubscriptionId),
            subscription_description: self.raw(Field::SubscriptionDescription),
            product_id,
            sku_id: self.raw(Field::SkuId),
            availability_id: self.raw(Field::AvailabilityId),
            sku_name,
            product_name: self.raw(Field::ProductName),
            charge_type,
            unit_price: self.required_number(Field::UnitPrice)?,
            effective_unit_price: self.number(Field::EffectiveUnitPrice)?,
            quantity: self.required_number(Field::Quantity)?,
            billable_quantity: self.number(Field::BillableQuantity)?,
            subtotal: self.required_number(Field::Subtotal)?,
            tax_total: self.number(Field::TaxTotal)?,
            total: self.number(Field::Total)?,
            other_discount: self.number(Field::OtherDiscount)?,
            currency: self.text(Field::Currency).to_uppercase(),
            pricing_currency: self.raw(Field::PricingCurrency).map(|c| c.to_uppercase()),
            exchange_rate: self.number(Field::ExchangeRate)?,
            charge_start,
            charge_end,
            subscription_start: self.date(Field::SubscriptionStart)?,
            subscription_end: self.date(Field::SubscriptionEnd)?,
            term,
            frequency,
            term_and_billing_cycle: cycle,
            unit_type: self.raw(Field::UnitType),
            meter: metered.then_some(meter),
            reference_id: self.raw(Field::ReferenceId),
            pec_percentage: self.number(Field::PecPercentage)?,
        })
    }
}
