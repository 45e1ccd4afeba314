//! The derive's modules, compiled from `macros/src` as a plain library (a proc-macro crate
//! exports only its macros), with its expansion as a plain function, and the span helpers the
//! property test (`tests/property.rs`) and the fuzz target (`fuzz/`) check its errors with.
//!
//! The files sit in an inline module whose `#[path]` is `macros/src`, so that `mechanism/mod.rs`
//! finds its files as in the proc-macro crate; the `use` below puts each module at the crate
//! root, where `crate::grammar` and the others resolve as there.

#[allow(
    dead_code,
    unused_imports,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    reason = "the derive's own sources, linted in macros/"
)]
#[path = "../../../macros/src"]
mod src {
    pub(crate) mod check;
    pub(crate) mod derive;
    pub(crate) mod diag;
    pub(crate) mod expand;
    pub(crate) mod grammar;
    pub(crate) mod idents;
    pub(crate) mod mechanism;
    pub(crate) mod model;
    pub(crate) mod parse;
    pub(crate) mod resolve;
    pub(crate) mod syntax;
}

#[allow(
    unused_imports,
    reason = "the paths the derive's sources use: `crate::grammar`, ..."
)]
use src::{check, derive, diag, expand, grammar, idents, mechanism, model, parse, resolve, syntax};

pub use src::derive::derive;

/// The grammar's ops, for generators that must know which inputs are certainly mistakes.
pub mod vocabulary {
    /// Whether `name` is an op of some mode.
    #[must_use]
    pub fn is_op(name: &str) -> bool {
        crate::src::grammar::Op::from_name(name).is_some()
    }
}

pub mod spans;
