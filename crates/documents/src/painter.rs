//! The drawing every document shares: the sheet's geometry, the text styles, and a
//! [`Painter`] that collects a document's drawing operations page by page.
//!
//! Coordinates are millimetres from the page's top-left corner; the painter converts them
//! to PDF points from the bottom-left. Pages are drawn in sections (one invoice, one
//! customer's statement): when a section ends, its footers are drawn with "page n of N"
//! counted within the section, so several statements can share one PDF.

use printpdf::{
    Color, FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, RawImage, Rect, Rgb, TextItem, TextMatrix, XObjectId,
    XObjectTransform,
};

use crate::fonts::{Face, Fonts};
use crate::DocumentError;

pub const MM_TO_PT: f32 = 72.0 / 25.4;

/// A sheet of paper and where its body and footer go.
#[derive(Debug, Clone, Copy)]
pub struct Sheet {
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    /// Where the body stops: below are the footer's rule, legal line and page number.
    pub body_bottom: f32,
    pub footer_rule: f32,
}

pub const A4_PORTRAIT: Sheet = Sheet {
    width: 210.0,
    height: 297.0,
    left: 18.0,
    right: 210.0 - 18.0,
    top: 16.0,
    body_bottom: 266.0,
    footer_rule: 271.0,
};

pub const A4_LANDSCAPE: Sheet = Sheet {
    width: 297.0,
    height: 210.0,
    left: 18.0,
    right: 297.0 - 18.0,
    top: 14.0,
    body_bottom: 181.0,
    footer_rule: 186.0,
};

/// The portrait sheet's margins, for the letter-like documents.
pub const LEFT: f32 = A4_PORTRAIT.left;
pub const RIGHT: f32 = A4_PORTRAIT.right;
pub const TOP: f32 = A4_PORTRAIT.top;
pub const BODY_BOTTOM: f32 = A4_PORTRAIT.body_bottom;

/// On letter-like documents the right column (title, dates, customer, totals) starts here.
pub const RIGHT_COL: f32 = 112.0;

pub type Rgb3 = (f32, f32, f32);
pub const INK: Rgb3 = (0.11, 0.12, 0.14);
pub const MUTED: Rgb3 = (0.40, 0.42, 0.46);
pub const RULE: Rgb3 = (0.80, 0.81, 0.83);
pub const BAND: Rgb3 = (0.93, 0.94, 0.95);

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub color: Rgb3,
}

pub const fn style(face: Face, size: f32, color: Rgb3) -> Style {
    Style { face, size, color }
}

pub const BODY: Style = style(Face::Regular, 9.0, INK);
pub const BODY_BOLD: Style = style(Face::Bold, 9.0, INK);
pub const SMALL: Style = style(Face::Regular, 8.0, MUTED);
pub const SMALL_INK: Style = style(Face::Regular, 8.0, INK);
pub const SMALL_BOLD: Style = style(Face::Bold, 8.0, INK);
pub const TABLE_HEAD: Style = style(Face::Bold, 8.0, MUTED);
pub const FOOTER: Style = style(Face::Regular, 7.0, MUTED);

/// Line height for a font size, in mm (1.35 × the size).
pub fn leading(size: f32) -> f32 {
    size * 1.35 / MM_TO_PT
}

/// Distance from a line's top to its baseline, in mm.
pub fn ascent(size: f32) -> f32 {
    size * 0.95 / MM_TO_PT
}

/// A decoded logo in the PDF's resources, with its size in pixels.
pub struct Logo {
    pub id: XObjectId,
    pub px_w: usize,
    pub px_h: usize,
}

/// Collects the drawing operations of a PDF's pages.
pub struct Painter {
    pub fonts: &'static Fonts,
    pub sheet: Sheet,
    regular: FontId,
    bold: FontId,
    /// The finished pages of the sections already closed.
    done: Vec<PdfPage>,
    /// The current section's pages before the current one.
    section: Vec<Vec<Op>>,
    ops: Vec<Op>,
    /// The current page's font and fill colour, so that they are set only when they
    /// change (both outlive a text object in PDF): a smaller page, faster to write.
    font: Option<(Face, f32)>,
    fill: Option<Rgb3>,
}

