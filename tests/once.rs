//! Run-time behaviour of `#[once]` on `OnceCell` and `OnceLock`: get, lazy init that runs once,
//! set, type aliases and `Arc<OnceLock<T>>`.

#![allow(missing_docs)]

use std::cell::{Cell, OnceCell};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use interior::Interior;

mod support;

#[derive(Interior)]
struct Caches {
    #[once(get, get_or_init, set)]
    local: OnceCell<String>,
    #[once(get, get_or_init, set)]
    global: OnceLock<Vec<u32>>,
    #[once]
    defaults: OnceCell<u8>,
}

fn caches() -> Caches {
    Caches {
        local: OnceCell::new(),
        global: OnceLock::new(),
        defaults: OnceCell::new(),
    }
}

#[test]
fn once_cell_get_init_set() {
    let s = caches();
    assert_eq!(s.local(), None);
    let runs = Cell::new(0);
    let init = || {
        runs.set(runs.get() + 1);
        "first".to_owned()
    };
    assert_eq!(s.local_or_init(init), "first");
    assert_eq!(
        s.local_or_init(|| {
            runs.set(runs.get() + 1);
            "second".to_owned()
        }),
        "first"
    );
    assert_eq!(runs.get(), 1);
    assert_eq!(s.local().map(String::as_str), Some("first"));
    assert_eq!(s.set_local("late".to_owned()), Err("late".to_owned()));
    assert_eq!(s.local().map(String::as_str), Some("first"));

    let t = caches();
    assert_eq!(t.set_local("set".to_owned()), Ok(()));
    assert_eq!(t.local().map(String::as_str), Some("set"));
    assert_eq!(t.local_or_init(|| unreachable!("already set")), "set");
    assert_eq!(t.set_local("again".to_owned()), Err("again".to_owned()));
}

#[test]
fn once_lock_get_init_set() {
    let s = caches();
    assert_eq!(s.global(), None);
    let runs = AtomicUsize::new(0);
    let init = || {
        runs.fetch_add(1, Ordering::SeqCst);
        vec![1, 2]
    };
    assert_eq!(s.global_or_init(init), &[1, 2]);
    assert_eq!(s.global_or_init(|| vec![9]), &[1, 2]);
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    assert_eq!(s.global(), Some(&vec![1, 2]));
    assert_eq!(s.set_global(vec![3]), Err(vec![3]));

    let t = caches();
    assert_eq!(t.set_global(vec![4]), Ok(()));
    assert_eq!(t.global(), Some(&vec![4]));
    assert_eq!(t.set_global(vec![5]), Err(vec![5]));
}

#[derive(Interior, Default)]
#[interior(thread_safe)]
struct Table {
    #[once]
    rows: OnceLock<Vec<u32>>,
}

#[test]
fn once_lock_initializes_once_across_threads() {
    let s = Table::default();
    let runs = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for i in 0..4_u32 {
            let (s, runs) = (&s, &runs);
            scope.spawn(move || {
                let v = s.rows_or_init(|| {
                    runs.fetch_add(1, Ordering::SeqCst);
                    vec![i]
                });
                assert_eq!(v.len(), 1);
            });
        }
    });
    assert_eq!(runs.load(Ordering::SeqCst), 1);
    let winner = s.rows().expect("initialized")[0];
    assert!(winner < 4);
}

#[test]
fn default_ops() {
    let s = caches();
    assert_eq!(s.defaults(), None);
    assert_eq!(*s.defaults_or_init(|| 7), 7);
    assert_eq!(*s.defaults_or_init(|| 8), 7);
    assert_eq!(s.defaults(), Some(&7));
}

#[derive(Interior)]
struct ArcTable {
    #[once(get, set)]
    rows: Arc<OnceLock<Vec<u32>>>,
}

type Memo = OnceCell<String>;
type Global = OnceLock<u64>;

#[derive(Interior)]
struct Aliased {
    #[once(get, get_or_init, set)]
    memo: Memo,
    #[once(get, get_or_init, set)]
    global: Global,
    #[once(get, get_or_init, set)]
    shared: Arc<OnceLock<u16>>,
    #[once(get, set)]
    shared_alias: Arc<Global>,
}

