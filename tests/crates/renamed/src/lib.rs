//! A user crate that renamed the `interior` dependency: with `#[interior(crate = "...")]` the
//! generated code names the runtime by the user's name for it, never `::interior`.

#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::atomic::AtomicU32;
use std::sync::{Mutex, OnceLock, RwLock};

use interior_renamed::Interior as _;

/// A `Cell` behind an alias, reached through the runtime's `CellField` trait.
pub type Counter = Cell<u32>;
/// A `Mutex` behind an alias, reached through `interior::ext::MutexLike`.
pub type Queue = Mutex<Vec<u8>>;

/// Every mode, including aliases, `poison` and `thread_safe`-free fields, through the renamed
/// runtime.
#[derive(interior_renamed::Interior, Default)]
#[interior(crate = "interior_renamed", vis = "pub")]
pub struct Renamed {
    /// A counter.
    #[cell(get, set, replace, update, take)]
    count: Cell<u32>,
    /// An aliased counter.
    #[cell(get, take)]
    aliased: Counter,
    /// A log.
    #[refcell(get, take, with, with_mut, set, replace)]
    log: RefCell<Vec<String>>,
    /// A queue that panics when poisoned.
    #[sync(get, take, lock)]
    queue: Mutex<Vec<u8>>,
    /// An aliased queue.
    #[sync(get, lock, kind = "mutex")]
    aliased_queue: Queue,
    /// A setting.
    #[sync(get, read, write, poison = "recover")]
    setting: RwLock<String>,
    /// A ticket counter.
    #[sync(fetch_add, compare_exchange)]
    ticket: AtomicU32,
    /// A lazily computed name.
    #[once(get, get_or_init, set)]
    name: OnceCell<String>,
    /// A global value.
    #[once]
    global: OnceLock<u64>,
}

/// A thread-safe struct: the `thread_safe` assertion must also go through the renamed crate.
#[derive(interior_renamed::Interior, Default)]
#[interior(crate = "interior_renamed", vis = "pub", thread_safe)]
pub struct Shared {
    /// A total.
    #[sync]
    total: AtomicU32,
}

/// Calls methods of every mode and reads the contract table.
#[must_use]
pub fn exercise() -> usize {
    let r = Renamed::default();
    let count = r.update_count(|c| c + 1) + r.aliased() + r.take_aliased();
    r.with_log_mut(|log| log.push("x".to_owned()));
    r.lock_queue().push(1);
    r.lock_aliased_queue().push(2);
    r.write_setting().push('s');
    let lens = r.log().len()
        + r.queue().len()
        + r.aliased_queue().len()
        + r.read_setting().len()
        + r.name_or_init(|| "n".to_owned()).len();
    let ticket = r.fetch_add_ticket(1) + r.compare_exchange_ticket(1, 2).unwrap_or(0);
    let global = *r.global_or_init(|| 3);
    let shared = Shared::default();
    shared.set_total(4);
    usize::try_from(count + ticket + shared.total()).unwrap_or(0)
        + lens
        + usize::try_from(global).unwrap_or(0)
        + Renamed::FIELDS.len()
        + Shared::FIELDS.len()
}
