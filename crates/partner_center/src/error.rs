//! Why a Partner Center file is refused, with the file's line and the column's name, said
//! in the reader's language (`partner_center.ftl`).

use ardoise_words::{tr, Lang};

use crate::columns::FileKind;

/// What a cell should have held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Number,
    Date,
}

impl Expected {
    fn code(self) -> &'static str {
        match self {
            Expected::Number => "number",
            Expected::Date => "date",
        }
    }
}

/// Lines are the file's own (the header is line 1), as a text editor numbers them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PcFileError {
    /// No header, or a header and no line.
    #[error("empty file")]
    Empty,
    /// The header is no Partner Center file's; `expected` names the columns one has.
    #[error("not a Partner Center file: expected the columns {expected}")]
    NotPartnerCenter { expected: &'static str },
    /// The header is of `kind` but lacks columns it needs.
    #[error("missing columns: {columns}")]
    MissingColumns { kind: FileKind, columns: String },
    /// A cell that is not the number or the date its column holds.
    #[error("line {line}, column {column}: {value:?} is not a {expected:?}")]
    Malformed {
        line: u64,
        column: String,
        value: String,
        expected: Expected,
    },
    #[error("line {line}, column {column}: unknown charge type {value:?}")]
    UnknownChargeType {
        line: u64,
        column: String,
        value: String,
    },
    /// The last line stops short (a download cut, a quote never closed).
    #[error("truncated at line {line}")]
    Truncated { line: u64 },
    /// A line in the middle of the file with more or fewer cells than the header.
    #[error("line {line} has {found} cells, the header {expected}")]
    FieldCount {
        line: u64,
        expected: usize,
        found: usize,
    },
    /// The bytes could not be read (the reader failed) after `line`.
    #[error("unreadable after line {line}")]
    Unreadable { line: u64 },
}

impl PcFileError {
    /// The file's line at fault, when there is one.
    pub fn line(&self) -> Option<u64> {
        use PcFileError::*;
        match self {
            Malformed { line, .. }
            | UnknownChargeType { line, .. }
            | Truncated { line }
            | FieldCount { line, .. }
            | Unreadable { line } => Some(*line),
            MissingColumns { .. } => Some(1),
            Empty | NotPartnerCenter { .. } => None,
        }
    }

    /// The column at fault, by its name in the file.
    pub fn column(&self) -> Option<&str> {
        match self {
            PcFileError::Malformed { column, .. }
            | PcFileError::UnknownChargeType { column, .. } => Some(column),
            _ => None,
        }
    }

    /// A sentence for the person importing the file.
    pub fn message(&self, lang: Lang) -> String {
        use PcFileError::*;
        match self {
            Empty => tr!(lang, PARTNER_CENTER_FILE_EMPTY),
            NotPartnerCenter { expected } => {
                tr!(lang, PARTNER_CENTER_FILE_FOREIGN, expected = *expected)
            }
            MissingColumns { kind, columns } => tr!(
                lang,
                PARTNER_CENTER_FILE_MISSING_COLUMNS,
                kind = kind.code(),
                columns = columns.as_str()
            ),
            Malformed {
                line,
                column,
                value,
                expected,
            } => tr!(
                lang,
                PARTNER_CENTER_FILE_MALFORMED,
                line = line.to_string(),
                column = column.as_str(),
                value = value.as_str(),
                expected = expected.code()
            ),
            UnknownChargeType {
                line,
                column,
                value,
            } => tr!(
                lang,
                PARTNER_CENTER_FILE_UNKNOWN_CHARGE_TYPE,
                line = line.to_string(),
                column = column.as_str(),
                value = value.as_str()
            ),
            Truncated { line } => {
                tr!(lang, PARTNER_CENTER_FILE_TRUNCATED, line = line.to_string())
            }
            FieldCount {
                line,
                expected,
                found,
            } => tr!(
                lang,
                PARTNER_CENTER_FILE_FIELD_COUNT,
                line = line.to_string(),
                expected = expected.to_string(),
                found = found.to_string()
            ),
            Unreadable { line } => {
                tr!(
                    lang,
                    PARTNER_CENTER_FILE_UNREADABLE,
                    line = line.to_string()
                )
            }
        }
    }
}
