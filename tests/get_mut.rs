//! `get_mut` (SPEC §9): `x_mut(&mut self)` in every mode, with no run-time check and no lock;
//! std locks under the field's poison policy; aliases of the plain types.

#![allow(missing_docs)]

mod support;

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Mutex, OnceLock, RwLock};
use std::thread;

use interior::Interior;
use support::catch_panic;

type Counter = Cell<u32>;
type Hits = AtomicU64;
type Table = RwLock<Vec<u8>>;

#[derive(Interior, Default)]
struct Unique {
    #[cell(get, get_mut)]
    count: Cell<u32>,
    #[refcell(get, get_mut)]
    log: RefCell<Vec<String>>,
    #[sync(get, get_mut)]
    queue: Mutex<Vec<u8>>,
    #[sync(get, get_mut)]
    name: RwLock<String>,
    #[sync(get, get_mut)]
    hits: AtomicU64,
    #[sync(get, get_mut)]
    flag: AtomicBool,
    #[once(get, get_mut, set)]
    memo: OnceCell<String>,
    #[once(get, get_mut, set)]
    global: OnceLock<u8>,
    #[sync(get, get_mut)]
    parking: parking_lot::Mutex<u8>,
}

#[test]
fn get_mut_in_every_mode() {
    let mut s = Unique::default();
    *s.count_mut() += 2;
    s.log_mut().push("a".to_owned());
    s.queue_mut().push(1);
    s.name_mut().push('n');
    *s.hits_mut() = 5;
    *s.flag_mut() = true;
    *s.parking_mut() = 7;
    assert_eq!(s.memo_mut(), None, "unwritten");
    assert_eq!(s.set_memo("m".to_owned()), Ok(()));
    s.memo_mut().expect("written").push('!');
    assert!(s.set_global(3).is_ok());
    *s.global_mut().expect("written") += 1;
    assert_eq!(
        (
            s.count(),
            s.log(),
            s.queue(),
            s.name(),
            s.hits(),
            s.flag(),
            s.parking()
        ),
        (2, vec!["a".to_owned()], vec![1], "n".to_owned(), 5, true, 7)
    );
    assert_eq!(
        (s.memo().map(String::as_str), s.global()),
        (Some("m!"), Some(&4))
    );
}

#[derive(Interior)]
struct Aliased {
    #[cell(get, get_mut)]
    counter: Counter,
    #[sync(kind = "atomic", get, get_mut)]
    hits: Hits,
    #[sync(kind = "rwlock", get, get_mut)]
    table: Table,
}

#[test]
fn get_mut_through_aliases() {
    let mut s = Aliased {
        counter: Cell::new(1),
        hits: AtomicU64::new(2),
        table: RwLock::new(vec![3]),
    };
    *s.counter_mut() += 10;
    *s.hits_mut() += 20;
    s.table_mut().push(30);
    assert_eq!((s.counter(), s.hits(), s.table()), (11, 22, vec![3, 30]));
}

#[derive(Interior, Default)]
struct Poisonable {
    #[sync(get_mut)]
    strict: Mutex<u8>,
    #[sync(get_mut, poison = "recover")]
    lenient: Mutex<u8>,
    #[sync(kind = "mutex", get_mut)]
    aliased: Guarded,
}

type Guarded = Mutex<u8>;

/// Poisons `lock` by panicking on another thread while holding it.
fn poison(lock: &Mutex<u8>) {
    let died = catch_panic(|| {
        thread::scope(|scope| {
            scope
                .spawn(|| {
                    let _guard = lock.lock();
                    panic!("poisoning");
                })
                .join()
                .is_err()
        })
    });
    assert_eq!(died.ok(), Some(true));
}

#[test]
fn get_mut_follows_the_poison_policy() {
    let mut s = Poisonable::default();
    poison(&s.strict);
    poison(&s.lenient);
    poison(&s.aliased);
    let line = line!() + 1;
    let caught = catch_panic(|| *s.strict_mut() = 1).expect_err("a poisoned lock panics");
    assert_eq!(
        caught.message,
        "the lock of `Poisonable::strict` is poisoned: another thread panicked while holding it \
         (use `#[sync(poison = \"recover\")]` to use the data anyway)"
    );
    assert_eq!((caught.file.as_str(), caught.line), (file!(), line));
    let line = line!() + 1;
    let caught = catch_panic(|| *s.aliased_mut() = 1).expect_err("through the alias too");
    assert!(
        caught.message.contains("`Poisonable::aliased`"),
        "{}",
        caught.message
    );
    assert_eq!(caught.line, line);
    *s.lenient_mut() = 9;
    assert_eq!(
        *s.lenient
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
        9
    );
}
