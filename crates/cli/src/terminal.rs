//! Everything the CLI prints goes through here: control characters a name may hold (ESC,
//! BEL, …) are shown as visible escapes, never sent raw to the terminal, and a reader
//! that went away (`ardoise … | head -1`) ends the program quietly instead of a panic.

use std::borrow::Cow;
use std::io::Write;

/// `text` with every control character but newline and tab written as `\u{1b}`: a name
/// can neither recolour, retitle nor clear the terminal, and the reader sees it was there.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A table row with each cell cleaned before the table measures it, so columns stay
/// aligned around an escaped character.
pub fn row(cells: Vec<String>) -> Vec<String> {
    cells
        .into_iter()
        .map(|c| match clean(&c) {
            Cow::Borrowed(_) => c,
            Cow::Owned(o) => o,
        })
        .collect()
}

fn needs_escape(c: char) -> bool {
    // C0 and C1 controls and DEL, and the bidirectional overrides that reorder what a
    // line seems to say.
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Writes JSON as serde_json made it: it already escapes every control character, and a
/// string's other characters must stay as they are for the JSON to mean the same.
pub fn out_json(json: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = writeln!(stdout, "{json}").and_then(|_| stdout.flush()) {
        gone(e);
    }
}

/// The same on standard error.
pub fn err_json(json: &str) {
    if let Err(e) = writeln!(std::io::stderr().lock(), "{json}") {
        gone(e);
    }
}

/// Writes `text` to standard output; a closed pipe ends the program with success, as the
/// reader has all it wanted.
pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(clean(text).as_bytes())
        .and_then(|_| stdout.flush())
    {
        gone(e);
    }
}

/// Writes `text` to standard error, cleaned the same way.
pub fn err(text: &str) {
    let mut stderr = std::io::stderr().lock();
    if let Err(e) = stderr.write_all(clean(text).as_bytes()) {
        gone(e);
    }
}

fn gone(e: std::io::Error) {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    // Nowhere left to say it: stop, as a failed write would have.
    std::process::exit(1);
}

/// `println!` through [`out`].
macro_rules! outln {
    () => { $crate::terminal::out("\n") };
    ($($arg:tt)*) => { $crate::terminal::out(&format!("{}\n", format_args!($($arg)*))) };
}

/// `eprintln!` through [`err`].
macro_rules! errln {
    () => { $crate::terminal::err("\n") };
    ($($arg:tt)*) => { $crate::terminal::err(&format!("{}\n", format_args!($($arg)*))) };
}

/// `eprint!` through [`err`].
macro_rules! errout {
    ($($arg:tt)*) => { $crate::terminal::err(&format!($($arg)*)) };
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn controls_are_shown_and_text_is_kept() {
        assert_eq!(clean("Dupont SARL"), "Dupont SARL");
        assert_eq!(clean("a\u{1b}[31mb\u{7}"), "a\\u{1b}[31mb\\u{7}");
        assert_eq!(clean("l1\nl2\tx"), "l1\nl2\tx");
        assert_eq!(clean("x\u{9b}y\u{7f}"), "x\\u{9b}y\\u{7f}");
        assert_eq!(clean("\u{202e}gpj.exe"), "\\u{202e}gpj.exe");
        assert_eq!(clean("Société Générale — 12 €"), "Société Générale — 12 €");
    }
}
