//! Thin Tauri commands for collections: the day's work, letters, holds, suspensions.

use ardoise_app::domain::collections::Policy;
use ardoise_app::domain::Lang;
use ardoise_app::transport::Created;
use ardoise_app::transport_collections::*;
use ardoise_app::{paths, AppError};
use tauri::State;

use crate::state::Desktop;

type Reply<T> = Result<T, ardoise_app::ErrorView>;

#[tauri::command(async, rename_all = "snake_case")]
pub fn collections_get(desktop: State<'_, Desktop>, as_of: String) -> Reply<CollectionsView> {
    desktop.run(|b, s| b.collections(s, &as_of))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn letters_produce(
    desktop: State<'_, Desktop>,
    request: LettersRequest,
) -> Reply<LettersResult> {
    desktop.output_folder(&request.out_dir)?;
    let dir = paths::documents_dir(desktop.path());
    let lang = desktop.lang();
    desktop.run(|b, s| b.produce_letters(s, &request, lang, &dir))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn renewal_notices_produce(
    desktop: State<'_, Desktop>,
    request: RenewalNoticesRequest,
) -> Reply<LettersResult> {
    desktop.output_folder(&request.out_dir)?;
    let dir = paths::documents_dir(desktop.path());
    let lang = desktop.lang();
    desktop.run(|b, s| b.produce_renewal_notices(s, &request, lang, &dir))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn communications_mark_sent(
    desktop: State<'_, Desktop>,
    ids: Vec<i64>,
    on: String,
    via: String,
) -> Reply<()> {
    desktop.run(|b, s| b.mark_sent(s, &ids, &on, &via))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn collections_hold(
    desktop: State<'_, Desktop>,
    customer_id: i64,
    invoice_id: Option<i64>,
    reason: String,
) -> Reply<Created> {
    desktop.run(|b, s| {
        b.hold(s, customer_id, invoice_id, &reason)
            .map(|id| Created { id })
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn collections_lift_hold(desktop: State<'_, Desktop>, hold_id: i64) -> Reply<()> {
    desktop.run(|b, s| b.lift_hold(s, hold_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn suspension_done(desktop: State<'_, Desktop>, id: i64, on: String) -> Reply<()> {
    desktop.run(|b, s| b.mark_suspended(s, id, &on))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn reactivation_done(desktop: State<'_, Desktop>, id: i64, on: String) -> Reply<()> {
    desktop.run(|b, s| b.mark_reactivated(s, id, &on))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn dashboard_get(desktop: State<'_, Desktop>, as_of: String) -> Reply<DashboardView> {
    desktop.run(|b, s| b.dashboard(s, &as_of))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn policy_get(desktop: State<'_, Desktop>) -> Reply<Policy> {
    desktop.run(|b, s| b.collection_policy(s))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn policy_save(desktop: State<'_, Desktop>, policy: Policy) -> Reply<()> {
    desktop.run(|b, s| b.save_collection_policy(s, &policy))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn policy_reset(desktop: State<'_, Desktop>) -> Reply<Policy> {
    desktop.run(|b, s| b.reset_collection_policy(s))
}

/// Writes the customers' policy sheet beside the book in `lang` and opens it.
#[tauri::command(async, rename_all = "snake_case")]
pub fn policy_sheet_open(desktop: State<'_, Desktop>, lang: Lang, open: bool) -> Reply<String> {
    desktop.run(|b, s| {
        let file = b.save_policy_sheet(s, lang, None)?;
        if open {
            open::that_detached(&file).map_err(|e| AppError::File {
                path: file.display().to_string(),
                detail: e.to_string(),
            })?;
        }
        Ok(file.display().to_string())
    })
}
