//! The shell's side of signing in: who the window acts for is held here (the webview only
//! ever sees their `SessionView`), and the lock. Each command translates to the
//! application layer, which checks the password and writes the trail.

use ardoise_app::domain::staff::FirstAdminForm;
use ardoise_app::transport_staff::{SessionView, SignInState};
use ardoise_app::AppError;
use tauri::AppHandle;

use crate::state::{Desktop, Reply};

/// Whether the book still needs its administrator, and whether it is a demo (the sign-in
/// screen then gives the demo's accounts).
pub fn sign_in_state(_: &AppHandle, desktop: &Desktop) -> Reply<SignInState> {
    desktop.with_book(|b| b.sign_in_state())
}

/// The book's first administrator named and given a password; they are then signed in.
pub fn create_first_admin(
    _: &AppHandle,
    desktop: &Desktop,
    form: FirstAdminForm,
) -> Reply<SessionView> {
    let view = desktop.with_book(|b| {
        let session = b.create_first_admin(&form)?;
        b.session_view(&session)
    })?;
    desktop.signed_in(view.staff_id);
    Ok(view)
}

pub fn sign_in(
    _: &AppHandle,
    desktop: &Desktop,
    username: String,
    password: String,
) -> Reply<SessionView> {
    let view = desktop.with_book(|b| {
        let session = b.sign_in(&username, &password)?;
        b.session_view(&session)
    })?;
    desktop.signed_in(view.staff_id);
    Ok(view)
}

pub fn sign_out(_: &AppHandle, desktop: &Desktop) -> Reply<()> {
    desktop.sign_out();
    Ok(())
}

/// Ctrl+L, or the idle time passed: every command refused until [`unlock`].
pub fn lock(_: &AppHandle, desktop: &Desktop) -> Reply<()> {
    desktop.set_locked(true);
    Ok(())
}

/// The person who locked the window types their password again. Another person signs out
/// first (« Changer d’utilisateur »), so the lock never hands one person's window to
/// another.
pub fn unlock(_: &AppHandle, desktop: &Desktop, password: String) -> Reply<SessionView> {
    let Some(id) = desktop.who().staff_id else {
        return Err(AppError::NotSignedIn.view(desktop.lang()));
    };
    let view = desktop.with_book(|b| {
        let username = b.session_view(&b.session(id)?)?.username;
        let again = b.sign_in(&username, &password)?;
        b.session_view(&again)
    })?;
    desktop.signed_in(view.staff_id);
    Ok(view)
}

/// The person signed in, locked or not (the lock screen names them); `null` when nobody
/// is, or their account was deactivated meanwhile.
pub fn current_session(_: &AppHandle, desktop: &Desktop) -> Reply<Option<SessionView>> {
    let Some(id) = desktop.who().staff_id else {
        return Ok(None);
    };
    let view = desktop.with_book(|b| {
        let session = b.session(id)?;
        b.session_view(&session)
    });
    match view {
        Ok(v) => Ok(Some(v)),
        Err(_) => {
            desktop.sign_out();
            Ok(None)
        }
    }
}
