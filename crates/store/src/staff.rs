//! Staff accounts, their roles and what signing in counts.

use rusqlite::{params, OptionalExtension, Row};

use crate::{unique, Db, Result, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRecord {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub title: String,
    pub active: bool,
    /// The PHC string of the password's hash; `None` for the built-in administrator of a
    /// book that has not had its first start yet.
    pub password_hash: Option<String>,
    /// Consecutive failed sign-ins since the last success.
    pub failed_logins: u32,
    /// RFC 3339, UTC.
    pub last_failed_at: Option<String>,
    /// Role codes as stored; the application layer gives them meaning.
    pub roles: Vec<String>,
}

/// A new account as written.
#[derive(Debug, Clone)]
pub struct NewStaff<'a> {
    pub username: &'a str,
    pub display_name: &'a str,
    pub title: &'a str,
    pub password_hash: &'a str,
    pub roles: &'a [&'a str],
    /// RFC 3339, UTC.
    pub at: &'a str,
}

const COLUMNS: &str = "id, username, display_name, title, active, password_hash, \
                       failed_logins, last_failed_at";

fn record(r: &Row<'_>) -> rusqlite::Result<StaffRecord> {
    Ok(StaffRecord {
        id: r.get(0)?,
        username: r.get(1)?,
        display_name: r.get(2)?,
        title: r.get(3)?,
        active: r.get(4)?,
        password_hash: r.get(5)?,
        failed_logins: r.get(6)?,
        last_failed_at: r.get(7)?,
        roles: Vec::new(),
    })
}

impl Db<'_> {
    pub fn staff(&self, id: i64) -> Result<StaffRecord> {
        let found = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM staff WHERE id = ?1"),
                [id],
                record,
            )
            .optional()?;
        self.with_roles(found.ok_or(StoreError::NotFound("staff member"))?)
    }

    /// The account a user name (already lower-cased) names, if any.
    pub fn staff_by_username(&self, username: &str) -> Result<Option<StaffRecord>> {
        let found = self
            .conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM staff WHERE username = ?1"),
                [username],
                record,
            )
            .optional()?;
        found.map(|s| self.with_roles(s)).transpose()
    }

    /// Every account, active or not, by user name.
    pub fn staff_all(&self) -> Result<Vec<StaffRecord>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM staff ORDER BY username"))?;
        let rows = stmt
            .query_map([], record)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(|s| self.with_roles(s)).collect()
    }

    fn with_roles(&self, mut s: StaffRecord) -> Result<StaffRecord> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT role FROM staff_roles WHERE staff_id = ?1 ORDER BY rowid")?;
        s.roles = stmt
            .query_map([s.id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(s)
    }

    /// Whether some active account can sign in (has a password): until then the book
    /// waits for its first administrator.
    pub fn staff_can_sign_in(&self) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM staff WHERE active = 1 AND password_hash IS NOT NULL)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Active accounts holding `role`, other than `except`.
    pub fn staff_with_role(&self, role: &str, except: i64) -> Result<i64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM staff_roles r JOIN staff s ON s.id = r.staff_id
             WHERE r.role = ?1 AND s.active = 1 AND s.id <> ?2",
            params![role, except],
            |r| r.get(0),
        )?)
    }

    pub fn insert_staff(&self, s: &NewStaff<'_>) -> Result<i64> {
        self.conn
            .execute(
                "INSERT INTO staff (username, display_name, title, password_hash, created_at,
                                    password_changed_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                params![s.username, s.display_name, s.title, s.password_hash, s.at],
            )
            .map_err(unique("username"))?;
        let id = self.conn.last_insert_rowid();
        self.set_staff_roles(id, s.roles)?;
        Ok(id)
    }

    /// Rewrites an account's name, title and password: the first administrator taking
    /// the built-in account over.
    pub fn take_over_staff(&self, id: i64, s: &NewStaff<'_>) -> Result<()> {
        self.conn
            .execute(
                "UPDATE staff SET username = ?2, display_name = ?3, title = ?4,
                        password_hash = ?5, password_changed_at = ?6, active = 1,
                        failed_logins = 0, last_failed_at = NULL
                 WHERE id = ?1",
                params![
                    id,
                    s.username,
                    s.display_name,
                    s.title,
                    s.password_hash,
                    s.at
                ],
            )
            .map_err(unique("username"))?;
        self.set_staff_roles(id, s.roles)
    }

    /// Gives the roles not yet held, then removes those no longer wanted: in that order,
    /// so the guard on the last administrator sees the account's final roles.
    pub fn set_staff_roles(&self, id: i64, roles: &[&str]) -> Result<()> {
        for role in roles {
            self.conn.execute(
                "INSERT INTO staff_roles (staff_id, role) VALUES (?1, ?2)
                 ON CONFLICT (staff_id, role) DO NOTHING",
                params![id, role],
            )?;
        }
        let held: Vec<String> = self.staff(id)?.roles;
        for role in held.iter().filter(|r| !roles.contains(&r.as_str())) {
            self.conn.execute(
                "DELETE FROM staff_roles WHERE staff_id = ?1 AND role = ?2",
                params![id, role],
            )?;
        }
        Ok(())
    }

    pub fn set_staff_password(&self, id: i64, hash: &str, at: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE staff SET password_hash = ?2, password_changed_at = ?3,
                    failed_logins = 0, last_failed_at = NULL
             WHERE id = ?1",
            params![id, hash, at],
        )?;
        Ok(())
    }

    pub fn set_staff_active(&self, id: i64, active: bool) -> Result<()> {
        self.conn.execute(
            "UPDATE staff SET active = ?2 WHERE id = ?1",
            params![id, active],
        )?;
        Ok(())
    }

    /// One more failed sign-in, at `at` (RFC 3339).
    pub fn staff_sign_in_failed(&self, id: i64, at: &str) -> Result<()> {
        self.conn.execute(
            "UPDATE staff SET failed_logins = failed_logins + 1, last_failed_at = ?2
             WHERE id = ?1",
            params![id, at],
        )?;
        Ok(())
    }

    pub fn staff_signed_in(&self, id: i64) -> Result<()> {
        self.conn.execute(
            "UPDATE staff SET failed_logins = 0, last_failed_at = NULL WHERE id = ?1",
            [id],
        )?;
        Ok(())
    }
}
