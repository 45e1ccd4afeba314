//! Property test of the expansion over generated, often broken, inputs: random struct shapes,
//! field types and attribute soup, and token streams with tokens dropped, swapped, duplicated
//! or cut off. For every input:
//!
//! - `derive` does not panic;
//! - its output parses as items (`syn::File`), or it contains `compile_error!`;
//! - an input that certainly has a mistake (see [`must_fail`]) yields a `compile_error!`;
//! - every `compile_error!` points inside the input (spans are real: the input is lexed from a
//!   string with proc-macro2's `span-locations`).
//!
//! `cargo test -p interior-expand --test property` runs a few thousand cases;
//! `INTERIOR_FUZZ_CASES=N` runs `N` (use `--release` for millions). `fuzz/` has the
//! coverage-guided libFuzzer target, which checks the same properties with the same helpers.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::str::FromStr;
use std::time::Instant;

use interior_expand::{derive, spans};
use proc_macro2::{Group, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use syn::punctuated::Punctuated;
use syn::{Attribute, Data, DeriveInput, Fields, Meta, Token};

const DEFAULT_CASES: u32 = 3000;

fn cases() -> u32 {
    std::env::var("INTERIOR_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

#[test]
fn derive_never_panics() {
    let cases = cases();
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        // Shrinking a big generated input can take minutes; a half-shrunk one is fine too.
        max_shrink_time: 30_000,
        ..Config::default()
    });
    let (ran, lexed) = (Cell::new(0_u64), Cell::new(0_u64));
    let start = Instant::now();
    let result = runner.run(&input(), |src| {
        ran.set(ran.get() + 1);
        lexed.set(lexed.get() + u64::from(check(&src)?));
        Ok(())
    });
    eprintln!(
        "fuzz: {} inputs ({} lexed as tokens and expanded) in {:.2?}",
        ran.get(),
        lexed.get(),
        start.elapsed()
    );
    if let Err(err) = result {
        panic!("{err}");
    }
}

// ---- the properties ----------------------------------------------------------------------

/// Checks one input; `false` when it does not even lex (nothing to expand).
fn check(src: &str) -> Result<bool, TestCaseError> {
    // Each case lexes new source text into proc-macro2's thread-local source map: start over.
    proc_macro2::extra::invalidate_current_thread_spans();
    let Ok(input) = TokenStream::from_str(src) else {
        return Ok(false);
    };
    check_tokens(src, &input)?;
    Ok(true)
}

fn check_tokens(src: &str, input: &TokenStream) -> Result<(), TestCaseError> {
    let parsed = syn::parse2::<DeriveInput>(input.clone()).ok();
    let expect_error = parsed.as_ref().is_none_or(must_fail);
    let tokens = input.clone();
    let output = catch_unwind(AssertUnwindSafe(|| derive(tokens)))
        .map_err(|payload| fail(src, &format!("derive panicked: {}", message(&*payload))))?;
    let errors = spans::compile_errors(&output);
    if errors.is_empty() && expect_error {
        return Err(fail(
            src,
            "an input with a mistake gave no `compile_error!`",
        ));
    }
    // With errors or without: the `compile_error!`s stand beside the accessors of the fields
    // that were fine, and rustc must be able to read both.
    if let Err(err) = syn::parse2::<syn::File>(output.clone()) {
        return Err(fail(
            src,
            &format!("output does not parse as items ({err}):\n{output}"),
        ));
    }
    if let Some(keyword) = spans::new_keyword(input, &output) {
        return Err(fail(
            src,
            &format!("output has the bare identifier `{keyword}`, a keyword in some edition, which the input does not have:\n{output}"),
        ));
    }
    if let Some(stray) = spans::stray_error(input, &output, parsed.is_some()) {
        return Err(fail(src, &stray));
    }
    Ok(())
}

fn fail(src: &str, what: &str) -> TestCaseError {
    TestCaseError::fail(format!("{what}\ninput: {src}"))
}

fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(not a string)".to_owned())
}