fn aliased() -> Aliased {
    Aliased {
        memo: Memo::new(),
        global: Global::new(),
        shared: Arc::default(),
        shared_alias: Arc::default(),
    }
}

#[test]
fn type_aliases() {
    let s = aliased();
    assert_eq!(s.memo(), None);
    assert_eq!(s.memo_or_init(|| "m".to_owned()), "m");
    assert_eq!(s.memo_or_init(|| "n".to_owned()), "m");
    assert_eq!(s.set_memo("o".to_owned()), Err("o".to_owned()));
    assert_eq!(s.memo().map(String::as_str), Some("m"));

    assert_eq!(s.global(), None);
    assert_eq!(s.set_global(1), Ok(()));
    assert_eq!(s.set_global(2), Err(2));
    assert_eq!(*s.global_or_init(|| 3), 1);
    assert_eq!(s.global(), Some(&1));
}

#[test]
fn arc_once_lock_is_shared() {
    let a = aliased();
    let b = Aliased {
        shared: Arc::clone(&a.shared),
        shared_alias: Arc::clone(&a.shared_alias),
        ..aliased()
    };
    assert_eq!(b.shared(), None);
    assert_eq!(*a.shared_or_init(|| 5), 5);
    assert_eq!(b.shared(), Some(&5));
    assert_eq!(b.set_shared(6), Err(6));

    assert_eq!(a.set_shared_alias(10), Ok(()));
    assert_eq!(b.shared_alias(), Some(&10));
    assert_eq!(b.set_shared_alias(11), Err(11));

    // An `Arc<OnceLock>` held by two values on two threads.
    let mine = Table {
        rows: OnceLock::new(),
    };
    let shared = Arc::new(OnceLock::new());
    let theirs = ArcTable {
        rows: Arc::clone(&shared),
    };
    let ours = ArcTable { rows: shared };
    std::thread::spawn(move || assert_eq!(theirs.set_rows(vec![8]), Ok(())))
        .join()
        .expect("the thread did not panic");
    assert_eq!(ours.rows(), Some(&vec![8]));
    assert_eq!(mine.rows(), None);
}

/// `f` of the outer call writes the cell too: the outer call finds it written and panics, at
/// its own line, not inside core.
#[test]
fn reentrant_init_panics_at_callers_line() {
    let s = caches();
    let inner = || *s.defaults_or_init(|| 1);
    let line = line!() + 1;
    let caught = support::catch_panic(|| s.defaults_or_init(inner)).expect_err("reentrant");
    assert_eq!(
        (caught.file.as_str(), caught.line),
        (file!(), line),
        "{caught:?}"
    );
    assert_eq!(caught.message, "reentrant init");
    // The inner initialization stands.
    assert_eq!(s.defaults(), Some(&1));
}

type Defaults = OnceCell<u8>;

#[derive(Interior)]
struct AliasedCell {
    #[once]
    memo: Defaults,
    #[once]
    shared: std::rc::Rc<Defaults>,
}

#[test]
fn reentrant_init_of_an_alias_panics_at_callers_line() {
    let s = AliasedCell {
        memo: Defaults::new(),
        shared: std::rc::Rc::default(),
    };
    let inner = || *s.memo_or_init(|| 1);
    let line = line!() + 1;
    let caught = support::catch_panic(|| s.memo_or_init(inner)).expect_err("reentrant");
    assert_eq!(
        (caught.file.as_str(), caught.line),
        (file!(), line),
        "{caught:?}"
    );
    let inner = || *s.shared_or_init(|| 2);
    let line = line!() + 1;
    let caught = support::catch_panic(|| s.shared_or_init(inner)).expect_err("reentrant");
    assert_eq!(
        (caught.file.as_str(), caught.line),
        (file!(), line),
        "{caught:?}"
    );
    assert_eq!((s.memo(), s.shared()), (Some(&1), Some(&2)));
}
