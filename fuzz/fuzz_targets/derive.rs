//! Arbitrary bytes, lexed as Rust tokens when they are UTF-8 and lex, through the derive: it
//! must not panic; its output must parse as items (with its `compile_error!`s, if any); and every
//! `compile_error!` must point inside the input.

#![no_main]

use std::str::FromStr;

use libfuzzer_sys::fuzz_target;
use proc_macro2::{Span, TokenStream, TokenTree};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(input) = TokenStream::from_str(text) else {
        return;
    };
    let parses = syn::parse2::<syn::DeriveInput>(input.clone()).is_ok();
    let (lo, hi) = bounds(&input);
    let output = interior_fuzz::derive(input);
    let mut errors = Vec::new();
    compile_errors(&output, &mut errors);
    // The errors stand beside the accessors of the fields that were fine: both must parse.
    if let Err(err) = syn::parse2::<syn::File>(output.clone()) {
        panic!("output does not parse ({err}):\n{output}");
    }
    for span in errors {
        let (start, end) = range(span);
        // syn's "unexpected end of input" at the call site: only for inputs that are not items.
        let call_site = start == 0 && end == 0 && !parses;
        let inside = lo <= start && start <= end && end <= hi;
        assert!(
            call_site || inside,
            "a compile_error! spans {start}..{end}, outside the input's {lo}..{hi}:\n{output}"
        );
    }
});

/// The spans of every `compile_error!` invocation's tokens.
fn compile_errors(tokens: &TokenStream, out: &mut Vec<Span>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    for (i, tt) in trees.iter().enumerate() {
        match tt {
            TokenTree::Ident(ident) if ident == "compile_error" => {
                out.push(ident.span());
                if let Some(TokenTree::Group(args)) = trees.get(i + 2) {
                    out.push(args.span());
                    out.extend(args.stream().into_iter().map(|t| t.span()));
                }
            }
            TokenTree::Group(group) => compile_errors(&group.stream(), out),
            _ => {}
        }
    }
}

/// A span's offsets: `Debug` prints `bytes(lo..hi)` with `span-locations`.
fn range(span: Span) -> (u32, u32) {
    let text = format!("{span:?}");
    text.strip_prefix("bytes(")
        .and_then(|t| t.strip_suffix(')'))
        .and_then(|t| t.split_once(".."))
        .and_then(|(lo, hi)| Some((lo.parse().ok()?, hi.parse().ok()?)))
        .unwrap_or((u32::MAX, u32::MAX))
}

fn bounds(tokens: &TokenStream) -> (u32, u32) {
    let (mut lo, mut hi) = (u32::MAX, 0);
    for tt in tokens.clone() {
        let (start, end) = range(tt.span());
        lo = lo.min(start);
        hi = hi.max(end);
        if let TokenTree::Group(group) = tt {
            let (start, end) = bounds(&group.stream());
            lo = lo.min(start);
            hi = hi.max(end);
        }
    }
    (lo, hi)
}
