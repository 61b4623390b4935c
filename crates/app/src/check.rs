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
use ardoise_domain::Lang;
use ardoise_store::{Chain, ChainBreak, Db, IssuedTotals, SeriesEntry};
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
            chains(db, &mut r)?;
            files(db, book_dir.as_deref(), &mut r)?;
            Ok(r)
        })
    }
}

fn push(r: &mut CheckReport, code: &str, subject: impl Into<String>, fr: String, en: String) {
    r.findings.push(Finding {
        code: code.into(),
        subject: subject.into(),
        fr,
        en,
    });
}

/// An amount in minor units as each language writes it.
fn amount(minor: i64, currency: &str) -> (String, String) {
    match currency.parse::<Currency>() {
        Ok(c) => {
            let m = Money::from_minor(minor, c);
            (display::money(&m, Lang::Fr), display::money(&m, Lang::En))
        }
        Err(_) => (
            format!("{minor} ({currency})"),
            format!("{minor} ({currency})"),
        ),
    }
}

fn sqlite(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    let lines = db.integrity_check()?;
    if lines != ["ok"] {
        for line in lines.into_iter().take(MAX_INTEGRITY_LINES) {
            push(
                r,
                "integrity",
                "SQLite",
                format!("Le fichier du dossier est endommagé ({line}) : restaurez une sauvegarde."),
                format!("The book's file is damaged ({line}): restore a backup."),
            );
        }
    }
    for f in db.foreign_key_check()? {
        let row = f.rowid.map(|id| format!(" #{id}")).unwrap_or_default();
        push(
            r,
            "foreign_key",
            format!("{}{row}", f.table),
            format!(
                "La ligne{row} de la table {} renvoie à une ligne de la table {} qui n'existe plus.",
                f.table, f.parent
            ),
            format!(
                "Row{row} of table {} points to a row of table {} that no longer exists.",
                f.table, f.parent
            ),
        );
    }
    Ok(())
}

fn series_names(kind: &str, year: i64) -> (String, String) {
    match kind {
        "credit_note" => (
            format!("des avoirs {year}"),
            format!("of credit notes {year}"),
        ),
        _ => (
            format!("des factures {year}"),
            format!("of invoices {year}"),
        ),
    }
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
            push(
                r,
                "numbering",
                subject,
                format!(
                    "Le document #{} est émis sans place dans une série de numéros.",
                    d.id
                ),
                format!(
                    "Document #{} is issued without a place in a number series.",
                    d.id
                ),
            );
            continue;
        };
        let (fr_series, en_series) = series_names(&d.kind, year);
        let expected = number_of(&d.kind, year, seq);
        if d.number.as_deref() != Some(expected.as_str()) {
            push(
                r,
                "numbering",
                &subject,
                format!("Le document {subject} occupe la place de {expected} dans la série {fr_series}."),
                format!("Document {subject} holds the place of {expected} in the series {en_series}."),
            );
        }
        if d.issue_date.as_deref().and_then(|s| s.get(..4)) != Some(year.to_string().as_str()) {
            push(
                r,
                "numbering",
                &subject,
                format!("{subject} n'est pas daté de l'année de sa série ({year})."),
                format!("{subject} is not dated in its series' year ({year})."),
            );
        }
        let prev_seq = match last {
            Some((k, y, s, prev_date)) if k == d.kind && y == year => {
                if let (Some(a), Some(b)) = (prev_date, d.issue_date.as_deref()) {
                    if b < a {
                        push(
                            r,
                            "numbering",
                            &subject,
                            format!("{subject} est daté du {b}, avant le document qui le précède dans la série ({a})."),
                            format!("{subject} is dated {b}, before the document that precedes it in the series ({a})."),
                        );
                    }
                }
                s
            }
            _ => 0,
        };
        gap(r, d, &fr_series, &en_series, prev_seq, seq);
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

