//! `check`: every invariant of the book verified from what is stored, each fault a
//! sentence in French and English naming what it concerns.
//!
//! What the triggers refuse cannot happen through Ardoise or the sqlite3 shell; what a
//! user can still do (drop the triggers, then rewrite a row, delete an audit entry, edit
//! a logged file on disk) is found here: SQLite's own checks, gapless chronological
//! numbering, issued totals equal to their lines as the domain computes them, no money
//! allocated beyond an invoice or a payment, one invoice per customer, currency and
//! period, the settlement index, every logged file's hash, and the three hash chains.
//! Everything is read in one snapshot, so a writer running meanwhile causes no finding.

use std::io::Read;
use std::path::{Path, PathBuf};

use ardoise_domain::display;
use ardoise_domain::invoicing::{credit_note_number, invoice_number, totals};
use ardoise_domain::money::{Currency, Money};
use ardoise_domain::words::{self, keys, tr, Key, Value};
use ardoise_domain::Lang;
use ardoise_store::{Chain, ChainBreak, Db, IssuedTotals, OverAllocation, SeriesEntry};
use sha2::{Digest, Sha256};

use crate::transport::{ChainView, CheckReport, Finding};
use crate::{Ardoise, Permission, Result, Session};

/// SQLite's integrity check lists at most this many problems.
const MAX_INTEGRITY_LINES: usize = 100;

impl Ardoise {
    /// Verifies every invariant of the book; nothing is written.
    pub fn check(&self, session: &Session) -> Result<CheckReport> {
        session.require(Permission::ManageBook)?;
        let book_dir = self.path.parent().map(Path::to_path_buf);
        self.store.snapshot(|db| {
            let mut r = CheckReport {
                findings: Vec::new(),
                documents_checked: 0,
                files_checked: 0,
                files_missing: 0,
                chains: Vec::new(),
            };
            sqlite(db, &mut r)?;
            numbering(db, &mut r)?;
            issued_totals(db, &mut r)?;
            allocations(db, &mut r)?;
            periods(db, &mut r)?;
            settlement(db, &mut r)?;
            support_lines(db, &mut r)?;
            chains(db, &mut r)?;
            files(db, book_dir.as_deref(), &mut r)?;
            Ok(r)
        })
    }
}

type Args = Vec<(&'static str, Value<'static>)>;

/// Records a finding, its sentence in both languages from the catalogue; `args` gives
/// the values as each language writes them (amounts, series names).
fn push(
    r: &mut CheckReport,
    code: &str,
    subject: impl Into<String>,
    key: Key,
    args: impl Fn(Lang) -> Args,
) {
    let say = |lang| words::format(lang, key, &args(lang));
    r.findings.push(Finding {
        code: code.into(),
        subject: subject.into(),
        fr: say(Lang::Fr),
        en: say(Lang::En),
    });
}

/// A value for the catalogue, as text.
fn v(x: impl ToString) -> Value<'static> {
    Value::from(x.to_string())
}

/// An amount in minor units as `lang` writes it.
fn amount(minor: i64, currency: &str, lang: Lang) -> String {
    match currency.parse::<Currency>() {
        Ok(c) => display::money(&Money::from_minor(minor, c), lang),
        Err(_) => format!("{minor} ({currency})"),
    }
}

fn sqlite(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    let lines = db.integrity_check()?;
    if lines != ["ok"] {
        for line in lines.into_iter().take(MAX_INTEGRITY_LINES) {
            push(r, "integrity", "SQLite", keys::CHECK_INTEGRITY, |_| {
                vec![("line", v(&line))]
            });
        }
    }
    for f in db.foreign_key_check()? {
        let row = f.rowid.map(|id| format!(" #{id}")).unwrap_or_default();
        push(
            r,
            "foreign_key",
            format!("{}{row}", f.table),
            keys::CHECK_FOREIGN_KEY,
            |_| {
                vec![
                    ("row", v(&row)),
                    ("table", v(&f.table)),
                    ("parent", v(&f.parent)),
                ]
            },
        );
    }
    Ok(())
}

/// "des factures 2026" / "of invoices 2026".
fn series_name(kind: &str, year: i64, lang: Lang) -> String {
    tr!(lang, CHECK_SERIES, kind = kind, year = year.to_string())
}

