//! The use cases as written: each `fn NAME(&self, session: &Session, ..)` of
//! `crates/app/src`, and what its body starts with (a `require`, or a call of another
//! use case with the same session).

use std::fs;
use std::path::{Path, PathBuf};

pub struct Found {
    pub name: String,
    pub file: String,
    /// `pub`, not `pub(crate)` nor private: a use case a shell may call.
    pub public: bool,
    /// `Permission::X` of a `session.require(..)` that comes first.
    pub requires: Option<String>,
    /// The method of `self` the body calls first with the session, when it starts so.
    pub delegates: Option<String>,
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The session parameter's name if `after_name` (what follows `fn NAME`) is
/// `(&self, VAR: &Session` (or `&mut self`), generics allowed before the parenthesis.
fn session_param(after_name: &str) -> Option<&str> {
    let mut rest = after_name;
    if rest.starts_with('<') {
        rest = &rest[rest.find('>')? + 1..];
    }
    let rest = rest.strip_prefix('(')?.trim_start();
    let rest = rest
        .strip_prefix("&self,")
        .or_else(|| rest.strip_prefix("&mut self,"))?
        .trim_start();
    let var = ident(rest);
    rest[var.len()..]
        .trim_start()
        .starts_with(": &Session")
        .then_some(var)
}

pub fn use_cases(src_dir: &Path) -> Vec<Found> {
    let mut files = Vec::new();
    walk(src_dir, &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let file = path.strip_prefix(src_dir).unwrap().display().to_string();
        let mut from = 0;
        while let Some(at) = text[from..].find("fn ") {
            let start = from + at;
            from = start + 3;
            let name = ident(&text[from..]);
            if name.is_empty() {
                continue;
            }
            let Some(var) = session_param(&text[from + name.len()..]) else {
                continue;
            };
            let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
            let public = text[line_start..start].trim() == "pub";
            let Some(open) = text[start..].find('{') else {
                continue;
            };
            let first: String = text[start + open + 1..]
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with("//"))
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let requires = first
                .strip_prefix(&format!("{var}.require(Permission::"))
                .map(|r| ident(r).to_string());
            let delegates = first.find("self.").and_then(|i| {
                let called = ident(&first[i + 5..]);
                let args = first[i + 5 + called.len()..]
                    .strip_prefix('(')?
                    .trim_start();
                (ident(args) == var).then(|| called.to_string())
            });
            found.push(Found {
                name: name.to_string(),
                file: file.clone(),
                public,
                requires,
                delegates: if first.contains(".require(") && !first.starts_with(var) {
                    None
                } else {
                    delegates
                },
            });
        }
    }
    found
}
