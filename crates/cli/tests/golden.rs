//! The CLI as it is typed: every subcommand's output, in both languages and as JSON, and
//! every refusal, compared with the sessions written in `tests/cmd/*.md`.
//!
//! Each case file runs in its own empty folder (its `.out/` directory asks trycmd for
//! one), where `ARDOISE_DB=book.db` is the book its commands share and `ARDOISE_TODAY`
//! fixes the date of the demo book. After a change of output, regenerate with
//! `TRYCMD=overwrite cargo test -p ardoise-cli --test golden` and read the diff.
//! One case: `cargo test -p ardoise-cli --test golden -- --exact cli_as_typed trycmd=aging`.

#[test]
fn cli_as_typed() {
    let cases = trycmd::TestCases::new();
    cases
        .register_bin(
            "ardoise",
            std::path::Path::new(env!("CARGO_BIN_EXE_ardoise")),
        )
        // Shows which files a command wrote, or that a refusal wrote none.
        .register_bin("ls", std::path::Path::new("/bin/ls"))
        .env("ARDOISE_DB", "book.db")
        .env("ARDOISE_TODAY", "2026-11-15")
        // The language of a session comes from --lang or the locale: the locale of the
        // machine running the tests must not leak in.
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LC_MESSAGES", "")
        // Sorted the same way on every machine.
        .env("LC_COLLATE", "C");
    cases.case("tests/cmd/*.md");
}
