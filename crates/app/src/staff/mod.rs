//! Staff accounts: the first administrator, signing in with its growing delay, and the
//! accounts an administrator keeps.

mod accounts;
pub mod password;
mod sign_in;

pub use sign_in::retry_delay;

/// The settings key of the idle time before the window locks, in minutes.
pub const IDLE_LOCK_KEY: &str = "idle_lock_minutes";
