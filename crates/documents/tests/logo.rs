//! The partner's logo on its way into the book: what is not a PNG image is refused, a
//! huge one is scaled down (aspect kept) and stored as PNG, so the PDFs it is printed on
//! stay small.

mod common;

use std::io::Write;
use std::time::Instant;

use ardoise_documents::logo::{png_size, prepare_logo, MAX_DECODED_SIDE, MAX_SIDE};
use ardoise_documents::render_invoice;
use ardoise_documents::sample::sample_invoice;
use ardoise_domain::{Lang, Problem};

const LOGO: &[u8] = include_bytes!("fixtures/logo.png");

/// A PNG of `width` × `height` written row by row (never whole in memory): `pixel(x, y)`
/// gives each pixel's `channels` bytes.
fn png_image(
    width: u32,
    height: u32,
    color: png::ColorType,
    row: impl Fn(u32, &mut Vec<u8>),
) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(color);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().unwrap();
        let mut stream = writer.stream_writer().unwrap();
        let mut buf = Vec::new();
        for y in 0..height {
            buf.clear();
            row(y, &mut buf);
            stream.write_all(&buf).unwrap();
        }
        stream.finish().unwrap();
    }
    out
}

#[test]
fn a_file_that_is_not_a_png_image_is_refused() {
    let text = b"Nuage Conseil, 3 quai Saint-Antoine, Lyon\n".to_vec();
    assert_eq!(prepare_logo(&text), Err(Problem::ImageFormat));
    assert_eq!(prepare_logo(b""), Err(Problem::ImageFormat));
    // A PNG cut short: its header is right, its pixels are missing.
    assert_eq!(
        prepare_logo(&LOGO[..LOGO.len() / 2]),
        Err(Problem::ImageFormat)
    );
    // A JPEG or GIF is an image, but not the PNG documents print.
    assert_eq!(
        prepare_logo(b"GIF89a\x01\x00\x01\x00"),
        Err(Problem::ImageFormat)
    );
}

#[test]
fn a_logo_within_the_bounds_is_kept_as_it_was() {
    assert_eq!(prepare_logo(LOGO).unwrap(), LOGO);
}

#[test]
fn a_wide_logo_is_scaled_down_with_its_aspect() {
    // 3000 × 1000 RGBA, a horizontal gradient.
    let wide = png_image(3000, 1000, png::ColorType::Rgba, |_, buf| {
        for x in 0..3000u32 {
            buf.extend_from_slice(&[(x % 256) as u8, 0, 128, 255]);
        }
    });
    let stored = prepare_logo(&wide).unwrap();
    assert_eq!(png_size(&stored), Some((MAX_SIDE, 666)));
    // What is stored is read back the same: preparing it again keeps it.
    assert_eq!(prepare_logo(&stored).unwrap(), stored);
    let mut doc = sample_invoice(Lang::Fr);
    doc.logo_png = Some(stored);
    assert!(render_invoice(&doc).is_ok());
}

#[test]
fn a_logo_of_20000_pixels_a_side_is_stored_at_the_bound_and_its_pdf_stays_small() {
    let side = 20_000;
    let started = Instant::now();
    let huge = png_image(side, side, png::ColorType::Grayscale, |y, buf| {
        // A dark disc on white: something to average, compressed small.
        let (c, dy) = (f64::from(side / 2), f64::from(y) - f64::from(side / 2));
        let half = (c * c * 0.5 - dy * dy).max(0.0).sqrt() as usize;
        let centre = (side / 2) as usize;
        buf.resize(side as usize, 255);
        buf[centre - half.min(centre)..centre + half.min(centre)].fill(30);
    });
    println!(
        "20000 × 20000 grey PNG: {} KB, written in {:.1} s",
        huge.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let stored = prepare_logo(&huge).unwrap();
    println!(
        "stored logo: {:?} px, {} KB, prepared in {:.1} s",
        png_size(&stored),
        stored.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    assert_eq!(png_size(&stored), Some((MAX_SIDE, MAX_SIDE)));

    let mut doc = sample_invoice(Lang::Fr);
    doc.logo_png = Some(stored);
    let started = Instant::now();
    let pdf = render_invoice(&doc).unwrap();
    println!(
        "invoice PDF with it: {} KB, rendered in {:.2} s",
        pdf.len() / 1024,
        started.elapsed().as_secs_f64()
    );
    assert!(pdf.len() < 2 * 1024 * 1024, "{} bytes", pdf.len());
    let dir = common::tmp();
    let text = common::extract(&pdf, dir.path(), "invoice-huge-logo");
    assert!(text.contains("F2026-00042"));
}

#[test]
fn an_image_beyond_what_is_read_at_all_is_refused() {
    let too_wide = png_image(
        MAX_DECODED_SIDE + 1,
        1,
        png::ColorType::Grayscale,
        |_, buf| buf.resize((MAX_DECODED_SIDE + 1) as usize, 0),
    );
    assert!(matches!(
        prepare_logo(&too_wide),
        Err(Problem::ImageTooLarge { .. })
    ));
    assert!(Problem::ImageTooLarge {
        max_side: MAX_DECODED_SIDE,
        max_mb: 50
    }
    .message(Lang::En)
    .contains("at most 20,000 pixels a side and 50 MB"));
}

#[test]
fn an_oversized_logo_already_in_a_book_is_not_decoded_by_the_documents() {
    let wide = png_image(3000, 10, png::ColorType::Rgb, |_, buf| {
        buf.resize(9000, 200)
    });
    let mut doc = sample_invoice(Lang::En);
    doc.logo_png = Some(wide);
    let err = render_invoice(&doc).unwrap_err();
    assert!(err.to_string().contains("too large"), "{err}");
}