/// Mistakes the test can see without the macro's help, so the macro must report them: not a
/// struct with fields, no marked field, a misplaced or doubled attribute, an unknown option,
/// or an attribute list that is not a list of options.
fn must_fail(input: &DeriveInput) -> bool {
    let Data::Struct(data) = &input.data else {
        return true;
    };
    if matches!(data.fields, Fields::Unit) {
        return true;
    }
    if input.attrs.iter().any(|a| mode_attr(a).is_some()) {
        return true;
    }
    let interior = input.attrs.iter().filter(|a| a.path().is_ident("interior"));
    if interior.into_iter().any(|a| bad_options(a, STRUCT_OPTIONS)) {
        return true;
    }
    let mut marked = false;
    for field in &data.fields {
        let modes = field.attrs.iter().filter_map(mode_attr).count();
        marked |= modes > 0;
        if modes > 1 || field.attrs.iter().any(|a| a.path().is_ident("interior")) {
            return true;
        }
        let ops_and_options = |a: &&Attribute| mode_attr(a).is_some();
        if field
            .attrs
            .iter()
            .filter(ops_and_options)
            .any(|a| bad_options(a, FIELD_OPTIONS))
        {
            return true;
        }
    }
    !marked
}

const STRUCT_OPTIONS: &[&str] = &[
    "vis",
    "ordering",
    "poison",
    "thread_safe",
    "crate",
    "into",
    "introspect",
];
const FIELD_OPTIONS: &[&str] = &[
    "vis", "rename", "contract", "ordering", "poison", "kind", "init",
];

fn mode_attr(attr: &Attribute) -> Option<&Attribute> {
    ["cell", "refcell", "sync", "once", "weak"]
        .iter()
        .any(|m| attr.path().is_ident(m))
        .then_some(attr)
}

/// An attribute whose list does not parse as options, or names one that does not exist.
fn bad_options(attr: &Attribute, options: &[&str]) -> bool {
    let tokens = match &attr.meta {
        Meta::Path(_) => return attr.path().is_ident("interior"),
        Meta::NameValue(_) => return true,
        Meta::List(list) => list.tokens.clone(),
    };
    let parser = Punctuated::<Meta, Token![,]>::parse_terminated;
    let Ok(items) = syn::parse::Parser::parse2(parser, tokens) else {
        return true;
    };
    items.iter().any(|item| {
        item.path().get_ident().is_none_or(|key| {
            let key = key.to_string();
            let op = options == FIELD_OPTIONS && interior_expand::vocabulary::is_op(&key);
            !op && !options.contains(&key.as_str())
        })
    })
}

// ---- the generators ----------------------------------------------------------------------

fn pick(items: &'static [&'static str]) -> BoxedStrategy<String> {
    select(items).prop_map(str::to_owned).boxed()
}

/// `parts` joined by a separator that is usually `", "`, sometimes sloppy.
fn joined(parts: BoxedStrategy<String>, max: usize) -> BoxedStrategy<String> {
    (
        prop::collection::vec(parts, 0..=max),
        pick(&[", ", ", ", ", ", ",", " ", ",, "]),
        pick(&["", "", "", ","]),
    )
        .prop_map(|(parts, sep, trailing)| {
            let mut s = parts.join(&sep);
            if !s.is_empty() {
                s.push_str(&trailing);
            }
            s
        })
        .boxed()
}

const IDENTS: &[&str] = &[
    "hits",
    "x",
    "value",
    "get",
    "set",
    "with_mut",
    "take",
    "r#type",
    "r#fn",
    "_x",
    "R",
    "R0",
    "état",
    "a1",
    "hits_or_init",
    "set_hits",
    "self_",
    "Cell",
];

const KEYS: &[&str] = &[
    // ops
    "get",
    "set",
    "replace",
    "update",
    "take",
    "with",
    "with_mut",
    "borrow",
    "borrow_mut",
    "try_borrow",
    "try_borrow_mut",
    "lock",
    "read",
    "write",
    "compare_exchange",
    "fetch_add",
    "fetch_sub",
    "fetch_max",
    "fetch_min",
    "fetch_and",
    "fetch_or",
    "fetch_xor",
    "get_or_init",
    "get_mut",
    "clear",
    "has",
    "push",
    "prune",
    "try_update",
    // options
    "vis",
    "rename",
    "contract",
    "ordering",
    "poison",
    "kind",
    "thread_safe",
    "crate",
    "into",
    "introspect",
    "init",
    // unknown, near misses and oddities
    "vsi",
    "rname",
    "ordring",
    "posion",
    "knd",
    "contrct",
    "threadsafe",
    "Get",
    "GET",
    "swap",
    "fetch_nand",
    "load",
    "self",
    "super",
    "Self",
    "r#type",
    "type",
    "fn",
    "_",
    "r#get",
    "a::b",
    "::vis",
    "vis::x",
    "interior",
    "cell",
    "sync",
];

