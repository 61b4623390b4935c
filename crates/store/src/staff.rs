use rusqlite::OptionalExtension;

use crate::{Db, Result, StoreError};

#[derive(Debug, Clone)]
pub struct StaffRecord {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    /// Role codes as stored; the application layer gives them meaning.
    pub roles: Vec<String>,
}

impl Db<'_> {
    pub fn staff(&self, id: i64) -> Result<StaffRecord> {
        self.conn
            .query_row(
                "SELECT id, username, display_name, roles FROM staff WHERE id = ?1",
                [id],
                |r| {
                    let roles: String = r.get(3)?;
                    Ok(StaffRecord {
                        id: r.get(0)?,
                        username: r.get(1)?,
                        display_name: r.get(2)?,
                        roles: roles
                            .split(',')
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect(),
                    })
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound("staff member"))
    }
}
