//! A command that did not go through: the sentence (and each field at fault) on stderr,
//! or as JSON with `--json`; `main` turns it into exit code 2.

use ardoise_app::domain::Lang;
use ardoise_app::{AppError, ErrorView};

/// Any failure, already rendered in the reader's language.
pub struct Failure(pub ErrorView);

/// Why a runner stopped: a refusal of the application layer, or a customer, invoice or
/// product named on the command line that the book does not have. The window's sentence
/// for the latter ("reload the list") means nothing in a terminal, so the CLI says how
/// to find the right name instead.
pub enum Refusal {
    App(AppError),
    NotFound {
        what: &'static str,
        key: String,
    },
    /// A sentence of the CLI's own (how to sign a command), with its code for scripts.
    Said {
        code: &'static str,
        message: String,
    },
}

pub type Result<T> = std::result::Result<T, Refusal>;

impl From<AppError> for Refusal {
    fn from(e: AppError) -> Self {
        Refusal::App(e)
    }
}

impl From<ardoise_app::domain::Invalid> for Refusal {
    fn from(e: ardoise_app::domain::Invalid) -> Self {
        Refusal::App(e.into())
    }
}

impl Refusal {
    pub fn view(&self, lang: Lang) -> ErrorView {
        match self {
            Refusal::App(e) => e.view(lang),
            Refusal::NotFound { what, key } => ErrorView {
                code: "not_found".into(),
                message: crate::words::not_found(lang, what, key),
                fields: Vec::new(),
            },
            Refusal::Said { code, message } => ErrorView {
                code: code.to_string(),
                message: message.clone(),
                fields: Vec::new(),
            },
        }
    }
}

/// A lookup of what the user typed (`find_customer`, `find_invoice`, `find_product`),
/// its "not found" said the CLI's way.
pub fn found<T>(result: ardoise_app::Result<T>, key: &str) -> Result<T> {
    match result {
        Err(AppError::NotFound(what)) => Err(Refusal::NotFound {
            what,
            key: key.to_string(),
        }),
        other => Ok(other?),
    }
}

pub fn print_error(failure: &Failure, as_json: bool) {
    let ErrorView {
        message, fields, ..
    } = &failure.0;
    if as_json {
        if let Ok(s) = serde_json::to_string_pretty(&failure.0) {
            crate::terminal::err_json(&s);
        }
        return;
    }
    errln!("{message}");
    if fields.len() > 1 {
        for f in fields {
            errln!("  {}: {}", f.field, f.message);
        }
    }
}
