//! Why a Partner Center file is refused, as the person importing it reads it.

use ardoise_domain::words::tr;
use ardoise_domain::Lang;
use ardoise_partner_center::PcFileError;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PcRefusal {
    /// The file itself: its line and column, and what was expected.
    #[error(transparent)]
    File(PcFileError),
    /// The file's bytes changed between the preview's reading and the import's.
    #[error("the file changed while it was being imported")]
    Changed,
    /// The same file (same SHA-256) is in the book already: nothing is written.
    #[error("the file was imported already")]
    AlreadyImported,
    /// Every line of the file is in the book already (a copy saved again): nothing is
    /// written.
    #[error("every line of the file was imported already")]
    NothingNew,
}

impl PcRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            PcRefusal::File(_) => "partner_center_file",
            PcRefusal::Changed => "partner_center_file_changed",
            PcRefusal::AlreadyImported => "partner_center_file_imported",
            PcRefusal::NothingNew => "partner_center_nothing_new",
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        match self {
            PcRefusal::File(e) => e.message(lang),
            PcRefusal::Changed => tr!(lang, PARTNER_CENTER_IMPORT_FILE_CHANGED),
            PcRefusal::AlreadyImported | PcRefusal::NothingNew => {
                tr!(lang, PARTNER_CENTER_IMPORT_NOTHING_NEW)
            }
        }
    }
}
