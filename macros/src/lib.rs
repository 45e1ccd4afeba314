//! The derive macro of [`interior`](https://docs.rs/interior). Depend on `interior`, which
//! re-exports it together with the `Interior` trait; this crate is its implementation.
//!
//! The pipeline, one file a stage: `attr` and `ast` parse the input, `model` resolves
//! each field (with `mode/` for what each mode reads and generates) and `valid` checks rules
//! across fields; `expand` and `docs` write the output.

mod ast;
mod attr;
mod docs;
mod expand;
mod mode;
mod model;
mod types;
mod valid;

#[cfg(test)]
mod fuzz;
#[cfg(test)]
mod tests;

/// Generates `&self` accessors and their documented mutation contract for the fields marked
/// `#[cell]`, `#[refcell]`, `#[sync]` or `#[once]`, and implements `interior::Interior`.
///
/// See the `interior` crate for the attribute grammar.
#[proc_macro_derive(Interior, attributes(interior, cell, refcell, sync, once))]
pub fn derive_interior(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}
