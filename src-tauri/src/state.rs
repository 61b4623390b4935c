//! The desktop's one piece of state: the book file, open or not yet created.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ardoise_app::domain::Lang;
use ardoise_app::session::Permission;
use ardoise_app::transport_invoicing::Progress;
use ardoise_app::window::{Job, Jobs, Window};
use ardoise_app::{paths, AppError, Ardoise, Clock, ErrorView, Session, SystemClock};
use tauri::{AppHandle, Emitter};

pub struct Desktop {
    path: PathBuf,
    clock: Arc<dyn Clock>,
    book: Mutex<Option<Ardoise>>,
    /// Why the existing book could not be opened; shown on the first screen.
    open_error: Mutex<Option<AppError>>,
    /// The cancel flags of the long jobs (billing, statements), one each.
    pub jobs: Jobs,
    /// Folders the user picked in the system's dialog this session: the only places
    /// outside the documents folder a command writes to or opens.
    chosen: Mutex<Vec<PathBuf>>,
    /// The backup picked in the native dialog and checked, waiting for the partner to
    /// confirm the restore (the webview never names the file).
    pub pending_restore: Mutex<Option<PathBuf>>,
    /// Who the window acts for.
    who: Mutex<Who>,
}

/// Who the window acts for: nobody until someone signs in. Locked keeps the person (the
/// lock screen names them) but every command on the book is refused until their password
/// is typed again, so a script in the webview cannot read around the lock screen.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Who {
    pub staff_id: Option<i64>,
    pub locked: bool,
}

/// The language of the operating system, for messages until the user picks one.
pub fn system_lang() -> Lang {
    sys_locale::get_locale()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or(Lang::En)
}

impl Desktop {
    /// Opens the book at `path` if the file exists; a missing file waits for the
    /// user's choice between demo data and an empty book.
    pub fn start(path: PathBuf) -> Desktop {
        let clock: Arc<dyn Clock> = Arc::new(SystemClock::from_env());
        let (book, open_error) = if path.exists() {
            match Ardoise::open(&path, clock.clone()) {
                Ok(b) => (Some(b), None),
                Err(e) => (None, Some(e)),
            }
        } else {
            (None, None)
        };
        Desktop {
            path,
            clock,
            book: Mutex::new(book),
            open_error: Mutex::new(open_error),
            jobs: Jobs::default(),
            chosen: Mutex::new(Vec::new()),
            pending_restore: Mutex::new(None),
            who: Mutex::new(Who::default()),
        }
    }

