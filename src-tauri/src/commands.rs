//! The window's commands, generated from their one declaration in `ardoise-app`
//! (`with_commands!`): each use case becomes a `#[tauri::command]` that runs it on the open
//! book ([`ardoise_app::window::call`]), each `shell` entry one that hands over to
//! [`crate::shell`], and [`handler`] registers them all. Nothing here is written by hand
//! per command, so a declared command cannot be left unregistered.

use ardoise_app::domain::catalog::{PriceForm, ProductForm};
use ardoise_app::domain::collections::Policy;
use ardoise_app::domain::customer::{ContactForm, CustomerForm};
use ardoise_app::domain::invoicing::OneOffForm;
use ardoise_app::domain::partner::PartnerForm;
use ardoise_app::domain::subscription::SubscriptionForm;
use ardoise_app::domain::Lang;
use ardoise_app::opening::OpenTarget;
use ardoise_app::transport::*;
use ardoise_app::transport_backup::*;
use ardoise_app::transport_collections::*;
use ardoise_app::transport_invoicing::*;
use ardoise_app::transport_send::*;
use ardoise_app::transport_staff::*;
use ardoise_app::transport_statements::*;
use ardoise_app::window::call;
use tauri::{AppHandle, State};

use crate::state::{Desktop, Reply};

macro_rules! tauri_commands {
    ($(
        run { $( $(#[doc = $doc:literal])* $name:ident ($($arg:ident : $aty:ty),*) -> $ret:ty = $run:expr; )* }
        shell { $( $(#[doc = $sdoc:literal])* $sname:ident ($($sarg:ident : $saty:ty),*) -> $sret:ty; )* }
    )*) => {
        $($(
            $(#[doc = $doc])*
            #[tauri::command(async, rename_all = "snake_case")]
            pub fn $name(app: AppHandle, desktop: State<'_, Desktop>, $($arg: $aty),*) -> Reply<$ret> {
                desktop.run_in(&app, |b, s, w| call::$name(b, s, w, $($arg),*))
            }
        )*
        $(
            $(#[doc = $sdoc])*
            #[tauri::command(async, rename_all = "snake_case")]
            pub fn $sname(app: AppHandle, desktop: State<'_, Desktop>, $($sarg: $saty),*) -> Reply<$sret> {
                crate::shell::$sname(&app, &desktop, $($sarg),*)
            }
        )*)*

        /// The invoke handler of every declared command.
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($name,)* $($sname,)*)*]
        }
    };
}

ardoise_app::with_commands!(tauri_commands);
