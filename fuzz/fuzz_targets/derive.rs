//! Arbitrary bytes, lexed as Rust tokens when they are UTF-8 and lex, through the derive. The
//! properties of the property test (`tests/expand/tests/property.rs`), with the same helpers: it
//! must not panic; its output must parse as items (with its `compile_error!`s, if any); it
//! introduces no identifier some edition reserves; and every `compile_error!` points inside the
//! input.

#![no_main]

use std::str::FromStr;

use interior_expand::{derive, spans};
use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(input) = TokenStream::from_str(text) else {
        return;
    };
    let parses = syn::parse2::<syn::DeriveInput>(input.clone()).is_ok();
    let output = derive(input.clone());
    // The errors stand beside the accessors of the fields that were fine: both must parse.
    if let Err(err) = syn::parse2::<syn::File>(output.clone()) {
        panic!("output does not parse ({err}):\n{output}");
    }
    if let Some(keyword) = spans::new_keyword(&input, &output) {
        panic!("output has the bare identifier `{keyword}`, which the input does not:\n{output}");
    }
    if let Some(stray) = spans::stray_error(&input, &output, parses) {
        panic!("{stray}:\n{output}");
    }
});
