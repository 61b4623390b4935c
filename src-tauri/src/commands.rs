//! Thin Tauri commands: each one translates to one use case of `ardoise-app` and back.
//! Names and arguments match `COMMAND_NAMES` and `ui/src/lib/bindings.ts`.

use ardoise_app::demo::DemoOptions;
use ardoise_app::domain::catalog::{PriceForm, ProductForm};
use ardoise_app::domain::customer::{ContactForm, CustomerForm};
use ardoise_app::domain::partner::PartnerForm;
use ardoise_app::domain::subscription::SubscriptionForm;
use ardoise_app::domain::Lang;
use ardoise_app::transport::*;
use ardoise_app::ErrorView;
use tauri::State;

use crate::state::Desktop;

type Reply<T> = Result<T, ErrorView>;

#[tauri::command(async, rename_all = "snake_case")]
pub fn book_state(desktop: State<'_, Desktop>) -> BookState {
    BookState {
        open: desktop.is_open(),
        path: desktop.path().display().to_string(),
        system_language: crate::state::system_lang(),
        error: desktop.open_error(),
    }
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn book_create(desktop: State<'_, Desktop>, demo: bool) -> Reply<AppInfo> {
    desktop.create()?;
    if demo {
        desktop.run(|b, s| b.seed_demo(s, DemoOptions::default()))?;
    }
    let lang = desktop.lang();
    desktop.run(|b, s| b.info(s, lang))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn app_info(desktop: State<'_, Desktop>) -> Reply<AppInfo> {
    let lang = desktop.lang();
    desktop.run(|b, s| b.info(s, lang))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn set_language(desktop: State<'_, Desktop>, language: Option<Lang>) -> Reply<()> {
    desktop.run(|b, s| b.set_language(s, language))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn book_check(desktop: State<'_, Desktop>) -> Reply<CheckReport> {
    desktop.run(|b, s| b.check(s))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn customers_list(desktop: State<'_, Desktop>) -> Reply<Vec<CustomerRow>> {
    desktop.run(|b, s| b.customers(s))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn customer_get(desktop: State<'_, Desktop>, id: i64) -> Reply<CustomerView> {
    desktop.run(|b, s| b.customer(s, id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn customer_create(desktop: State<'_, Desktop>, form: CustomerForm) -> Reply<Created> {
    desktop.run(|b, s| b.create_customer(s, &form).map(|id| Created { id }))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn customer_update(desktop: State<'_, Desktop>, id: i64, form: CustomerForm) -> Reply<()> {
    desktop.run(|b, s| b.update_customer(s, id, &form))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn contact_add(
    desktop: State<'_, Desktop>,
    customer_id: i64,
    form: ContactForm,
) -> Reply<Created> {
    desktop.run(|b, s| {
        b.add_contact(s, customer_id, &form)
            .map(|id| Created { id })
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn contact_update(desktop: State<'_, Desktop>, id: i64, form: ContactForm) -> Reply<()> {
    desktop.run(|b, s| b.update_contact(s, id, &form))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn contact_delete(desktop: State<'_, Desktop>, id: i64) -> Reply<()> {
    desktop.run(|b, s| b.delete_contact(s, id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn subscriptions_list(
    desktop: State<'_, Desktop>,
    customer_id: Option<i64>,
) -> Reply<Vec<SubscriptionView>> {
    desktop.run(|b, s| b.subscriptions(s, customer_id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn subscription_form(desktop: State<'_, Desktop>, id: i64) -> Reply<SubscriptionForm> {
    desktop.run(|b, s| b.subscription_form(s, id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn subscription_add(
    desktop: State<'_, Desktop>,
    customer_id: i64,
    form: SubscriptionForm,
) -> Reply<Created> {
    desktop.run(|b, s| {
        b.add_subscription(s, customer_id, &form)
            .map(|id| Created { id })
    })
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn subscription_update(
    desktop: State<'_, Desktop>,
    id: i64,
    form: SubscriptionForm,
    quantity_effective: Option<String>,
) -> Reply<()> {
    desktop.run(|b, s| b.update_subscription(s, id, &form, quantity_effective.as_deref()))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn products_list(desktop: State<'_, Desktop>) -> Reply<Vec<ProductRow>> {
    desktop.run(|b, s| b.products(s))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn product_get(desktop: State<'_, Desktop>, id: i64) -> Reply<ProductView> {
    desktop.run(|b, s| b.product(s, id))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn product_add(
    desktop: State<'_, Desktop>,
    form: ProductForm,
    price: PriceForm,
) -> Reply<Created> {
    desktop.run(|b, s| b.add_product(s, &form, &price).map(|id| Created { id }))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn price_add(desktop: State<'_, Desktop>, product_id: i64, form: PriceForm) -> Reply<()> {
    desktop.run(|b, s| b.add_price(s, product_id, &form))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn partner_get(desktop: State<'_, Desktop>) -> Reply<PartnerView> {
    desktop.run(|b, s| b.partner(s))
}

/// The logo arrives as base64 from a file the user picked in the window.
#[tauri::command(async, rename_all = "snake_case")]
pub fn partner_logo_set(desktop: State<'_, Desktop>, png_base64: Option<String>) -> Reply<()> {
    desktop.run(|b, s| b.set_partner_logo_base64(s, png_base64.as_deref()))
}

#[tauri::command(async, rename_all = "snake_case")]
pub fn partner_save(desktop: State<'_, Desktop>, form: PartnerForm) -> Reply<()> {
    desktop.run(|b, s| b.save_partner(s, &form))
}