const STRINGS: &[&str] = &[
    "pub",
    "pub(crate)",
    "pub(super)",
    "pub(in crate::a)",
    "pub(self)",
    "private",
    "",
    " ",
    "pub(",
    "crate",
    "r#type",
    "r#r#type",
    "type ",
    " hits",
    "r#r#",
    "r#",
    "r#self",
    "self",
    "Self",
    "super",
    "_",
    "type",
    "fn",
    "hits",
    "a b",
    "a-b",
    "1x",
    "é",
    "𝔘",
    "\"",
    "\\",
    "::my_interior",
    "::",
    "crate::x",
    "a::",
    "seq_cst",
    "acq_rel",
    "relaxed",
    "Relaxed",
    "SeqCst",
    "panic",
    "recover",
    "Recover",
    "mutex",
    "rwlock",
    "atomic",
    "Mutex",
    "bookkeeping",
    "cache",
    "state",
    "State",
    "get",
    "with_mut",
    "<T>",
    "fn()",
    "\n",
    "\0",
    // paths that parse but cannot prefix `::__private::…` (for `crate`) or name a module
    // (for `pub(in …)`), and keywords of later editions (for `rename`)
    "interior<>",
    "Vec<u8>",
    "a::<u8>",
    "::interior::<>",
    "a::b<T>",
    "Fn(u8)",
    "self::interior",
    "super::super::x",
    "crate::Self",
    "Self::x",
    "x::crate",
    "a::self",
    "::crate",
    "::super::x",
    "gen",
    "gen::x",
    "r#gen",
    "r#gen::x",
    "try",
    "async",
    "await",
    "dyn",
    "pub(in a<T>)",
    "pub(in a::<u8>)",
    "pub(in Self)",
    "pub(in gen)",
    "pub(in self)",
    "pub(in super::super)",
    "pub(in self::a)",
    "pub(in a::self)",
    "pub(in crate::x::<>)",
    // orderings an op may not take, and `init` paths and non-paths
    "acquire",
    "release",
    "consume",
    "Self::build",
    "build_index",
    "Self::build()",
    "<Self as B>::build",
    "crate::m::f",
    "|s| s.x",
    "Self::build::<u8>",
];

/// Values for `key = ...`: strings of every flavour, other literals, paths, lists, expressions.
fn value() -> BoxedStrategy<String> {
    let string = || select(STRINGS);
    prop_oneof![
        4 => string().prop_map(|s| format!("{s:?}")),
        1 => string().prop_map(|s| format!("r#\"{s}\"#")),
        1 => string().prop_map(|s| format!("{s:?}suffix")),
        1 => string().prop_map(|s| {
            let bytes: Vec<String> = s.bytes().map(|b| format!("\\x{b:02x}")).collect();
            let bytes = bytes.concat();
            format!("b\"{bytes}\"")
        }),
        1 => string().prop_map(|s| format!("c{:?}", s.replace('\0', ""))),
        3 => pick(&[
            "1", "0", "-1", "0x1F", "1u8", "1_000usize", "1.5", "1e3", "1f32", "true", "false",
            "'c'", "b'c'", "'\\u{e9}'", "foo", "foo::bar", "::core::x", "(1, 2)", "(\"pub\")",
            "[\"pub\"]", "{ \"pub\" }", "concat!(\"p\", \"ub\")", "|| 1", "_", "..", "\"pub\" + \"x\"",
            "-\"x\"", "!true", "vis = \"pub\"", "", "= \"pub\"", "#", "'a", "pub", "crate", "Self",
        ]),
    ]
    .boxed()
}

/// One item of an attribute list: `key`, `key = value`, `key(...)`, a lone literal, junk.
fn items() -> BoxedStrategy<String> {
    items_nested(2)
}

/// Items nested at most `depth` lists deep.
fn items_nested(depth: u32) -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        4 => pick(KEYS),
        5 => (pick(KEYS), value()).prop_map(|(k, v)| format!("{k} = {v}")),
        1 => value(),
        1 => pick(&["=", ",", "#", "@", ";", "=>", "get =", "= =", "vis = \"pub\" = \"pub\""]),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    let list = (
        pick(KEYS),
        joined(items_nested(depth - 1), 4),
        pick(&["()", "()", "[]", "{}"]),
    )
        .prop_map(|(key, items, delims)| {
            let (open, close) = delims.split_at(1);
            format!("{key}{open}{items}{close}")
        });
    prop_oneof![3 => leaf, 1 => list].boxed()
}

