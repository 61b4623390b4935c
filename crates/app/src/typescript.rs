//! The TypeScript side of the transport: every type the UI receives or sends, and the
//! table of commands with their arguments and results, generated from the Rust types.
//!
//! `ui/src/lib/bindings.ts` is this module's output, checked in; the test below fails
//! when it is stale, so CI catches a Rust change the UI has not seen.

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use ts_rs::{Config, TypeVisitor, TS};

use ardoise_domain::catalog::{PriceForm, ProductForm};
use ardoise_domain::collections::Policy;
use ardoise_domain::customer::{ContactForm, CustomerForm};
use ardoise_domain::invoicing::OneOffForm;
use ardoise_domain::partner::PartnerForm;
use ardoise_domain::subscription::SubscriptionForm;
use ardoise_domain::Lang;

use crate::opening::OpenTarget;
use crate::transport::*;
use crate::transport_backup::*;
use crate::transport_collections::*;
use crate::transport_invoicing::*;
use crate::transport_send::*;
use crate::transport_staff::*;
use crate::transport_statements::*;
use crate::window::{Job, BOOK_READ_ONLY};
use crate::{ErrorView, FieldMessage};

macro_rules! ts_commands {
    ($(
        run { $( $(#[doc = $doc:literal])* $name:ident ($($arg:ident : $aty:ty),*) -> $ret:ty = $run:expr; )* }
        shell { $( $(#[doc = $sdoc:literal])* $sname:ident ($($sarg:ident : $saty:ty),*) -> $sret:ty; )* }
    )*) => {
        /// Every declared command: name, doc lines, arguments (name, TS type), TS result.
        fn declared(cfg: &Config) -> Vec<Command> {
            vec![$(
                $(Command {
                    name: stringify!($name),
                    doc: vec![$($doc),*],
                    args: vec![$((stringify!($arg), <$aty as TS>::name(cfg))),*],
                    returns: <$ret as TS>::name(cfg),
                },)*
                $(Command {
                    name: stringify!($sname),
                    doc: vec![$($sdoc),*],
                    args: vec![$((stringify!($sarg), <$saty as TS>::name(cfg))),*],
                    returns: <$sret as TS>::name(cfg),
                },)*
            )*]
        }

        /// Every type a command takes or returns, with what they are made of.
        fn visit_command_types(v: &mut Collector) {
            $(
                $($( v.visit::<$aty>(); )* v.visit::<$ret>();)*
                $($( v.visit::<$saty>(); )* v.visit::<$sret>();)*
            )*
        }
    };
}

crate::with_commands!(ts_commands);

/// The declarations of every type reached, by name: a type a command uses is in
/// bindings.ts without being listed anywhere else.
struct Collector<'a> {
    cfg: &'a Config,
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, String>,
}

impl TypeVisitor for Collector<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        // Named types (structs, enums) are declared; wrappers (Vec, Option) and
        // primitives only lead to what they hold.
        if T::output_path().is_some() {
            self.decls.insert(T::ident(self.cfg), T::decl(self.cfg));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

struct Command {
    name: &'static str,
    doc: Vec<&'static str>,
    args: Vec<(&'static str, String)>,
    returns: String,
}

/// `customers_list` → `customersList`: the wrapper's name.
pub fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The `Commands` table, and one typed wrapper per command over the UI's `call`.
fn commands_ts(cfg: &Config) -> String {
    let declared = declared(cfg);
    let mut out = String::from("export type Commands = {\n");
    for c in &declared {
        let args: Vec<String> = c.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        out.push_str(&format!(
            "  {}: {{ args: {{ {} }}; returns: {} }};\n",
            c.name,
            args.join("; "),
            c.returns
        ));
    }
    out.push_str("};\n\n");
    out.push_str(
        "export type Call = <K extends keyof Commands>(\n  name: K,\n  args: Commands[K][\"args\"],\n) => Promise<Commands[K][\"returns\"]>;\n\n",
    );
    out.push_str("/** Every command as a typed function over `call` (see api.ts). */\n");
    out.push_str("export function commands(call: Call) {\n  return {\n");
    for c in &declared {
        if !c.doc.is_empty() {
            let lines: Vec<&str> = c.doc.iter().map(|l| l.trim()).collect();
            out.push_str(&format!("    /** {} */\n", lines.join(" ")));
        }
        let params: Vec<String> = c.args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
        let names: Vec<&str> = c.args.iter().map(|(n, _)| *n).collect();
        let args = if names.is_empty() {
            "{}".to_string()
        } else {
            format!("{{ {} }}", names.join(", "))
        };
        out.push_str(&format!(
            "    {}: ({}) => call(\"{}\", {}),\n",
            camel(c.name),
            params.join(", "),
            c.name,
            args
        ));
    }
    out.push_str("  };\n}\n\n");
    out
}

/// The window's events and what each carries, from their one declaration in `window.rs`.
fn events_ts(cfg: &Config) -> String {
    let mut out = String::from("export type Events = {\n");
    for job in Job::ALL {
        out.push_str(&format!(
            "  \"{}\": {};\n",
            job.event(),
            Progress::name(cfg)
        ));
    }
    out.push_str(&format!("  \"{BOOK_READ_ONLY}\": null;\n"));
    out.push_str("};\n");
    out
}

/// The whole `bindings.ts`.
pub fn bindings() -> String {
    // Ids and counts stay far below 2^53: plain numbers in TypeScript.
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust transport types by `ardoise-app` (typescript.rs).\n\
         // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p ardoise-app bindings`.\n\n",
    );
    let mut types = Collector {
        cfg: &cfg,
        seen: HashSet::new(),
        decls: BTreeMap::new(),
    };
    visit_command_types(&mut types);
    // What the events carry, and the error every command may fail with.
    types.visit::<Progress>();
    types.visit::<ErrorView>();
    types.visit::<FieldMessage>();
    for decl in types.decls.values() {
        out.push_str(&format!("export {decl}\n\n"));
    }
    out.push_str(&commands_ts(&cfg));
    out.push_str(&events_ts(&cfg));
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn bindings_file_is_fresh() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let expected = super::bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            actual == expected,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p ardoise-app bindings` and commit it",
            path.display()
        );
    }

    /// Every file under `dir` (recursively) whose name ends in `.ts` or `.svelte`.
    fn sources(dir: &std::path::Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "ts" || e == "svelte") {
                out.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }

    /// A declared command no page or store calls is a use case the window cannot reach:
    /// its wrapper `api.<name>` must appear somewhere in ui/src besides the generated file.
    #[test]
    fn every_declared_command_is_called_from_the_window() {
        let ui = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src");
        let mut files = Vec::new();
        sources(&ui, &mut files);
        let callers: Vec<&(PathBuf, String)> = files
            .iter()
            .filter(|(p, _)| !p.ends_with("lib/bindings.ts") && !p.ends_with("lib/api.ts"))
            .collect();
        let unreached: Vec<String> = crate::window::call::COMMAND_NAMES
            .iter()
            .map(|name| format!("api.{}", super::camel(name)))
            .filter(|wrapper| {
                !callers.iter().any(|(_, text)| {
                    text.match_indices(wrapper.as_str()).any(|(at, _)| {
                        // `api.bill` is not reached by `api.billingCancel`.
                        !text[at + wrapper.len()..]
                            .starts_with(|c: char| c.is_alphanumeric() || c == '_')
                    })
                })
            })
            .collect();
        assert!(
            unreached.is_empty(),
            "declared but called by no page in ui/src: {unreached:?}"
        );
    }
}
