//! A tour of `interior`: one struct per mode, each accessor exercised, and the table that
//! `Interior::FIELDS` describes printed for each struct.
//!
//! Run with `cargo run --example tour`.

use std::cell::{Cell, LazyCell, OnceCell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::AtomicU64;
use std::sync::{Mutex, OnceLock};

use interior::Interior;

/// `#[cell]`: small `Copy` values, copied in and out.
#[derive(Interior, Default)]
struct Stats {
    #[cell(contract = "bookkeeping")]
    calls: Cell<u64>,
    #[cell(get, set, take)]
    last_error: Cell<Option<u16>>,
}

/// `#[refcell]`: values borrowed for the length of a closure.
#[derive(Interior, Default)]
struct Journal {
    #[refcell(with, with_mut, get, take)]
    entries: RefCell<Vec<String>>,
}

/// `#[sync]`: locks and atomics, safe to share between threads.
#[derive(Interior, Default)]
#[interior(thread_safe)]
struct Shared {
    #[sync(get, update, fetch_add, contract = "bookkeeping")]
    hits: AtomicU64,
    #[sync(with, with_mut, get)]
    names: Mutex<Vec<String>>,
}

/// `#[once]`: written at most once, then read freely.
#[derive(Interior, Default)]
struct Lazy {
    #[once(contract = "cache")]
    parsed: OnceCell<Vec<u32>>,
    #[once(get, get_or_init, set)]
    version: OnceLock<String>,
}

/// `#[weak]`: a link that keeps nothing alive; a lazy value; `get_mut`; `set(into)`.
#[derive(Interior)]
#[interior(into)]
struct Page {
    #[weak]
    parent: RefCell<Weak<Page>>,
    #[refcell(get, set, get_mut)]
    title: RefCell<String>,
    #[once(contract = "cache")]
    words: LazyCell<usize>,
}

/// Prints the contract of every interior field of `T`.
fn print_contract<T: Interior>(name: &str) {
    println!("\n{name}");
    println!(
        "  {:<12} {:<10} {:<12} {:<12} {:<5} methods",
        "field", "mechanism", "contract", "thread-safe", "weak"
    );
    for field in T::FIELDS {
        println!(
            "  {:<12} {:<10} {:<12} {:<12} {:<5} {}",
            field.field,
            field.mechanism,
            field.contract,
            if field.thread_safe { "yes" } else { "no" },
            if field.weak { "yes" } else { "" },
            field.methods.join(", ")
        );
    }
}

fn main() {
    let stats = Stats::default();
    stats.update_calls(|n| n + 1);
    stats.set_calls(stats.calls() + 1);
    stats.set_last_error(Some(404));
    println!(
        "calls: {}, last error: {:?}",
        stats.calls(),
        stats.take_last_error()
    );
    assert_eq!(stats.replace_calls(0), 2);

    let journal = Journal::default();
    journal.with_entries_mut(|e| e.push("started".into()));
    let count = journal.with_entries(Vec::len);
    println!("journal: {:?} ({count} entries)", journal.entries());
    assert_eq!(journal.take_entries(), ["started"]);
    // A conflicting borrow panics at the caller's line; in debug builds (this example's
    // default) the message names the accessor that holds the borrow and where it was called.
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let conflict = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        journal.with_entries_mut(|entries| entries.push(journal.entries().len().to_string()));
    }));
    std::panic::set_hook(previous_hook);
    let payload = conflict.expect_err("reading entries inside with_entries_mut conflicts");
    let message = payload
        .downcast_ref::<String>()
        .map_or("(no message)", String::as_str);
    println!("conflict caught: {message}");

    let shared = Shared::default();
    std::thread::scope(|s| {
        for i in 0..4 {
            let shared = &shared;
            s.spawn(move || {
                shared.fetch_add_hits(1);
                shared.with_names_mut(|names| names.push(format!("worker {i}")));
            });
        }
    });
    println!(
        "hits: {}, workers: {}",
        shared.hits(),
        shared.with_names(Vec::len)
    );
    assert_eq!(shared.update_hits(|n| n * 10), 40);

    let lazy = Lazy::default();
    let parsed = lazy.parsed_or_init(|| "1 2 3".split(' ').map(|n| n.parse().unwrap()).collect());
    println!(
        "parsed: {parsed:?}, version set: {:?}",
        lazy.set_version("0.1.0".into())
    );
    assert_eq!(lazy.version().map(String::as_str), Some("0.1.0"));

    let book = Rc::new(Page {
        parent: RefCell::new(Weak::new()),
        title: RefCell::new("Book".into()),
        words: LazyCell::new(|| 1000),
    });
    let mut chapter = Page {
        parent: RefCell::new(Weak::new()),
        title: RefCell::default(),
        words: LazyCell::new(|| 20),
    };
    chapter.set_parent(&book);
    chapter.set_title("Chapter 1");
    chapter.title_mut().push_str(": the cell");
    println!(
        "{} (in {:?}), {} words",
        chapter.title(),
        chapter.parent().map(|p| p.title()),
        chapter.words()
    );
    drop(book);
    assert!(chapter.parent().is_none(), "the link kept nothing alive");

    print_contract::<Stats>("Stats");
    print_contract::<Journal>("Journal");
    print_contract::<Shared>("Shared");
    print_contract::<Lazy>("Lazy");
    print_contract::<Page>("Page");
}
