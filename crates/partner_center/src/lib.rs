//! Microsoft Partner Center's reconciliation files, read as a stream.
//!
//! The new-commerce invoice reconciliation file, the daily rated usage file and the
//! legacy license-based file are recognised from their header; their lines come out typed
//! (decimals kept whole, dates, charge types, terms), one at a time from any `Read`.
//! Beside the reader: Microsoft's rules over the lines (a line's cost as it rounds it,
//! the seats a subscription ends the period with, the Subtotal total) and a generator of
//! realistic files of any size for tests and benchmarks.
//!
//! Pure: no book, no clock, no file opened here; bytes in, lines out.

mod charge;
mod columns;
mod error;
pub mod generate;
mod line;
mod reader;
mod rules;
mod values;

pub use charge::{term_and_cycle, ChargeType, Frequency, Term};
pub use columns::FileKind;
pub use error::{Expected, PcFileError};
pub use line::{Line, Meter};
pub use reader::PcReader;
pub use rules::{microsoft_cost, Seats, Totals};
pub use values::{Encoding, Locale};

/// Reads a whole file from `source`, calling `each` for every line in the file's order;
/// stops at the first error. Returns the file's kind.
pub fn read_each<R: std::io::Read>(
    source: R,
    mut each: impl FnMut(Line),
) -> Result<FileKind, PcFileError> {
    let reader = PcReader::new(source)?;
    let kind = reader.kind();
    for line in reader {
        each(line?);
    }
    Ok(kind)
}
