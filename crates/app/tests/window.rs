//! The use cases as the desktop window calls them (`ardoise_app::window::call`, generated
//! from the one declaration of each command): each long job's own cancel, and what the
//! window may open or write to.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::Lang;
use ardoise_app::opening::OpenTarget;
use ardoise_app::transport_invoicing::Progress;
use ardoise_app::transport_statements::{BatchRequest, StatementSelection};
use ardoise_app::window::{call, Job, Jobs, Window};
use ardoise_app::{AppError, Ardoise, FixedClock, Session};
use chrono::NaiveDate;

fn book(path: &Path) -> (Ardoise, Session) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        customers: 4,
        history_months: 2,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    (b, s)
}

fn batch() -> BatchRequest {
    BatchRequest {
        selection: StatementSelection::All,
        from: "2026-11-01".into(),
        to: "2026-11-25".into(),
        as_of: "2026-11-25".into(),
        out_dir: String::new(),
        combined: None,
    }
}

/// Runs `f` as the window would, with `on_progress` told of every tick of either job.
fn in_window<T>(
    b: &mut Ardoise,
    s: &Session,
    jobs: &Jobs,
    documents: &Path,
    on_progress: impl Fn(Job),
    f: impl FnOnce(&mut Ardoise, &Session, &Window) -> ardoise_app::Result<T>,
) -> ardoise_app::Result<T> {
    let emit = |job: Job, _: Progress| on_progress(job);
    let chosen: Vec<PathBuf> = Vec::new();
    let w = Window {
        lang: Lang::Fr,
        documents,
        chosen: &chosen,
        jobs,
        emit: &emit,
    };
    f(b, s, &w)
}

#[test]
fn cancelling_billing_does_not_stop_a_statements_batch_and_the_other_way_round() {
    let dir = tempfile::tempdir().unwrap();
    let (mut b, s) = book(&dir.path().join("book.db"));
    let docs = dir.path().join("docs");
    let jobs = Jobs::default();

    // Billing is cancelled at every statements tick: the batch goes to its end.
    let done = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| jobs.cancel(Job::Billing),
        |b, s, w| call::statements_batch(b, s, w, batch()),
    )
    .unwrap();
    assert!(!done.cancelled);
    assert!(done.selected > 0);
    assert_eq!(done.produced, done.selected);

    // Statements are cancelled at every billing tick: the run drafts its invoices.
    let run = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| jobs.cancel(Job::Statements),
        |b, s, w| call::bill(b, s, w, "2026-12".into()),
    )
    .unwrap();
    assert!(!run.cancelled);
    assert!(!run.drafted.is_empty());

    // Each job's own cancel still stops it.
    let stopped = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |job| jobs.cancel(job),
        |b, s, w| call::statements_batch(b, s, w, batch()),
    )
    .unwrap();
    assert!(stopped.cancelled);
    let stopped = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |job| jobs.cancel(job),
        |b, s, w| call::bill(b, s, w, "2027-01".into()),
    )
    .unwrap();
    assert!(stopped.cancelled);
    assert!(stopped.drafted.is_empty());
}

#[test]
fn the_window_opens_only_what_the_book_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let (mut b, s) = book(&dir.path().join("book.db"));
    let docs = dir.path().join("docs");
    let jobs = Jobs::default();
    let outside = dir.path().join("elsewhere.pdf");
    std::fs::write(&outside, b"%PDF-1.4 not the book's").unwrap();
    for target in [
        OpenTarget::Path(outside.display().to_string()),
        OpenTarget::Path("/etc/passwd".into()),
        OpenTarget::Path("docs/../elsewhere.pdf".into()),
    ] {
        let refused = in_window(
            &mut b,
            &s,
            &jobs,
            &docs,
            |_| {},
            |b, s, w| call::document_open(b, s, w, target.clone()),
        );
        assert!(
            matches!(refused, Err(AppError::PathRefused(_))),
            "{target:?}: {refused:?}"
        );
    }
    let unknown = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| call::document_open(b, s, w, OpenTarget::Communication(9999)),
    );
    assert!(matches!(unknown, Err(AppError::NotFound(_))), "{unknown:?}");

    // A batch is written only into the documents folder or a folder the user chose.
    let elsewhere = BatchRequest {
        out_dir: dir.path().join("month-end").display().to_string(),
        ..batch()
    };
    let refused = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| call::statements_batch(b, s, w, elsewhere),
    );
    assert!(
        matches!(refused, Err(AppError::PathRefused(_))),
        "{refused:?}"
    );
    assert!(!dir.path().join("month-end").exists());
}

