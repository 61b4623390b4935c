//! Issued invoices leaving the book, on a real book and real files: each invoice written
//! and logged once, a second run writing only what is missing, the print file holding
//! every page of every invoice (read back with pdfinfo), a file already there never
//! replaced, a cancel keeping what was written, and the list's "not sent yet" and date
//! filters following the log.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::transport_invoicing::{DocumentKindView, InvoiceFilter, InvoiceRow, Progress};
use ardoise_app::transport_send::InvoicesPrintRequest;
use ardoise_app::window::{call, Job, Jobs, Window};
use ardoise_app::{AppError, Ardoise, CancelFlag, FixedClock, Session};
use chrono::NaiveDate;

fn book(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        customers: 5,
        history_months: 2,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    (b, s)
}

/// The issued invoices of the latest billing period that has some.
fn period(b: &Ardoise, s: &Session) -> (String, Vec<i64>) {
    let issued: Vec<InvoiceRow> = b
        .invoices(
            s,
            &InvoiceFilter {
                kind: Some(DocumentKindView::Invoice),
                ..Default::default()
            },
        )
        .unwrap()
        .into_iter()
        .filter(|r| r.number.is_some() && r.period.is_some())
        .collect();
    let latest = issued
        .iter()
        .filter_map(|r| r.period.clone())
        .max()
        .unwrap();
    let ids = b.invoices_of_period(s, &latest).unwrap();
    assert!(
        ids.len() >= 3,
        "the demo's {latest} has {} invoices",
        ids.len()
    );
    (latest, ids)
}

fn pages(path: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(path)
        .output()
        .expect("pdfinfo runs");
    assert!(out.status.success(), "pdfinfo refused {}", path.display());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

fn not_sent(b: &Ardoise, s: &Session) -> Vec<i64> {
    let filter = InvoiceFilter {
        not_sent: Some(true),
        ..Default::default()
    };
    b.invoices(s, &filter)
        .unwrap()
        .iter()
        .map(|r| r.id)
        .collect()
}

/// The invoice entries of the log naming `number`.
fn logged(b: &Ardoise, s: &Session, customer_id: i64, number: &str) -> usize {
    b.communications(s, customer_id)
        .unwrap()
        .iter()
        .filter(|c| c.kind == "invoice" && c.invoices.iter().any(|n| n == number))
        .count()
}

fn pdfs_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "pdf"));
    files.sort();
    files
}

fn in_window<T>(
    b: &mut Ardoise,
    s: &Session,
    jobs: &Jobs,
    documents: &Path,
    on_progress: impl Fn(Job, Progress),
    f: impl FnOnce(&mut Ardoise, &Session, &Window) -> ardoise_app::Result<T>,
) -> ardoise_app::Result<T> {
    let emit = |job: Job, p: Progress| on_progress(job, p);
    let w = Window {
        lang: Lang::Fr,
        documents,
        chosen: &[],
        jobs,
        emit: &emit,
    };
    f(b, s, &w)
}