impl Painter {
    /// A painter for `pdf`, whose two faces it adds to the document once.
    pub fn new(pdf: &mut PdfDocument, sheet: Sheet) -> Painter {
        let fonts = Fonts::get();
        Painter {
            fonts,
            sheet,
            regular: pdf.add_font(&fonts.regular),
            bold: pdf.add_font(&fonts.bold),
            done: Vec::new(),
            section: Vec::new(),
            ops: Vec::new(),
            font: None,
            fill: None,
        }
    }

    /// Text with the characters the fonts cannot draw replaced (see [`Fonts::printable`]).
    pub fn clean(&self, text: &str) -> String {
        self.fonts.printable(text)
    }

    pub fn width(&self, s: Style, text: &str) -> f32 {
        self.fonts.width_mm(s.face, s.size, text)
    }

    pub fn wrap(&self, s: Style, text: &str, max: f32) -> Vec<String> {
        self.fonts.wrap(s.face, s.size, text, max)
    }

    /// Running text wrapped without breaking numbers (see [`Fonts::wrap_prose`]).
    pub fn wrap_prose(&self, s: Style, text: &str, max: f32) -> Vec<String> {
        self.fonts.wrap_prose(s.face, s.size, text, max)
    }

    /// The style shrunk (not below 5 pt) so that `text` fits in `room` mm on one line.
    pub fn fitted(&self, s: Style, text: &str, room: f32) -> Style {
        let width = self.width(s, text);
        if width > room {
            style(s.face, (s.size * room / width).max(5.0), s.color)
        } else {
            s
        }
    }

    fn color(c: Rgb3) -> Color {
        Color::Rgb(Rgb::new(c.0, c.1, c.2, None))
    }

    fn y_pt(&self, y: f32) -> Pt {
        Pt((self.sheet.height - y) * MM_TO_PT)
    }

