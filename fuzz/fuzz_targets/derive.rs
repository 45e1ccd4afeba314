//! Arbitrary bytes, lexed as Rust tokens when they are UTF-8 and lex, through the derive: it
//! must not panic, and its output must parse as items or contain `compile_error!`.

#![no_main]

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use proc_macro2::{TokenStream, TokenTree};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(input) = TokenStream::from_str(text) else {
        return;
    };
    let output = interior_fuzz::derive(input);
    if !has_compile_error(&output) {
        if let Err(err) = syn::parse2::<syn::File>(output.clone()) {
            panic!("output without errors does not parse ({err}):\n{output}");
        }
    }
});

fn has_compile_error(tokens: &TokenStream) -> bool {
    tokens.clone().into_iter().any(|tt| match tt {
        TokenTree::Ident(ident) => ident == "compile_error",
        TokenTree::Group(group) => has_compile_error(&group.stream()),
        _ => false,
    })
}
