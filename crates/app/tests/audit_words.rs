//! The trail's changes read in words, never the codes the book stores: an invoice issued
//! goes from « brouillon » to « émise », a subscription changed names its term, its
//! billing frequency, its renewal and its status as the reader says them, in French and
//! in English, and every column has its label.

use std::path::Path;
use std::sync::Arc;

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::subscription::{BillingFrequency, SubscriptionStatus, Term};
use ardoise_app::domain::Lang;
use ardoise_app::transport_audit::AuditEntryView;
use ardoise_app::{Ardoise, CancelFlag, FixedClock, Session};
use chrono::NaiveDate;

fn demo(path: &Path) -> (Ardoise, Session) {
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(path, Arc::new(FixedClock::on(day))).unwrap();
    let s = b.admin_session().unwrap();
    let options = DemoOptions {
        history_months: 0,
        ..DemoOptions::default()
    };
    b.seed_demo(&s, options).unwrap();
    (b, s)
}

/// The change of `label` in the entry: (before, after).
fn change(e: &AuditEntryView, label: &str) -> (Option<String>, Option<String>) {
    let f = e
        .changes
        .iter()
        .flat_map(|r| &r.fields)
        .find(|f| f.label == label)
        .unwrap_or_else(|| panic!("no {label} in {:#?}", e.changes));
    (f.before.clone(), f.after.clone())
}

fn pair(before: &str, after: &str) -> (Option<String>, Option<String>) {
    (Some(before.to_string()), Some(after.to_string()))
}

fn entry<'a>(history: &'a [AuditEntryView], action: &str) -> &'a AuditEntryView {
    history
        .iter()
        .find(|e| e.action == action)
        .unwrap_or_else(|| panic!("no {action} in the customer's history"))
}

/// What each language calls the columns and the values this test changes.
struct Words {
    status: &'static str,
    term: &'static str,
    frequency: &'static str,
    renews: &'static str,
    draft: &'static str,
    issued: &'static str,
    monthly_term: &'static str,
    annual_term: &'static str,
    monthly_bill: &'static str,
    annual_bill: &'static str,
    active: &'static str,
    suspended: &'static str,
    yes: &'static str,
    no: &'static str,
}

const FR: Words = Words {
    status: "État",
    term: "Engagement",
    frequency: "Facturation",
    renews: "Renouvellement automatique",
    draft: "brouillon",
    issued: "émise",
    monthly_term: "mensuel",
    annual_term: "annuel",
    monthly_bill: "mensuelle",
    annual_bill: "annuelle",
    active: "actif",
    suspended: "suspendu",
    yes: "oui",
    no: "non",
};

const EN: Words = Words {
    status: "Status",
    term: "Term",
    frequency: "Billing",
    renews: "Automatic renewal",
    draft: "draft",
    issued: "issued",
    monthly_term: "monthly",
    annual_term: "annual",
    monthly_bill: "monthly",
    annual_bill: "annual",
    active: "active",
    suspended: "suspended",
    yes: "yes",
    no: "no",
};

