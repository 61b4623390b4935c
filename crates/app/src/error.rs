//! Errors as the user meets them: a stable `code` for programs, a `message` a person can
//! act on (in their language), and the fields at fault for forms.

use ardoise_domain::{Invalid, Lang};
use ardoise_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

use crate::session::Permission;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("not allowed: {}", .0.code())]
    Forbidden(Permission),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("duplicate {0}")]
    Duplicate(String),
    #[error("book too new: version {found}, this Ardoise knows {supported}")]
    BookTooNew { found: i64, supported: i64 },
    #[error("no book open")]
    NoBook,
    #[error("book already holds data")]
    BookNotEmpty,
    #[error("the invoice is already issued")]
    Issued,
    #[error("the invoice is not issued")]
    NotIssued,
    #[error("nothing to invoice")]
    EmptyInvoice,
    #[error("the partner profile is missing")]
    PartnerMissing,
    #[error("the book refused the change: {0}")]
    Refused(String),
    #[error("the series already has a document dated {0}")]
    OutOfSequence(chrono::NaiveDate),
    #[error(transparent)]
    Credit(ardoise_domain::invoicing::CreditError),
    #[error(transparent)]
    Allocation(ardoise_domain::invoicing::AllocationError),
    #[error(transparent)]
    Statement(ardoise_domain::statements::StatementError),
    /// A document could not be rendered (the logo, most likely).
    #[error("document: {0}")]
    Document(String),
    #[error("{path}: {detail}")]
    File { path: String, detail: String },
    /// Another window or script held the book for longer than we wait.
    #[error("the book is busy")]
    Busy,
    /// A file of that name is already there: nothing is overwritten silently.
    #[error("{0} already exists")]
    FileExists(String),
    /// A backup not made, or a file refused as a backup to restore.
    #[error(transparent)]
    Backup(crate::backup::BackupFailure),
    #[error("store: {0}")]
    Store(StoreError),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => AppError::NotFound(what),
            StoreError::Duplicate(field) => AppError::Duplicate(field),
            StoreError::TooNew { found, supported } => AppError::BookTooNew { found, supported },
            StoreError::AlreadyIssued => AppError::Issued,
            StoreError::Refused(msg) => AppError::Refused(msg),
            StoreError::OutOfSequence { last } => AppError::OutOfSequence(last),
            StoreError::Busy => AppError::Busy,
            other => AppError::Store(other),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldMessage {
    pub field: String,
    pub message: String,
}

/// What the UI and the CLI receive when a use case fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ErrorView {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldMessage>,
}

fn what_fr(what: &str) -> &'static str {
    match what {
        "customer" => "Ce client",
        "invoice" => "Cette facture",
        "draft" => "Ce brouillon",
        "payment" => "Ce paiement",
        "line" => "Cette ligne",
        "contact" => "Ce contact",
        "product" => "Ce produit",
        "subscription" => "Cet abonnement",
        "staff member" => "Ce compte",
        _ => "Cet élément",
    }
}

fn what_en(what: &str) -> String {
    let mut s = format!("This {what}");
    if what.is_empty() {
        s = "This item".into();
    }
    s
}

