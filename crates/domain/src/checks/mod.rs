//! Pure checks for the values a user types: each one either refuses with a `Problem`
//! or hands back the value in the one form the rest of Ardoise stores and compares.
//!
//! Nothing here does I/O: a VAT number is checked for its shape and key, never against
//! VIES, so the checks give the same answer offline.

pub mod codes;
pub mod email;
pub mod iban;
pub mod siren;
pub mod tenant;
pub mod text;
pub mod vat;

pub use codes::{country, country_name, currency, minor_units};
pub use email::email;
pub use iban::{bic, iban};
pub use siren::{siren, siret};
pub use tenant::tenant_id;
pub use text::{optional, required};
pub use vat::{is_eu_member, vat_country, vat_number};
