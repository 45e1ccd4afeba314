//! Private structs with private fields and default ops that nothing calls: none of the
//! generated accessors may trip `dead_code`.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use interior::Interior;

type Alias = Cell<u8>;

#[derive(Interior, Default)]
struct Unused {
    #[cell]
    cell: Cell<u64>,
    #[cell(take)]
    taken: Cell<String>,
    #[refcell]
    refcell: RefCell<Vec<u8>>,
    #[refcell(get, take, borrow, borrow_mut, try_borrow, try_borrow_mut)]
    all_refcell: RefCell<String>,
    #[once]
    once_cell: OnceCell<u8>,
    #[once(set)]
    once_lock: OnceLock<u8>,
    #[sync]
    mutex: Mutex<u8>,
    #[sync(lock, get, take)]
    guarded: Mutex<u8>,
    #[sync]
    rwlock: RwLock<u8>,
    #[sync(read, write)]
    rwlock_guards: RwLock<u8>,
    #[sync]
    parking: parking_lot::Mutex<u8>,
    #[sync]
    atomic: AtomicU64,
    #[sync(fetch_add, compare_exchange)]
    atomic_rmw: AtomicU64,
    #[sync]
    flag: AtomicBool,
    #[cell]
    rc: Rc<Cell<u8>>,
    #[sync]
    arc: Arc<Mutex<u8>>,
    #[cell]
    alias: Alias,
}

#[derive(Interior)]
struct UnusedGeneric<T> {
    #[cell]
    value: Cell<T>,
    #[refcell]
    list: RefCell<Vec<T>>,
}

/// A pub struct whose private fields get private accessors (the field's own visibility).
#[derive(Interior, Default)]
pub struct PublicWithPrivateFields {
    #[cell]
    hidden: Cell<u8>,
    #[sync]
    lock: Mutex<String>,
    /// Visible.
    pub visible: u8,
}

/// Builds the private structs (so the structs themselves are used) without calling any of their
/// generated accessors.
#[must_use]
pub fn private_structs_in_use() -> usize {
    let unused = Unused::default();
    let generic = UnusedGeneric {
        value: Cell::new(1_u8),
        list: RefCell::new(Vec::new()),
    };
    let public = PublicWithPrivateFields::default();
    size_of_val(&unused) + size_of_val(&generic) + usize::from(public.visible)
}
