//! What a window adds to a use case call, and the use cases as the window calls them.
//!
//! Every command the desktop window may call is declared once, beside its transport types
//! (`transport*.rs`, one `*_commands!` block per area, all listed in [`with_commands!`]).
//! From that one list come the Tauri command and its registration (`src-tauri`), the
//! `Commands` type and the call wrappers in `ui/src/lib/bindings.ts` (`typescript.rs`),
//! and [`call`] here: each use case as the window runs it, so tests reach it the same way.
//!
//! A declaration is `name(arg: Ty, ...) -> Ret = |b, s, w| use_case;` where `b` is the
//! book (`&mut Ardoise`), `s` the session and `w` the [`Window`]; or, for what needs the
//! desktop itself (its dialogs, a book not open yet, a job's cancel while the job holds
//! the book), `shell name(arg: Ty, ...) -> Ret;`, which `src-tauri/src/shell.rs` answers.

use std::path::{Path, PathBuf};

use ardoise_domain::Lang;

use crate::transport_invoicing::Progress;
use crate::{AppError, Ardoise, CancelFlag, Result, Session};

/// A long job the window follows and may cancel; each has its own progress event and its
/// own cancel, so cancelling one never stops the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    Billing,
    Statements,
    /// Issued invoices written to a folder or one print file.
    Invoices,
    /// A Partner Center file read (bytes out of its size).
    PartnerCenter,
}

impl Job {
    pub const ALL: [Job; 4] = [
        Job::Billing,
        Job::Statements,
        Job::Invoices,
        Job::PartnerCenter,
    ];

    /// The event its [`Progress`] is sent under.
    pub const fn event(self) -> &'static str {
        match self {
            Job::Billing => "billing-progress",
            Job::Statements => "statements-progress",
            Job::Invoices => "invoices-progress",
            Job::PartnerCenter => "partner-center-progress",
        }
    }
}

/// Sent (without a payload) when the book was found damaged after it opened.
pub const BOOK_READ_ONLY: &str = "book-read-only";

/// The cancel flags of the window's long jobs: kept outside the book's lock, which a
/// running job holds.
#[derive(Debug, Default)]
pub struct Jobs {
    billing: CancelFlag,
    statements: CancelFlag,
    invoices: CancelFlag,
    partner_center: CancelFlag,
}

impl Jobs {
    pub fn flag(&self, job: Job) -> &CancelFlag {
        match job {
            Job::Billing => &self.billing,
            Job::Statements => &self.statements,
            Job::Invoices => &self.invoices,
            Job::PartnerCenter => &self.partner_center,
        }
    }

    pub fn cancel(&self, job: Job) {
        self.flag(job).cancel();
    }
}

/// The window's side of a call: the reader's language, the folders it may write to, and
/// how its long jobs report and stop.
pub struct Window<'a> {
    pub lang: Lang,
    /// The documents folder beside the book.
    pub documents: &'a Path,
    /// Folders the user picked in the system's dialog this session.
    pub chosen: &'a [PathBuf],
    pub jobs: &'a Jobs,
    /// Sends a job's progress to the window.
    pub emit: &'a dyn Fn(Job, Progress),
}

impl Window<'_> {
    /// Starts `job`: its cancel flag cleared, and its progress reporter.
    pub fn start(&self, job: Job) -> (impl Fn(Progress) + '_, &CancelFlag) {
        let flag = self.jobs.flag(job);
        flag.reset();
        (move |p| (self.emit)(job, p), flag)
    }

    /// The folder a command may write a batch into: `""` (the documents folder) or one
    /// the user picked in the system's dialog. Anything else came from the page: refused.
    pub fn output_folder(&self, requested: &str) -> Result<()> {
        if requested.is_empty() || self.chosen.iter().any(|c| c.as_os_str() == requested) {
            return Ok(());
        }
        Err(AppError::PathRefused(requested.to_string()))
    }
}

/// Gives the closure of a declaration its parameter types.
pub(crate) fn run<T>(
    b: &mut Ardoise,
    s: &Session,
    w: &Window,
    f: impl FnOnce(&mut Ardoise, &Session, &Window) -> Result<T>,
) -> Result<T> {
    f(b, s, w)
}