/// An attribute: a mode or `#[interior]` (or a foreign one) in every form.
fn attribute() -> BoxedStrategy<String> {
    let name = pick(&[
        "interior",
        "cell",
        "cell",
        "refcell",
        "sync",
        "sync",
        "once",
        "weak",
        "Cell",
        "r#cell",
        "interior::cell",
        "doc",
        "allow",
        "serde",
    ]);
    let body = prop_oneof![
        2 => Just(String::new()),
        6 => joined(items(), 5).prop_map(|items| format!("({items})")),
        1 => joined(items(), 3).prop_map(|items| format!("[{items}]")),
        1 => joined(items(), 3).prop_map(|items| format!("{{{items}}}")),
        1 => value().prop_map(|v| format!(" = {v}")),
        1 => Just("()".to_owned()),
    ];
    prop_oneof![
        12 => (name, body).prop_map(|(name, body)| format!("#[{name}{body}]")),
        1 => pick(&[
            "/** docs */", "/// docs\n", "#[doc = \"x\"]", "#[allow(dead_code)]", "#[cfg(test)]", "#[rustfmt::skip]",
            "#![cell]", "#[]", "#", "#[cell] #[cell]", "#[interior(crate = \"::interior\")]",
            "#[interior(thread_safe)]", "#[interior(vis = \"pub\", ordering = \"relaxed\", poison = \"recover\")]",
            "#[interior(introspect = false)]", "#[sync(get(ordering = \"acquire\"), set(ordering = \"release\"), try_update)]",
            "#[once(init = \"Self::build\")]", "#[cell(try_update)]",
        ]),
    ]
    .boxed()
}

const LEAF_TYPES: &[&str] = &[
    "u8",
    "u64",
    "i32",
    "bool",
    "usize",
    "String",
    "str",
    "T",
    "U",
    "&'a str",
    "&'static mut u8",
    "&mut T",
    "()",
    "(u8, String)",
    "[u8; 4]",
    "[u8; N]",
    "[T]",
    "fn(u8) -> u8",
    "dyn Fn() + Send",
    "Box<dyn std::any::Any>",
    "!",
    "_",
    "Self",
    "<T as Iterator>::Item",
    "impl Copy",
    "AtomicU64",
    "AtomicBool",
    "AtomicUsize",
    "AtomicI8",
    "AtomicPtr<u8>",
    "std::sync::atomic::AtomicU32",
    "core::sync::atomic::AtomicBool",
    "MyAlias",
    "Alias<u8>",
    "Counter<'a, T>",
    "m!()",
    "Vec<T>",
    "Option<u8>",
    "PhantomData<T>",
    "*const u8",
    "crate::Cell<u8>",
    "Cell",
    "Cell<>",
    "Cell<'a>",
    "Cell<3>",
    "Cell<{ N }>",
    "Cell<u8, u8>",
    "Cell<T = u8>",
    "Cell<Item = u8>",
    "Cell::<u8>",
    "Cell(u8)",
    "Mutex<u8, Extra>",
    "RefCell<>",
    "OnceCell",
    "Arc<>",
    "Rc",
    "Arc<Cell<u8>, A>",
    "Cell<u8> + Send",
    "dyn Cell<u8>",
    "Cell<impl Copy>",
    "Mutex<dyn Fn()>",
    "RwLock<[u8]>",
    "Cell<Vec<String>>",
    "Mutex<Vec<T>>",
    "RefCell<String>",
    "OnceLock<String>",
    "LazyCell<u8>",
    "LazyLock<Vec<u8>, fn() -> Vec<u8>>",
    "LazyCell<u8, u8, u8>",
    "RefCell<Weak<T>>",
    "RefCell<Vec<Weak<dyn Fn()>>>",
    "Mutex<std::sync::Weak<u8>>",
    "RwLock<Vec<rc::Weak<u8>>>",
    "RefCell<my::Weak<u8>>",
    "Mutex<Weak<[u8]>>",
    "AtomicPtr<T>",
    "AtomicPtr<dyn Fn()>",
    "AtomicPtr",
    "std::sync::atomic::AtomicPtr<u8>",
    "portable_atomic::AtomicU64",
    "portable_atomic::AtomicU128",
    "lock::Mutex<u8>",
    "crate::sync::RwLock<u8>",
    "self::a::AtomicU64",
    "sync::Mutex<u8>",
    "cell::Cell<u8>",
    "atomic::AtomicU8",
    "::parking_lot::Mutex<u8>",
];

