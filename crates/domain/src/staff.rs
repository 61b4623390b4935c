//! Staff accounts as typed: who they are, which of Microsoft's four partner roles they
//! hold, and the rule their passwords follow.

use serde::{Deserialize, Serialize};

use crate::problem::{Checker, Invalid, Problem};
pub use crate::role::Role;
pub use crate::staff_problem::{
    StaffProblem, IDLE_LOCK_MAX, IDLE_LOCK_MIN, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX,
    USERNAME_MIN,
};

impl From<StaffProblem> for Problem {
    fn from(p: StaffProblem) -> Self {
        Problem::Staff(p)
    }
}

/// A role typed as its code, its word or its name, in either language.
pub fn role(input: &str) -> Result<Role, Problem> {
    Role::from_typed(input).ok_or_else(|| StaffProblem::UnknownRole.into())
}

pub const NAME_MAX: usize = 80;
/// The window locks after this many idle minutes unless the administrator chose.
pub const IDLE_LOCK_DEFAULT: u32 = 15;

/// The idle time before the window locks: 1 to 240 minutes.
pub fn idle_lock_minutes(minutes: u32) -> Result<u32, Problem> {
    if (IDLE_LOCK_MIN..=IDLE_LOCK_MAX).contains(&minutes) {
        Ok(minutes)
    } else {
        Err(StaffProblem::IdleLockRange.into())
    }
}

/// A new account, as the administrator typed it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StaffForm {
    pub username: String,
    pub display_name: String,
    /// Printed under the name when the person signs a letter (« Responsable comptable »).
    pub title: String,
    pub roles: Vec<Role>,
    pub password: String,
}

/// The user management administrator made at a book's first start.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FirstAdminForm {
    pub username: String,
    pub display_name: String,
    pub title: String,
    pub password: String,
}

/// An account's fields, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub username: String,
    pub display_name: String,
    pub title: String,
    pub roles: Vec<Role>,
    pub password: String,
}

/// Lower-cased; 2–32 of `a-z 0-9 . _ -`.
pub fn username(input: &str) -> Result<String, Problem> {
    let u = input.trim().to_lowercase();
    let shaped = (USERNAME_MIN..=USERNAME_MAX).contains(&u.chars().count())
        && u.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'));
    if shaped {
        Ok(u)
    } else {
        Err(StaffProblem::UsernameShape.into())
    }
}

/// Taken as typed (spaces count): 10–128 characters.
pub fn password(input: &str) -> Result<String, Problem> {
    let n = input.chars().count();
    if n < PASSWORD_MIN {
        Err(StaffProblem::PasswordTooShort.into())
    } else if n > PASSWORD_MAX {
        Err(StaffProblem::PasswordTooLong.into())
    } else {
        Ok(input.to_string())
    }
}

fn display_name(input: &str) -> Result<String, Problem> {
    crate::checks::text::required(input, NAME_MAX)
}

fn title(input: &str) -> Result<String, Problem> {
    crate::checks::text::optional(input, NAME_MAX).map(Option::unwrap_or_default)
}

/// At least one, each once, in the order of [`Role::ALL`].
pub fn roles(input: &[Role]) -> Result<Vec<Role>, Problem> {
    let held: Vec<Role> = Role::ALL
        .iter()
        .copied()
        .filter(|r| input.contains(r))
        .collect();
    if held.is_empty() {
        Err(StaffProblem::NoRole.into())
    } else {
        Ok(held)
    }
}

impl StaffForm {
    pub fn validate(&self) -> Result<Staff, Invalid> {
        let mut c = Checker::new();
        let username = c.check("username", username(&self.username));
        let display_name = c.check("display_name", display_name(&self.display_name));
        let title = c.check("title", title(&self.title));
        let roles = c.check("roles", roles(&self.roles));
        let password = c.check("password", password(&self.password));
        c.finish()?;
        Ok(Staff {
            username: username.unwrap_or_default(),
            display_name: display_name.unwrap_or_default(),
            title: title.unwrap_or_default(),
            roles: roles.unwrap_or_default(),
            password: password.unwrap_or_default(),
        })
    }
}