/// Every area's declarations, handed to `$m` as one list (one `run {..} shell {..}` group
/// per area). A new area is added here; a new use case only in its area's block.
#[macro_export]
macro_rules! with_commands {
    ($m:ident) => {
        $crate::book_commands! { $m [] invoicing_commands send_commands statements_commands collections_commands backup_commands support_commands support_billing_commands support_sheet_commands lists_commands payments_commands bank_commands staff_commands audit_commands partner_center_commands reconcile_commands rebill_commands }
    };
}

/// Passes the accumulated declarations to the next area, or to `$m` after the last one.
#[doc(hidden)]
#[macro_export]
macro_rules! next_commands {
    ($m:ident [$($acc:tt)*] $next:ident $($rest:ident)*) => {
        $crate::$next! { $m [$($acc)*] $($rest)* }
    };
    ($m:ident [$($acc:tt)*]) => {
        $m! { $($acc)* }
    };
}

macro_rules! declare_calls {
    ($(
        run { $( $(#[doc = $doc:literal])* $name:ident ($($arg:ident : $aty:ty),*) -> $ret:ty = $run:expr; )* }
        shell { $( $(#[doc = $sdoc:literal])* $sname:ident ($($sarg:ident : $saty:ty),*) -> $sret:ty; )* }
    )*) => {
        $($(
            $(#[doc = $doc])*
            pub fn $name(b: &mut Ardoise, s: &Session, w: &Window, $($arg: $aty),*) -> Result<$ret> {
                run(b, s, w, $run)
            }
        )*)*

        /// Every command the desktop shell exposes, by name, as declared.
        pub const COMMAND_NAMES: &[&str] = &[$($(stringify!($name),)* $(stringify!($sname),)*)*];
    };
}

/// The use cases as the window calls them, one function per declaration (the shell's own
/// commands are in `src-tauri`).
pub mod call {
    #[allow(unused_imports)]
    use super::{run, Job, Window};
    use crate::{Ardoise, Result, Session};

    use crate::opening::OpenTarget;
    use crate::transport::*;
    use crate::transport_backup::*;
    use crate::transport_collections::*;
    use crate::transport_invoicing::*;
    use crate::transport_send::*;
    use crate::transport_staff::*;
    use crate::transport_statements::*;
    use ardoise_domain::catalog::{PriceForm, ProductForm};
    use ardoise_domain::collections::Policy;
    use ardoise_domain::customer::{ContactForm, CustomerForm};
    use ardoise_domain::invoicing::OneOffForm;
    use ardoise_domain::partner::PartnerForm;
    use ardoise_domain::subscription::SubscriptionForm;
    use ardoise_domain::Lang;

    crate::with_commands!(declare_calls);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn each_job_cancels_alone() {
        let jobs = Jobs::default();
        let seen = AtomicUsize::new(0);
        let emit = |_: Job, _: Progress| {
            seen.fetch_add(1, Ordering::Relaxed);
        };
        let w = Window {
            lang: Lang::En,
            documents: Path::new("/nowhere"),
            chosen: &[],
            jobs: &jobs,
            emit: &emit,
        };
        let (_, billing) = w.start(Job::Billing);
        let (progress, statements) = w.start(Job::Statements);
        jobs.cancel(Job::Billing);
        assert!(billing.is_set());
        assert!(
            !statements.is_set(),
            "cancelling billing stopped the statements"
        );
        progress(Progress { done: 1, total: 2 });
        assert_eq!(seen.load(Ordering::Relaxed), 1);
        jobs.cancel(Job::Statements);
        assert!(statements.is_set());
        // A new run starts uncancelled.
        let (_, billing) = w.start(Job::Billing);
        assert!(!billing.is_set());
        assert!(jobs.flag(Job::Statements).is_set());
    }

    #[test]
    fn only_the_documents_folder_or_a_chosen_one_is_written_to() {
        let jobs = Jobs::default();
        let chosen = vec![PathBuf::from("/home/me/month-end")];
        let w = Window {
            lang: Lang::En,
            documents: Path::new("/home/me/Ardoise"),
            chosen: &chosen,
            jobs: &jobs,
            emit: &|_, _| {},
        };
        assert!(w.output_folder("").is_ok());
        assert!(w.output_folder("/home/me/month-end").is_ok());
        for refused in ["/etc", "/home/me/month-end/../.ssh", "relative"] {
            assert!(
                matches!(w.output_folder(refused), Err(AppError::PathRefused(p)) if p == refused),
                "{refused} accepted"
            );
        }
    }
}
