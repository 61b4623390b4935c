//! Any bytes fed to the Partner Center reader, then through the rules and into the error
//! sentences: lines or a refusal, never a panic.

#![no_main]

use ardoise_partner_center::{microsoft_cost, PcReader, Seats, Totals};
use ardoise_words::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let reader = match PcReader::new(data) {
        Ok(reader) => reader,
        Err(e) => {
            let _ = (e.message(Lang::Fr), e.message(Lang::En));
            return;
        }
    };
    let (mut seats, mut totals) = (Seats::new(), Totals::default());
    for line in reader {
        match line {
            Ok(line) => {
                let _ = microsoft_cost(&line);
                seats.add(&line);
                totals.add(&line);
            }
            Err(e) => {
                let _ = (e.message(Lang::Fr), e.message(Lang::En));
                break;
            }
        }
    }
    let _ = seats.finish();
});