const WRAPPERS: &[&str] = &[
    "Cell",
    "RefCell",
    "Mutex",
    "RwLock",
    "OnceCell",
    "OnceLock",
    "Rc",
    "Arc",
    "Option",
    "Box",
    "std::cell::Cell",
    "core::cell::RefCell",
    "std::sync::Mutex",
    "std::sync::RwLock",
    "parking_lot::Mutex",
    "parking_lot::RwLock",
    "std::cell::OnceCell",
    "std::sync::OnceLock",
    "std::rc::Rc",
    "std::sync::Arc",
    "::std::cell::Cell",
    "LazyCell",
    "Weak",
    "rc::Weak",
    "std::sync::Weak",
    "LazyCell",
    "LazyLock",
    "Vec",
    "Cell::",
    "tokio::sync::Mutex",
    "self::Cell",
    "crate::RefCell",
];

fn field_type() -> BoxedStrategy<String> {
    field_type_nested(3)
}

fn field_type_nested(depth: u32) -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        12 => pick(LEAF_TYPES),
        1 => pick(&["+", "u8 u8", "=>", "'a", "\"str\"", "123", "", "Cell<", "Cell<u8>>", "<", "::"]),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    let inner = field_type_nested(depth - 1);
    let nested = prop_oneof![
        8 => (pick(WRAPPERS), inner.clone()).prop_map(|(w, t)| format!("{w}<{t}>")),
        1 => inner.clone().prop_map(|t| format!("({t})")),
        1 => inner.clone().prop_map(|t| format!("[{t}; 2]")),
        1 => inner.clone().prop_map(|t| format!("&'a {t}")),
        1 => (inner.clone(), inner).prop_map(|(a, b)| format!("({a}, {b})")),
    ];
    prop_oneof![2 => leaf, 3 => nested].boxed()
}

fn attributes(max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(attribute(), 0..=max)
        .prop_map(|attrs| attrs.join(" "))
        .boxed()
}

fn visibility() -> BoxedStrategy<String> {
    prop_oneof![
        6 => Just(String::new()),
        3 => pick(&["pub", "pub(crate)", "pub(super)", "pub(in crate::a)", "crate", "pub(self)"]),
    ]
    .boxed()
}

fn named_field() -> BoxedStrategy<String> {
    (attributes(3), visibility(), pick(IDENTS), field_type())
        .prop_map(|(attrs, vis, name, ty)| format!("{attrs} {vis} {name}: {ty}"))
        .boxed()
}

fn tuple_field() -> BoxedStrategy<String> {
    (attributes(3), visibility(), field_type())
        .prop_map(|(attrs, vis, ty)| format!("{attrs} {vis} {ty}"))
        .boxed()
}

fn generics() -> BoxedStrategy<String> {
    let param = pick(&[
        "'a",
        "'b: 'a",
        "'static",
        "T",
        "T: Copy",
        "T: Clone + 'a",
        "U = u8",
        "R",
        "R0",
        "const N: usize",
        "const R: u8",
        "const M: usize = 4",
        "T: ?Sized",
        "F: Fn(u8) -> u8",
        "T: Default + Send + Sync",
        "X: Iterator<Item = u8>",
        "1",
        "'a T",
    ]);
    prop_oneof![
        3 => Just(String::new()),
        4 => joined(param, 4).prop_map(|params| format!("<{params}>")),
        1 => Just("<>".to_owned()),
    ]
    .boxed()
}

fn where_clause() -> BoxedStrategy<String> {
    pick(&[
        "",
        "",
        "",
        "",
        "where T: Copy",
        "where Self: Sized",
        "where 'a: 'static",
        "where [u8; N]: Sized",
        "where for<'x> &'x T: Copy",
        "where",
        "where T: Copy,",
        "where R: Send, T: Sync",
        "where u8: Copy",
    ])
}

