//! Errors as the user meets them: a stable `code` for programs, a `message` a person can
//! act on (in their language), and the fields at fault for forms.

use ardoise_domain::{Invalid, Lang};
use ardoise_store::{ReadOnly, StoreError};
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
    /// A document's sending is recorded once.
    #[error("already marked sent on {0}")]
    AlreadySent(chrono::NaiveDate),
    /// The user cancelled a job that writes all or nothing: nothing was written.
    #[error("cancelled")]
    Cancelled,
    /// Another window or script held the book for longer than we wait.
    #[error("the book is busy")]
    Busy,
    /// A file of that name is already there: nothing is overwritten silently.
    #[error("{0} already exists")]
    FileExists(String),
    /// The book opens for reading only (see [`ReadOnly`]); nothing was written.
    #[error("read-only book: {0}")]
    ReadOnly(ReadOnly),
    /// An older book that would need upgrading, in a place that cannot be written.
    #[error("book at schema {found} cannot be upgraded: {reason}")]
    CannotUpgrade { found: i64, reason: ReadOnly },
    /// The file is not a book (or is damaged past reading).
    #[error("{path} is not a book: {detail}")]
    NotABook { path: String, detail: String },
    /// SQLite met damage in the book while working.
    #[error("damaged book: {0}")]
    Damaged(String),
    /// No book at this path, and the command does not create one (the CLI).
    #[error("no book at {0}")]
    NoSuchBook(String),
    /// A path the shell was asked to open or write to that is not one of the book's.
    #[error("{0}: not a document of this book")]
    PathRefused(String),
    /// A file the book wrote is no longer there.
    #[error("{0} is missing")]
    FileMissing(String),
    /// A file the book wrote no longer has the hash it was logged with.
    #[error("{0} changed since it was written")]
    FileChanged(String),
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
            StoreError::ReadOnly(reason) => AppError::ReadOnly(reason),
            StoreError::CannotUpgrade { found, reason } => {
                AppError::CannotUpgrade { found, reason }
            }
            StoreError::NotABook { path, detail } => AppError::NotABook { path, detail },
            StoreError::Damaged(detail) => AppError::Damaged(detail),
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
            AppError::AlreadySent(_) => "already_sent",
            AppError::Cancelled => "cancelled",
            AppError::Busy => "busy",
            AppError::FileExists(_) => "file_exists",
            AppError::ReadOnly(_) => "read_only",
            AppError::CannotUpgrade { .. } => "cannot_upgrade",
            AppError::NotABook { .. } => "not_a_book",
            AppError::Damaged(_) => "damaged",
            AppError::NoSuchBook(_) => "no_such_book",
            AppError::PathRefused(_) => "path_refused",
            AppError::FileMissing(_) => "file_missing",
            AppError::FileChanged(_) => "file_changed",
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
            (AppError::AlreadySent(on), Lang::Fr) => format!("Cet envoi est déjà enregistré (le {}) : un envoi ne s'enregistre qu'une fois.", ardoise_domain::display::date(*on, lang)),
            (AppError::AlreadySent(on), Lang::En) => format!("This sending is already recorded (on {}): a sending is recorded once.", ardoise_domain::display::date(*on, lang)),
            (AppError::Cancelled, Lang::Fr) => "Annulé : rien n'a été enregistré.".into(),
            (AppError::Cancelled, Lang::En) => "Cancelled: nothing was saved.".into(),
            (AppError::Busy, Lang::Fr) => "Une autre fenêtre ou un script écrit en ce moment dans ce dossier ; rien n'a été enregistré. Réessayez dans un instant.".into(),
            (AppError::Busy, Lang::En) => "Another window or script is writing to this book right now; nothing was saved. Try again in a moment.".into(),
            (AppError::FileExists(path), Lang::Fr) => format!("Le fichier {path} existe déjà et n'a pas été remplacé : choisissez un autre nom ou déplacez-le d'abord."),
            (AppError::FileExists(path), Lang::En) => format!("The file {path} already exists and was left as it is: choose another name or move it first."),
            (AppError::ReadOnly(reason), _) => read_only_message(reason, lang, true),
            (AppError::CannotUpgrade { reason, .. }, Lang::Fr) => format!(
                "Ce dossier a été écrit par une version plus ancienne d'Ardoise et doit être mis à jour, ce qui est impossible ici : {} Il n'a pas été modifié.",
                read_only_cause(reason, lang)
            ),
            (AppError::CannotUpgrade { reason, .. }, Lang::En) => format!(
                "This book was written by an older version of Ardoise and must be upgraded, which cannot be done here: {} It was left untouched.",
                read_only_cause(reason, lang)
            ),
            (AppError::NotABook { path, detail }, Lang::Fr) => format!("Le fichier {path} n'est pas un dossier Ardoise ou il est endommagé au point de ne plus pouvoir être lu ({detail}). Il n'a pas été modifié : ouvrez un autre fichier ou restaurez une sauvegarde."),
            (AppError::NotABook { path, detail }, Lang::En) => format!("The file {path} is not an Ardoise book, or is damaged past reading ({detail}). It was left untouched: open another file or restore a backup."),
            (AppError::Damaged(detail), Lang::Fr) => format!("Le fichier du dossier est endommagé ({detail}) ; rien n'a été enregistré. Lancez la vérification du dossier et restaurez une sauvegarde."),
            (AppError::Damaged(detail), Lang::En) => format!("The book file is damaged ({detail}); nothing was saved. Run the book check and restore a backup."),
            (AppError::NoSuchBook(path), Lang::Fr) => format!("Aucun dossier à l'emplacement {path} : vérifiez le chemin donné à --db. Pour créer un dossier vide à cet endroit : ardoise --db {path} init (ou demo pour un dossier de démonstration)."),
            (AppError::NoSuchBook(path), Lang::En) => format!("There is no book at {path}: check the path given to --db. To create an empty book there: ardoise --db {path} init (or demo for a demo book)."),
            (AppError::PathRefused(path), Lang::Fr) => format!("Ardoise n'ouvre et n'écrit que ses propres documents, dans son dossier de documents ou dans un dossier choisi avec la fenêtre du système : {path} a été refusé."),
            (AppError::PathRefused(path), Lang::En) => format!("Ardoise only opens and writes its own documents, in its documents folder or in a folder chosen in the system's dialog: {path} was refused."),
            (AppError::FileMissing(path), Lang::Fr) => format!("Le fichier {path} n'est plus là : il a été déplacé ou supprimé. Produisez le document à nouveau."),
            (AppError::FileMissing(path), Lang::En) => format!("The file {path} is no longer there: it was moved or deleted. Produce the document again."),
            (AppError::FileChanged(path), Lang::Fr) => format!("Le fichier {path} n'est plus celui qu'Ardoise a écrit (son contenu a changé) : il n'a pas été ouvert. Produisez le document à nouveau."),
            (AppError::FileChanged(path), Lang::En) => format!("The file {path} is no longer the one Ardoise wrote (its content changed): it was not opened. Produce the document again."),
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