fn number_of(kind: &str, year: i64, seq: i64) -> String {
    let (Ok(year), Ok(seq)) = (i32::try_from(year), u32::try_from(seq)) else {
        return format!("{kind} {year}/{seq}");
    };
    match kind {
        "credit_note" => credit_note_number(year, seq),
        _ => invoice_number(year, seq),
    }
}

/// Gapless, without duplicates, chronological, each number as its series says it.
fn numbering(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    let docs = db.issued_series()?;
    r.documents_checked = docs.len() as i64;
    let counters = db.series_counters()?;
    let mut last: Option<(&str, i64, i64, Option<&str>)> = None; // kind, year, seq, date
    for d in &docs {
        let subject = d.number.clone().unwrap_or_else(|| format!("#{}", d.id));
        let (Some(year), Some(seq)) = (d.series_year, d.series_seq) else {
            push(r, "numbering", subject, keys::CHECK_UNNUMBERED, |_| {
                vec![("id", v(d.id))]
            });
            continue;
        };
        let expected = number_of(&d.kind, year, seq);
        if d.number.as_deref() != Some(expected.as_str()) {
            push(r, "numbering", &subject, keys::CHECK_WRONG_PLACE, |lang| {
                vec![
                    ("subject", v(&subject)),
                    ("expected", v(&expected)),
                    ("series", v(series_name(&d.kind, year, lang))),
                ]
            });
        }
        if d.issue_date.as_deref().and_then(|s| s.get(..4)) != Some(year.to_string().as_str()) {
            push(r, "numbering", &subject, keys::CHECK_WRONG_YEAR, |_| {
                vec![("subject", v(&subject)), ("year", v(year))]
            });
        }
        let prev_seq = match last {
            Some((k, y, s, prev_date)) if k == d.kind && y == year => {
                if let (Some(a), Some(b)) = (prev_date, d.issue_date.as_deref()) {
                    if b < a {
                        push(r, "numbering", &subject, keys::CHECK_OUT_OF_ORDER, |_| {
                            vec![("subject", v(&subject)), ("date", v(b)), ("previous", v(a))]
                        });
                    }
                }
                s
            }
            _ => 0,
        };
        gap(r, d, prev_seq, seq);
        last = Some((&d.kind, year, seq, d.issue_date.as_deref()));
    }
    // The counter of each series against its last document.
    let mut groups: Vec<(&str, i64, i64)> = Vec::new();
    for d in &docs {
        if let (Some(y), Some(s)) = (d.series_year, d.series_seq) {
            match groups.last_mut() {
                Some(g) if g.0 == d.kind && g.1 == y => g.2 = g.2.max(s),
                _ => groups.push((&d.kind, y, s)),
            }
        }
    }
    for (kind, year, max) in &groups {
        let counter = counters
            .iter()
            .find(|c| c.kind == *kind && c.year == *year)
            .map_or(0, |c| c.last_seq);
        series_counter(r, kind, *year, *max, counter);
    }
    for c in counters
        .iter()
        .filter(|c| !groups.iter().any(|g| g.0 == c.kind && g.1 == c.year))
    {
        series_counter(r, &c.kind, c.year, 0, c.last_seq);
    }
    Ok(())
}

fn gap(r: &mut CheckReport, d: &SeriesEntry, prev: i64, seq: i64) {
    let subject = d.number.clone().unwrap_or_else(|| format!("#{}", d.id));
    let year = d.series_year.unwrap_or_default();
    let series = |lang| v(series_name(&d.kind, year, lang));
    if seq <= prev {
        push(
            r,
            "numbering",
            &subject,
            keys::CHECK_DUPLICATE_NUMBER,
            |lang| vec![("subject", v(&subject)), ("series", series(lang))],
        );
    } else if seq > prev + 1 {
        let (from, to) = (
            number_of(&d.kind, year, prev + 1),
            number_of(&d.kind, year, seq - 1),
        );
        let key = if from == to {
            keys::CHECK_GAP_ONE
        } else {
            keys::CHECK_GAP_MANY
        };
        push(r, "numbering", &from, key, |lang| {
            let mut args = vec![("series", series(lang)), ("from", v(&from))];
            if from != to {
                args.push(("to", v(&to)));
            }
            args
        });
    }
}

