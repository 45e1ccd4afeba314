//! The runtime on its own: contract types, and the `__private` pieces generated code calls,
//! exercised directly (also under miri: `cargo +nightly miri test -p interior`).

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use interior::__private::{self as private, CellField, OnceField, RefCellField};
use interior::ext::{AtomicBits, AtomicInteger, AtomicLike, MutexLike, RwLockLike};
use interior::{ContractClass, Mechanism};

#[test]
fn display_spellings_match_the_spec() {
    let mechanisms = [
        (Mechanism::Cell, "cell"),
        (Mechanism::RefCell, "refcell"),
        (Mechanism::Mutex, "mutex"),
        (Mechanism::RwLock, "rwlock"),
        (Mechanism::Atomic, "atomic"),
        (Mechanism::OnceCell, "once_cell"),
        (Mechanism::OnceLock, "once_lock"),
    ];
    for (mechanism, name) in mechanisms {
        assert_eq!(mechanism.to_string(), name);
        assert_eq!(mechanism.as_str(), name);
    }
    let classes = [
        (ContractClass::Bookkeeping, "bookkeeping"),
        (ContractClass::Cache, "cache"),
        (ContractClass::State, "state"),
    ];
    for (class, name) in classes {
        assert_eq!(class.to_string(), name);
    }
    // Display honours width and alignment, as the tour's table relies on.
    assert_eq!(format!("[{:<8}]", Mechanism::Cell), "[cell    ]");
}

#[test]
fn field_builds_a_contract() {
    let field: interior::FieldContract = private::field(
        "hits",
        Mechanism::Atomic,
        ContractClass::Bookkeeping,
        &["hits"],
        true,
        false,
    );
    assert_eq!(field.field, "hits");
    assert_eq!(field.mechanism, Mechanism::Atomic);
    assert_eq!(field.contract, ContractClass::Bookkeeping);
    assert_eq!(field.methods, ["hits"]);
    assert!(field.thread_safe);
    assert!(!field.weak);
}

#[test]
fn bound_helpers_behave_like_std() {
    // `Field` and `Op` are markers for the diagnostics only.
    let cell = Cell::new(7_u8);
    assert_eq!(private::cell_get::<(), (), _>(&cell), 7);
    assert_eq!(private::cell_update::<(), (), _>(&cell, |v| v + 1), 8);
    assert_eq!(private::cell_take::<(), (), _>(&cell), 8);
    assert_eq!(cell.get(), 0);
    let mut text = String::from("x");
    assert_eq!(private::clone::<(), (), _>(&text), "x");
    assert_eq!(private::take::<(), (), _>(&mut text), "x");
    assert!(text.is_empty());
}

#[test]
fn cell_and_refcell_fields_see_through_rc_and_arc() {
    let shared = Rc::new(Cell::new(1_i32));
    CellField::cell(&shared).set(2);
    assert_eq!(shared.get(), 2);
    const { assert!(!<Rc<Cell<i32>> as CellField>::THREAD_SAFE) };

    #[allow(clippy::arc_with_non_send_sync)] // `Arc` of a `!Sync` cell: what the impl must report
    let lines = Arc::new(RefCell::new(vec![1]));
    RefCellField::refcell(&lines).borrow_mut().push(2);
    assert_eq!(*lines.borrow(), [1, 2]);
    const { assert!(!<Arc<RefCell<Vec<i32>>> as RefCellField>::THREAD_SAFE) };
}

#[test]
fn once_field_covers_both_cells() {
    let cell: OnceCell<u8> = OnceCell::new();
    assert_eq!(OnceField::once_get(&cell), None);
    assert_eq!(*OnceField::once_get_or_init(&cell, || 1), 1);
    assert_eq!(OnceField::once_set(&cell, 2), Err(2));
    assert_eq!(<OnceCell<u8> as OnceField>::MECHANISM, Mechanism::OnceCell);

    let lock: Arc<OnceLock<u8>> = Arc::default();
    assert_eq!(OnceField::once_set(&lock, 3), Ok(()));
    assert_eq!(OnceField::once_get(&lock), Some(&3));
    assert_eq!(
        <Arc<OnceLock<u8>> as OnceField>::MECHANISM,
        Mechanism::OnceLock
    );
    const { assert!(<Arc<OnceLock<u8>> as OnceField>::THREAD_SAFE) };
    const { assert!(!<Rc<OnceLock<u8>> as OnceField>::THREAD_SAFE) };
}