/// Why the book cannot be written, as a reader can act on it.
fn read_only_cause(reason: &ReadOnly, lang: Lang) -> String {
    match (reason, lang) {
        (ReadOnly::File { path, detail }, Lang::Fr) => format!("le fichier {path} ne peut pas être modifié ({detail}) ; vérifiez ses droits ou copiez-le dans un répertoire où vous pouvez écrire."),
        (ReadOnly::File { path, detail }, Lang::En) => format!("the file {path} cannot be changed ({detail}); check its permissions or copy it to a folder you can write to."),
        (ReadOnly::Folder { path, detail }, Lang::Fr) => format!("le répertoire {path} n'accepte pas d'écriture ({detail}), or le journal du dossier doit y être créé ; vérifiez ses droits ou copiez le dossier ailleurs."),
        (ReadOnly::Folder { path, detail }, Lang::En) => format!("the folder {path} cannot be written ({detail}), and the book's journal must be created there; check its permissions or copy the book elsewhere."),
        (ReadOnly::Corrupt { path, detail }, Lang::Fr) => format!("le fichier {path} est endommagé ({detail}) et y écrire pourrait aggraver les dégâts ; restaurez une sauvegarde."),
        (ReadOnly::Corrupt { path, detail }, Lang::En) => format!("the file {path} is damaged ({detail}) and writing to it could spread the damage; restore a backup."),
    }
}

/// The sentence a read-only book shows in the window and the CLI prints on writes.
/// `refused`: said of a write that was just refused, rather than of the book as it opens.
pub(crate) fn read_only_message(reason: &ReadOnly, lang: Lang, refused: bool) -> String {
    let cause = read_only_cause(reason, lang);
    match (lang, refused) {
        (Lang::Fr, true) => {
            format!("Ce dossier est ouvert en lecture seule ; rien n'a été enregistré : {cause}")
        }
        (Lang::En, true) => {
            format!("This book is open for reading only; nothing was saved: {cause}")
        }
        (Lang::Fr, false) => {
            format!("Vous pouvez consulter ce dossier mais pas le modifier : {cause}")
        }
        (Lang::En, false) => format!("You can look through this book but not change it: {cause}"),
    }
}