fn series_counter(r: &mut CheckReport, kind: &str, year: i64, max: i64, counter: i64) {
    if counter == max {
        return;
    }
    let key = if counter > max {
        keys::CHECK_COUNTER_AHEAD
    } else {
        keys::CHECK_COUNTER_BEHIND
    };
    push(
        r,
        "numbering",
        number_of(kind, year, max.max(counter)),
        key,
        |lang| {
            vec![
                ("series", v(series_name(kind, year, lang))),
                ("counter", v(counter)),
                ("max", v(max)),
            ]
        },
    );
}

/// Each issued document's totals are its lines' as the domain computes them.
fn issued_totals(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    db.each_issued_with_lines(|doc| document_totals(r, &doc))?;
    Ok(())
}

fn document_totals(r: &mut CheckReport, doc: &IssuedTotals) {
    let n = doc.number.as_str();
    let Some(cur) = doc.currency else {
        push(r, "totals", n, keys::CHECK_UNKNOWN_CURRENCY, |_| {
            vec![("number", v(n))]
        });
        return;
    };
    let code = cur.code();
    if doc.gross_minor != doc.net_minor.saturating_add(doc.vat_minor) {
        push(r, "totals", n, keys::CHECK_GROSS_NOT_SUM, |lang| {
            vec![
                ("number", v(n)),
                ("gross", v(amount(doc.gross_minor, code, lang))),
            ]
        });
    }
    let Some(lines) = &doc.lines else {
        push(r, "totals", n, keys::CHECK_UNREADABLE_LINE, |_| {
            vec![("number", v(n))]
        });
        return;
    };
    for (i, (line, stored)) in lines.iter().enumerate() {
        let computed = line.try_net(cur).and_then(|m| m.to_minor().ok());
        if computed != Some(*stored) {
            push(r, "totals", n, keys::CHECK_LINE_NET, |lang| {
                vec![
                    ("line", v(i + 1)),
                    ("number", v(n)),
                    ("stored", v(amount(*stored, code, lang))),
                    (
                        "computed",
                        v(computed.map_or("?".into(), |c| amount(c, code, lang))),
                    ),
                ]
            });
        }
    }
    let t = totals(
        &lines.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>(),
        cur,
    );
    let minor = |m: &Money| m.to_minor().ok();
    let computed = (minor(&t.net), minor(&t.vat), minor(&t.gross));
    let stored = (
        Some(doc.net_minor),
        Some(doc.vat_minor),
        Some(doc.gross_minor),
    );
    if computed != stored {
        push(r, "totals", n, keys::CHECK_DOCUMENT_TOTALS, |lang| {
            vec![
                ("number", v(n)),
                ("stored", v(amount(doc.gross_minor, code, lang))),
                (
                    "computed",
                    v(computed.2.map_or("?".into(), |g| amount(g, code, lang))),
                ),
            ]
        });
    }
}

fn allocations(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for o in db.over_allocated_invoices()? {
        push(
            r,
            "over_allocation",
            &o.subject,
            keys::CHECK_INVOICE_OVER_ALLOCATED,
            |lang| over_allocated(&o, lang),
        );
    }
    for o in db.over_allocated_payments()? {
        push(
            r,
            "over_allocation",
            format!("payment {}", o.subject),
            keys::CHECK_PAYMENT_OVER_ALLOCATED,
            |lang| over_allocated(&o, lang),
        );
    }
    Ok(())
}

fn over_allocated(o: &OverAllocation, lang: Lang) -> Args {
    vec![
        ("subject", v(&o.subject)),
        ("allocated", v(amount(o.allocated_minor, &o.currency, lang))),
        ("limit", v(amount(o.limit_minor, &o.currency, lang))),
    ]
}

fn periods(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for p in db.periods_billed_twice()? {
        let list = p.invoices.join(", ");
        push(
            r,
            "period_billed_twice",
            &list,
            keys::CHECK_PERIOD_BILLED_TWICE,
            |_| {
                vec![
                    ("customer", v(&p.customer)),
                    ("count", v(p.invoices.len())),
                    ("currency", v(&p.currency)),
                    ("start", v(&p.period_start)),
                    ("list", v(&list)),
                ]
            },
        );
    }
    Ok(())
}

/// An issued support line whose billed time or fee is gone: billed again next run.
fn support_lines(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for l in db.unbacked_support_lines()? {
        let key = if l.kind == "support_fee" {
            keys::SUPPORT_GUARD_CHECK_FEE_UNBACKED
        } else {
            keys::SUPPORT_GUARD_CHECK_HOURS_UNBACKED
        };
        push(r, "support_billed_gone", &l.invoice_number, key, |_| {
            vec![("number", v(&l.invoice_number)), ("line", v(l.line_id))]
        });
    }
    Ok(())
}

