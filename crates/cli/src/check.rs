//! `ardoise check`: every invariant of the book verified; exit 2 on any finding.

use ardoise_app::{Ardoise, Session};

use crate::output::Out;

/// What a command ended with, when it did not fail.
pub enum Verdict {
    Done,
    /// `check` found something wrong: printed, and the exit code says so.
    Findings,
}

pub fn run(book: &Ardoise, s: &Session, out: &Out) -> ardoise_app::Result<Verdict> {
    let report = book.check(s)?;
    out.check(&report);
    Ok(if report.findings.is_empty() {
        Verdict::Done
    } else {
        Verdict::Findings
    })
}