#[test]
fn a_run_saved_and_printed_is_logged_once_and_a_second_run_writes_nothing_new() {
    let dir = tempfile::tempdir().unwrap();
    let (mut b, s) = book(&dir.path().join("book.db"));
    let docs = dir.path().join("docs");
    let (label, ids) = period(&b, &s);
    let before = not_sent(&b, &s);
    assert!(
        ids.iter().all(|id| before.contains(id)),
        "issued but already sent"
    );

    let jobs = Jobs::default();
    let ticks = AtomicUsize::new(0);
    let request = InvoicesPrintRequest {
        ids: ids.clone(),
        out_dir: String::new(),
        files: true,
        combined: Some(String::new()),
    };
    let first = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |job, _| {
            assert_eq!(job, Job::Invoices);
            ticks.fetch_add(1, Ordering::Relaxed);
        },
        |b, s, w| call::invoices_print(b, s, w, request.clone()),
    )
    .unwrap();
    assert!(!first.cancelled);
    assert_eq!(first.files.len(), ids.len());
    assert_eq!(
        ticks.load(Ordering::Relaxed),
        ids.len() + 1,
        "a tick per invoice"
    );
    let out = docs.join("invoices").join(&label);
    assert_eq!(Path::new(&first.out_dir), out);
    let combined = PathBuf::from(first.combined.clone().expect("a print file"));
    assert_eq!(
        combined.file_name().unwrap().to_string_lossy(),
        format!("Factures-{label}.pdf")
    );
    // The print file is every page of every invoice.
    let sum: usize = first.files.iter().map(|f| pages(Path::new(f))).sum();
    assert_eq!(pages(&combined), sum);
    assert_eq!(first.combined_pages as usize, sum);
    // Each invoice once in its customer's log; none is "not sent yet" any more.
    for id in &ids {
        let v = b.invoice(&s, *id).unwrap().row;
        assert_eq!(
            logged(&b, &s, v.customer_id, v.number.as_deref().unwrap()),
            1
        );
    }
    let after = not_sent(&b, &s);
    assert!(ids.iter().all(|id| !after.contains(id)));
    assert_eq!(
        after.len(),
        before.len() - ids.len(),
        "others left the list"
    );

    // Again: nothing new on disk or in the log, the same print file named.
    let files_before = pdfs_in(&out);
    let again = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_, _| {},
        |b, s, w| call::invoices_print(b, s, w, request.clone()),
    )
    .unwrap();
    assert!(again.files.is_empty(), "rewritten: {:?}", again.files);
    assert_eq!(again.kept as usize, ids.len());
    assert_eq!(again.combined, first.combined);
    assert_eq!(pdfs_in(&out), files_before);
    for id in &ids {
        let v = b.invoice(&s, *id).unwrap().row;
        assert_eq!(
            logged(&b, &s, v.customer_id, v.number.as_deref().unwrap()),
            1
        );
    }
}

#[test]
fn a_file_already_there_is_never_replaced_and_a_typed_name_taken_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let (_, ids) = period(&b, &s);
    let out = dir.path().join("mine");
    std::fs::create_dir_all(&out).unwrap();
    let first = b.invoice(&s, ids[0]).unwrap().row;
    let name = format!("{}.pdf", first.number.clone().unwrap());
    std::fs::write(out.join(&name), b"the clerk's own file").unwrap();
    let typed = out.join("print.pdf");
    std::fs::write(&typed, b"already here").unwrap();

    // The print file's typed name is taken: refused, and nothing logged or written.
    let request = InvoicesPrintRequest {
        ids: ids.clone(),
        out_dir: out.display().to_string(),
        files: false,
        combined: Some(typed.display().to_string()),
    };
    let refused = b.print_invoices(
        &s,
        &request,
        Lang::En,
        dir.path(),
        &|_| {},
        &CancelFlag::default(),
    );
    assert!(
        matches!(refused, Err(AppError::FileExists(_))),
        "{refused:?}"
    );
    assert_eq!(std::fs::read(&typed).unwrap(), b"already here");
    assert_eq!(
        logged(&b, &s, first.customer_id, first.number.as_deref().unwrap()),
        0
    );

    let request = InvoicesPrintRequest {
        combined: None,
        files: true,
        ..request
    };
    let done = b
        .print_invoices(
            &s,
            &request,
            Lang::En,
            dir.path(),
            &|_| {},
            &CancelFlag::default(),
        )
        .unwrap();
    assert_eq!(
        std::fs::read(out.join(&name)).unwrap(),
        b"the clerk's own file"
    );
    let numbered = out.join(format!("{} (2).pdf", first.number.unwrap()));
    assert!(
        done.files.contains(&numbered.display().to_string()),
        "{:?}",
        done.files
    );
    // No temporary file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .ends_with(".ardoise-partial")
        })
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn a_cancelled_run_keeps_what_it_wrote_and_the_next_writes_only_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let (_, ids) = period(&b, &s);
    let cancel = CancelFlag::default();
    let request = InvoicesPrintRequest {
        ids: ids.clone(),
        out_dir: dir.path().join("out").display().to_string(),
        files: true,
        combined: Some(String::new()),
    };
    // Stopped after the second invoice.
    let stop = |p: Progress| {
        if p.done == 2 {
            cancel.cancel();
        }
    };
    let cut = b
        .print_invoices(&s, &request, Lang::Fr, dir.path(), &stop, &cancel)
        .unwrap();
    assert!(cut.cancelled);
    assert_eq!(cut.files.len(), 2);
    assert!(cut.combined.is_none(), "a print file of a stopped run");
    assert_eq!(
        not_sent(&b, &s)
            .iter()
            .filter(|id| ids.contains(id))
            .count(),
        ids.len() - 2
    );

    cancel.reset();
    let rest = b
        .print_invoices(&s, &request, Lang::Fr, dir.path(), &|_| {}, &cancel)
        .unwrap();
    assert_eq!(rest.kept, 2);
    assert_eq!(rest.files.len(), ids.len() - 2);
    assert!(rest.combined.is_some());
    assert_eq!(pdfs_in(Path::new(&request.out_dir)).len(), ids.len() + 1);
}

