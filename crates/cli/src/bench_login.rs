//! `ardoise bench login`: what a sign-in costs with the Argon2id parameters Ardoise
//! hashes with (chosen for about 250 ms on two cores).

use std::sync::Arc;
use std::time::Instant;

use ardoise_app::domain::staff::FirstAdminForm;
use ardoise_app::staff::password::{LANES, MEMORY_KIB, PASSES};
use ardoise_app::{Ardoise, SystemClock};

use crate::bench::ms;

pub fn run(sign_ins: usize) -> ardoise_app::Result<()> {
    let dir = std::env::temp_dir().join(format!("ardoise-bench-login-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let book = Ardoise::open(&dir.join("bench.db"), Arc::new(SystemClock::from_env()))?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    outln!(
        "Argon2id m={MEMORY_KIB} KiB ({} MiB), t={PASSES}, p={LANES}; {cores} cores",
        MEMORY_KIB / 1024
    );
    let password = "un mot de passe de banc";
    let t = Instant::now();
    book.create_first_admin(&FirstAdminForm {
        username: "bench".into(),
        display_name: "Banc d’essai".into(),
        title: String::new(),
        password: password.into(),
    })?;
    outln!("first administrator (hash + write): {:.0} ms", ms(t));
    let mut times = Vec::with_capacity(sign_ins);
    for _ in 0..sign_ins {
        let t = Instant::now();
        book.sign_in("bench", password)?;
        times.push(ms(t));
    }
    times.sort_by(f64::total_cmp);
    let n = times.len().max(1);
    outln!(
        "sign-in (verify + audit entry): {} runs, median {:.0} ms, fastest {:.0} ms, slowest {:.0} ms (goal about 250 ms)",
        times.len(),
        times[n / 2],
        times.first().copied().unwrap_or_default(),
        times.last().copied().unwrap_or_default()
    );
    drop(book);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
