//! The generated code names everything by absolute path and keeps its locals to itself: it
//! compiles and behaves inside a `#[no_implicit_prelude]` module, next to user items that shadow
//! std names and the names of the generated code's own locals, and with a struct generic over `R`.

#![allow(missing_docs)]

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use interior::Interior;

#[no_implicit_prelude]
mod bare {
    pub type Counter = ::std::cell::Cell<u32>;
    pub type Queue = ::std::sync::Mutex<::std::vec::Vec<u8>>;
    pub type Table = ::std::sync::RwLock<u8>;
    pub type Hits = ::std::sync::atomic::AtomicU64;
    pub type Memo = ::std::cell::OnceCell<u8>;

    #[derive(::interior::Interior)]
    pub struct NoPrelude {
        #[cell(get, set, replace, update, take)]
        pub cell: ::std::cell::Cell<u64>,
        #[cell(get, set, replace, update, take)]
        pub counter: Counter,
        #[refcell(
            with,
            with_mut,
            set,
            replace,
            get,
            take,
            borrow,
            borrow_mut,
            try_borrow,
            try_borrow_mut
        )]
        pub refcell: ::std::cell::RefCell<::std::string::String>,
        #[once(get, get_or_init, set)]
        pub once_cell: ::std::cell::OnceCell<u8>,
        #[once(get, get_or_init, set)]
        pub once_lock: ::std::sync::OnceLock<u8>,
        #[once(get, get_or_init, set)]
        pub memo: Memo,
        #[sync(with, with_mut, set, replace, get, take, lock)]
        pub mutex: ::std::sync::Mutex<u8>,
        #[sync(with, with_mut, set, replace, get, take, read, write)]
        pub rwlock: ::std::sync::RwLock<u8>,
        #[sync(get, with_mut, lock, poison = "recover")]
        pub recover: ::std::sync::Mutex<u8>,
        #[sync(kind = "mutex", with, with_mut, set, replace, get, take, lock)]
        pub queue: Queue,
        #[sync(kind = "rwlock", with, get, read, write)]
        pub table: Table,
        #[sync(get, with_mut, lock)]
        pub parking: ::parking_lot::Mutex<u8>,
        #[sync(
            get,
            set,
            replace,
            update,
            compare_exchange,
            fetch_add,
            fetch_sub,
            fetch_max,
            fetch_min,
            fetch_and,
            fetch_or,
            fetch_xor,
            ordering = "acq_rel"
        )]
        pub atomic: ::std::sync::atomic::AtomicI32,
        #[sync(kind = "atomic", get, update, fetch_add)]
        pub hits: Hits,
        #[sync(get, update, fetch_xor)]
        pub flag: ::std::sync::atomic::AtomicBool,
    }

    #[derive(::interior::Interior)]
    #[interior(thread_safe)]
    pub struct ThreadSafe<T> {
        #[sync(get, set)]
        pub value: ::std::sync::Mutex<T>,
    }
}

fn no_prelude() -> bare::NoPrelude {
    bare::NoPrelude {
        cell: Cell::new(1),
        counter: bare::Counter::new(2),
        refcell: RefCell::new("r".to_owned()),
        once_cell: OnceCell::new(),
        once_lock: OnceLock::new(),
        memo: bare::Memo::new(),
        mutex: Mutex::new(3),
        rwlock: RwLock::new(4),
        recover: Mutex::new(5),
        queue: bare::Queue::default(),
        table: bare::Table::default(),
        parking: parking_lot::Mutex::new(6),
        atomic: AtomicI32::new(7),
        hits: bare::Hits::new(8),
        flag: AtomicBool::new(false),
    }
}

