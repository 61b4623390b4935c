//! Reading a label the way a clerk does: case, accents and separators do not matter,
//! and a number split by a space or a dash is still the number.

/// Upper case, accents dropped, every run of characters other than letters and digits
/// made one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let c = unaccent(c);
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_uppercase());
        } else {
            space = true;
        }
    }
    out
}

fn unaccent(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => 'a',
        'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => 'A',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'É' | 'È' | 'Ê' | 'Ë' => 'E',
        'î' | 'ï' | 'í' | 'ì' => 'i',
        'Î' | 'Ï' | 'Í' | 'Ì' => 'I',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => 'o',
        'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => 'O',
        'ù' | 'û' | 'ü' | 'ú' => 'u',
        'Ù' | 'Û' | 'Ü' | 'Ú' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ÿ' => 'y',
        other => other,
    }
}

/// The keys a label can name something by: each word, and each run of two or three
/// words glued together ("F2026 00123", "C 000042"), dashes and dots inside a word
/// dropped ("F2026-00123" → "F202600123").
pub fn tokens(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.' || c == '_'))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .map(unaccent)
                .flat_map(char::to_uppercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = Vec::with_capacity(words.len() * 3);
    for i in 0..words.len() {
        let mut key = String::new();
        for w in words.iter().skip(i).take(3) {
            key.push_str(w);
            out.push(key.clone());
        }
    }
    out
}

/// The key an invoice number or a customer reference is found by in [`tokens`].
pub fn key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .map(unaccent)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A reference's key with the zeros after its letters dropped: "C-00042", "C000042" and
/// "C42" are the same customer.
pub fn loose(key: &str) -> String {
    let digits_at = key.find(|c: char| c.is_ascii_digit()).unwrap_or(key.len());
    let (letters, rest) = key.split_at(digits_at);
    if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
        let number = rest.trim_start_matches('0');
        format!("{letters}{}", if number.is_empty() { "0" } else { number })
    } else {
        key.to_string()
    }
}
