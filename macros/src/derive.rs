//! The pipeline, one stage a module: `parse` → `resolve` → `check` → `expand`. Each stage reads
//! the one before and appends its errors; the output is the accessors of every field that was
//! fine, followed by a `compile_error!` for each mistake, so that one mistake does not cascade
//! into "no method named ..." errors.

use proc_macro2::TokenStream;
use syn::DeriveInput;

use crate::{check, diag, expand, mechanism, parse, resolve};

/// `#[derive(Interior)]` from the struct's tokens to the generated items.
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let (mut out, errors) = diag::collect(|acc| {
        let parsed = parse::input(&input, mechanism::op_names, acc);
        let mut model = resolve::model(&parsed, acc);
        check::model(&parsed, &mut model, acc);
        expand::model(&model)
    });
    if !errors.is_empty() {
        out.extend(darling::Error::multiple(errors).write_errors());
    }
    out
}