    /// Text with its baseline at `y`, starting at `x`.
    pub fn text(&mut self, x: f32, y: f32, s: Style, text: &str) {
        if text.is_empty() {
            return;
        }
        let y = self.y_pt(y);
        self.ops.push(Op::StartTextSection);
        if self.font != Some((s.face, s.size)) {
            self.font = Some((s.face, s.size));
            let font = match s.face {
                Face::Regular => self.regular.clone(),
                Face::Bold => self.bold.clone(),
            };
            self.ops.push(Op::SetFont {
                font: PdfFontHandle::External(font),
                size: Pt(s.size),
            });
        }
        self.set_fill(s.color);
        self.ops.extend([
            Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(x * MM_TO_PT), y),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    fn set_fill(&mut self, c: Rgb3) {
        if self.fill != Some(c) {
            self.fill = Some(c);
            self.ops.push(Op::SetFillColor {
                col: Self::color(c),
            });
        }
    }

    pub fn text_right(&mut self, right: f32, y: f32, s: Style, text: &str) {
        let w = self.width(s, text);
        self.text(right - w, y, s, text);
    }

    /// Wrapped lines from `top` (the first line's top); returns the bottom.
    pub fn paragraph(&mut self, x: f32, top: f32, width: f32, s: Style, text: &str) -> f32 {
        let mut y = top;
        for line in self.wrap(s, text, width) {
            self.text(x, y + ascent(s.size), s, &line);
            y += leading(s.size);
        }
        y
    }

    pub fn fill(&mut self, x: f32, top: f32, w: f32, h: f32, c: Rgb3) {
        let y = self.y_pt(top + h);
        self.set_fill(c);
        self.ops.extend([Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x * MM_TO_PT),
                y,
                width: Pt(w * MM_TO_PT),
                height: Pt(h * MM_TO_PT),
                mode: Some(PaintMode::Fill),
                winding_order: None,
            },
        }]);
    }

    pub fn hline(&mut self, x1: f32, x2: f32, y: f32, thickness_pt: f32, c: Rgb3) {
        let y = self.y_pt(y);
        let point = |x: f32| LinePoint {
            p: Point {
                x: Pt(x * MM_TO_PT),
                y,
            },
            bezier: false,
        };
        self.ops.extend([
            Op::SetOutlineColor {
                col: Self::color(c),
            },
            Op::SetOutlineThickness {
                pt: Pt(thickness_pt),
            },
            Op::DrawLine {
                line: Line {
                    points: vec![point(x1), point(x2)],
                    is_closed: false,
                },
            },
        ]);
    }

    /// The logo scaled to fit `max_w` × `max_h` mm, its top-left corner at (`x`, `top`);
    /// returns its height.
    pub fn logo(&mut self, logo: &Logo, x: f32, top: f32, max_w: f32, max_h: f32) -> f32 {
        let ratio = logo.px_w as f32 / logo.px_h.max(1) as f32;
        let (w, h) = if max_w / ratio <= max_h {
            (max_w, max_w / ratio)
        } else {
            (max_h * ratio, max_h)
        };
        let scale = w * MM_TO_PT / logo.px_w.max(1) as f32;
        let y = self.y_pt(top + h);
        self.ops.push(Op::UseXobject {
            id: logo.id.clone(),
            transform: XObjectTransform {
                translate_x: Some(Pt(x * MM_TO_PT)),
                translate_y: Some(y),
                scale_x: Some(scale),
                scale_y: Some(scale),
                dpi: Some(72.0),
                ..Default::default()
            },
        });
        h
    }

    /// Starts a new page in the current section.
    pub fn new_page(&mut self) {
        let ops = std::mem::take(&mut self.ops);
        self.section.push(ops);
        self.font = None;
        self.fill = None;
    }

    /// Ends the current section with its last page, then draws each of its pages'
    /// footers, now that their count is known: `footer(painter, page, count)`.
    pub fn finish_section(&mut self, mut footer: impl FnMut(&mut Painter, usize, usize)) {
        self.new_page();
        let pages = std::mem::take(&mut self.section);
        let count = pages.len();
        for (i, ops) in pages.into_iter().enumerate() {
            // Where the page's drawing ended is not known: set everything again.
            self.ops = ops;
            self.font = None;
            self.fill = None;
            footer(self, i + 1, count);
            self.done.push(PdfPage::new(
                Mm(self.sheet.width),
                Mm(self.sheet.height),
                std::mem::take(&mut self.ops),
            ));
        }
    }

    /// The PDF with every finished page, its fonts subset and its streams compressed.
    pub fn save(self, mut pdf: PdfDocument) -> Vec<u8> {
        let mut warnings = Vec::new();
        // printpdf's own save compresses every stream at zlib's best level, which takes
        // half of a statement's time for a file barely smaller: compress at a faster
        // level instead.
        let options = PdfSaveOptions {
            optimize: false,
            subset_fonts: true,
            ..Default::default()
        };
        let mut doc = pdf
            .with_pages(self.done)
            .to_lopdf_document(&options, &mut warnings);
        for object in doc.objects.values_mut() {
            if let lopdf::Object::Stream(stream) = object {
                compress(stream);
            }
        }
        let mut bytes = Vec::new();
        // Writing into a Vec cannot fail.
        let _ = doc.save_to(&mut bytes);
        bytes
    }
}

/// Zlib compression level of the PDF's streams. Level 1 makes a one-page statement
/// 10 % bigger than the best level (21 KB instead of 19 KB) in a fraction of the time.
const COMPRESSION: u32 = 1;