/// A whole item: a struct of any shape, an enum, a union, or a bit of junk.
fn item() -> BoxedStrategy<String> {
    let name = pick(&[
        "Foo", "Foo", "R", "Cell", "r#struct", "Self", "Sync", "Interior",
    ]);
    let head = (
        attributes(3),
        visibility(),
        name,
        generics(),
        where_clause(),
    );
    let named = prop::collection::vec(named_field(), 0..5)
        .prop_map(|fields| fields.join(", "))
        .boxed();
    let tuple = prop::collection::vec(tuple_field(), 0..4)
        .prop_map(|fields| fields.join(", "))
        .boxed();
    prop_oneof![
        8 => (head.clone(), named.clone()).prop_map(|((a, v, n, g, w), f)| {
            format!("{a} {v} struct {n}{g} {w} {{ {f} }}")
        }),
        3 => (head.clone(), tuple.clone()).prop_map(|((a, v, n, g, w), f)| {
            format!("{a} {v} struct {n}{g}({f}) {w};")
        }),
        1 => (head.clone(), pick(&[";", "{}", "();", ""])).prop_map(|((a, v, n, g, w), body)| {
            format!("{a} {v} struct {n}{g} {w} {body}")
        }),
        1 => (head.clone(), named.clone(), tuple).prop_map(|((a, v, n, g, w), named, tuple)| {
            format!("{a} {v} enum {n}{g} {w} {{ A, B({tuple}), C {{ {named} }} }}")
        }),
        1 => (head, named).prop_map(|((a, v, n, g, w), f)| {
            format!("{a} {v} union {n}{g} {w} {{ {f} }}")
        }),
        1 => pick(&["", "fn f() {}", "struct", "#[cell]", "struct Foo { #[cell] x: Cell<u8> } extra"]),
    ]
    .boxed()
}

/// A generated item, as is or with its token tree mutated.
fn input() -> BoxedStrategy<String> {
    let mutations = prop::collection::vec((0..6_u8, any::<u16>(), any::<u16>()), 1..4);
    prop_oneof![
        3 => item(),
        2 => (item(), mutations).prop_map(|(src, mutations)| mutate(&src, &mutations)),
    ]
    .boxed()
}

// ---- token-tree mutations ----------------------------------------------------------------

/// Applies each `(op, at, with)`: `at` picks a token tree in pre-order, `op` drops it, swaps it
/// with a sibling, duplicates it, cuts its list off there, replaces it by a token from a pool or
/// drops the delimiters of a group. The result is printed, to be lexed again with real spans.
fn mutate(src: &str, mutations: &[(u8, u16, u16)]) -> String {
    let Ok(tokens) = TokenStream::from_str(src) else {
        return src.to_owned();
    };
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    for &(op, at, with) in mutations {
        let count = count_trees(&trees);
        if count == 0 {
            break;
        }
        let mut at = usize::from(at) % count;
        apply(&mut trees, &mut at, op, usize::from(with));
    }
    trees.into_iter().collect::<TokenStream>().to_string()
}

fn count_trees(trees: &[TokenTree]) -> usize {
    trees
        .iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => 1 + count_trees(&g.stream().into_iter().collect::<Vec<_>>()),
            _ => 1,
        })
        .sum()
}

/// Finds the `at`-th tree (counting down) and mutates the list holding it; true once done.
fn apply(trees: &mut Vec<TokenTree>, at: &mut usize, op: u8, with: usize) -> bool {
    const POOL: &[&str] = &[
        ",",
        "=",
        "\"pub\"",
        "get",
        "#",
        "::",
        "cell",
        "()",
        "<",
        ">",
        "'a",
        "1",
        "[cell]",
        "r#type",
        "\"r#r#x\"",
        "b\"x\"",
        "-",
        "!",
        "{}",
    ];
    for i in 0..trees.len() {
        if *at == 0 {
            match op {
                0 => {
                    trees.remove(i);
                }
                1 => {
                    let j = with % trees.len();
                    trees.swap(i, j);
                }
                2 => trees.insert(i, trees[i].clone()),
                3 => trees.truncate(i),
                4 => {
                    let pool = TokenStream::from_str(POOL[with % POOL.len()]).unwrap_or_default();
                    trees.splice(i..=i, pool);
                }
                _ => {
                    if let TokenTree::Group(group) = &trees[i] {
                        let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                        trees.splice(i..=i, inner);
                    } else {
                        trees.remove(i);
                    }
                }
            }
            return true;
        }
        *at -= 1;
        if let TokenTree::Group(group) = &trees[i] {
            let mut inner: Vec<TokenTree> = group.stream().into_iter().collect();
            if apply(&mut inner, at, op, with) {
                let mut new = Group::new(group.delimiter(), inner.into_iter().collect());
                new.set_span(group.span());
                trees[i] = TokenTree::Group(new);
                return true;
            }
        }
    }
    false
}