/// Which part of a payment form an allocation refusal is about.
fn allocation_field(e: &ardoise_domain::invoicing::AllocationError) -> &'static str {
    use ardoise_domain::invoicing::AllocationError::*;
    match e {
        CurrencyMismatch { .. } => "currency",
        MoreThanOpen { .. } | UnknownInvoice { .. } => "allocations",
        _ => "amount",
    }
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Invalid(_) => "invalid_input",
            AppError::Forbidden(_) => "forbidden",
            AppError::NotFound(_) => "not_found",
            AppError::Duplicate(_) => "duplicate",
            AppError::BookTooNew { .. } => "book_too_new",
            AppError::NoBook => "no_book",
            AppError::BookNotEmpty => "book_not_empty",
            AppError::Issued => "issued",
            AppError::NotIssued => "not_issued",
            AppError::EmptyInvoice => "empty_invoice",
            AppError::PartnerMissing => "partner_missing",
            AppError::Refused(_) => "refused",
            AppError::OutOfSequence(_) => "out_of_sequence",
            AppError::Credit(_) => "credit",
            AppError::Allocation(_) => "allocation",
            AppError::Statement(_) => "statement",
            AppError::Document(_) => "document",
            AppError::File { .. } => "file",
            AppError::Busy => "busy",
            AppError::FileExists(_) => "file_exists",
            AppError::Backup(_) => "backup",
            AppError::Store(_) => "storage",
        }
    }

    pub fn view(&self, lang: Lang) -> ErrorView {
        let fields = match self {
            AppError::Invalid(inv) => inv
                .0
                .iter()
                .map(|e| FieldMessage {
                    field: e.field.clone(),
                    message: e.problem.message(lang),
                })
                .collect(),
            AppError::Allocation(e) => vec![FieldMessage {
                field: allocation_field(e).into(),
                message: e.message(lang),
            }],
            AppError::Duplicate(field) => vec![FieldMessage {
                field: field.clone(),
                message: ardoise_domain::Problem::AlreadyExists.message(lang),
            }],
            _ => Vec::new(),
        };
        ErrorView {
            code: self.code().into(),
            message: self.message(lang),
            fields,
        }
    }

    fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (AppError::Invalid(inv), Lang::Fr) => match inv.0.as_slice() {
                [one] => format!("Corrigez ce champ : {}", one.problem.message(lang)),
                many => format!("{} champs sont à corriger.", many.len()),
            },
            (AppError::Invalid(inv), Lang::En) => match inv.0.as_slice() {
                [one] => format!("Please correct this field: {}", one.problem.message(lang)),
                many => format!("{} fields need correcting.", many.len()),
            },
            (AppError::Forbidden(p), Lang::Fr) => format!(
                "Votre rôle ne permet pas cette action ({}). Demandez-la à un administrateur.",
                p.code()
            ),
            (AppError::Forbidden(p), Lang::En) => format!(
                "Your role does not allow this ({}). Ask an administrator.",
                p.code()
            ),
            (AppError::NotFound(what), Lang::Fr) => format!(
                "{} n'existe pas ou plus : rechargez la liste.",
                what_fr(what)
            ),
            (AppError::NotFound(what), Lang::En) => {
                format!("{} does not exist any more: reload the list.", what_en(what))
            }
            (AppError::Duplicate(_), Lang::Fr) => {
                "Cette valeur est déjà utilisée par un autre enregistrement.".into()
            }
            (AppError::Duplicate(_), Lang::En) => "This value is already used by another record.".into(),
            (AppError::BookTooNew { found, supported }, Lang::Fr) => format!(
                "Ce fichier a été écrit par une version plus récente d'Ardoise (schéma {found}, cette version connaît {supported}). Il n'a pas été modifié : mettez Ardoise à jour pour l'ouvrir."
            ),
            (AppError::BookTooNew { found, supported }, Lang::En) => format!(
                "This file was written by a newer version of Ardoise (schema {found}, this version knows {supported}). It was left untouched: update Ardoise to open it."
            ),
            (AppError::NoBook, Lang::Fr) => {
                "Aucun dossier n'est ouvert : créez-le avec ou sans données de démonstration.".into()
            }
            (AppError::NoBook, Lang::En) => {
                "No book is open: create one, with or without demo data.".into()
            }
            (AppError::BookNotEmpty, Lang::Fr) => {
                "Ce dossier contient déjà des clients : les données de démonstration ne vont que dans un dossier vide.".into()
            }
            (AppError::BookNotEmpty, Lang::En) => {
                "This book already holds customers: demo data only goes into an empty book.".into()
            }
            (AppError::Issued, Lang::Fr) => "Cette facture est émise : elle ne peut plus être modifiée ni supprimée. Pour la corriger, émettez un avoir.".into(),
            (AppError::Issued, Lang::En) => "This invoice is issued: it can no longer be changed or deleted. To correct it, issue a credit note.".into(),
            (AppError::NotIssued, Lang::Fr) => "Seule une facture émise peut recevoir un avoir ou un paiement.".into(),
            (AppError::NotIssued, Lang::En) => "Only an issued invoice can be credited or paid.".into(),
            (AppError::EmptyInvoice, Lang::Fr) => "Une facture vide ne peut pas être émise : ajoutez une ligne ou supprimez le brouillon.".into(),
            (AppError::EmptyInvoice, Lang::En) => "An empty invoice cannot be issued: add a line or delete the draft.".into(),
            (AppError::PartnerMissing, Lang::Fr) => "Renseignez d'abord le profil de votre société (Paramètres) : ses mentions légales figurent sur chaque facture.".into(),
            (AppError::PartnerMissing, Lang::En) => "Fill in your company profile first (Settings): its legal details are printed on every invoice.".into(),
            (AppError::Refused(detail), Lang::Fr) => format!("Le dossier a refusé cette modification ({detail})."),
            (AppError::Refused(detail), Lang::En) => format!("The book refused this change ({detail})."),
            (AppError::OutOfSequence(last), Lang::Fr) => format!("La numérotation est chronologique : une pièce de la série est déjà datée du {}.", ardoise_domain::display::date(*last, lang)),
            (AppError::OutOfSequence(last), Lang::En) => format!("Numbering is chronological: a document of the series is already dated {}.", ardoise_domain::display::date(*last, lang)),
            (AppError::Credit(e), _) => e.message(lang),
            (AppError::Allocation(e), _) => e.message(lang),
            (AppError::Statement(e), _) => e.message(lang),
            (AppError::Document(detail), Lang::Fr) => format!("Le document n'a pas pu être produit ({detail}). Vérifiez le logo dans les Paramètres."),
            (AppError::Document(detail), Lang::En) => format!("The document could not be produced ({detail}). Check the logo in Settings."),
            (AppError::File { path, detail }, Lang::Fr) => format!("Le fichier {path} n'a pas pu être écrit ({detail}) : choisissez un dossier où vous pouvez écrire."),
            (AppError::File { path, detail }, Lang::En) => format!("The file {path} could not be written ({detail}): choose a folder you can write to."),
            (AppError::Busy, Lang::Fr) => "Une autre fenêtre ou un script écrit en ce moment dans ce dossier ; rien n'a été enregistré. Réessayez dans un instant.".into(),
            (AppError::Busy, Lang::En) => "Another window or script is writing to this book right now; nothing was saved. Try again in a moment.".into(),
            (AppError::FileExists(path), Lang::Fr) => format!("Le fichier {path} existe déjà et n'a pas été remplacé : choisissez un autre nom ou déplacez-le d'abord."),
            (AppError::FileExists(path), Lang::En) => format!("The file {path} already exists and was left as it is: choose another name or move it first."),
            (AppError::Backup(e), _) => e.message(lang),
            (AppError::Store(e), Lang::Fr) => format!(
                "Le fichier de données n'a pas pu être lu ou écrit ; rien n'a été enregistré. Détail : {e}"
            ),
            (AppError::Store(e), Lang::En) => format!(
                "The data file could not be read or written; nothing was saved. Detail: {e}"
            ),
        }
    }
}