fn gap(r: &mut CheckReport, d: &SeriesEntry, fr: &str, en: &str, prev: i64, seq: i64) {
    let subject = d.number.clone().unwrap_or_else(|| format!("#{}", d.id));
    let year = d.series_year.unwrap_or_default();
    if seq <= prev {
        push(
            r,
            "numbering",
            &subject,
            format!("Le numéro {subject} est donné deux fois dans la série {fr}."),
            format!("Number {subject} is given twice in the series {en}."),
        );
    } else if seq > prev + 1 {
        let (from, to) = (
            number_of(&d.kind, year, prev + 1),
            number_of(&d.kind, year, seq - 1),
        );
        let (fr_gap, en_gap) = if from == to {
            (
                format!("le numéro {from} manque"),
                format!("number {from} is missing"),
            )
        } else {
            (
                format!("les numéros {from} à {to} manquent"),
                format!("numbers {from} to {to} are missing"),
            )
        };
        push(
            r,
            "numbering",
            from,
            format!("Dans la série {fr}, {fr_gap} : la numérotation doit être continue."),
            format!("In the series {en}, {en_gap}: numbering must have no gap."),
        );
    }
}

fn series_counter(r: &mut CheckReport, kind: &str, year: i64, max: i64, counter: i64) {
    if counter == max {
        return;
    }
    let (fr_series, en_series) = series_names(kind, year);
    let (fr, en) = if counter > max {
        (
            format!("Le compteur de la série {fr_series} est à {counter} mais son dernier document porte le numéro {max} : des numéros ont été pris sans document."),
            format!("The counter of the series {en_series} is at {counter} but its last document is number {max}: numbers were taken without a document."),
        )
    } else {
        (
            format!("Le compteur de la série {fr_series} est à {counter}, en deçà de son dernier document ({max}) : le prochain numéro serait donné deux fois."),
            format!("The counter of the series {en_series} is at {counter}, behind its last document ({max}): the next number would be given twice."),
        )
    };
    push(
        r,
        "numbering",
        number_of(kind, year, max.max(counter)),
        fr,
        en,
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
        push(
            r,
            "totals",
            n,
            format!("{n} est dans une monnaie qu'Ardoise ne connaît pas."),
            format!("{n} is in a currency Ardoise does not know."),
        );
        return;
    };
    let code = cur.code();
    if doc.gross_minor != doc.net_minor.saturating_add(doc.vat_minor) {
        let (gf, ge) = amount(doc.gross_minor, code);
        push(
            r,
            "totals",
            n,
            format!("Le total TTC de {n} ({gf}) n'est pas la somme de son HT et de sa TVA."),
            format!("The gross total of {n} ({ge}) is not its net plus its VAT."),
        );
    }
    let Some(lines) = &doc.lines else {
        push(
            r,
            "totals",
            n,
            format!("Une ligne de {n} contient une valeur illisible (quantité, prix ou taux)."),
            format!("A line of {n} holds an unreadable value (quantity, price or rate)."),
        );
        return;
    };
    for (i, (line, stored)) in lines.iter().enumerate() {
        let computed = line.try_net(cur).and_then(|m| m.to_minor().ok());
        if computed != Some(*stored) {
            let (sf, se) = amount(*stored, code);
            let (cf, ce) = computed.map_or(("?".into(), "?".into()), |c| amount(c, code));
            push(
                r,
                "totals",
                n,
                format!(
                    "La ligne {} de {n} indique {sf} HT, mais quantité × prix donne {cf}.",
                    i + 1
                ),
                format!(
                    "Line {} of {n} says {se} net, but quantity × price gives {ce}.",
                    i + 1
                ),
            );
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
        let (sf, se) = amount(doc.gross_minor, code);
        let (cf, ce) = computed
            .2
            .map_or(("?".into(), "?".into()), |g| amount(g, code));
        push(
            r,
            "totals",
            n,
            format!("{n} indique {sf} TTC, mais ses lignes donnent {cf} (HT et TVA par taux)."),
            format!("{n} says {se} gross, but its lines come to {ce} (net, and VAT per rate)."),
        );
    }
}

fn allocations(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for o in db.over_allocated_invoices()? {
        let ((gf, ge), (lf, le)) = (
            amount(o.allocated_minor, &o.currency),
            amount(o.limit_minor, &o.currency),
        );
        push(
            r,
            "over_allocation",
            &o.subject,
            format!("{} a reçu {gf} de paiements alors qu'il ne doit que {lf} (son montant moins ses avoirs).", o.subject),
            format!("{} received {ge} in payments but only owes {le} (its amount less its credit notes).", o.subject),
        );
    }
    for o in db.over_allocated_payments()? {
        let ((gf, ge), (lf, le)) = (
            amount(o.allocated_minor, &o.currency),
            amount(o.limit_minor, &o.currency),
        );
        push(
            r,
            "over_allocation",
            format!("payment {}", o.subject),
            format!(
                "Le paiement {} répartit {gf} sur des factures alors qu'il n'est que de {lf}.",
                o.subject
            ),
            format!(
                "Payment {} allocates {ge} to invoices but is only {le}.",
                o.subject
            ),
        );
    }
    Ok(())
}

fn periods(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for p in db.periods_billed_twice()? {
        let list = p.invoices.join(", ");
        push(
            r,
            "period_billed_twice",
            &list,
            format!(
                "{} a {} factures en {} pour la période commençant le {} ({list}) : une seule est permise.",
                p.customer,
                p.invoices.len(),
                p.currency,
                p.period_start
            ),
            format!(
                "{} has {} invoices in {} for the period starting {} ({list}): only one is allowed.",
                p.customer,
                p.invoices.len(),
                p.currency,
                p.period_start
            ),
        );
    }
    Ok(())
}

fn settlement(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    let on = |d: &Option<String>, lang: Lang| match (d, lang) {
        (Some(d), Lang::Fr) => format!("réglée le {d}"),
        (Some(d), Lang::En) => format!("settled on {d}"),
        (None, Lang::Fr) => "non réglée".to_string(),
        (None, Lang::En) => "not settled".to_string(),
    };
    for m in db.settlement_mismatches()? {
        let n = m
            .number
            .clone()
            .unwrap_or_else(|| format!("#{}", m.invoice_id));
        let (fr, en) = match (&m.indexed, &m.computed) {
            (None, _) => (
                format!("{n} manque dans l'index des règlements : la balance âgée l'ignorerait."),
                format!("{n} is missing from the settlement index: the aging report would leave it out."),
            ),
            (Some(_), None) => (
                format!("L'index des règlements a une ligne pour {n}, qui n'est pas une facture émise."),
                format!("The settlement index has a row for {n}, which is not an issued invoice."),
            ),
            (Some((_, si)), Some((_, sc))) => (
                format!("L'index des règlements dit {n} {}, ses paiements et avoirs la disent {}.", on(si, Lang::Fr), on(sc, Lang::Fr)),
                format!("The settlement index says {n} is {}, its payments and credit notes say {}.", on(si, Lang::En), on(sc, Lang::En)),
            ),
        };
        push(r, "settlement_index", n, fr, en);
    }
    Ok(())
}

fn log_names(chain: Chain) -> (&'static str, &'static str) {
    match chain {
        Chain::Audit => ("du journal d'audit", "the audit log"),
        Chain::Communications => ("du journal des communications", "the communication log"),
        Chain::Files => (
            "du registre des fichiers écrits",
            "the record of files written",
        ),
    }
}

fn chains(db: &Db<'_>, r: &mut CheckReport) -> Result<()> {
    for chain in Chain::ALL {
        let state = db.verify_chain(chain)?;
        let (fr_log, en_log) = log_names(chain);
        for b in &state.breaks {
            let (id, fr, en) = match b {
                ChainBreak::Unchained { id } => (
                    id,
                    format!("L'entrée #{id} {fr_log} n'est pas chaînée : elle a été écrite hors d'Ardoise."),
                    format!("Entry #{id} of {en_log} is not chained: it was written outside Ardoise."),
                ),
                ChainBreak::Gap { id } => (
                    id,
                    format!("La chaîne {fr_log} est rompue avant l'entrée #{id} : des entrées ont été supprimées ou insérées."),
                    format!("The chain of {en_log} is broken before entry #{id}: entries were deleted or inserted."),
                ),
                ChainBreak::Altered { id } => (
                    id,
                    format!("L'entrée #{id} {fr_log} a été modifiée après avoir été écrite."),
                    format!("Entry #{id} of {en_log} was changed after it was written."),
                ),
            };
            push(r, "chain", format!("{} #{id}", chain.table()), fr, en);
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
                push(
                    r,
                    "file_hash",
                    &f.path,
                    format!("Le fichier {} a été modifié depuis qu'Ardoise l'a écrit : ce n'est plus le document enregistré.", f.path),
                    format!("The file {} was changed after Ardoise wrote it: it is no longer the logged document.", f.path),
                );
            }
            Err(e) => push(
                r,
                "file_hash",
                &f.path,
                format!(
                    "Le fichier {} n'a pas pu être lu pour être vérifié ({e}).",
                    f.path
                ),
                format!(
                    "The file {} could not be read to be verified ({e}).",
                    f.path
                ),
            ),
        }
    }
    Ok(())
}
