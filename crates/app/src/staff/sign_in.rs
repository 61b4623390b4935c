//! Who may open the book: the first administrator of a new book, signing in (each
//! failure makes the next try wait longer), and the session a shell holds.

use ardoise_domain::staff::{FirstAdminForm, Role, IDLE_LOCK_DEFAULT};
use ardoise_store::{NewStaff, StaffRecord};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use super::password;
use crate::session::BUILT_IN_ADMIN;
use crate::transport_staff::{SessionView, SignInState};
use crate::{AppError, Ardoise, Audit, Result, Session};

/// How long the next try waits after `failures` failed sign-ins in a row: 1 s, 2 s,
/// 4 s… doubling up to five minutes.
pub fn retry_delay(failures: u32) -> Duration {
    if failures == 0 {
        return Duration::zero();
    }
    let seconds = 1i64 << (failures - 1).min(9);
    Duration::seconds(seconds.min(300))
}

/// Seconds still to wait before `s` may try again at `now`, if any.
fn wait_left(s: &StaffRecord, now: DateTime<Utc>) -> Option<u64> {
    let last = s.last_failed_at.as_deref()?;
    let last = DateTime::parse_from_rfc3339(last).ok()?.with_timezone(&Utc);
    let until = last + retry_delay(s.failed_logins);
    let left = (until - now).num_milliseconds();
    // Rounded up: « dans 0 s » would be a lie.
    (left > 0).then(|| (left as u64).div_ceil(1000))
}

fn session_of(s: &StaffRecord) -> Session {
    Session {
        staff_id: s.id,
        display_name: s.display_name.clone(),
        roles: Role::from_codes(&s.roles),
    }
}

impl Ardoise {
    /// What the first screen shows: the first administrator's form, or the sign-in.
    pub fn sign_in_state(&self) -> Result<SignInState> {
        Ok(SignInState {
            needs_first_admin: !self.store.read().staff_can_sign_in()?,
            demo_book: self.is_demo()?,
        })
    }

    /// The user management administrator of a new book (or of a book from before
    /// accounts): takes over the built-in account, so the log's earlier entries carry the
    /// real name. Refused once an account can sign in.
    pub fn create_first_admin(&self, form: &FirstAdminForm) -> Result<Session> {
        let staff = form.validate()?;
        let hash = password::hash(&staff.password)?;
        let at = self.clock.now().to_rfc3339();
        let roles: Vec<&str> = staff.roles.iter().map(|r| r.code()).collect();
        let acting = Session {
            staff_id: BUILT_IN_ADMIN,
            display_name: staff.display_name.clone(),
            roles: staff.roles.clone(),
        };
        self.write(
            &acting,
            Audit {
                action: "staff.first_admin",
                entity: "staff",
                entity_id: Some(BUILT_IN_ADMIN),
                detail: json!({ "username": staff.username }),
            },
            |db| {
                if db.staff_can_sign_in()? {
                    return Err(AppError::FirstAdminExists);
                }
                db.take_over_staff(
                    BUILT_IN_ADMIN,
                    &NewStaff {
                        username: &staff.username,
                        display_name: &staff.display_name,
                        title: &staff.title,
                        password_hash: &hash,
                        roles: &roles,
                        at: &at,
                    },
                )?;
                Ok(())
            },
        )?;
        self.session(BUILT_IN_ADMIN)
    }

    /// Signs a person in. A wrong user name and a wrong password read the same; after
    /// `n` failures in a row the next try waits [`retry_delay`]`(n)`; a deactivated
    /// account is refused once its password is right. Failures and successes are in the
    /// audit log.
    pub fn sign_in(&self, username: &str, typed: &str) -> Result<Session> {
        let username = username.trim().to_lowercase();
        let found = self.store.read().staff_by_username(&username)?;
        let Some(staff) = found.filter(|s| s.password_hash.is_some()) else {
            password::waste_time(typed);
            return Err(AppError::WrongPassword);
        };
        if let Some(seconds) = wait_left(&staff, self.clock.now()) {
            return Err(AppError::TryAgainIn { seconds });
        }
        // Outside the transaction: a quarter of a second is too long to hold the book.
        let right = password::verify(typed, staff.password_hash.as_deref().unwrap_or(""));
        let now = self.clock.now();
        let acting = session_of(&staff);
        let audit = |action| Audit {
            action,
            entity: "staff",
            entity_id: Some(staff.id),
            detail: json!({ "username": staff.username }),
        };
        if right && !staff.active {
            return Err(AppError::AccountDeactivated);
        }
        if right {
            // The hash was checked outside the transaction: a password reset or a
            // deactivation by another window meanwhile wins over this sign-in.
            let written = self.write(&acting, audit("staff.sign_in"), |db| {
                let now_held = db.staff(staff.id)?;
                if now_held.password_hash != staff.password_hash {
                    return Err(AppError::WrongPassword);
                }
                if !now_held.active {
                    return Err(AppError::AccountDeactivated);
                }
                db.staff_signed_in(staff.id)?;
                Ok(())
            });
            // A book open for reading only is still read by the people who may read it;
            // it just cannot note that they came.
            if !matches!(written, Ok(()) | Err(AppError::ReadOnly(_))) {
                written?;
            }
            return self.session(staff.id);
        }
        // Decided inside the transaction (another window may have failed meanwhile, and
        // its delay holds for this try too), which commits the count either way.
        let mut refusal = AppError::WrongPassword;
        let written = self.write(&acting, audit("staff.sign_in_failed"), |db| {
            match wait_left(&db.staff(staff.id)?, now) {
                Some(seconds) => refusal = AppError::TryAgainIn { seconds },
                None => db.staff_sign_in_failed(staff.id, &now.to_rfc3339())?,
            }
            Ok(())
        });
        match written {
            Ok(()) | Err(AppError::ReadOnly(_)) => Err(refusal),
            Err(e) => Err(e),
        }
    }

    /// What the window shows of the person signed in and what they may do.
    pub fn session_view(&self, session: &Session) -> Result<SessionView> {
        let db = self.store.read();
        let s = db.staff(session.staff_id)?;
        let idle_lock_minutes = db
            .setting(super::IDLE_LOCK_KEY)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(IDLE_LOCK_DEFAULT);
        let roles: Vec<Role> = Role::from_codes(&s.roles);
        Ok(SessionView {
            staff_id: s.id,
            username: s.username,
            display_name: s.display_name,
            title: s.title,
            permissions: crate::session::permissions_of(&roles),
            roles,
            idle_lock_minutes,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delay_doubles_up_to_five_minutes() {
        let secs: Vec<i64> = (0..12).map(|n| retry_delay(n).num_seconds()).collect();
        assert_eq!(secs, [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
        assert_eq!(retry_delay(u32::MAX).num_seconds(), 300);
    }
}