#[test]
fn derive_in_no_implicit_prelude_module() {
    let s = no_prelude();
    assert_eq!(s.update_cell(|v| v + 1), 2);
    assert_eq!(s.replace_cell(5), 2);
    assert_eq!(s.take_cell(), 5);
    assert_eq!(s.cell(), 0);
    assert_eq!(s.update_counter(|v| v * 3), 6);
    s.set_counter(1);
    assert_eq!(s.take_counter(), 1);

    s.with_refcell_mut(|r| r.push('s'));
    assert_eq!(s.with_refcell(String::len), 2);
    s.set_refcell("a".to_owned());
    assert_eq!(s.replace_refcell("b".to_owned()), "a");
    assert_eq!(s.refcell(), "b");
    s.borrow_refcell_mut().push('c');
    assert_eq!(*s.borrow_refcell(), "bc");
    assert!(s.try_borrow_refcell().is_ok());
    assert!(s.try_borrow_refcell_mut().is_ok());
    assert_eq!(s.take_refcell(), "bc");

    assert_eq!(s.once_cell(), None);
    assert_eq!(*s.once_cell_or_init(|| 1), 1);
    assert_eq!(s.set_once_cell(2), Err(2));
    assert_eq!(s.set_once_lock(3), Ok(()));
    assert_eq!(*s.once_lock_or_init(|| 4), 3);
    assert_eq!(s.once_lock(), Some(&3));
    assert_eq!(s.set_memo(5), Ok(()));
    assert_eq!(*s.memo_or_init(|| 6), 5);
    assert_eq!(s.memo(), Some(&5));

    s.with_mutex_mut(|m| *m += 1);
    assert_eq!(s.with_mutex(|m| *m), 4);
    s.set_mutex(5);
    assert_eq!(s.replace_mutex(6), 5);
    *s.lock_mutex() += 1;
    assert_eq!(s.mutex(), 7);
    assert_eq!(s.take_mutex(), 7);

    s.with_rwlock_mut(|r| *r += 1);
    assert_eq!(s.with_rwlock(|r| *r), 5);
    s.set_rwlock(6);
    assert_eq!(s.replace_rwlock(7), 6);
    *s.write_rwlock() += 1;
    assert_eq!(*s.read_rwlock(), 8);
    assert_eq!(s.rwlock(), 8);
    assert_eq!(s.take_rwlock(), 8);

    s.with_recover_mut(|r| *r += 1);
    assert_eq!(*s.lock_recover(), 6);
    assert_eq!(s.recover(), 6);

    s.with_queue_mut(|q| q.push(1));
    s.set_queue(vec![2]);
    assert_eq!(s.replace_queue(vec![3]), [2]);
    s.lock_queue().push(4);
    assert_eq!(s.with_queue(Vec::len), 2);
    assert_eq!(s.queue(), [3, 4]);
    assert_eq!(s.take_queue(), [3, 4]);

    *s.write_table() = 9;
    assert_eq!(*s.read_table(), 9);
    assert_eq!(s.with_table(|t| *t), 9);
    assert_eq!(s.table(), 9);

    s.with_parking_mut(|p| *p += 1);
    *s.lock_parking() += 1;
    assert_eq!(s.parking(), 8);

    assert_eq!(s.atomic(), 7);
    s.set_atomic(1);
    assert_eq!(s.replace_atomic(2), 1);
    assert_eq!(s.update_atomic(|v| v * 10), 20);
    assert_eq!(s.compare_exchange_atomic(20, 21), Ok(20));
    assert_eq!(s.compare_exchange_atomic(20, 22), Err(21));
    assert_eq!(s.fetch_add_atomic(1), 21);
    assert_eq!(s.fetch_sub_atomic(2), 22);
    assert_eq!(s.fetch_max_atomic(30), 20);
    assert_eq!(s.fetch_min_atomic(3), 30);
    assert_eq!(s.fetch_or_atomic(4), 3);
    assert_eq!(s.fetch_and_atomic(5), 7);
    assert_eq!(s.fetch_xor_atomic(1), 5);
    assert_eq!(s.atomic(), 4);

    assert_eq!(s.update_hits(|h| h + 1), 9);
    assert_eq!(s.fetch_add_hits(1), 9);
    assert_eq!(s.hits(), 10);

    assert!(s.update_flag(|f| !f));
    assert!(s.fetch_xor_flag(true));
    assert!(!s.flag());

    assert_eq!(bare::NoPrelude::FIELDS.len(), 15);

    let t = bare::ThreadSafe {
        value: Mutex::new(1_u8),
    };
    t.set_value(2);
    assert_eq!(t.value(), 2);
}

