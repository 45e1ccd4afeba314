//! The derive's modules, compiled from `macros/src` as a plain library (a proc-macro crate
//! cannot be linked into a fuzz target), with its expansion as a plain function.
//!
//! The files sit in an inline module whose `#[path]` is `macros/src`, so that `mode.rs` finds
//! `mode/cell.rs` and the others as in the proc-macro crate; the `use` below puts each module
//! at the crate root, where `crate::attr` and the others resolve as there.

#![allow(dead_code, unused_imports, clippy::all, clippy::pedantic)]

#[path = "../../macros/src"]
mod src {
    pub(crate) mod ast;
    pub(crate) mod attr;
    pub(crate) mod docs;
    pub(crate) mod expand;
    pub(crate) mod mode;
    pub(crate) mod model;
    pub(crate) mod types;
    pub(crate) mod valid;
}

use src::{ast, attr, docs, expand, mode, model, types, valid};

pub use expand::derive;
