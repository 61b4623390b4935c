//! Naming a customer, invoice or product as it is typed: the search folds accents and
//! case as the window's does, and a name the book does not have is refused with the
//! CLI's own sentence (exit code 2), which says how to list the right names.

mod common;

use common::*;

fn book_with_societe_generale(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("book.db");
    run_ok(&db, &["demo", "--customers", "0"]);
    for (name, city) in [("Société Générale", "Paris"), ("Dupont SARL", "Orléans")] {
        run_ok(
            &db,
            &[
                "customers",
                "add",
                "--name",
                name,
                "--address",
                "1 rue Neuve",
                "--postal-code",
                "75009",
                "--city",
                city,
            ],
        );
    }
    db
}

#[test]
fn the_search_finds_societe_without_its_accents_or_case() {
    let dir = tempfile::tempdir().unwrap();
    let db = book_with_societe_generale(dir.path());
    for q in ["societe", "SOCIÉTÉ", "générale"] {
        let out = run_ok(&db, &["customers", "list", "--search", q]);
        assert!(out.contains("Société Générale"), "--search {q}: {out}");
        assert!(!out.contains("Dupont"), "--search {q}: {out}");
        assert!(
            out.trim_end().ends_with("\n1 customer"),
            "--search {q}: {out}"
        );
    }
    let json = run_ok(&db, &["--json", "customers", "list", "--search", "orleans"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["legal_name"], "Dupont SARL");
    // Named without its accents, the one customer of that name.
    let shown = run_ok(&db, &["customers", "show", "societe generale"]);
    assert!(shown.starts_with("Société Générale (id "), "{shown}");
}

#[test]
fn a_customer_the_book_does_not_have_is_refused_with_the_clis_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let db = book_with_societe_generale(dir.path());
    let out = run(&db, &["customers", "show", "xyz"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        "No customer matches “xyz”; `ardoise customers list --search xyz` lists them."
    );
    assert!(!err.contains("reload"), "{err}");

    // `ardoise()` asks for English; this one is typed in French.
    let fr = std::process::Command::new(env!("CARGO_BIN_EXE_ardoise"))
        .env("ARDOISE_USER", "admin")
        .env("ARDOISE_PASSWORD", "demo")
        .args(["--db".as_ref(), db.as_os_str()])
        .args(["--lang", "fr", "statement", "Acme Corp"])
        .env("ARDOISE_TODAY", TODAY)
        .output()
        .unwrap();
    assert_eq!(fr.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&fr.stderr).trim_end(),
        "Aucun client ne correspond à «\u{202f}Acme Corp\u{202f}»\u{202f}; \
         `ardoise customers list --search 'Acme Corp'` les liste."
    );

    let json = run(&db, &["--json", "payments", "list", "--customer", "xyz"]);
    assert_eq!(json.status.code(), Some(2));
    let view: serde_json::Value = serde_json::from_slice(&json.stderr).unwrap();
    assert_eq!(view["code"], "not_found");
}

#[test]
fn an_invoice_or_product_the_book_does_not_have_names_the_list_to_look_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = book_with_societe_generale(dir.path());
    let out = run(&db, &["invoices", "show", "F2026-99999"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "No invoice matches “F2026-99999”; `ardoise invoices list` lists them."
    );
    let out = run(
        &db,
        &[
            "subscriptions",
            "add",
            "--customer",
            "societe generale",
            "--product",
            "nope",
            "--quantity",
            "3",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim_end(),
        "No product matches “nope”; `ardoise products list` lists them."
    );
}
