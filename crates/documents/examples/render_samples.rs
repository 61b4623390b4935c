//! Writes the sample invoices as PDFs into a folder, and optionally times renders.
//!
//! `cargo run --release -p ardoise-documents --example render_samples -- /tmp/docs [RENDERS]`

use std::time::Instant;

use ardoise_documents::render_invoice;
use ardoise_documents::sample::{
    sample_credit_note, sample_invoice, sample_long_invoice, sample_reverse_charge,
};
use ardoise_domain::Lang;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "/tmp/docs".to_string()));
    let renders: usize = args.next().map(|n| n.parse()).transpose()?.unwrap_or(0);
    std::fs::create_dir_all(&dir)?;

    for lang in [Lang::Fr, Lang::En] {
        let code = lang.code();
        let docs = [
            ("invoice", sample_invoice(lang)),
            ("reverse-charge", sample_reverse_charge(lang)),
            ("credit-note", sample_credit_note(lang)),
            ("long", sample_long_invoice(lang, 60)),
        ];
        for (name, doc) in docs {
            let started = Instant::now();
            let pdf = render_invoice(&doc)?;
            let path = dir.join(format!("{name}-{code}.pdf"));
            std::fs::write(&path, &pdf)?;
            println!(
                "{}: {} bytes, {:.1} ms",
                path.display(),
                pdf.len(),
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }

    if renders > 0 {
        let doc = sample_invoice(Lang::Fr);
        render_invoice(&doc)?; // fonts parsed once, outside the timing
        let started = Instant::now();
        let mut bytes = 0;
        for _ in 0..renders {
            bytes += render_invoice(&doc)?.len();
        }
        let elapsed = started.elapsed();
        println!(
            "{renders} renders of a one-page invoice: {:.2} s, {:.2} ms each, {:.0} per second, {} bytes each",
            elapsed.as_secs_f64(),
            elapsed.as_secs_f64() * 1000.0 / renders as f64,
            renders as f64 / elapsed.as_secs_f64(),
            bytes / renders
        );
    }
    Ok(())
}
