//! Several finished PDFs as one file to print, page after page, each document's pages
//! unchanged.
//!
//! The documents are merged as they were written and logged rather than laid out again
//! together: each keeps its own fonts, its own "Page n / N" and the exact bytes whose
//! hash the communication log holds, so the print file shows what each customer got.

use std::collections::BTreeMap;

use lopdf::{dictionary, Document, Object, ObjectId};

/// A PDF that could not be read back to be combined.
#[derive(Debug, thiserror::Error)]
#[error("document {index} could not be read as a PDF: {detail}")]
pub struct CombineError {
    /// Its position in the list, from 0.
    pub index: usize,
    pub detail: String,
}

/// Attributes a page may inherit from the page tree above it (PDF 32000-1, 7.7.3.4):
/// copied onto each page, since the page leaves its tree.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];

/// One file made of several.
#[derive(Debug, Clone)]
pub struct Combined {
    pub bytes: Vec<u8>,
    /// Every page of every document.
    pub pages: usize,
}

/// The pages of every PDF, in order, in one document. An empty list gives `Ok(None)`.
pub fn combine_pdfs(pdfs: &[&[u8]]) -> Result<Option<Combined>, CombineError> {
    if pdfs.is_empty() {
        return Ok(None);
    }
    let mut out = Document::with_version("1.7");
    let pages_id = out.new_object_id();
    let mut next_id = pages_id.0 + 1;
    let mut kids = Vec::new();
    for (index, bytes) in pdfs.iter().enumerate() {
        let fail = |e: lopdf::Error| CombineError {
            index,
            detail: e.to_string(),
        };
        let mut doc = Document::load_mem(bytes).map_err(fail)?;
        doc.renumber_objects_with(next_id);
        next_id = doc.max_id + 1;
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        for &page in &pages {
            let inherited = inherited_of(&doc, page);
            if let Some(Object::Dictionary(dict)) = doc.objects.get_mut(&page) {
                for (key, value) in inherited {
                    dict.set(key, value);
                }
                dict.set("Parent", Object::Reference(pages_id));
            }
        }
        let dropped: Vec<ObjectId> = doc
            .objects
            .iter()
            .filter(|(_, o)| is_type(o, b"Catalog") || is_type(o, b"Pages"))
            .map(|(id, _)| *id)
            .collect();
        for id in dropped {
            doc.objects.remove(&id);
        }
        out.objects.extend(doc.objects);
        kids.extend(pages.into_iter().map(Object::Reference));
    }
    let pages = kids.len();
    let count = pages as i64;
    out.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
        }),
    );
    out.max_id = next_id - 1;
    let catalog_id = out.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
    });
    out.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    // A failure here would leave a truncated file that is then hashed and logged as
    // printed: it is an error like any other (index: the combined file, after the last).
    out.save_to(&mut bytes).map_err(|e| CombineError {
        index: pdfs.len(),
        detail: e.to_string(),
    })?;
    Ok(Some(Combined { bytes, pages }))
}

fn is_type(object: &Object, name: &[u8]) -> bool {
    object
        .as_dict()
        .ok()
        .and_then(|d| d.get(b"Type").ok())
        .and_then(|t| t.as_name().ok())
        == Some(name)
}

/// The inheritable attributes a page lacks, found up its tree.
fn inherited_of(doc: &Document, page: ObjectId) -> BTreeMap<Vec<u8>, Object> {
    let mut found = BTreeMap::new();
    let Ok(dict) = doc.get_dictionary(page) else {
        return found;
    };
    let mut parent = dict.get(b"Parent").and_then(Object::as_reference).ok();
    // A malformed tree could loop; a real one is a few levels deep.
    for _ in 0..32 {
        let Some(id) = parent else { break };
        let Ok(node) = doc.get_dictionary(id) else {
            break;
        };
        for key in INHERITED {
            if dict.get(key).is_err() && !found.contains_key(key) {
                if let Ok(value) = node.get(key) {
                    found.insert(key.to_vec(), value.clone());
                }
            }
        }
        parent = node.get(b"Parent").and_then(Object::as_reference).ok();
    }
    found
}
