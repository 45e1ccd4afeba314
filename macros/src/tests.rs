//! Expansion snapshots: the generated code of representative structs, formatted with
//! prettyplease and compared with `macros/tests/snapshots/*.rs`, so that a change to the
//! output shows up in review as a diff. `INTERIOR_BLESS=1 cargo test -p interior-macros`
//! rewrites them.

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

fn expand(input: TokenStream) -> String {
    let output = crate::derive::derive(input);
    match syn::parse2::<syn::File>(output.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(err) => panic!("expansion does not parse as Rust ({err}):\n{output}"),
    }
}

fn snapshot(name: &str, input: TokenStream) {
    let actual = expand(input);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.rs"));
    if std::env::var_os("INTERIOR_BLESS").is_some() {
        std::fs::write(&path, &actual).expect("write snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "no snapshot {}; run with INTERIOR_BLESS=1 to create it",
            path.display()
        )
    });
    assert!(
        expected == actual,
        "expansion of `{name}` changed; review the diff and run with INTERIOR_BLESS=1 to accept it:\n{actual}"
    );
}

#[test]
fn cell_and_refcell() {
    snapshot(
        "cell_and_refcell",
        quote! {
            #[interior(vis = "pub")]
            pub struct RecordingSink {
                /// Number of lines sent so far.
                #[cell(contract = "bookkeeping")]
                sent: Cell<u64>,
                #[refcell(get, with_mut)]
                lines: RefCell<Vec<String>>,
                name: String,
            }
        },
    );
}

#[test]
fn generics_and_bounds() {
    snapshot(
        "generics_and_bounds",
        quote! {
            struct Slot<'a, T: Clone, const N: usize> where T: Default {
                #[cell(get, update, take)]
                value: Cell<T>,
                #[cell(get)]
                label: Cell<&'a str>,
                #[refcell(get, take, borrow, try_borrow_mut)]
                items: RefCell<[T; N]>,
                #[cell(take, rename = "type")]
                kind: Cell<String>,
            }
        },
    );
}

#[test]
fn lock_and_atomic() {
    snapshot(
        "lock_and_atomic",
        quote! {
            #[interior(thread_safe, ordering = "acq_rel")]
            pub struct Server {
                #[sync(vis = "pub", update, fetch_add, compare_exchange)]
                requests: AtomicU64,
                #[sync(poison = "recover", lock, with_mut)]
                log: std::sync::Mutex<Vec<String>>,
                #[sync(with, write)]
                config: Arc<std::sync::RwLock<Config>>,
            }
        },
    );
}

#[test]
fn once_and_aliases() {
    snapshot(
        "once_and_aliases",
        quote! {
            pub struct Memo {
                #[once(contract = "cache", set)]
                parsed: OnceCell<Vec<u8>>,
                #[once]
                shared: Arc<OnceLock<String>>,
                #[once]
                alias: MemoCell,
                #[cell]
                counter: Counter,
                #[sync(kind = "mutex")]
                guarded: Guarded,
                #[sync(kind = "atomic", fetch_add)]
                ticks: Ticks,
            }
        },
    );
}

#[test]
fn tuple_struct_and_raw_idents() {
    snapshot(
        "tuple_struct_and_raw_idents",
        quote! {
            struct Pair(#[cell(rename = "left")] Cell<i32>, #[refcell(rename = "match", borrow)] RefCell<String>);
        },
    );
}

#[test]
fn errors_keep_the_fields_that_parsed() {
    snapshot(
        "errors_keep_the_fields_that_parsed",
        quote! {
            struct Broken {
                #[cell(get)]
                fine: Cell<u8>,
                #[cell(borrow)]
                wrong_op: Cell<u8>,
                #[refcell(contract = "cached")]
                wrong_value: RefCell<u8>,
            }
        },
    );
}

#[test]
fn tokens_are_printed_as_written() {
    use crate::syntax::tokens_string;
    let cases: [(syn::Type, &str); 5] = [
        (syn::parse_quote!(Cell<Vec<String>>), "Cell<Vec<String>>"),
        (
            syn::parse_quote!(std::cell::RefCell<&'a str>),
            "std::cell::RefCell<&'a str>",
        ),
        (syn::parse_quote!([u8; 4]), "[u8; 4]"),
        (
            syn::parse_quote!(Box<dyn Fn(u8) -> (u8, u8) + Send>),
            "Box<dyn Fn(u8) -> (u8, u8) + Send>",
        ),
        (
            syn::parse_quote!(<T as Trait>::Value),
            "<T as Trait>::Value",
        ),
    ];
    for (ty, expected) in cases {
        assert_eq!(tokens_string(&ty), expected);
    }
}

#[test]
fn method_names_for_keywords_are_raw() {
    use crate::idents::method_ident;
    let span = proc_macro2::Span::call_site();
    assert_eq!(
        method_ident("hits", span).map(|i| i.to_string()).as_deref(),
        Some("hits")
    );
    assert_eq!(
        method_ident("type", span).map(|i| i.to_string()).as_deref(),
        Some("r#type")
    );
    // Keywords of later editions too: the user's crate may be edition 2024 (`gen`) or 2018.
    for (keyword, raw) in [
        ("gen", "r#gen"),
        ("try", "r#try"),
        ("async", "r#async"),
        ("await", "r#await"),
        ("dyn", "r#dyn"),
        ("union", "union"),
    ] {
        assert_eq!(
            method_ident(keyword, span)
                .map(|i| i.to_string())
                .as_deref(),
            Some(raw)
        );
    }
    for invalid in [
        "self", "Self", "super", "crate", "_", "1abc", "a-b", "", "r#gen",
    ] {
        assert!(
            method_ident(invalid, span).is_none(),
            "{invalid:?} accepted"
        );
    }
}

#[test]
fn crate_and_vis_paths_must_stand_as_prefixes() {
    use crate::idents::path_prefix_problem;
    let valid = [
        "interior",
        "::my_interior",
        "crate::deps::interior",
        "self::interior",
        "super::super::interior",
        "self::super::interior",
        "r#gen::interior",
    ];
    for text in valid {
        let path: syn::Path = syn::parse_str(text).expect("a path");
        assert_eq!(path_prefix_problem(&path, false), None, "{text}");
    }
    let invalid = [
        "interior<>",
        "Vec<u8>",
        "a::<u8>",
        "a::b<T>::c",
        "Fn(u8)",
        "Self",
        "Self::x",
        "self",
        "super",
        "a::crate",
        "a::self::b",
        "::crate::x",
        "::super::x",
        "a::super::b",
        "gen::x",
        "x::try",
    ];
    for text in invalid {
        // Either syn rejects it, or the check does.
        if let Ok(path) = syn::parse_str::<syn::Path>(text) {
            assert!(
                path_prefix_problem(&path, false).is_some(),
                "{text} accepted"
            );
        }
    }
    // `pub(in self)` and `pub(in super)` name modules.
    for text in ["self", "super", "crate", "super::super"] {
        let path: syn::Path = syn::parse_str(text).expect("a path");
        assert_eq!(path_prefix_problem(&path, true), None, "{text}");
    }
}
