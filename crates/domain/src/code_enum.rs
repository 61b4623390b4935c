//! `code_enum!`: an enum whose variants each have a fixed code, the word stored in the
//! book, accepted on the command line and sent to the window.
//!
//! The code is written once, beside its variant, and is the variant's serde name too, so
//! what is stored, parsed and serialised cannot drift apart. A derive crate (strum) would
//! give `code`/`parse` as well, but its names come from its own attributes while serde's
//! come from serde's: two spellings to keep in step. This macro is twenty lines, has no
//! dependency, and emits the serde name from the code itself.

/// Declares the enum with `ALL` (in declaration order), `code()` and `parse()` (the code,
/// surrounding spaces ignored). Attributes before the enum and on variants are kept, so
/// extra derives (`Default`, `Ord`, `ts_rs::TS`) and doc comments go there. Exported for
/// the application layer's enums (roles, permissions); the using crate needs `serde`.
#[macro_export]
macro_rules! code_enum {
    (
        $(#[$m:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vm:meta])* $variant:ident => $code:literal ),+ $(,)?
        }
    ) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $( $(#[$vm])* #[serde(rename = $code)] $variant ),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == s.trim())
            }
        }
    };
}
