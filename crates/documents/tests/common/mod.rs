//! What the PDF tests share: reading a rendered PDF back with poppler's
//! `pdftotext -layout`, the way a person copying text from it (or a search indexer)
//! would.

#![allow(dead_code)] // Each test file uses its own part.

use std::path::Path;
use std::process::Command;

use ardoise_documents::Party;

/// Marks where a page ends in [`extract`]'s text.
pub const PAGE_BREAK: &str = "======== page break ========";

pub fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary directory")
}

/// Writes the PDF into `dir` (and into ARDOISE_DOCS_DIR when set, to look at it) and
/// returns its text, pages separated by [`PAGE_BREAK`], trailing spaces trimmed.
pub fn extract(pdf: &[u8], dir: &Path, name: &str) -> String {
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).expect("the PDF is written");
    // To look at what the tests render: ARDOISE_DOCS_DIR=/tmp/docs cargo test ...
    if let Some(keep) = std::env::var_os("ARDOISE_DOCS_DIR") {
        let keep = Path::new(&keep);
        std::fs::create_dir_all(keep).expect("ARDOISE_DOCS_DIR can be created");
        std::fs::copy(&path, keep.join(format!("test-{name}.pdf"))).expect("the PDF is kept");
    }
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils)");
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let raw = String::from_utf8(out.stdout).expect("pdftotext writes UTF-8");
    let pages: Vec<String> = raw
        .trim_end_matches(['\n', '\x0c'])
        .split('\x0c')
        .map(|page| {
            page.lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n")
                .trim_matches('\n')
                .to_string()
        })
        .collect();
    pages.join(&format!("\n\n{PAGE_BREAK}\n\n"))
}

/// The text's pages.
pub fn pages(text: &str) -> Vec<&str> {
    text.split(PAGE_BREAK).collect()
}

/// The first line of `text` holding every part, in that order, or a panic that shows
/// the text.
pub fn line_with<'a>(text: &'a str, parts: &[&str]) -> &'a str {
    text.lines()
        .find(|line| {
            let mut rest = *line;
            parts.iter().all(|part| match rest.find(part) {
                Some(at) => {
                    rest = &rest[at + part.len()..];
                    true
                }
                None => false,
            })
        })
        .unwrap_or_else(|| panic!("no line with {parts:?} in:\n{text}"))
}

/// A customer in Lyon called `name`, for documents printed together.
pub fn customer(name: &str) -> Party {
    Party {
        legal_name: name.to_string(),
        address_lines: vec![
            "1, rue de la République".to_string(),
            "69001 Lyon".to_string(),
        ],
        country_name: "France".to_string(),
        ..Party::default()
    }
}

/// Each page ends with "Page n / N" (French numbering), counted over `pages`.
pub fn numbered_in_french(pages: &[&str]) {
    let count = pages.len();
    for (i, page) in pages.iter().enumerate() {
        line_with(page, &[&format!("Page {} / {count}", i + 1)]);
    }
}

/// How many pages each document takes when rendered alone by `render`.
pub fn page_counts<D>(docs: &[D], render: impl Fn(&D) -> Vec<u8>) -> Vec<usize> {
    let dir = tmp();
    docs.iter()
        .enumerate()
        .map(|(i, doc)| pages(&extract(&render(doc), dir.path(), &format!("alone-{i}"))).len())
        .collect()
}

/// Where the first line holding `part` is, in lines from the top of the text.
pub fn position(text: &str, part: &str) -> usize {
    text.lines()
        .position(|line| line.contains(part))
        .unwrap_or_else(|| panic!("no line with {part:?} in:\n{text}"))
}

/// Each part is found on a line below the previous part's.
pub fn in_order(text: &str, parts: &[&str]) {
    let at: Vec<usize> = parts.iter().map(|part| position(text, part)).collect();
    for (pair, parts) in at.windows(2).zip(parts.windows(2)) {
        assert!(
            pair[0] < pair[1],
            "{:?} is not above {:?}:\n{text}",
            parts[0],
            parts[1]
        );
    }
}
