//! Expansion snapshots: the generated code of representative structs, formatted with
//! prettyplease and compared with `tests/expand/snapshots/*.rs`, so that a change to the output
//! shows up in review as a diff; a mismatch prints the diff. `INTERIOR_BLESS=1 cargo test -p
//! interior-expand --test snapshots` rewrites them.

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

fn expand(input: TokenStream) -> String {
    let output = interior_expand::derive(input);
    match syn::parse2::<syn::File>(output.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(err) => panic!("expansion does not parse as Rust ({err}):\n{output}"),
    }
}

fn snapshot(name: &str, input: TokenStream) {
    let actual = expand(input);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("snapshots")
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
    if expected != actual {
        let diff = similar::TextDiff::from_lines(&expected, &actual)
            .unified_diff()
            .context_radius(3)
            .header("snapshot", "expansion")
            .to_string();
        panic!(
            "expansion of `{name}` changed; review the diff and run with INTERIOR_BLESS=1 to accept it:\n{diff}"
        );
    }
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
fn links_lazy_get_mut_and_into() {
    snapshot(
        "links_lazy_get_mut_and_into",
        quote! {
            #[interior(into)]
            pub struct Node {
                /// The parent.
                #[weak]
                parent: RefCell<Weak<Node>>,
                #[weak(get, push, prune, clear)]
                watchers: Arc<Mutex<Vec<std::sync::Weak<Node>>>>,
                #[once]
                table: LazyLock<Vec<u8>>,
                #[cell(get, set, replace(into), get_mut)]
                visits: Cell<u32>,
                #[sync(get_mut, set)]
                queue: std::sync::Mutex<Vec<u8>>,
            }
        },
    );
}

#[test]
fn own_types_orderings_try_update_and_init() {
    snapshot(
        "own_types_orderings_try_update_and_init",
        quote! {
            #[interior(introspect = false)]
            pub struct Index {
                #[sync(kind = "mutex", with_mut)]
                pool: lock::Mutex<Vec<u32>>,
                #[sync(get(ordering = "acquire"), set(ordering = "release"), try_update, fetch_add(ordering = "relaxed"))]
                hits: AtomicU64,
                #[sync(get, compare_exchange(ordering = "acq_rel"))]
                head: AtomicPtr<Node>,
                #[cell(try_update)]
                budget: Cell<u32>,
                #[once(init = "Self::build")]
                words: OnceCell<Vec<String>>,
            }
        },
    );
}

#[test]
fn tokio_and_arc_swap() {
    snapshot(
        "tokio_and_arc_swap",
        quote! {
            #[interior(thread_safe)]
            pub struct Service {
                #[sync(vis = "pub", with_mut, get, lock)]
                jobs: tokio::sync::Mutex<Vec<u32>>,
                #[sync(async, with, write)]
                names: RwLock<Vec<String>>,
                #[sync(async, kind = "mutex", with_mut)]
                queue: Queue,
                #[sync]
                config: arc_swap::ArcSwap<Config>,
            }
        },
    );
}
