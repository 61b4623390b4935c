//! The book as a whole: what it is, its language, its health.

use ardoise_domain::Lang;
use serde_json::json;

use crate::transport::AppInfo;
use crate::{Ardoise, Audit, Permission, Result, Session};

const LANGUAGE_KEY: &str = "language";

impl Ardoise {
    pub fn info(&self, session: &Session) -> Result<AppInfo> {
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
        })
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
