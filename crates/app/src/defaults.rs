//! What a shell fills in when the user leaves it out: the dates (today, a statement's
//! period) and the language to speak. Both shells ask here, so a statement typed without
//! dates covers the same period in the window and in a script.

use ardoise_domain::catalog::parse_date;
use ardoise_domain::Lang;
use chrono::Datelike;

use crate::Ardoise;

/// A statement's three dates as the use cases take them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub from: String,
    pub to: String,
    pub as_of: String,
}

impl Ardoise {
    /// The date typed, or today's (the book's business date).
    pub fn date_or_today(&self, typed: Option<&str>) -> String {
        typed
            .map(str::to_string)
            .unwrap_or_else(|| self.today().to_string())
    }

    /// A statement's dates with the defaults filled in: as of today, from the first day
    /// of the as-of month, to the as-of date. What is typed is kept as typed, so the use
    /// case names the field at fault.
    pub fn statement_period(
        &self,
        from: Option<&str>,
        to: Option<&str>,
        as_of: Option<&str>,
    ) -> Period {
        let as_of = self.date_or_today(as_of);
        let to = to.map(str::to_string).unwrap_or_else(|| as_of.clone());
        let from = from.map(str::to_string).unwrap_or_else(|| {
            // The use case's own reading: a date it refuses gives no default of its own.
            parse_date(&as_of)
                .ok()
                .and_then(|a| a.with_day(1))
                .map(|f| f.to_string())
                .unwrap_or_else(|| as_of.clone())
        });
        Period { from, to, as_of }
    }
}

/// The language to speak to the reader: the one asked for (`--lang`), else the book's
/// setting, else the system's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn reader_lang(asked: Option<Lang>, book: Option<&Ardoise>) -> Lang {
    asked
        .or_else(|| book.and_then(|b| b.language().ok().flatten()))
        .or_else(system_lang)
        .unwrap_or(Lang::En)
}

/// The first locale variable set, as POSIX orders them; `None` when it is neither
/// French nor English.
fn system_lang() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .and_then(|v| Lang::parse(&v))
}