fn settlement(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    let on = |d: &Option<String>, lang: Lang| match d {
        Some(d) => v(tr!(lang, CHECK_SETTLED_ON, date = d.as_str())),
        None => v(tr!(lang, CHECK_NOT_SETTLED)),
    };
    for m in db.settlement_mismatches()? {
        let n = m
            .number
            .clone()
            .unwrap_or_else(|| format!("#{}", m.invoice_id));
        let number = || ("number", v(&n));
        match (&m.indexed, &m.computed) {
            (None, _) => push(
                r,
                "settlement_index",
                &n,
                keys::CHECK_SETTLEMENT_MISSING,
                |_| vec![number()],
            ),
            (Some(_), None) => push(
                r,
                "settlement_index",
                &n,
                keys::CHECK_SETTLEMENT_STRAY,
                |_| vec![number()],
            ),
            (Some((_, si)), Some((_, sc))) => push(
                r,
                "settlement_index",
                &n,
                keys::CHECK_SETTLEMENT_DIFFERS,
                |lang| {
                    vec![
                        number(),
                        ("indexed", on(si, lang)),
                        ("computed", on(sc, lang)),
                    ]
                },
            ),
        }
    }
    Ok(())
}

fn log_name(chain: Chain) -> Key {
    match chain {
        Chain::Audit => keys::CHECK_LOG_AUDIT,
        Chain::Communications => keys::CHECK_LOG_COMMUNICATIONS,
        Chain::Files => keys::CHECK_LOG_FILES,
    }
}

fn chains(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for chain in Chain::ALL {
        let state = db.verify_chain(chain)?;
        for b in &state.breaks {
            let (id, key) = match b {
                ChainBreak::Unchained { id } => (id, keys::CHECK_CHAIN_UNCHAINED),
                ChainBreak::Gap { id } => (id, keys::CHECK_CHAIN_GAP),
                ChainBreak::Altered { id } => (id, keys::CHECK_CHAIN_ALTERED),
            };
            push(
                r,
                "chain",
                format!("{} #{id}", chain.table()),
                key,
                |lang| {
                    vec![
                        ("id", v(id)),
                        ("log", v(words::text(lang, log_name(chain)))),
                    ]
                },
            );
        }
        r.chains.push(ChainView {
            log: chain.table().into(),
            rows: state.rows as i64,
            head: state.head,
        });
    }
    Ok(())
}

fn sha256_of(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Every logged file still where it was written has the logged bytes.
fn files(db: &Db<'_>, book_dir: Option<&Path>, r: &mut CheckReport) -> Result<()> {
    for f in db.files_written()? {
        let mut path = PathBuf::from(&f.path);
        if path.is_relative() {
            if let Some(dir) = book_dir {
                path = dir.join(path);
            }
        }
        if !path.is_file() {
            r.files_missing += 1;
            continue;
        }
        match sha256_of(&path) {
            Ok(hash) if hash == f.sha256 => r.files_checked += 1,
            Ok(_) => {
                r.files_checked += 1;
                push(r, "file_hash", &f.path, keys::CHECK_FILE_CHANGED, |_| {
                    vec![("path", v(&f.path))]
                });
            }
            Err(e) => push(r, "file_hash", &f.path, keys::CHECK_FILE_UNREADABLE, |_| {
                vec![("path", v(&f.path)), ("detail", v(&e))]
            }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding is formatted in both languages, each with its own words for the series.
    #[test]
    fn a_finding_reads_in_both_languages() {
        let mut r = CheckReport {
            findings: Vec::new(),
            documents_checked: 0,
            files_checked: 0,
            files_missing: 0,
            chains: Vec::new(),
        };
        series_counter(&mut r, "credit_note", 2026, 4, 6);
        let f = &r.findings[0];
        assert_eq!(
            f.fr,
            "Le compteur de la série des avoirs 2026 est à 6 mais son dernier document porte le numéro 4 : des numéros ont été pris sans document."
        );
        assert_eq!(
            f.en,
            "The counter of the series of credit notes 2026 is at 6 but its last document is number 4: numbers were taken without a document."
        );
        assert_eq!(amount(1250, "EUR", Lang::Fr), "12,50\u{202f}€");
        assert_eq!(amount(1250, "XYZ", Lang::En), "1250 (XYZ)");
    }
}