impl FirstAdminForm {
    /// The first administrator holds every role: alone in the book, they do everything
    /// until they add the others.
    pub fn validate(&self) -> Result<Staff, Invalid> {
        StaffForm {
            username: self.username.clone(),
            display_name: self.display_name.clone(),
            title: self.title.clone(),
            roles: Role::ALL.to_vec(),
            password: self.password.clone(),
        }
        .validate()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn form() -> StaffForm {
        StaffForm {
            username: " Hugo.Petit ".into(),
            display_name: "Hugo Petit".into(),
            title: "Comptabilité".into(),
            roles: vec![Role::SalesAgent, Role::BillingAdmin, Role::SalesAgent],
            password: "correct horse".into(),
        }
    }

    #[test]
    fn a_good_form_is_lower_cased_and_its_roles_kept_once() {
        let s = form().validate().unwrap();
        assert_eq!(s.username, "hugo.petit");
        assert_eq!(s.roles, vec![Role::BillingAdmin, Role::SalesAgent]);
        assert_eq!(s.password, "correct horse");
    }

    #[test]
    fn every_field_at_fault_is_listed_and_the_rule_said() {
        let bad = StaffForm {
            username: "h".into(),
            display_name: " ".into(),
            title: "x".repeat(81),
            roles: vec![],
            password: "court".into(),
        };
        let fields: Vec<String> = bad
            .validate()
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            ["username", "display_name", "title", "roles", "password"]
        );
        assert_eq!(
            StaffProblem::PasswordTooShort.message(Lang::Fr),
            "Le mot de passe doit compter au moins 10 caractères."
        );
    }

    #[test]
    fn a_password_is_counted_in_characters_and_not_trimmed() {
        assert!(password("         é").is_ok());
        assert!(password("éééééééé ").is_err());
        assert!(password(&"a".repeat(128)).is_ok());
        assert!(password(&"a".repeat(129)).is_err());
    }

    #[test]
    fn user_names_take_only_the_safe_characters() {
        for ok in ["ab", "camille.roux", "c_r-2", &"a".repeat(32)] {
            assert!(username(ok).is_ok(), "{ok}");
        }
        for bad in ["a", "camille roux", "léa", "a@b", &"a".repeat(33)] {
            assert!(username(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_role_is_typed_as_its_word_in_either_language() {
        assert_eq!(role("facturation"), Ok(Role::BillingAdmin));
        assert_eq!(role("Billing"), Ok(Role::BillingAdmin));
        assert_eq!(role("sales_agent"), Ok(Role::SalesAgent));
        assert_eq!(role("ventes"), Ok(Role::SalesAgent));
        let refused = role("patron").unwrap_err().message(Lang::Fr);
        assert!(refused.contains("facturation"), "{refused}");
        for r in Role::ALL {
            for lang in [Lang::Fr, Lang::En] {
                assert!(!r.label(lang).contains('_'));
                assert_eq!(role(&r.label(lang)), Ok(*r));
            }
        }
    }

    proptest::proptest! {
        /// The password rule counts characters as typed (accents, spaces, emoji alike),
        /// and never changes what it accepts.
        #[test]
        fn a_password_is_accepted_exactly_when_its_length_is_in_bounds(
            typed in "[ a-zé€😀]{0,140}",
        ) {
            let n = typed.chars().count();
            match password(&typed) {
                Ok(kept) => {
                    proptest::prop_assert!((PASSWORD_MIN..=PASSWORD_MAX).contains(&n));
                    proptest::prop_assert_eq!(kept, typed);
                }
                Err(_) => proptest::prop_assert!(!(PASSWORD_MIN..=PASSWORD_MAX).contains(&n)),
            }
        }

        /// A user name is taken in lower case, once; whatever it accepts it accepts again
        /// unchanged, and it holds only the characters the sentence names.
        #[test]
        fn a_user_name_is_lower_cased_once_and_keeps_only_safe_characters(
            typed in "[A-Za-z0-9._ @é-]{0,40}",
        ) {
            if let Ok(u) = username(&typed) {
                proptest::prop_assert_eq!(username(&u), Ok(u.clone()));
                proptest::prop_assert!((USERNAME_MIN..=USERNAME_MAX).contains(&u.len()));
                proptest::prop_assert!(u
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c)));
            }
        }
    }
}
