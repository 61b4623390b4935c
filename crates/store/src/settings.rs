use rusqlite::OptionalExtension;

use crate::{Db, Result};

impl Db<'_> {
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn delete_setting(&self, key: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [key])?;
        Ok(())
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}

/// Who signs the letters to customers, and their title (settings, both optional).
const SIGNATORY_NAME: &str = "letters.signatory_name";
const SIGNATORY_TITLE: &str = "letters.signatory_title";

impl Db<'_> {
    /// (name, title) of who signs the letters; empty when not set.
    pub fn letter_signatory(&self) -> Result<(String, String)> {
        Ok((
            self.setting(SIGNATORY_NAME)?.unwrap_or_default(),
            self.setting(SIGNATORY_TITLE)?.unwrap_or_default(),
        ))
    }

    /// Sets who signs the letters; an empty name or title removes it.
    pub fn set_letter_signatory(&self, name: &str, title: &str) -> Result<()> {
        for (key, value) in [(SIGNATORY_NAME, name), (SIGNATORY_TITLE, title)] {
            match value.trim() {
                "" => self.delete_setting(key)?,
                v => self.set_setting(key, v)?,
            }
        }
        Ok(())
    }
}