/// Compresses a stream not compressed yet, when that makes it smaller. One compressor
/// per thread is reset for each stream: making a new one zeroes 300 KB of tables, a
/// tenth of a statement's time.
fn compress(stream: &mut lopdf::Stream) {
    use flate2::{Compress, Compression, FlushCompress, Status};
    use std::cell::RefCell;
    thread_local! {
        static ZLIB: RefCell<Compress> =
            RefCell::new(Compress::new(Compression::new(COMPRESSION), true));
    }
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return;
    }
    let input = &stream.content;
    let compressed = ZLIB.with_borrow_mut(|zlib| {
        zlib.reset();
        let mut out = Vec::with_capacity(input.len() / 2 + 64);
        loop {
            let read = usize::try_from(zlib.total_in()).unwrap_or(usize::MAX);
            let rest = input.get(read..).unwrap_or_default();
            match zlib.compress_vec(rest, &mut out, FlushCompress::Finish) {
                Ok(Status::StreamEnd) => return Some(out),
                Ok(_) => out.reserve(out.capacity().max(64)),
                Err(_) => return None,
            }
        }
    });
    if let Some(compressed) = compressed {
        if compressed.len() + 19 < stream.content.len() {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// A PDF titled `title` of one section of pages per document, each drawn by `draw`
/// with its logo (each distinct logo added once).
pub fn render_sections<D>(
    title: &str,
    docs: &[D],
    logo_png: fn(&D) -> Option<&[u8]>,
    mut draw: impl FnMut(&mut Painter, &D, Option<&Logo>),
) -> Result<Vec<u8>, DocumentError> {
    let mut pdf = PdfDocument::new(title);
    let logos = Logos::add(&mut pdf, docs.iter().map(logo_png))?;
    let mut p = Painter::new(&mut pdf, A4_PORTRAIT);
    for doc in docs {
        draw(&mut p, doc, logos.get(logo_png(doc)));
    }
    Ok(p.save(pdf))
}

/// A new PDF titled `title`, its painter, and the logo when there is one.
pub fn begin(
    title: &str,
    sheet: Sheet,
    logo_png: Option<&[u8]>,
) -> Result<(PdfDocument, Painter, Option<Logo>), DocumentError> {
    let mut pdf = PdfDocument::new(title);
    let logo = logo_png.map(|png| add_logo(&mut pdf, png)).transpose()?;
    let painter = Painter::new(&mut pdf, sheet);
    Ok((pdf, painter, logo))
}

/// The logos of a print job's documents, each distinct image added to the PDF once:
/// a batch of documents from one partner carries its logo once.
pub struct Logos<'a> {
    added: Vec<(&'a [u8], Logo)>,
}

impl<'a> Logos<'a> {
    /// Decodes and adds every distinct logo among `pngs`.
    pub fn add(
        pdf: &mut PdfDocument,
        pngs: impl IntoIterator<Item = Option<&'a [u8]>>,
    ) -> Result<Logos<'a>, DocumentError> {
        let mut added: Vec<(&[u8], Logo)> = Vec::new();
        for png in pngs.into_iter().flatten() {
            if !added.iter().any(|(bytes, _)| *bytes == png) {
                added.push((png, add_logo(pdf, png)?));
            }
        }
        Ok(Logos { added })
    }

    /// The logo added for these bytes.
    pub fn get(&self, png: Option<&[u8]>) -> Option<&Logo> {
        let png = png?;
        self.added
            .iter()
            .find(|(bytes, _)| *bytes == png)
            .map(|(_, logo)| logo)
    }
}

/// Decodes the partner's logo and adds it to the PDF's resources.
pub fn add_logo(pdf: &mut PdfDocument, png: &[u8]) -> Result<Logo, DocumentError> {
    // A logo stored before logos were scaled down is not decoded whole when it is huge.
    let oversized =
        crate::logo::png_size(png).is_some_and(|(w, h)| w.max(h) > crate::logo::MAX_SIDE);
    if png.len() > crate::logo::MAX_STORED_BYTES || oversized {
        return Err(DocumentError::Logo(
            "the logo is too large: set it again in Settings, it will be scaled down".to_string(),
        ));
    }
    let mut warnings = Vec::new();
    let image = RawImage::decode_from_bytes(png, &mut warnings).map_err(DocumentError::Logo)?;
    let (px_w, px_h) = (image.width, image.height);
    if px_w == 0 || px_h == 0 {
        return Err(DocumentError::Logo("the image is empty".to_string()));
    }
    Ok(Logo {
        id: pdf.add_image(&image),
        px_w,
        px_h,
    })
}

/// A paragraph of a block of mentions, with its style (a bold heading, then text).
pub struct Mention {
    pub text: String,
    pub style: Style,
}

impl Mention {
    pub fn new(text: impl Into<String>, style: Style) -> Mention {
        Mention {
            text: text.into(),
            style,
        }
    }
}

pub fn mentions_height(p: &Painter, mentions: &[Mention], width: f32) -> f32 {
    mentions
        .iter()
        .map(|m| p.wrap(m.style, &m.text, width).len() as f32 * leading(m.style.size) + 0.8)
        .sum()
}

pub fn draw_mentions(p: &mut Painter, x: f32, top: f32, width: f32, mentions: &[Mention]) -> f32 {
    let mut y = top;
    for m in mentions {
        y = p.paragraph(x, y, width, m.style, &m.text) + 0.8;
    }
    y
}