// ---- reproducers of what the fuzzers found -----------------------------------------------

/// Checks one hand-written input against the properties.
fn reproduce(src: &str) {
    match check(src) {
        Ok(true) => {}
        Ok(false) => panic!("reproducer does not lex: {src}"),
        Err(err) => panic!("{err}"),
    }
}

#[test]
fn sanity() {
    // The checker itself: a valid struct expands cleanly, a broken one reports inside its span.
    reproduce("struct Foo { #[cell] hits: Cell<u64> }");
    reproduce("struct Foo { #[cell(bogus)] hits: Cell<u64> }");
    reproduce("enum Foo { A }");
    reproduce("struct Foo { #[cell] hits: }");
}

#[test]
fn found_empty_option_value() {
    // `key = ,` has no value tokens: the error used to carry the call site's span.
    reproduce("struct Foo { #[cell(get = , set)] hits: Cell<u64> }");
    reproduce("struct Foo { #[cell(rename = )] hits: Cell<u64> }");
    reproduce("#[interior(vis = , thread_safe)] struct Foo { #[cell] hits: Cell<u64> }");
}

#[test]
fn found_sum_of_bounds_value() {
    // A value type `A + B` was printed bare after `&`, and the output did not parse.
    reproduce("struct Foo { #[once()] hits: std::cell::OnceCell<Cell<> + Send> }");
    reproduce("struct Foo { #[sync] f: Mutex<dyn Fn() + Send + 'static> }");
    reproduce("struct Foo { #[refcell] f: RefCell<dyn std::any::Any + Send> }");
}

#[test]
fn found_list_cut_short() {
    // A list ending in the middle of an item: syn reported "unexpected end of input" at the
    // call site; it now points at the closing delimiter.
    reproduce("#[interior(a ::)] struct Foo { #[cell] hits: Cell<u64> }");
    reproduce("struct Foo { #[cell(get(vis =), set(a::))] hits: Cell<u64> }");
    reproduce("struct Foo { #[sync(lock, x::)] hits: Mutex<u64> }");
}

#[test]
fn found_crate_path_with_generics() {
    // `crate = "interior<>"` was accepted and the output had `interior<>::__private::…`, which
    // does not parse in expression position; a keyword rename became a bare `gen`.
    reproduce("#[interior(crate = \"interior<>\")] struct Foo { #[cell] hits: Cell<u64> }");
    reproduce("#[interior(crate = \"a::<u8>\")] struct Foo { #[cell] hits: Cell<u64> }");
    reproduce("#[interior(crate = \"Self\")] struct Foo { #[cell] hits: Cell<u64> }");
    reproduce("#[interior(crate = \"gen::x\")] struct Foo { #[cell] hits: Cell<u64> }");
    reproduce("struct Foo { #[cell(vis = \"pub(in a<T>)\")] hits: Cell<u64> }");
    reproduce("struct Foo { #[cell(rename = \"gen\")] hits: Cell<u64> }");
    reproduce("struct Foo { #[cell] r#gen: Cell<u64> }");
}

#[test]
fn found_raw_rename() {
    // `rename = "r#r#type"` left `r#type` after taking off one `r#`, and `Ident::new` panicked
    // on it; `"type "` (a keyword with a space) panicked in `Ident::new_raw`.
    reproduce("struct Foo { #[cell(rename = \"r#r#type\")] hits: Cell<u8> }");
    reproduce("struct Foo { #[cell(get(rename = \"r#r#x\"))] hits: Cell<u8> }");
    reproduce("struct Foo { #[cell(rename = \"type \")] hits: Cell<u8> }");
    reproduce("struct Foo { #[cell(rename = \" self\")] hits: Cell<u8> }");
    reproduce("struct Foo(#[cell(rename = \"r#r#r#\")] Cell<u8>);");
}
