//! Realistic Partner Center files of any size, for tests and benchmarks: deterministic
//! from a seed, written as a stream (a million lines never sit in memory).
//!
//! A month of a partner's business: customers with their tenants and domains in France,
//! Belgium, the United Kingdom and the United States, billed in EUR, GBP or USD; seat
//! subscriptions to Microsoft 365 and Dynamics products charged every month, bought,
//! renewed, changed mid-term (the refund line and the charge line of one change sharing a
//! ReferenceId, prorated to twenty decimals), cancelled, credited; Azure usage priced in
//! USD and converted. Every Subtotal is computed as Microsoft rounds it.

mod book;
mod catalogue;
mod events;
mod write;

use std::io::{self, Write};

use chrono::NaiveDate;

use crate::columns::FileKind;
use crate::line::Line;
use crate::rules::Totals;

pub use book::{book_month, BookCustomer, BookSubscription};
pub use events::Lines;

/// A small, fast generator (SplitMix64): the same seed gives the same file on every
/// machine, with no dependency whose stream could change between versions.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1A4_F87D)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// In `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A GUID as Microsoft writes tenant and subscription ids.
    pub fn guid(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            0x8000 | (b >> 48) & 0x3fff,
            b & 0xffff_ffff_ffff
        )
    }
}

/// Writes a file of `rows` lines of `kind` to `out`: in Microsoft's own form (UTF-8 with
/// its byte-order mark, commas, decimal points, dates month first), or as a French
/// spreadsheet saves it again (`french`: Windows-1252, semicolons, decimal commas, dates
/// day first, CRLF). Returns the file's own total of the Subtotal column, per currency.
/// The month is the seed's (a month of 2026); [`generate_month`] names it.
pub fn generate<W: Write>(
    rows: u64,
    seed: u64,
    french: bool,
    kind: FileKind,
    out: W,
) -> io::Result<Totals> {
    generate_month(rows, seed, french, kind, seed_month(seed), out)
}

/// `generate` for the month of `month` (any day of it): one seed's months are one
/// partner's, with the same customers and subscriptions.
pub fn generate_month<W: Write>(
    rows: u64,
    seed: u64,
    french: bool,
    kind: FileKind,
    month: NaiveDate,
    out: W,
) -> io::Result<Totals> {
    let mut out = io::BufWriter::with_capacity(256 * 1024, out);
    let mut writer = write::Writer::new(kind, french);
    writer.header(&mut out)?;
    let mut totals = Totals::default();
    for line in Lines::of_month(rows, seed, kind, month) {
        totals.add(&line);
        writer.line(&mut out, &line)?;
    }
    out.flush()?;
    Ok(totals)
}

/// Writes `lines` as a file of `kind`, in Microsoft's form or as a French spreadsheet saves
/// it again; returns the Subtotal total per currency.
pub fn write_lines<W: Write>(
    kind: FileKind,
    french: bool,
    lines: impl IntoIterator<Item = Line>,
    out: W,
) -> io::Result<Totals> {
    let mut out = io::BufWriter::with_capacity(256 * 1024, out);
    let mut writer = write::Writer::new(kind, french);
    writer.header(&mut out)?;
    let mut totals = Totals::default();
    for line in lines {
        totals.add(&line);
        writer.line(&mut out, &line)?;
    }
    out.flush()?;
    Ok(totals)
}

/// The lines `generate` writes, as the reader should read them back (line numbers
/// included: the header is line 1).
pub fn lines(rows: u64, seed: u64, kind: FileKind) -> impl Iterator<Item = Line> {
    Lines::of_month(rows, seed, kind, seed_month(seed))
}

/// The lines `generate_month` writes.
pub fn lines_of_month(
    rows: u64,
    seed: u64,
    kind: FileKind,
    month: NaiveDate,
) -> impl Iterator<Item = Line> {
    Lines::of_month(rows, seed, kind, month)
}

fn seed_month(seed: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, (seed % 12) as u32 + 1, 1).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_writes_the_same_bytes() {
        let write = |seed| {
            let mut out = Vec::new();
            generate(200, seed, false, FileKind::NewCommerceInvoice, &mut out).unwrap();
            out
        };
        assert_eq!(write(7), write(7));
        assert_ne!(write(7), write(8));
    }

    #[test]
    fn exactly_the_rows_asked_for() {
        for kind in FileKind::ALL {
            for rows in [0, 1, 2, 3, 57] {
                assert_eq!(lines(rows, 3, kind).count() as u64, rows, "{kind:?} {rows}");
            }
        }
    }

    #[test]
    fn the_months_of_one_seed_bill_the_same_customers() {
        let month = |m| NaiveDate::from_ymd_opt(2026, m, 9).unwrap();
        let customers = |m| {
            let mut ids: Vec<String> =
                lines_of_month(3000, 4, FileKind::NewCommerceInvoice, month(m))
                    .map(|l| l.customer_id)
                    .collect();
            ids.sort();
            ids.dedup();
            ids
        };
        assert_eq!(customers(3), customers(4));
        let first = lines_of_month(10, 4, FileKind::NewCommerceInvoice, month(3))
            .next()
            .unwrap();
        assert_eq!(first.charge_end, NaiveDate::from_ymd_opt(2026, 3, 31));
        let a: Vec<Line> = lines_of_month(50, 4, FileKind::NewCommerceInvoice, month(3)).collect();
        let b: Vec<Line> = lines_of_month(50, 4, FileKind::NewCommerceInvoice, month(4)).collect();
        assert_ne!(
            a.iter().map(|l| &l.subtotal).collect::<Vec<_>>(),
            b.iter().map(|l| &l.subtotal).collect::<Vec<_>>()
        );
    }

    #[test]
    fn guids_look_like_guids() {
        let g = Rng::new(1).guid();
        let parts: Vec<usize> = g.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12], "{g}");
    }
}
