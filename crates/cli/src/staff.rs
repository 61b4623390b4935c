//! `ardoise staff`: the first administrator of a new book, and the accounts an
//! administrator keeps (list, add, roles, deactivate, reactivate, password).

use ardoise_app::domain::staff::{self as rules, FirstAdminForm, Role, StaffForm};
use ardoise_app::domain::words::tr;
use ardoise_app::domain::{FieldError, Invalid};
use ardoise_app::transport_staff::StaffView;
use ardoise_app::{AppError, Ardoise, Session};
use clap::Subcommand;

use crate::failure::{Refusal, Result};
use crate::output::Out;
use crate::sign_in::{self, NEW_PASSWORD_VAR, PASSWORD_VAR};

#[derive(Debug, Subcommand)]
pub enum StaffCmd {
    /// A new book's user management administrator (every role), named by --user; the
    /// password from ARDOISE_PASSWORD or typed.
    Setup {
        /// The name shown in the log and under letters.
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        title: String,
    },
    /// Every account, active or not.
    List,
    /// A new account; its password from ARDOISE_NEW_PASSWORD or typed.
    Add {
        username: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        title: String,
        /// Roles as words, comma-separated: users, billing, support, sales (or in French:
        /// utilisateurs, facturation, support, ventes).
        #[arg(long, value_delimiter = ',')]
        roles: Vec<String>,
    },
    /// Gives an account exactly these roles (words, comma-separated).
    Roles {
        username: String,
        #[arg(value_delimiter = ',', required = true)]
        roles: Vec<String>,
    },
    /// Closes an account: it no longer signs in; the log keeps its name.
    Deactivate {
        username: String,
    },
    Reactivate {
        username: String,
    },
    /// Changes your own password, or with --for another person's (administrators); the new
    /// one from ARDOISE_NEW_PASSWORD or typed.
    Password {
        #[arg(long = "for")]
        for_user: Option<String>,
    },
}

/// Roles typed as words, and the refusal of the first one not understood.
fn roles(typed: &[String]) -> (Vec<Role>, Option<FieldError>) {
    let mut out = Vec::new();
    let mut wrong = None;
    for t in typed.iter().filter(|t| !t.trim().is_empty()) {
        match rules::role(t) {
            Ok(r) => out.push(r),
            Err(problem) => {
                wrong.get_or_insert(FieldError {
                    field: "roles".into(),
                    problem,
                });
            }
        }
    }
    (out, wrong)
}

/// Roles for a command that takes nothing else.
fn roles_only(typed: &[String]) -> Result<Vec<Role>> {
    match roles(typed) {
        (_, Some(wrong)) => Err(Invalid(vec![wrong]).into()),
        (ok, None) => Ok(ok),
    }
}

fn account(book: &Ardoise, s: &Session, username: &str) -> Result<StaffView> {
    let wanted = username.trim().to_lowercase();
    book.staff_list(s)?
        .into_iter()
        .find(|v| v.username == wanted)
        .ok_or_else(|| Refusal::NotFound {
            what: "staff member",
            key: username.to_string(),
        })
}

fn new_password(out: &Out, user: &str) -> Result<String> {
    let prompt = tr!(out.lang, STAFF_CLI_NEW_PASSWORD_PROMPT, user = user);
    sign_in::password(NEW_PASSWORD_VAR, prompt, out.lang)
}

/// The first administrator: the only command a book without one takes (besides making
/// a book).
pub fn setup(book: &Ardoise, out: &Out, username: String, name: &str, title: &str) -> Result<()> {
    let prompt = tr!(
        out.lang,
        STAFF_CLI_PASSWORD_PROMPT,
        user = username.as_str()
    );
    let password = sign_in::password(PASSWORD_VAR, prompt, out.lang)?;
    let s = book.create_first_admin(&FirstAdminForm {
        username,
        display_name: name.into(),
        title: title.into(),
        password,
    })?;
    let view = book.session_view(&s)?;
    out.staff_done(
        &view.username,
        tr!(
            out.lang,
            STAFF_CLI_SETUP_DONE,
            name = view.display_name.as_str(),
            user = view.username.as_str()
        ),
    );
    Ok(())
}

pub fn run(book: &Ardoise, s: &Session, out: &Out, cmd: &StaffCmd, typed: &str) -> Result<()> {
    match cmd {
        StaffCmd::Setup { .. } => return Err(AppError::FirstAdminExists.into()),
        StaffCmd::List => out.staff(&book.staff_list(s)?),
        StaffCmd::Add {
            username,
            name,
            title,
            roles: typed_roles,
        } => {
            s.require(ardoise_app::Permission::ManageStaff)?;
            let (roles, wrong_role) = roles(typed_roles);
            let form = StaffForm {
                username: username.clone(),
                display_name: name.clone(),
                title: title.clone(),
                roles,
                password: new_password(out, username)?,
            };
            if let Some(wrong) = wrong_role {
                // Every field at fault, the role typed wrong among them.
                let mut all = form.validate().err().map(|e| e.0).unwrap_or_default();
                all.retain(|e| e.field != "roles");
                let at = all
                    .iter()
                    .position(|e| e.field == "password")
                    .unwrap_or(all.len());
                all.insert(at, wrong);
                return Err(Invalid(all).into());
            }
            book.staff_add(s, &form)?;
            let user = username.trim().to_lowercase();
            out.staff_done(&user, tr!(out.lang, STAFF_CLI_ADDED, user = user.as_str()));
        }
        StaffCmd::Roles {
            username,
            roles: typed_roles,
        } => {
            let v = account(book, s, username)?;
            let roles = roles_only(typed_roles)?;
            book.staff_set_roles(s, v.id, &roles)?;
            let words: Vec<String> = rules::roles(&roles)
                .unwrap_or_default()
                .iter()
                .map(|r| r.word(out.lang))
                .collect();
            let line = tr!(
                out.lang,
                STAFF_CLI_ROLES_SET,
                user = v.username.as_str(),
                roles = words.join(", ")
            );
            out.staff_done(&v.username, line);
        }
        StaffCmd::Deactivate { username } => {
            let v = account(book, s, username)?;
            book.staff_deactivate(s, v.id)?;
            let line = tr!(out.lang, STAFF_CLI_DEACTIVATED, user = v.username.as_str());
            out.staff_done(&v.username, line);
        }
        StaffCmd::Reactivate { username } => {
            let v = account(book, s, username)?;
            book.staff_reactivate(s, v.id)?;
            let line = tr!(out.lang, STAFF_CLI_REACTIVATED, user = v.username.as_str());
            out.staff_done(&v.username, line);
        }
        StaffCmd::Password { for_user: None } => {
            let me = book.session_view(s)?.username;
            let new = new_password(out, &me)?;
            // The password the command was signed with is the current one.
            book.change_password(s, typed, &new)?;
            let line = tr!(out.lang, STAFF_CLI_PASSWORD_CHANGED, user = me.as_str());
            out.staff_done(&me, line);
        }
        StaffCmd::Password {
            for_user: Some(username),
        } => {
            let v = account(book, s, username)?;
            let new = new_password(out, &v.username)?;
            book.staff_reset_password(s, v.id, &new)?;
            let line = tr!(
                out.lang,
                STAFF_CLI_PASSWORD_CHANGED,
                user = v.username.as_str()
            );
            out.staff_done(&v.username, line);
        }
    }
    Ok(())
}