/// User items named like std's types and the generated code's locals.
#[allow(
    dead_code,
    non_upper_case_globals,
    non_camel_case_types,
    clippy::pedantic
)]
mod shadowed {
    use ::interior::Interior;

    pub struct Cell;
    pub struct RefCell;
    pub struct OnceCell;
    pub struct OnceLock;
    pub struct Mutex;
    pub struct RwLock;
    pub struct Option;
    pub struct Result;
    pub struct Some;
    pub struct None;
    pub struct Ok;
    pub struct Err;
    pub struct Box;
    pub struct Vec;
    pub struct String;
    pub struct Ordering;
    pub struct Clone;
    pub struct Default;
    pub struct FnOnce;
    pub struct FnMut;
    pub struct Send;
    pub struct Sync;
    pub struct Copy;
    pub struct Ref;
    pub struct RefMut;
    pub struct MutexGuard;
    pub struct AtomicU64;
    pub struct drop;
    pub mod core {}
    pub mod std {}
    pub mod interior {}
    pub mod parking_lot {}

    pub const current: u64 = 0;
    pub const new: u64 = 0;
    pub const actual: u64 = 0;
    pub const old: u8 = 0;
    pub const guard: u8 = 0;
    pub const poison: u8 = 0;
    pub const func: u8 = 0;
    pub const value: u8 = 0;
    pub const f: u8 = 0;

    pub type Hits = ::std::sync::atomic::AtomicU64;
    pub type Queue = ::std::sync::Mutex<u8>;

    #[derive(Interior)]
    pub struct Shadowed {
        #[cell(get, set, replace, update, take)]
        pub cell: ::std::cell::Cell<u64>,
        #[refcell(
            with,
            with_mut,
            set,
            replace,
            get,
            take,
            borrow,
            borrow_mut,
            try_borrow,
            try_borrow_mut
        )]
        pub refcell: ::std::cell::RefCell<u8>,
        #[once(get, get_or_init, set)]
        pub once: ::std::cell::OnceCell<u8>,
        #[once(get, get_or_init, set)]
        pub lock_once: ::std::sync::OnceLock<u8>,
        #[sync(with, with_mut, set, replace, get, take, lock)]
        pub mutex: ::std::sync::Mutex<u8>,
        #[sync(with, with_mut, set, replace, get, take, read, write)]
        pub rwlock: ::std::sync::RwLock<u8>,
        #[sync(with_mut, get, poison = "recover")]
        pub recover: ::std::sync::Mutex<u8>,
        #[sync(kind = "mutex", get, with_mut, lock)]
        pub queue: Queue,
        #[sync(get, with_mut, lock)]
        pub parking: ::parking_lot::Mutex<u8>,
        #[sync(get, set, replace, update, compare_exchange, fetch_add, fetch_max)]
        pub atomic: ::std::sync::atomic::AtomicU64,
        #[sync(kind = "atomic", get, update, compare_exchange)]
        pub hits: Hits,
    }
}

