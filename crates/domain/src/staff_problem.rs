//! Why a staff account's field is refused: data and its sentences (`staff.ftl`); the
//! checks themselves are in `staff`.

use crate::role::Role;
use crate::words::tr;
use crate::Lang;

/// The bounds the sentences state, kept beside them.
pub const USERNAME_MIN: usize = 2;
pub const USERNAME_MAX: usize = 32;
pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 128;
pub const IDLE_LOCK_MIN: u32 = 1;
pub const IDLE_LOCK_MAX: u32 = 240;

/// Why an account's field is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffProblem {
    UsernameShape,
    PasswordTooShort,
    PasswordTooLong,
    NoRole,
    UnknownRole,
    IdleLockRange,
}

impl StaffProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StaffProblem::UsernameShape => tr!(
                lang,
                STAFF_USERNAME_SHAPE,
                min = USERNAME_MIN,
                max = USERNAME_MAX
            ),
            StaffProblem::PasswordTooShort => {
                tr!(lang, STAFF_PASSWORD_TOO_SHORT, min = PASSWORD_MIN)
            }
            StaffProblem::PasswordTooLong => {
                tr!(lang, STAFF_PASSWORD_TOO_LONG, max = PASSWORD_MAX)
            }
            StaffProblem::NoRole => tr!(lang, STAFF_NO_ROLE),
            StaffProblem::IdleLockRange => tr!(
                lang,
                STAFF_IDLE_LOCK_RANGE,
                min = IDLE_LOCK_MIN,
                max = IDLE_LOCK_MAX
            ),
            StaffProblem::UnknownRole => {
                let words: Vec<String> = Role::ALL.iter().map(|r| r.word(lang)).collect();
                tr!(lang, STAFF_UNKNOWN_ROLE, roles = words.join(", "))
            }
        }
    }
}
