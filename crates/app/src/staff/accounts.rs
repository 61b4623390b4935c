//! The accounts an administrator keeps, and each person's own password.

use ardoise_domain::staff::{self, Role, StaffForm};
use ardoise_domain::{FieldError, Invalid, Problem};
use ardoise_store::{Db, NewStaff, StaffRecord};
use serde_json::json;

use super::password;
use crate::transport_staff::StaffView;
use crate::{AppError, Ardoise, Audit, Permission, Result, Session};

fn invalid(field: &str, problem: Problem) -> AppError {
    AppError::Invalid(Invalid(vec![FieldError {
        field: field.into(),
        problem,
    }]))
}

fn view(s: StaffRecord) -> StaffView {
    StaffView {
        id: s.id,
        roles: Role::from_codes(&s.roles),
        username: s.username,
        display_name: s.display_name,
        title: s.title,
        active: s.active,
    }
}

/// Refuses, with the person's name, a change that would leave the book without an
/// active user management administrator (the schema refuses it too, without the name).
fn keep_an_admin(db: &Db<'_>, s: &StaffRecord) -> Result<()> {
    let holds = s.roles.iter().any(|r| r == Role::UserAdmin.code());
    if s.active && holds && db.staff_with_role(Role::UserAdmin.code(), s.id)? == 0 {
        return Err(AppError::LastAdmin(s.display_name.clone()));
    }
    Ok(())
}

fn audit<'a>(action: &'a str, id: i64, detail: serde_json::Value) -> Audit<'a> {
    Audit {
        action,
        entity: "staff",
        entity_id: Some(id),
        detail,
    }
}

impl Ardoise {
    /// Changes one's own password: anyone signed in, the current one typed again.
    pub fn change_password(&self, session: &Session, current: &str, new: &str) -> Result<()> {
        let new = staff::password(new).map_err(|p| invalid("new", p))?;
        let own = self.store.read().staff(session.staff_id)?;
        let hash = own.password_hash.as_deref().unwrap_or("");
        if !password::verify(current, hash) {
            return Err(AppError::CurrentPasswordWrong);
        }
        let hash = password::hash(&new)?;
        let at = self.clock.now().to_rfc3339();
        self.write(
            session,
            audit("staff.password_change", own.id, json!({})),
            |db| Ok(db.set_staff_password(own.id, &hash, &at)?),
        )
    }

    /// Every account, active or not.
    pub fn staff_list(&self, session: &Session) -> Result<Vec<StaffView>> {
        session.require(Permission::ManageStaff)?;
        Ok(self
            .store
            .read()
            .staff_all()?
            .into_iter()
            .map(view)
            .collect())
    }

    /// A new account; its id.
    pub fn staff_add(&self, session: &Session, form: &StaffForm) -> Result<i64> {
        session.require(Permission::ManageStaff)?;
        let s = form.validate()?;
        let hash = password::hash(&s.password)?;
        let at = self.clock.now().to_rfc3339();
        let roles: Vec<&str> = s.roles.iter().map(|r| r.code()).collect();
        let detail = json!({ "username": s.username, "roles": roles });
        self.write(
            session,
            Audit {
                action: "staff.add",
                entity: "staff",
                entity_id: None,
                detail,
            },
            |db| {
                if db.staff_by_username(&s.username)?.is_some() {
                    return Err(AppError::Duplicate("username".into()));
                }
                Ok(db.insert_staff(&NewStaff {
                    username: &s.username,
                    display_name: &s.display_name,
                    title: &s.title,
                    password_hash: &hash,
                    roles: &roles,
                    at: &at,
                })?)
            },
        )
    }

    /// Gives an account exactly these roles; takes effect at the person's next call.
    pub fn staff_set_roles(&self, session: &Session, staff_id: i64, roles: &[Role]) -> Result<()> {
        session.require(Permission::ManageStaff)?;
        let roles = staff::roles(roles).map_err(|p| invalid("roles", p))?;
        let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
        self.write(
            session,
            audit("staff.roles", staff_id, json!({ "roles": codes })),
            |db| {
                let s = db.staff(staff_id)?;
                if !roles.contains(&Role::UserAdmin) {
                    keep_an_admin(db, &s)?;
                }
                Ok(db.set_staff_roles(staff_id, &codes)?)
            },
        )
    }

    /// Sets another person's password (they forgot theirs).
    pub fn staff_reset_password(&self, session: &Session, staff_id: i64, new: &str) -> Result<()> {
        session.require(Permission::ManageStaff)?;
        let new = staff::password(new).map_err(|p| invalid("password", p))?;
        let hash = password::hash(&new)?;
        let at = self.clock.now().to_rfc3339();
        self.write(
            session,
            audit("staff.password_reset", staff_id, json!({})),
            |db| {
                db.staff(staff_id)?;
                Ok(db.set_staff_password(staff_id, &hash, &at)?)
            },
        )
    }

    /// Closes an account: it no longer signs in, and the log keeps its name.
    pub fn staff_deactivate(&self, session: &Session, staff_id: i64) -> Result<()> {
        session.require(Permission::ManageStaff)?;
        self.write(
            session,
            audit("staff.deactivate", staff_id, json!({})),
            |db| {
                keep_an_admin(db, &db.staff(staff_id)?)?;
                Ok(db.set_staff_active(staff_id, false)?)
            },
        )
    }

    pub fn staff_reactivate(&self, session: &Session, staff_id: i64) -> Result<()> {
        session.require(Permission::ManageStaff)?;
        self.write(
            session,
            audit("staff.reactivate", staff_id, json!({})),
            |db| {
                db.staff(staff_id)?;
                Ok(db.set_staff_active(staff_id, true)?)
            },
        )
    }

    /// The idle time after which every window of this book locks.
    pub fn set_idle_lock(&self, session: &Session, minutes: u32) -> Result<()> {
        session.require(Permission::ManageStaff)?;
        let minutes = staff::idle_lock_minutes(minutes).map_err(|p| invalid("minutes", p))?;
        self.write(
            session,
            Audit {
                action: "staff.idle_lock",
                entity: "settings",
                entity_id: None,
                detail: json!({ "minutes": minutes }),
            },
            |db| Ok(db.set_setting(super::IDLE_LOCK_KEY, &minutes.to_string())?),
        )
    }
}