#[test]
fn derive_next_to_shadowing_items() {
    let s = shadowed::Shadowed {
        cell: Cell::new(1),
        refcell: RefCell::new(2),
        once: OnceCell::new(),
        lock_once: OnceLock::new(),
        mutex: Mutex::new(3),
        rwlock: RwLock::new(4),
        recover: Mutex::new(5),
        queue: Mutex::new(6),
        parking: parking_lot::Mutex::new(7),
        atomic: AtomicU64::new(8),
        hits: AtomicU64::new(9),
    };
    assert_eq!(s.update_cell(|v| v + 1), 2);
    s.set_cell(3);
    assert_eq!(s.replace_cell(4), 3);
    assert_eq!(s.take_cell(), 4);
    assert_eq!(s.cell(), 0);

    assert_eq!(s.with_refcell_mut(|r| std::mem::replace(r, 3)), 2);
    assert_eq!(s.with_refcell(|r| *r), 3);
    s.set_refcell(4);
    assert_eq!(s.replace_refcell(5), 4);
    *s.borrow_refcell_mut() += 1;
    assert_eq!(*s.borrow_refcell(), 6);
    assert_eq!(*s.try_borrow_refcell().expect("free"), 6);
    assert!(s.try_borrow_refcell_mut().is_ok());
    assert_eq!(s.refcell(), 6);
    assert_eq!(s.take_refcell(), 6);

    assert_eq!(s.once(), None);
    assert_eq!(*s.once_or_init(|| 1), 1);
    assert_eq!(s.set_once(2), Err(2));
    assert_eq!(s.set_lock_once(3), Ok(()));
    assert_eq!(*s.lock_once_or_init(|| 4), 3);
    assert_eq!(s.lock_once(), Some(&3));

    s.with_mutex_mut(|m| *m += 1);
    assert_eq!(s.with_mutex(|m| *m), 4);
    s.set_mutex(5);
    assert_eq!(s.replace_mutex(6), 5);
    *s.lock_mutex() += 1;
    assert_eq!(s.mutex(), 7);
    assert_eq!(s.take_mutex(), 7);

    s.with_rwlock_mut(|r| *r += 1);
    assert_eq!(s.with_rwlock(|r| *r), 5);
    s.set_rwlock(6);
    assert_eq!(s.replace_rwlock(7), 6);
    *s.write_rwlock() += 1;
    assert_eq!(*s.read_rwlock(), 8);
    assert_eq!(s.rwlock(), 8);
    assert_eq!(s.take_rwlock(), 8);

    s.with_recover_mut(|r| *r += 1);
    assert_eq!(s.recover(), 6);
    s.with_queue_mut(|q| *q += 1);
    *s.lock_queue() += 1;
    assert_eq!(s.queue(), 8);
    s.with_parking_mut(|p| *p += 1);
    *s.lock_parking() += 1;
    assert_eq!(s.parking(), 9);

    s.set_atomic(1);
    assert_eq!(s.replace_atomic(2), 1);
    assert_eq!(s.update_atomic(|v| v + 1), 3);
    assert_eq!(s.compare_exchange_atomic(3, 4), Ok(3));
    assert_eq!(s.compare_exchange_atomic(3, 5), Err(4));
    assert_eq!(s.fetch_add_atomic(1), 4);
    assert_eq!(s.fetch_max_atomic(9), 5);
    assert_eq!(s.atomic(), 9);
    assert_eq!(s.update_hits(|h| h * 2), 18);
    assert_eq!(s.compare_exchange_hits(18, 1), Ok(18));
    assert_eq!(s.hits(), 1);

    assert_eq!(shadowed::Shadowed::FIELDS.len(), 11);
}

#[derive(Interior)]
struct Generic<R: Clone + Default> {
    #[refcell(with, with_mut, get)]
    cell: RefCell<R>,
    #[sync(with, with_mut, get)]
    mutex: Mutex<R>,
    #[sync(with, with_mut)]
    shared: Arc<RwLock<Vec<R>>>,
}

#[test]
fn struct_generic_over_r_uses_with() {
    let g = Generic {
        cell: RefCell::new(String::from("abc")),
        mutex: Mutex::new(String::from("de")),
        shared: Arc::default(),
    };
    // The closure's result type is not the struct's `R`.
    let len: usize = g.with_cell(String::len);
    assert_eq!(len, 3);
    let upper: Vec<char> = g.with_cell_mut(|s| {
        s.make_ascii_uppercase();
        s.chars().collect()
    });
    assert_eq!(upper, ['A', 'B', 'C']);
    assert_eq!(g.cell(), "ABC");
    assert!(g.with_mutex(|s| s.starts_with('d')));
    g.with_mutex_mut(String::clear);
    assert_eq!(g.mutex(), "");
    g.with_shared_mut(|v| v.push("x".to_owned()));
    assert_eq!(g.with_shared(Vec::len), 1);
    // And `R` may itself be the closure's result type.
    let same: String = g.with_cell(Clone::clone);
    assert_eq!(same, "ABC");
}