#[test]
fn marking_sent_keeps_a_copy_and_a_draft_or_nothing_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let (_, ids) = period(&b, &s);
    let docs = dir.path().join("docs");
    b.mark_invoices_sent(&s, &ids[..1], "2026-11-25", "post", Lang::Fr, &docs)
        .unwrap();
    let v = b.invoice(&s, ids[0]).unwrap().row;
    let entry = b
        .communications(&s, v.customer_id)
        .unwrap()
        .into_iter()
        .find(|c| c.kind == "invoice")
        .expect("logged");
    assert_eq!(entry.sent_on.as_deref(), Some("2026-11-25"));
    assert_eq!(entry.sent_via.as_deref(), Some("post"));
    assert!(!not_sent(&b, &s).contains(&ids[0]));
    // Sending is recorded once: and refused before the others are written, as is a
    // date that is not one or a channel that is not post or e-mail.
    let twice = b.mark_invoices_sent(&s, &ids[..2], "2026-11-25", "post", Lang::Fr, &docs);
    assert!(matches!(twice, Err(AppError::AlreadySent(_))), "{twice:?}");
    let files = pdfs_in(&docs.join("invoices")).len();
    for (on, via) in [("2026-02-31", "post"), ("2026-11-25", "pigeon")] {
        let refused = b.mark_invoices_sent(&s, &ids[1..3], on, via, Lang::Fr, &docs);
        assert!(matches!(refused, Err(AppError::Invalid(_))), "{refused:?}");
    }
    assert_eq!(
        pdfs_in(&docs.join("invoices")).len(),
        files,
        "nothing written"
    );
    assert!(not_sent(&b, &s).contains(&ids[1]) && not_sent(&b, &s).contains(&ids[2]));

    let none = b.print_invoices(
        &s,
        &InvoicesPrintRequest::default(),
        Lang::Fr,
        &docs,
        &|_| {},
        &CancelFlag::default(),
    );
    assert!(matches!(none, Err(AppError::Invalid(_))), "{none:?}");
}

#[test]
fn the_list_filters_by_issue_date_and_refuses_a_range_the_wrong_way_round() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = book(&dir.path().join("book.db"));
    let all = b.invoices(&s, &InvoiceFilter::default()).unwrap();
    let dated: Vec<&InvoiceRow> = all.iter().filter(|r| r.issue_date.is_some()).collect();
    let day = dated[dated.len() / 2].issue_date.clone().unwrap();
    let filter = InvoiceFilter {
        issued_from: Some(day.clone()),
        issued_to: Some(day.clone()),
        ..Default::default()
    };
    let that_day = b.invoices(&s, &filter).unwrap();
    assert!(!that_day.is_empty());
    assert!(that_day
        .iter()
        .all(|r| r.issue_date.as_deref() == Some(day.as_str())));
    let expected = dated
        .iter()
        .filter(|r| r.issue_date.as_deref() == Some(day.as_str()))
        .count();
    assert_eq!(that_day.len(), expected);

    let wrong = InvoiceFilter {
        issued_from: Some("2026-11-30".into()),
        issued_to: Some("2026-11-01".into()),
        ..Default::default()
    };
    match b.invoices(&s, &wrong) {
        Err(AppError::Invalid(i)) => {
            assert_eq!(
                i.0.iter().map(|f| f.field.as_str()).collect::<Vec<_>>(),
                ["issued_to"]
            );
        }
        other => panic!("accepted: {other:?}"),
    }
    let garbage = InvoiceFilter {
        issued_from: Some("31/02/2026".into()),
        issued_to: Some("nope".into()),
        ..Default::default()
    };
    match b.invoices(&s, &garbage) {
        Err(AppError::Invalid(i)) => assert_eq!(i.0.len(), 2, "every field named"),
        other => panic!("accepted: {other:?}"),
    }
}