    pub fn who(&self) -> Who {
        *self.who.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// `staff_id` now acts in the window, unlocked.
    pub fn signed_in(&self, staff_id: i64) {
        *self.who.lock().unwrap_or_else(|p| p.into_inner()) = Who {
            staff_id: Some(staff_id),
            locked: false,
        };
    }

    /// Nobody acts in the window any more; what the last person picked in the system's
    /// dialogs is not handed to the next one.
    pub fn sign_out(&self) {
        *self.who.lock().unwrap_or_else(|p| p.into_inner()) = Who::default();
        self.chosen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clear();
        *self
            .pending_restore
            .lock()
            .unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// Locks the window, if someone is signed in.
    pub fn set_locked(&self, locked: bool) {
        let mut who = self.who.lock().unwrap_or_else(|p| p.into_inner());
        if who.staff_id.is_some() {
            who.locked = locked;
        }
    }

    /// The session of the person signed in, their roles read again from the book: a role
    /// removed takes effect at their next command, and a deactivated account is signed
    /// out.
    fn session_in(&self, book: &Ardoise) -> ardoise_app::Result<Session> {
        let who = self.who();
        let Some(id) = who.staff_id else {
            return Err(AppError::NotSignedIn);
        };
        if who.locked {
            return Err(AppError::Locked);
        }
        book.session(id).inspect_err(|e| {
            if matches!(e, AppError::AccountDeactivated | AppError::NotFound(_)) {
                self.sign_out();
            }
        })
    }

    /// Refuses what needs someone signed in (a system dialog the webview asks for) when
    /// nobody is, or the window is locked.
    pub fn require_signed_in(&self) -> Result<(), ErrorView> {
        self.with_book(|b| self.session_in(b).map(|_| ()))
    }

    pub fn path(&self) -> &PathBuf {
        &self.path
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Ardoise>> {
        // A panic in another command must not lock the user out of their book.
        self.book.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The language for messages: the user's choice in the book, else the system's.
    pub fn lang(&self) -> Lang {
        self.book_language().unwrap_or_else(system_lang)
    }

    /// The language chosen in the book, if one is open and has a choice.
    pub fn book_language(&self) -> Option<Lang> {
        self.lock()
            .as_ref()
            .and_then(|b| b.language().ok().flatten())
    }

    pub fn open_error(&self) -> Option<ErrorView> {
        let lang = self.lang();
        self.open_error
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|e| e.view(lang))
    }

    pub fn is_open(&self) -> bool {
        self.lock().is_some()
    }

    /// Runs a use case on the open book as the person signed in, and renders a failure in
    /// the user's language. Nobody signed in, or the window locked: refused.
    ///
    /// What stays reachable before anyone signs in are the shell's own commands that do
    /// not go through here: `book_state`, `book_create`, `documents_folder`, the jobs'
    /// cancels, and the sign-in ones (`sign_in_state`, `create_first_admin`, `sign_in`,
    /// `current_session`, `sign_out`, `lock`, `unlock`); the window's language before
    /// sign-in is the book's, given by `book_state`.
    pub fn run<T>(
        &self,
        f: impl FnOnce(&mut Ardoise, &Session) -> ardoise_app::Result<T>,
    ) -> Result<T, ErrorView> {
        self.with_book(|book| {
            let session = self.session_in(book)?;
            f(book, &session)
        })
    }

    /// The book's own work, with nobody acting for it (the automatic backups, the demo's
    /// data in a book just made): as the person signed in when they may do it, locked or
    /// not, else as the book's first administrator.
    pub fn run_unattended<T>(
        &self,
        needs: Permission,
        f: impl FnOnce(&mut Ardoise, &Session) -> ardoise_app::Result<T>,
    ) -> Result<T, ErrorView> {
        let who = self.who();
        self.with_book(|book| {
            let person = who
                .staff_id
                .and_then(|id| book.session(id).ok())
                .filter(|s| s.may(needs));
            let session = match person {
                Some(s) => s,
                None => book.admin_session()?,
            };
            f(book, &session)
        })
    }

    /// `f` on the open book with nobody's session (signing in), a failure rendered in the
    /// book's language.
    pub fn with_book<T>(
        &self,
        f: impl FnOnce(&mut Ardoise) -> ardoise_app::Result<T>,
    ) -> Result<T, ErrorView> {
        let mut guard = self.lock();
        let result = match guard.as_mut() {
            Some(book) => f(book),
            None => Err(AppError::NoBook),
        };
        let lang = guard
            .as_ref()
            .and_then(|b| b.language().ok().flatten())
            .unwrap_or_else(system_lang);
        result.map_err(|e| e.view(lang))
    }

    /// Runs a declared use case as the window calls it: with the reader's language, the
    /// folders it may write to, its jobs' cancels, and their progress sent as events.
    pub fn run_in<T>(
        &self,
        app: &AppHandle,
        f: impl FnOnce(&mut Ardoise, &Session, &Window) -> ardoise_app::Result<T>,
    ) -> Result<T, ErrorView> {
        let documents = paths::documents_dir(&self.path);
        let chosen = self.chosen();
        let emit = |job: Job, p: Progress| {
            // A window that went away only misses a progress tick.
            let _ = app.emit(job.event(), p);
        };
        self.run(|b, s| {
            let lang = b.language().ok().flatten().unwrap_or_else(system_lang);
            let window = Window {
                lang,
                documents: &documents,
                chosen: &chosen,
                jobs: &self.jobs,
                emit: &emit,
            };
            f(b, s, &window)
        })
    }

    /// Hands the open book to `f`, which closes it and gives back the book open
    /// afterwards (a restore replaces the file under it).
    pub fn replace<T>(
        &self,
        f: impl FnOnce(Ardoise, &Session) -> (Option<Ardoise>, ardoise_app::Result<T>),
    ) -> Result<T, ErrorView> {
        let mut guard = self.lock();
        let Some(book) = guard.take() else {
            return Err(AppError::NoBook.view(system_lang()));
        };
        let session = match self.session_in(&book) {
            Ok(s) => s,
            Err(e) => {
                let lang = book.language().ok().flatten().unwrap_or_else(system_lang);
                *guard = Some(book);
                return Err(e.view(lang));
            }
        };
        let (book, result) = f(book, &session);
        let lost = book.is_none();
        if lost || result.is_ok() {
            // Another book's file: its accounts are its own, so whoever was signed in
            // signs in again.
            self.sign_out();
        }
        *guard = book;
        let lang = guard
            .as_ref()
            .and_then(|b| b.language().ok().flatten())
            .unwrap_or_else(system_lang);
        result.map_err(|e| {
            let view = e.view(lang);
            if lost {
                // The file could not be opened again: the first screen says why, and
                // nothing offers to create a book over it.
                *self.open_error.lock().unwrap_or_else(|p| p.into_inner()) = Some(e);
            }
            view
        })
    }

    /// Creates the book file (and opens it) if it is not open yet; true when it did.
    ///
    /// The book's lock is held throughout, so nothing called here may take it again
    /// (`lang`, `open_error`): with no book open, messages are in the system's language.
    pub fn create(&self) -> Result<bool, ErrorView> {
        let mut guard = self.lock();
        if guard.is_some() {
            return Ok(false);
        }
        {
            let failed = self.open_error.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(e) = failed.as_ref() {
                // Never write over a book we failed to open (a newer version's, say).
                return Err(e.view(system_lang()));
            }
        }
        let book =
            Ardoise::open(&self.path, self.clock.clone()).map_err(|e| e.view(system_lang()))?;
        *guard = Some(book);
        Ok(true)
    }

    /// Reads every page of the open book once (SQLite's quick check), without holding the
    /// book meanwhile: damage found makes it read-only. True when it did, so the window
    /// can say so.
    pub fn check_pages(&self) -> bool {
        if !self.is_open() {
            return false;
        }
        match Ardoise::check_pages(&self.path) {
            Ok(Some(reason)) => match self.lock().as_ref() {
                Some(book) => {
                    book.mark_damaged(reason);
                    true
                }
                None => false,
            },
            Ok(None) => false,
            Err(e) => {
                eprintln!("Ardoise could not check {}: {e}", self.path.display());
                false
            }
        }
    }

    /// Remembers a folder the user picked in the system's dialog.
    pub fn choose(&self, folder: PathBuf) {
        let mut chosen = self.chosen.lock().unwrap_or_else(|p| p.into_inner());
        if !chosen.contains(&folder) {
            chosen.push(folder);
        }
    }

    pub fn chosen(&self) -> Vec<PathBuf> {
        self.chosen
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

/// What a command answers the window: its result, or the error as the window shows it.
pub type Reply<T> = Result<T, ardoise_app::ErrorView>;

#[cfg(test)]
#[path = "state_signin_tests.rs"]
mod signin_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    /// `f` on another thread, or a failure if it has not returned within 10 s.
    fn within_10s<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(f());
        });
        rx.recv_timeout(Duration::from_secs(10))
            .expect("returned instead of waiting forever on its own lock")
    }

    #[test]
    fn creating_over_a_book_that_failed_to_open_refuses_without_a_deadlock() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("garbage.db");
        let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 13 + 5) as u8).collect();
        std::fs::write(&path, &garbage).unwrap();
        let desktop = Arc::new(Desktop::start(path.clone()));
        assert!(!desktop.is_open());
        assert_eq!(
            desktop.open_error().map(|e| e.code),
            Some("not_a_book".into())
        );

        let d = desktop.clone();
        let refused = within_10s(move || d.create()).expect_err("never written over");
        assert_eq!(refused.code, "not_a_book");
        // The lock was let go: the window still answers.
        let d = desktop.clone();
        assert!(!within_10s(move || d.is_open()));
        assert_eq!(std::fs::read(&path).unwrap(), garbage);
    }

    #[test]
    fn creating_a_missing_book_opens_it() {
        let dir = tempfile::tempdir().unwrap();
        let desktop = Desktop::start(dir.path().join("new.db"));
        assert!(!desktop.is_open());
        desktop.create().unwrap();
        assert!(desktop.is_open());
    }
}
