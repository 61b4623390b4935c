//! The desktop's one piece of state: the book file, open or not yet created.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ardoise_app::domain::Lang;
use ardoise_app::{AppError, Ardoise, CancelFlag, Clock, ErrorView, Session, SystemClock};

pub struct Desktop {
    path: PathBuf,
    clock: Arc<dyn Clock>,
    book: Mutex<Option<Ardoise>>,
    /// Why the existing book could not be opened; shown on the first screen.
    open_error: Mutex<Option<AppError>>,
    /// Stops a running billing run; kept outside the book's lock, which the run holds.
    pub cancel: CancelFlag,
    /// The backup picked in the native dialog and checked, waiting for the partner to
    /// confirm the restore (the webview never names the file).
    pub pending_restore: Mutex<Option<PathBuf>>,
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
            cancel: CancelFlag::default(),
            pending_restore: Mutex::new(None),
        }
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
        self.lock()
            .as_ref()
            .and_then(|b| b.language().ok().flatten())
            .unwrap_or_else(system_lang)
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

    /// Runs a use case on the open book as the built-in administrator, and renders a
    /// failure in the user's language.
    pub fn run<T>(
        &self,
        f: impl FnOnce(&mut Ardoise, &Session) -> ardoise_app::Result<T>,
    ) -> Result<T, ErrorView> {
        let mut guard = self.lock();
        let result = match guard.as_mut() {
            Some(book) => book.admin_session().and_then(|s| f(book, &s)),
            None => Err(AppError::NoBook),
        };
        let lang = guard
            .as_ref()
            .and_then(|b| b.language().ok().flatten())
            .unwrap_or_else(system_lang);
        result.map_err(|e| e.view(lang))
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
        let session = match book.admin_session() {
            Ok(s) => s,
            Err(e) => {
                let lang = book.language().ok().flatten().unwrap_or_else(system_lang);
                *guard = Some(book);
                return Err(e.view(lang));
            }
        };
        let (book, result) = f(book, &session);
        let lost = book.is_none();
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

    /// Creates the book file (and opens it) if it is not open yet.
    pub fn create(&self) -> Result<(), ErrorView> {
        let mut guard = self.lock();
        if guard.is_none() {
            if self.open_error.lock().map(|e| e.is_some()).unwrap_or(true) {
                // Never write over a book we failed to open (a newer version's, say).
                return Err(self
                    .open_error()
                    .unwrap_or_else(|| AppError::NoBook.view(system_lang())));
            }
            let book =
                Ardoise::open(&self.path, self.clock.clone()).map_err(|e| e.view(system_lang()))?;
            *guard = Some(book);
        }
        Ok(())
    }
}
