//! One print file of several documents: every page of each, in order, each page still
//! carrying its size and fonts.

use ardoise_documents::sample::{sample_invoice, sample_long_invoice};
use ardoise_documents::{combine_pdfs, render_invoice};
use ardoise_domain::Lang;
use lopdf::Document;

fn pages(bytes: &[u8]) -> usize {
    Document::load_mem(bytes)
        .map(|d| d.get_pages().len())
        .unwrap_or(0)
}

#[test]
fn every_page_of_every_document_in_order() {
    let one = render_invoice(&sample_invoice(Lang::Fr)).expect("invoice");
    let long = render_invoice(&sample_long_invoice(Lang::En, 80)).expect("long invoice");
    let (a, b) = (pages(&one), pages(&long));
    assert!(a >= 1 && b > 1, "samples: {a} and {b} pages");
    let combined = combine_pdfs(&[&one, &long, &one])
        .expect("combined")
        .expect("some pages");
    assert_eq!(combined.pages, 2 * a + b);
    let combined = combined.bytes;
    let doc = Document::load_mem(&combined).expect("the combined file reads back");
    assert_eq!(doc.get_pages().len(), 2 * a + b);
    for page in doc.get_pages().values() {
        let dict = doc.get_dictionary(*page).expect("page");
        assert!(dict.get(b"MediaBox").is_ok(), "a page without its size");
        assert!(dict.get(b"Resources").is_ok(), "a page without its fonts");
    }
    // Read back as text, the documents follow each other: the long one in the middle.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("combined.pdf");
    std::fs::write(&path, &combined).expect("written");
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&text.stdout).to_lowercase();
    let first = text.find("facture").expect("the French invoice first");
    let english = text.find("invoice").expect("the English invoice");
    let last = text.rfind("facture").expect("the French invoice again");
    assert!(first < english && english < last, "documents out of order");
}

#[test]
fn nothing_to_combine_and_a_broken_file_are_told_apart() {
    assert!(combine_pdfs(&[]).expect("empty").is_none());
    let one = render_invoice(&sample_invoice(Lang::Fr)).expect("invoice");
    let err = combine_pdfs(&[&one, b"not a pdf"]).expect_err("refused");
    assert_eq!(err.index, 1);
}