#[test]
fn lock_fields_lock_and_recover() {
    let mutex = Arc::new(Mutex::new(1));
    *private::unpoison_guard(MutexLike::lock(&mutex), false, "S", "m") += 1;
    assert_eq!(*mutex.lock().unwrap(), 2);

    let rwlock = RwLock::new(String::from("a"));
    private::unpoison_guard(RwLockLike::write(&rwlock), false, "S", "r").push('b');
    assert_eq!(
        *private::unpoison_guard(RwLockLike::read(&rwlock), false, "S", "r"),
        "ab"
    );

    // Poison the mutex, then recover, then panic with the struct and field named.
    let poisoned = Mutex::new(5);
    let _ = std::panic::catch_unwind(|| {
        let _guard = poisoned.lock().unwrap();
        panic!("poison it");
    });
    assert!(poisoned.is_poisoned());
    assert!(MutexLike::lock(&poisoned).is_err());
    assert_eq!(
        *private::unpoison_guard(MutexLike::lock(&poisoned), true, "S", "m"),
        5
    );
    let message = std::panic::catch_unwind(|| {
        drop(private::unpoison_guard(
            MutexLike::lock(&poisoned),
            false,
            "Server",
            "log",
        ));
    })
    .expect_err("a poisoned lock under `panic` panics");
    let message = message
        .downcast_ref::<String>()
        .expect("a formatted message");
    assert!(message.contains("`Server::log`"), "{message}");
    assert!(message.contains("poisoned"), "{message}");
}

#[test]
fn atomic_fields_forward_every_operation() {
    let n = Arc::new(AtomicU64::new(5));
    assert_eq!(AtomicLike::load(&n, Ordering::SeqCst), 5);
    AtomicLike::store(&n, 6, Ordering::SeqCst);
    assert_eq!(AtomicLike::swap(&n, 7, Ordering::SeqCst), 6);
    assert_eq!(
        AtomicLike::compare_exchange(&n, 7, 8, Ordering::SeqCst, Ordering::SeqCst),
        Ok(7)
    );
    assert_eq!(
        AtomicLike::compare_exchange(&n, 7, 9, Ordering::SeqCst, Ordering::SeqCst),
        Err(8)
    );
    assert_eq!(AtomicInteger::fetch_add(&n, 2, Ordering::SeqCst), 8);
    assert_eq!(AtomicInteger::fetch_sub(&n, 1, Ordering::SeqCst), 10);
    assert_eq!(AtomicInteger::fetch_max(&n, 20, Ordering::SeqCst), 9);
    assert_eq!(AtomicInteger::fetch_min(&n, 3, Ordering::SeqCst), 20);
    assert_eq!(AtomicBits::fetch_and(&n, 1, Ordering::SeqCst), 3);
    assert_eq!(AtomicBits::fetch_or(&n, 6, Ordering::SeqCst), 1);
    assert_eq!(AtomicBits::fetch_xor(&n, 7, Ordering::SeqCst), 7);
    assert_eq!(n.load(Ordering::SeqCst), 0);

    let flag = AtomicBool::new(false);
    assert!(!AtomicBits::fetch_or(&flag, true, Ordering::Relaxed));
    assert!(AtomicLike::load(&flag, Ordering::Relaxed));

    let signed = AtomicI32::new(-1);
    let mut current = AtomicLike::load(&signed, Ordering::Relaxed);
    while let Err(actual) = AtomicLike::compare_exchange_weak(
        &signed,
        current,
        current * 3,
        Ordering::Relaxed,
        Ordering::Relaxed,
    ) {
        current = actual;
    }
    assert_eq!(signed.load(Ordering::Relaxed), -3);
    const { assert!(<AtomicI32 as AtomicLike>::THREAD_SAFE) };
    const { assert!(<Arc<AtomicI32> as AtomicLike>::THREAD_SAFE) };
    const { assert!(!<Rc<AtomicI32> as AtomicLike>::THREAD_SAFE) };
    const { assert!(!<Rc<Mutex<u8>> as MutexLike>::THREAD_SAFE) };
    const { assert!(<Arc<RwLock<u8>> as RwLockLike>::THREAD_SAFE) };
}

#[test]
fn assert_thread_safe_is_callable_in_const() {
    const _: () = private::assert_thread_safe::<Mutex<Vec<u8>>>();
}
