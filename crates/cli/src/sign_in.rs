//! Who a command acts for: `--user NAME` (or `ARDOISE_USER`) and the password from
//! `ARDOISE_PASSWORD` or typed at a prompt, so a script's changes carry a name in the
//! log as a person's do. A book without its first administrator yet takes only `init`,
//! `demo` and `staff setup`.

use ardoise_app::domain::words::tr;
use ardoise_app::domain::Lang;
use ardoise_app::{AppError, Ardoise, Session};

use crate::args::{Cli, Command};
use crate::failure::{Failure, Refusal};

pub const PASSWORD_VAR: &str = "ARDOISE_PASSWORD";
/// The new password of `staff add` and `staff password`, for scripts.
pub const NEW_PASSWORD_VAR: &str = "ARDOISE_NEW_PASSWORD";

fn refused(message: String) -> Refusal {
    Refusal::Said {
        code: "not_signed_in",
        message,
    }
}

/// A password from `variable`, else typed without echo at the terminal.
pub fn password(variable: &str, prompt: String, lang: Lang) -> Result<String, Refusal> {
    if let Ok(p) = std::env::var(variable) {
        return Ok(p);
    }
    rpassword::prompt_password(format!("{prompt} "))
        .map_err(|_| refused(tr!(lang, STAFF_CLI_NO_TERMINAL, variable = variable)))
}

/// The user name given (`--user`, else `ARDOISE_USER`), or the sentence that asks for
/// one. Read here rather than by clap's `env`, which would name `--user` in every usage
/// line it prints.
pub fn user(cli: &Cli, lang: Lang) -> Result<String, Refusal> {
    cli.user
        .clone()
        .or_else(|| std::env::var("ARDOISE_USER").ok())
        .filter(|u| !u.trim().is_empty())
        .ok_or_else(|| refused(tr!(lang, STAFF_CLI_NEEDS_USER)))
}

/// The session the command runs as and the password it was signed with, or `None` for
/// `staff setup` (`setup`: it makes the first account itself).
pub fn session(
    cli: &Cli,
    book: &Ardoise,
    lang: Lang,
    setup: bool,
) -> Result<Option<(Session, String)>, Failure> {
    let fail = |r: Refusal| Failure(r.view(lang));
    let state = book.sign_in_state().map_err(|e| fail(e.into()))?;
    if state.needs_first_admin {
        return match &cli.command {
            // A new book: the demo makes its accounts; the built-in account seeds it.
            Command::Init | Command::Demo { .. } => {
                let built_in = book.admin_session().map_err(|e| fail(e.into()))?;
                Ok(Some((built_in, String::new())))
            }
            _ if setup => Ok(None),
            _ => Err(fail(AppError::NeedsFirstAdmin.into())),
        };
    }
    if setup {
        return Err(fail(AppError::FirstAdminExists.into()));
    }
    let name = user(cli, lang).map_err(fail)?;
    let typed = password(
        PASSWORD_VAR,
        tr!(lang, STAFF_CLI_PASSWORD_PROMPT, user = name.as_str()),
        lang,
    )
    .map_err(fail)?;
    let s = book.sign_in(&name, &typed).map_err(|e| fail(e.into()))?;
    Ok(Some((s, typed)))
}
