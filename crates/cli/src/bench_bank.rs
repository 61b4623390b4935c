//! `ardoise bench bank`: a CAMT.053 statement of 20,000 lines matched against the book
//! of 10,000 customers with their history: the file read and every credit proposed
//! (a dry run), then the lines recorded and proposed (what the clerk waits for: the
//! goal), then every proposal confirmed as payments, then the file again. Each import
//! is timed step by step: parse, lookup of the lines known, write, index, match.

use std::fmt::Write as _;
use std::time::Instant;

use ardoise_app::domain::Lang;
use ardoise_app::transport_bank::{BankImportRequest, BankLineStatus};
use ardoise_app::transport_invoicing::InvoiceFilter;
use ardoise_app::ImportTimings;

use crate::bench::ms;
use crate::bench_statements::history_book;

/// A statement whose lines name an invoice (two in five), quote the customer's account
/// reference (one in five), give only the amount (one in five) or nothing known.
fn statement(open: &[(i64, String, String)], lines: usize) -> String {
    let mut x = String::with_capacity(lines * 700);
    x.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>\
         <GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-11-25T06:00:00</CreDtTm></GrpHdr><Stmt><Id>B1</Id>\
         <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>\n",
    );
    for n in 0..lines {
        let (customer, number, amount) = &open[n % open.len().max(1)];
        let (label, amount) = match n % 5 {
            0 | 1 => (format!("VIR SEPA FACTURE {number}"), amount.clone()),
            2 => (format!("VIREMENT C-{customer:05}"), amount.clone()),
            3 => ("VIREMENT RECU".to_string(), amount.clone()),
            _ => (
                format!("VIR DIVERS {n}"),
                format!("{}.{:02}", 1 + n % 97, n % 100),
            ),
        };
        let _ = writeln!(
            x,
            "<Ntry><NtryRef>{n}</NtryRef><Amt Ccy=\"EUR\">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd>\
             <Sts>BOOK</Sts><BookgDt><Dt>2026-11-24</Dt></BookgDt><ValDt><Dt>2026-11-24</Dt></ValDt>\
             <AcctSvcrRef>BENCH{n:08}</AcctSvcrRef><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>PAYEUR {n}</Nm></Dbtr>\
             <DbtrAcct><Id><IBAN>FR76300060000{n:014}</IBAN></Id></DbtrAcct></RltdPties>\
             <RmtInf><Ustrd>{label}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
        );
    }
    x.push_str("</Stmt></BkToCstmrStmt></Document>\n");
    x
}

/// One import's figures, step by step.
fn phases(t: &ImportTimings) -> String {
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    format!(
        "parse {:.0} ms, lookup {:.0} ms, write {:.0} ms, index {:.0} ms, match {:.0} ms; total {:.0} ms",
        ms(t.parse),
        ms(t.lookup),
        ms(t.write),
        ms(t.index),
        ms(t.matching),
        ms(t.total())
    )
}

pub fn run(customers: usize, per_customer: usize, lines: usize) -> ardoise_app::Result<()> {
    let (book, s, dir) = history_book(customers, per_customer)?;
    let open: Vec<(i64, String, String)> = book
        .invoices(&s, &InvoiceFilter::default())?
        .into_iter()
        .filter(|r| r.open.amount != "0")
        .filter_map(|r| Some((r.customer_id, r.number?, r.open.amount)))
        .collect();
    let file = dir.join("camt053-bench.xml");
    let xml = statement(&open, lines);
    std::fs::write(&file, &xml).map_err(|e| ardoise_app::AppError::File {
        path: file.display().to_string(),
        detail: e.to_string(),
    })?;
    outln!(
        "statement: {lines} CAMT.053 lines, {:.1} MB; book: {customers} customers, {} open invoices",
        xml.len() as f64 / 1e6,
        open.len()
    );
    let mut request = BankImportRequest {
        path: file.display().to_string(),
        dry_run: true,
        csv_bank: None,
        csv_mapping: None,
        csv_currency: None,
    };
    let mut runs = Vec::new();
    for _ in 0..3 {
        runs.push(book.bank_import_timed(&s, &request, Lang::Fr)?);
    }
    runs.sort_by_key(|(_, t)| t.total());
    let (view, dry) = &runs[1];
    let count = |st: BankLineStatus| view.lines.iter().filter(|l| l.status == st).count();
    outln!(
        "read + matched (dry run, median of 3): {}; {} proposed, {} unmatched, {} refused",
        phases(dry),
        count(BankLineStatus::Proposed),
        count(BankLineStatus::Unmatched),
        count(BankLineStatus::Refused)
    );
    request.dry_run = false;
    let (imported, import) = book.bank_import_timed(&s, &request, Lang::Fr)?;
    outln!(
        "imported (lines recorded, then matched): {} (goal ≤ 1000 ms); {} lines added",
        phases(&import),
        imported.added
    );
    let t = Instant::now();
    let made = book.bank_confirm_all(&s, &imported)?;
    outln!(
        "confirmed as payments in one transaction: {:.0} ms, {} payments",
        ms(t),
        made.len()
    );
    let (again, timings) = book.bank_import_timed(&s, &request, Lang::Fr)?;
    outln!(
        "the same file again: {}; {} lines added, {} already imported",
        phases(&timings),
        again.added,
        again.already_imported
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
