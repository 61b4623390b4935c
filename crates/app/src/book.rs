//! The book as a whole: what it is, its language, its health.

use ardoise_domain::Lang;
use serde_json::json;

use std::path::Path;

use ardoise_store::ReadOnly;

use crate::transport::{AppInfo, ReadOnlyView};
use crate::{Ardoise, Audit, Permission, Result, Session};

const LANGUAGE_KEY: &str = "language";

impl Ardoise {
    /// What the book is; `lang` words the read-only reason, if there is one.
    pub fn info(&self, session: &Session, lang: Lang) -> Result<AppInfo> {
        session.require(Permission::ViewBook)?;
        let db = self.store.read();
        Ok(AppInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            book_path: self.path.display().to_string(),
            schema_version: self.store.schema_version()?,
            today: self.today().to_string(),
            language: self.language()?,
            staff_name: session.display_name.clone(),
            partner_configured: db.partner()?.is_some(),
            customers: db.count_customers()?,
            demo: self.is_demo()?,
            ignored_date: self.ignored_env_date().map(|d| d.to_string()),
            read_only: self.read_only().map(|reason| ReadOnlyView {
                reason: reason.code().into(),
                message: crate::error::read_only_message(&reason, lang, false),
            }),
        })
    }

    /// Why the book cannot be written, if it cannot: every write use case is refused
    /// with [`AppError::ReadOnly`](crate::AppError::ReadOnly) meanwhile.
    pub fn read_only(&self) -> Option<ReadOnly> {
        self.store.read_only()
    }

    /// Reads every page of the book at `path` (SQLite's quick check) through a connection
    /// of its own, beside an open book: the window runs it once as it opens a book, in the
    /// background (seconds for a large book); the CLI leaves it to `check`.
    pub fn check_pages(path: &Path) -> Result<Option<ReadOnly>> {
        Ok(ardoise_store::Store::verify_file(path)?)
    }

    /// Damage found by [`Ardoise::check_pages`]: every write is refused from now on.
    pub fn mark_damaged(&self, reason: ReadOnly) {
        self.store.set_read_only(reason);
    }

    /// The language the user picked, if they did.
    pub fn language(&self) -> Result<Option<Lang>> {
        Ok(self
            .store
            .read()
            .setting(LANGUAGE_KEY)?
            .and_then(|s| Lang::parse(&s)))
    }

    /// Keeps the user's language, or with `None` goes back to following the system.
    pub fn set_language(&self, session: &Session, lang: Option<Lang>) -> Result<()> {
        session.require(Permission::ViewBook)?;
        self.write(
            session,
            Audit {
                action: "settings.language",
                entity: "settings",
                entity_id: None,
                detail: json!({ "language": lang.map(Lang::code) }),
            },
            |db| match lang {
                Some(l) => Ok(db.set_setting(LANGUAGE_KEY, l.code())?),
                None => Ok(db.delete_setting(LANGUAGE_KEY)?),
            },
        )
    }
}
