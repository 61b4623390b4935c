//! The two faces every document uses (Noto Sans regular and bold), parsed once per
//! process, and text measurement and wrapping with their metrics.

use std::sync::OnceLock;

use printpdf::ParsedFont;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
}

pub struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
}

/// Width of text in millimetres, for a face and size in points.
const PT_TO_MM: f32 = 25.4 / 72.0;

impl Fonts {
    /// The process-wide fonts, parsed on first use.
    pub fn get() -> &'static Fonts {
        static FONTS: OnceLock<Fonts> = OnceLock::new();
        FONTS.get_or_init(|| Fonts {
            regular: parse(notosans::REGULAR_TTF, "NotoSans-Regular"),
            bold: parse(notosans::BOLD_TTF, "NotoSans-Bold"),
        })
    }

    pub fn face(&self, face: Face) -> &ParsedFont {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Replaces the characters the fonts cannot draw: the narrow no-break space by a
    /// no-break space when missing, other missing characters by `?`, control
    /// characters (tabs, stray newlines) by a space.
    pub fn printable(&self, text: &str) -> String {
        text.chars()
            .map(|c| {
                if c.is_control() {
                    return ' ';
                }
                if self.regular.lookup_glyph_index(c as u32).is_some() {
                    return c;
                }
                match c {
                    '\u{202f}' | '\u{2009}' | '\u{2007}' => '\u{a0}',
                    _ => '?',
                }
            })
            .collect()
    }

    /// Width of `text` in millimetres at `size` points.
    pub fn width_mm(&self, face: Face, size: f32, text: &str) -> f32 {
        self.to_mm(face, size, self.units(face, text))
    }

    /// The advance of `text` in font units: widths add up exactly, so a line's width
    /// is measured once per word rather than once per candidate line.
    fn units(&self, face: Face, text: &str) -> u32 {
        let font = self.face(face);
        text.chars()
            .map(|c| {
                let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
                u32::from(font.get_horizontal_advance(gid))
            })
            .sum()
    }

    fn to_mm(&self, face: Face, size: f32, units: u32) -> f32 {
        let upm = f32::from(self.face(face).font_metrics.units_per_em.max(1));
        units as f32 / upm * size * PT_TO_MM
    }

    /// Breaks `text` into lines no wider than `max_mm`: at spaces first, inside a word
    /// only when the word alone is too wide. Explicit newlines are kept.
    pub fn wrap(&self, face: Face, size: f32, text: &str, max_mm: f32) -> Vec<String> {
        self.wrap_words(face, size, text, max_mm, false)
    }

    /// Like [`Fonts::wrap`], for running text: a space between two digits does not
    /// break, so an IBAN ("FR76 3000 6000 …") or a phone number ("+33 4 78 92 00 00")
    /// stays on one line.
    pub fn wrap_prose(&self, face: Face, size: f32, text: &str, max_mm: f32) -> Vec<String> {
        self.wrap_words(face, size, text, max_mm, true)
    }

    fn wrap_words(
        &self,
        face: Face,
        size: f32,
        text: &str,
        max_mm: f32,
        keep_numbers: bool,
    ) -> Vec<String> {
        let space = self.units(face, " ");
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut current = String::new();
            let mut current_units = 0;
            for word in words(paragraph, keep_numbers) {
                let word_units = self.units(face, word);
                let candidate = if current.is_empty() {
                    word_units
                } else {
                    current_units + space + word_units
                };
                if self.to_mm(face, size, candidate) <= max_mm {
                    if !current.is_empty() {
                        current.push(' ');
                    }
                    current.push_str(word);
                    current_units = candidate;
                    continue;
                }
                if !current.is_empty() {
                    lines.push(std::mem::take(&mut current));
                }
                // The word alone: split it where it overflows.
                for c in word.chars() {
                    current.push(c);
                    if self.width_mm(face, size, &current) > max_mm && current.chars().count() > 1 {
                        current.pop();
                        lines.push(std::mem::take(&mut current));
                        current.push(c);
                    }
                }
                current_units = self.units(face, &current);
            }
            lines.push(current);
        }
        lines
    }
}

/// The words of a line of text, split at spaces; with `keep_numbers`, not at a space
/// between two digits (the word then holds that space).
fn words(text: &str, keep_numbers: bool) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        if *b != b' ' {
            continue;
        }
        let between_digits = keep_numbers
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !between_digits {
            out.push(&text[start..i]);
            start = i + 1;
        }
    }
    out.push(&text[start..]);
    out.retain(|w| !w.is_empty());
    out
}

fn parse(bytes: &[u8], name: &str) -> ParsedFont {
    let mut warnings = Vec::new();
    ParsedFont::from_bytes(bytes, 0, &mut warnings).unwrap_or_else(|| {
        panic!("the {name} font shipped in the notosans crate could not be parsed: {warnings:?}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fonts_cover_french_typography() {
        let fonts = Fonts::get();
        for c in "éèêàçùôîœŒ«»€’–—\u{a0}".chars() {
            assert!(
                fonts.regular.lookup_glyph_index(c as u32).is_some(),
                "regular lacks {c:?}"
            );
            assert!(
                fonts.bold.lookup_glyph_index(c as u32).is_some(),
                "bold lacks {c:?}"
            );
        }
        assert_eq!(fonts.printable("a\tb"), "a b");
    }

    #[test]
    fn wraps_within_the_width() {
        let fonts = Fonts::get();
        let text = "Microsoft 365 Business Premium — abonnement annuel, paiement mensuel";
        let lines = fonts.wrap(Face::Regular, 9.0, text, 40.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(fonts.width_mm(Face::Regular, 9.0, line) <= 40.0, "{line}");
        }
        assert_eq!(lines.join(" "), text);
        let iban = "Virement sur FR76 3000 6000 0112 3456 7890 189, au +33 4 78 92 00 00.";
        let lines = fonts.wrap_prose(Face::Regular, 9.0, iban, 60.0);
        assert_eq!(
            lines,
            [
                "Virement sur",
                "FR76 3000 6000 0112 3456 7890 189, au",
                "+33 4 78 92 00 00."
            ]
        );
        let long = "x".repeat(200);
        let lines = fonts.wrap(Face::Regular, 9.0, &long, 30.0);
        assert!(lines.len() > 3);
        assert_eq!(lines.concat(), long);
    }
}