#[test]
fn an_issued_invoice_and_a_changed_subscription_read_in_words_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (b, s) = demo(&dir.path().join("book.db"));

    // A monthly subscription, renewed automatically, becomes annual, not renewed, and
    // suspended, in one save.
    let customers = b.customers(&s).unwrap();
    let (customer, sub) = customers
        .iter()
        .find_map(|c| {
            let view = b.customer(&s, c.id).unwrap();
            let sub = view.subscriptions.into_iter().find(|x| {
                x.term == Term::Monthly
                    && x.billing_frequency == BillingFrequency::Monthly
                    && x.auto_renew
                    && x.status == SubscriptionStatus::Active
            })?;
            Some((c.id, sub))
        })
        .expect("a monthly subscription in the demo book");
    let mut form = b.subscription_form(&s, sub.id).unwrap();
    form.term = "annual".into();
    form.billing_frequency = "annual".into();
    form.auto_renew = false;
    form.status = "suspended".into();
    form.renewal_date = String::new();
    b.update_subscription(&s, sub.id, &form, None).unwrap();

    // The customer's invoice of the month, issued.
    let run = b
        .bill(&s, "2026-11", Lang::Fr, &|_| {}, &CancelFlag::default())
        .unwrap();
    let draft = run
        .drafted
        .iter()
        .find(|r| r.customer_id != customer)
        .expect("a draft");
    b.issue_invoices(&s, &[draft.id]).unwrap();
    let invoiced = draft.customer_id;

    for (lang, w) in [(Lang::Fr, &FR), (Lang::En, &EN)] {
        let history = b.customer_history(&s, customer, lang).unwrap();
        let changed = entry(&history, "subscription.update");
        assert_eq!(change(changed, w.term), pair(w.monthly_term, w.annual_term));
        assert_eq!(
            change(changed, w.frequency),
            pair(w.monthly_bill, w.annual_bill)
        );
        assert_eq!(change(changed, w.renews), pair(w.yes, w.no));
        assert_eq!(change(changed, w.status), pair(w.active, w.suspended));

        let history = b.customer_history(&s, invoiced, lang).unwrap();
        let issued = entry(&history, "invoice.issue");
        assert_eq!(change(issued, w.status), pair(w.draft, w.issued));

        // Nothing in either entry is a stored code or an unlabelled column.
        let mut faults = Vec::new();
        for e in [changed, issued] {
            for f in e.changes.iter().flat_map(|r| &r.fields) {
                if !f.label.starts_with(char::is_uppercase) || f.label.contains('_') {
                    faults.push(format!("a column without its label: {f:?}"));
                }
                for v in [&f.before, &f.after].into_iter().flatten() {
                    let code = ["draft", "issued", "monthly", "annual", "active"];
                    if v.contains('_') || lang == Lang::Fr && code.contains(&v.as_str()) {
                        faults.push(format!("a code in {f:?}"));
                    }
                }
            }
        }
        assert!(faults.is_empty(), "{lang:?}: {faults:#?}");
    }
}

/// Every column the trail can show has its label in the catalogue: a column added by a
/// later migration without one fails here (the page would show its name instead).
#[test]
fn every_column_of_the_book_has_its_label() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    drop(demo(&path));
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'",
        )
        .unwrap();
    let columns: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let ids: std::collections::BTreeSet<&str> = ardoise_app::domain::words::catalogue()
        .map(|(k, _)| k.id())
        .collect();
    // The log's own columns are never among the changes it records; the rest are.
    let missing: Vec<String> = columns
        .iter()
        .filter(|(t, c)| t != "audit_log" && c != "id")
        .filter(|(_, c)| !ids.contains(format!("audit-column-{}", c.replace('_', "-")).as_str()))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(columns.len() > 300, "{} columns", columns.len());
    assert!(missing.is_empty(), "no label for {missing:?}");
}

/// A row that names another (a payment's customer, an allocation's invoice) names it by
/// its name or number, not by the id the book keeps.
#[test]
fn rows_named_by_another_say_its_name_or_number() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("book.db");
    let day = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut b = Ardoise::open(&path, Arc::new(FixedClock::on(day))).unwrap();
    let s = b.admin_session().unwrap();
    b.seed_demo(&s, DemoOptions::default()).unwrap();
    let filter = ardoise_app::transport_audit::AuditFilter {
        kind: Some(ardoise_app::transport_audit::AuditKind::Payment),
        ..Default::default()
    };
    let page = b.audit_entries(&s, &filter, Lang::Fr).unwrap();
    let paid = page
        .entries
        .iter()
        .find(|e| e.action == "payment.record")
        .expect("a payment in the demo's history");
    assert_eq!(change(paid, "Client").1, paid.customer_name);
    let invoice = change(paid, "Facture").1.expect("an allocation");
    assert!(invoice.starts_with("F20"), "{invoice}");
}
