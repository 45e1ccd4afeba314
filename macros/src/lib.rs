//! The derive macro of [`interior`](https://docs.rs/interior). Depend on `interior`, which
//! re-exports it together with the `Interior` trait; this crate is its implementation.
//!
//! The pipeline, one module a stage, each importing only the ones before it: `parse` (darling
//! receivers and option structs) → `resolve` (a field's type and options become the `model`,
//! its mechanism found in the `mechanism` registry) → `check` (rules across fields) → `expand`
//! (tokens and docs). `derive` runs them. The vocabulary (`grammar`), the words of errors
//! (`diag`) and the reading of types and identifiers (`syntax`, `idents`) are leaves that import
//! nothing from this crate. `ARCHITECTURE.md` at the repository root has the picture.

mod check;
mod derive;
mod diag;
mod expand;
mod grammar;
mod idents;
mod mechanism;
mod model;
mod parse;
mod resolve;
mod syntax;

/// Generates `&self` accessors and their documented mutation contract for the fields marked
/// `#[cell]`, `#[refcell]`, `#[sync]`, `#[once]` or `#[weak]`, and implements
/// `interior::Interior`.
///
/// See the `interior` crate for the attribute grammar.
#[proc_macro_derive(Interior, attributes(interior, cell, refcell, sync, once, weak))]
pub fn derive_interior(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    derive::derive(input.into()).into()
}
