//! Writes the sample invoices, statements, aging reports, letters and policy sheets as
//! PDFs into a folder, and optionally times renders of a one-page invoice, of the sample
//! statement and of the sample letters.
//!
//! `cargo run --release -p ardoise-documents --example render_samples -- /tmp/docs [RENDERS]`

use std::error::Error;
use std::path::Path;
use std::time::Instant;

use ardoise_documents::sample::{
    sample_aging, sample_credit_note, sample_invoice, sample_letter, sample_long_aging,
    sample_long_invoice, sample_long_letter, sample_long_statement, sample_policy_sheet,
    sample_reverse_charge, sample_statement,
};
use ardoise_documents::{
    render_aging, render_invoice, render_letter, render_letters, render_policy_sheet,
    render_statement, render_statements,
};
use ardoise_domain::Lang;

fn main() -> Result<(), Box<dyn Error>> {
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
            write(&dir, &format!("{name}-{code}"), || render_invoice(&doc))?;
        }
        let statement = sample_statement(lang);
        write(&dir, &format!("statement-{code}"), || {
            render_statement(&statement)
        })?;
        let long = sample_long_statement(lang, 120);
        write(&dir, &format!("statement-long-{code}"), || {
            render_statement(&long)
        })?;
        let batch = [statement.clone(), long.clone(), statement.clone()];
        write(&dir, &format!("statements-{code}"), || {
            render_statements(&batch)
        })?;
        let aging = sample_aging(lang);
        write(&dir, &format!("aging-{code}"), || render_aging(&aging))?;
        let aging = sample_long_aging(lang, 60);
        write(&dir, &format!("aging-long-{code}"), || render_aging(&aging))?;
        let letters = [
            ("reminder", sample_letter(lang, false)),
            ("formal-notice", sample_letter(lang, true)),
            ("letter-long", sample_long_letter(lang, 60)),
        ];
        for (name, letter) in &letters {
            write(&dir, &format!("{name}-{code}"), || render_letter(letter))?;
        }
        let batch: Vec<_> = letters.into_iter().map(|(_, letter)| letter).collect();
        write(&dir, &format!("letters-{code}"), || render_letters(&batch))?;
        let sheet = sample_policy_sheet(lang);
        write(&dir, &format!("policy-{code}"), || {
            render_policy_sheet(&sheet)
        })?;
    }

    if renders > 0 {
        let invoice = sample_invoice(Lang::Fr);
        time(renders, "a one-page invoice", || render_invoice(&invoice))?;
        for lang in [Lang::Fr, Lang::En] {
            let statement = sample_statement(lang);
            let what = format!("the sample statement ({})", lang.code());
            time(renders, &what, || render_statement(&statement))?;
        }
        for formal in [false, true] {
            let letter = sample_letter(Lang::Fr, formal);
            let what = if formal {
                "the formal notice"
            } else {
                "the first reminder"
            };
            time(renders, what, || render_letter(&letter))?;
        }
    }
    Ok(())
}

type Rendered = Result<Vec<u8>, ardoise_documents::DocumentError>;

fn write(dir: &Path, name: &str, render: impl Fn() -> Rendered) -> Result<(), Box<dyn Error>> {
    let started = Instant::now();
    let pdf = render()?;
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, &pdf)?;
    println!(
        "{}: {} bytes, {:.1} ms",
        path.display(),
        pdf.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    Ok(())
}

/// Renders `renders` times in ten batches and reports the fastest batch's average: the
/// machine's other work slows some batches down, never speeds one up.
fn time(renders: usize, what: &str, render: impl Fn() -> Rendered) -> Result<(), Box<dyn Error>> {
    render()?; // fonts parsed once, outside the timing
    let batch = renders.div_ceil(10);
    let mut best = f64::MAX;
    let mut bytes = 0;
    let started = Instant::now();
    for _ in 0..10 {
        let t = Instant::now();
        for _ in 0..batch {
            bytes = render()?.len();
        }
        best = best.min(t.elapsed().as_secs_f64() / batch as f64);
    }
    let elapsed = started.elapsed().as_secs_f64() / (10 * batch) as f64;
    println!(
        "{} renders of {what}: {:.2} ms each at best ({:.2} ms on average), {bytes} bytes",
        10 * batch,
        best * 1000.0,
        elapsed * 1000.0,
    );
    Ok(())
}
