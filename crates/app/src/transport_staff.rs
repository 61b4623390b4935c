//! What crosses to the window about who is signed in and the staff accounts.

use serde::Serialize;
use ts_rs::TS;

pub use crate::session::{Permission, Role};
pub use ardoise_domain::staff::{FirstAdminForm, StaffForm};

/// The person signed in, and what the window may offer them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SessionView {
    pub staff_id: i64,
    pub username: String,
    pub display_name: String,
    pub title: String,
    pub roles: Vec<Role>,
    /// Every permission the roles give: the window hides what is not here (the use cases
    /// refuse it anyway).
    pub permissions: Vec<Permission>,
    /// Idle minutes before the window locks.
    pub idle_lock_minutes: u32,
}

/// What the first screen is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SignInState {
    /// No account can sign in yet: the first administrator's form.
    pub needs_first_admin: bool,
    /// A demo book: the sign-in screen may say its accounts.
    pub demo_book: bool,
}

/// One staff account as the administrator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StaffView {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub title: String,
    pub roles: Vec<Role>,
    pub active: bool,
}

/// The window's commands on accounts. Signing in, out, locking and unlocking are the
/// shell's: it holds the session and the lock, and every `run` command is refused until
/// someone signs in (`not_signed_in`) or while the window is locked (`locked`).
#[macro_export]
macro_rules! staff_commands {
    ($m:ident [$($acc:tt)*] $($next:ident)*) => { $crate::next_commands! { $m [$($acc)*
        run {
            /// One's own password; the current one is asked again.
            change_password(current: String, new_password: String) -> () =
                |b, s, _| b.change_password(s, &current, &new_password);
            staff_list() -> Vec<StaffView> = |b, s, _| b.staff_list(s);
            /// The new account's id.
            staff_add(form: StaffForm) -> i64 = |b, s, _| b.staff_add(s, &form);
            staff_set_roles(staff_id: i64, roles: Vec<Role>) -> () =
                |b, s, _| b.staff_set_roles(s, staff_id, &roles);
            staff_reset_password(staff_id: i64, password: String) -> () =
                |b, s, _| b.staff_reset_password(s, staff_id, &password);
            staff_deactivate(staff_id: i64) -> () = |b, s, _| b.staff_deactivate(s, staff_id);
            staff_reactivate(staff_id: i64) -> () = |b, s, _| b.staff_reactivate(s, staff_id);
            /// Idle minutes before every window of the book locks: 1 to 240.
            set_idle_lock(minutes: u32) -> () = |b, s, _| b.set_idle_lock(s, minutes);
        }
        shell {
            /// The first screen: the first administrator's form or the sign-in.
            sign_in_state() -> SignInState;
            /// The book's first user management administrator, signed in at once.
            create_first_admin(form: FirstAdminForm) -> SessionView;
            sign_in(username: String, password: String) -> SessionView;
            sign_out() -> ();
            /// Locks the window (Ctrl+L, or idle): the session is kept, commands refused.
            lock() -> ();
            /// The signed-in person's password again; refused like a sign-in.
            unlock(password: String) -> SessionView;
            current_session() -> Option<SessionView>;
        }
    ] $($next)* } };
}