/// Part II in a `#[no_implicit_prelude]` module, next to constants named like every binding of
/// the generated code (`target` is the parameter of a link's `set`).
#[no_implicit_prelude]
mod part2 {
    #![allow(non_upper_case_globals, dead_code)]

    pub const target: u8 = 0;
    pub const value: u8 = 0;
    pub const f: u8 = 0;
    pub const current: u8 = 0;
    pub const new: u8 = 0;
    pub const actual: u8 = 0;
    pub const func: u8 = 0;
    pub const old: u8 = 0;

    #[derive(::interior::Interior)]
    #[interior(into)]
    pub struct Node {
        #[weak(get, set, clear, has)]
        pub parent: ::std::cell::RefCell<::std::rc::Weak<Node>>,
        #[weak(get, push, prune, clear)]
        pub children: ::std::sync::Mutex<::std::vec::Vec<::std::sync::Weak<u8>>>,
        #[once]
        pub lazy: ::std::cell::LazyCell<u8>,
        #[once(init = "Self::compute")]
        pub computed: ::std::cell::OnceCell<u8>,
        #[cell(get, set, try_update, get_mut)]
        pub budget: ::std::cell::Cell<u8>,
        #[sync(
            get(ordering = "acquire"),
            set(ordering = "release"),
            try_update,
            update
        )]
        pub hits: ::std::sync::atomic::AtomicU32,
        #[sync(get, set, compare_exchange)]
        pub head: ::std::sync::atomic::AtomicPtr<u8>,
        #[refcell(get, set, replace)]
        pub name: ::std::cell::RefCell<::std::string::String>,
    }

    impl Node {
        fn compute(&self) -> u8 {
            self.budget() + 1
        }
    }
}

#[test]
fn part2_next_to_shadowing_constants() {
    use std::rc::Rc;
    use std::sync::Arc;

    let node = Rc::new(part2::Node {
        parent: RefCell::default(),
        children: Mutex::default(),
        lazy: std::cell::LazyCell::new(|| 3),
        computed: OnceCell::new(),
        budget: Cell::new(1),
        hits: std::sync::atomic::AtomicU32::new(0),
        head: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        name: RefCell::default(),
    });
    let child = part2::Node {
        parent: RefCell::default(),
        children: Mutex::default(),
        lazy: std::cell::LazyCell::new(|| 4),
        computed: OnceCell::new(),
        budget: Cell::new(5),
        hits: std::sync::atomic::AtomicU32::new(0),
        head: std::sync::atomic::AtomicPtr::new(std::ptr::null_mut()),
        name: RefCell::default(),
    };
    child.set_parent(&node);
    assert!(child.has_parent());
    let leaf = Arc::new(9_u8);
    child.push_children(&leaf);
    assert_eq!(child.children().len(), 1);
    assert_eq!(*child.lazy() + *child.computed(), 4 + 6);
    assert_eq!(child.try_update_budget(|b| b.checked_add(1)), Some(6));
    child.set_hits(2_u32);
    assert_eq!(child.update_hits(|h| h + 1), 3);
    assert_eq!(child.try_update_hits(|h| h.checked_sub(4)), None);
    assert!(child
        .compare_exchange_head(std::ptr::null_mut(), std::ptr::null_mut())
        .is_ok());
    child.set_name("leaf");
    assert_eq!(child.replace_name("x"), "leaf");
    child.clear_parent();
    assert!(child.parent().is_none());
}