/// Two invoices due the same day and issued the same day: the domain settles the older
/// one (lower id) first even when it was numbered second, and the window's proposal and
/// its order follow the domain (the UI once sorted by number).
#[test]
fn the_payment_proposal_breaks_ties_as_the_domain_does() {
    let dir = tempfile::tempdir().unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b =
        Ardoise::open(&dir.path().join("book.db"), Arc::new(FixedClock::on(today))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        customers: 2,
        history_months: 0,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    let docs = dir.path().join("docs");
    let jobs = Jobs::default();
    let nov = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| call::bill(b, s, w, "2026-11".into()),
    )
    .unwrap();
    let older = &nov.drafted[0];
    let dec = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| call::bill(b, s, w, "2026-12".into()),
    )
    .unwrap();
    let newer = dec
        .drafted
        .iter()
        .find(|r| r.customer_id == older.customer_id)
        .expect("the same customer billed in December");
    assert!(older.id < newer.id);
    // The newer draft is issued (numbered) first.
    let newer = b.issue_invoices(&s, &[newer.id]).unwrap().remove(0);
    let older = b.issue_invoices(&s, &[older.id]).unwrap().remove(0);
    assert!(newer.number < older.number);
    assert_eq!(
        (&newer.due_date, &newer.issue_date),
        (&older.due_date, &older.issue_date)
    );

    let proposal = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| {
            call::allocation_proposal(
                b,
                s,
                w,
                older.customer_id,
                older.open.amount.clone(),
                older.open.currency.clone(),
                None,
            )
        },
    )
    .unwrap();
    let at = |id: i64| proposal.order.iter().position(|&o| o == id).unwrap();
    assert!(at(older.id) < at(newer.id), "{proposal:?}");
    assert_eq!(proposal.allocations.len(), 1, "{proposal:?}");
    assert_eq!(proposal.allocations[0].invoice_id, older.id);

    // The invoice the user came from goes first, then the rest oldest first.
    let proposal = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| {
            call::allocation_proposal(
                b,
                s,
                w,
                older.customer_id,
                newer.open.amount.clone(),
                newer.open.currency.clone(),
                Some(newer.id),
            )
        },
    )
    .unwrap();
    assert_eq!(proposal.allocations[0].invoice_id, newer.id);
    assert_eq!(proposal.allocations[0].amount, newer.open.amount);

    // An amount that does not read proposes nothing, and is not an error.
    let none = in_window(
        &mut b,
        &s,
        &jobs,
        &docs,
        |_| {},
        |b, s, w| {
            call::allocation_proposal(b, s, w, older.customer_id, "abc".into(), "EUR".into(), None)
        },
    )
    .unwrap();
    assert!(none.allocations.is_empty());
}

#[test]
fn the_subscription_form_offers_what_the_domain_allows() {
    use ardoise_app::domain::subscription::{BillingFrequency, Term};
    let dir = tempfile::tempdir().unwrap();
    let (mut b, s) = book(&dir.path().join("book.db"));
    let jobs = Jobs::default();
    let table = in_window(
        &mut b,
        &s,
        &jobs,
        dir.path(),
        |_| {},
        call::term_frequencies,
    )
    .unwrap();
    for row in &table {
        for f in BillingFrequency::ALL {
            assert_eq!(row.frequencies.contains(f), row.term.allows(*f), "{row:?}");
        }
    }
    let monthly = table.iter().find(|r| r.term == Term::Monthly).unwrap();
    assert_eq!(monthly.frequencies, vec![BillingFrequency::Monthly]);
    assert_eq!(table.len(), Term::ALL.len());
}
