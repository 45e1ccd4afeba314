//! Run-time behaviour of `#[sync]` on atomics: every atomic type and op, the three orderings at
//! field and struct level, contention, type aliases and `Arc<AtomicU64>`.

#![allow(missing_docs)]

use std::sync::atomic::{
    AtomicBool, AtomicI16, AtomicI32, AtomicI64, AtomicI8, AtomicIsize, AtomicU16, AtomicU32,
    AtomicU64, AtomicU8, AtomicUsize, Ordering,
};
use std::sync::Arc;
use std::thread;
use std::time::Instant;

use interior::Interior;

/// One integer atomic under one struct-level ordering: every op, checked step by step.
macro_rules! integer_case {
    ($atomic:ident, $int:ty, $ordering:literal) => {{
        #[derive(Interior)]
        #[interior(ordering = $ordering)]
        struct Value {
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
                fetch_xor
            )]
            v: $atomic,
            #[sync]
            d: $atomic,
        }

        let s = Value {
            v: $atomic::new(5),
            d: $atomic::new(1),
        };
        assert_eq!(s.v(), 5);
        s.set_v(6);
        assert_eq!(s.v(), 6);
        assert_eq!(s.replace_v(7), 6);
        // `update` returns the new value.
        assert_eq!(s.update_v(|x| x * 2), 14);
        assert_eq!(s.v(), 14);
        assert_eq!(s.compare_exchange_v(14, 3), Ok(14));
        assert_eq!(s.compare_exchange_v(14, 9), Err(3));
        assert_eq!(s.v(), 3);
        assert_eq!(s.fetch_add_v(4), 3);
        assert_eq!(s.fetch_sub_v(2), 7);
        assert_eq!(s.fetch_max_v(9), 5);
        assert_eq!(s.fetch_max_v(1), 9);
        assert_eq!(s.fetch_min_v(2), 9);
        assert_eq!(s.fetch_min_v(8), 2);
        assert_eq!(s.v(), 2);
        assert_eq!(s.fetch_or_v(0b1100), 0b0010);
        assert_eq!(s.fetch_and_v(0b1010), 0b1110);
        assert_eq!(s.fetch_xor_v(0b0110), 0b1010);
        assert_eq!(s.v(), 0b1100);
        // `fetch_add` and `fetch_sub` wrap.
        s.set_v(<$int>::MAX);
        assert_eq!(s.fetch_add_v(1), <$int>::MAX);
        assert_eq!(s.v(), <$int>::MIN);
        assert_eq!(s.fetch_sub_v(1), <$int>::MIN);
        assert_eq!(s.v(), <$int>::MAX);
        assert_eq!(s.v.load(Ordering::SeqCst), <$int>::MAX);

        // The default ops.
        assert_eq!(s.d(), 1);
        s.set_d(2);
        assert_eq!(s.replace_d(3), 2);
        assert_eq!(s.update_d(|x| x + 1), 4);
        assert_eq!(s.d(), 4);
    }};
}

macro_rules! integer_tests {
    ($($test:ident: $atomic:ident($int:ty);)*) => {$(
        #[test]
        fn $test() {
            integer_case!($atomic, $int, "seq_cst");
            integer_case!($atomic, $int, "acq_rel");
            integer_case!($atomic, $int, "relaxed");
        }
    )*};
}

integer_tests! {
    atomic_i8: AtomicI8(i8);
    atomic_i16: AtomicI16(i16);
    atomic_i32: AtomicI32(i32);
    atomic_i64: AtomicI64(i64);
    atomic_isize: AtomicIsize(isize);
    atomic_u8: AtomicU8(u8);
    atomic_u16: AtomicU16(u16);
    atomic_u32: AtomicU32(u32);
    atomic_u64: AtomicU64(u64);
    atomic_usize: AtomicUsize(usize);
}

#[test]
fn signed_max_and_min_compare_as_signed() {
    #[derive(Interior)]
    struct Signed {
        #[sync(get, fetch_max, fetch_min)]
        v: AtomicI32,
    }
    let s = Signed {
        v: AtomicI32::new(-5),
    };
    assert_eq!(s.fetch_max_v(-7), -5);
    assert_eq!(s.v(), -5);
    assert_eq!(s.fetch_min_v(-7), -5);
    assert_eq!(s.v(), -7);
}

#[derive(Interior)]
struct Flags {
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_and,
        fetch_or,
        fetch_xor
    )]
    on: AtomicBool,
    #[sync(get, update, fetch_xor, ordering = "acq_rel")]
    acq: AtomicBool,
    #[sync(get, compare_exchange, fetch_or, ordering = "relaxed")]
    rlx: AtomicBool,
}

#[test]
fn atomic_bool() {
    let s = Flags {
        on: AtomicBool::new(false),
        acq: AtomicBool::new(false),
        rlx: AtomicBool::new(false),
    };
    assert!(!s.on());
    s.set_on(true);
    assert!(s.on());
    assert!(s.replace_on(false));
    assert!(s.update_on(|b| !b));
    assert!(s.on());
    assert_eq!(s.compare_exchange_on(true, false), Ok(true));
    assert_eq!(s.compare_exchange_on(true, true), Err(false));
    assert!(!s.fetch_or_on(true));
    assert!(s.fetch_and_on(false));
    assert!(!s.on());
    assert!(!s.fetch_xor_on(true));
    assert!(s.fetch_xor_on(true));
    assert!(!s.on());

    assert!(s.update_acq(|b| !b));
    assert!(s.fetch_xor_acq(true));
    assert!(!s.acq());
    assert!(!s.fetch_or_rlx(true));
    assert_eq!(s.compare_exchange_rlx(true, false), Ok(true));
    assert!(!s.rlx());
}

#[derive(Interior, Default)]
struct FieldOrderings {
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_add,
        ordering = "seq_cst"
    )]
    seq: AtomicU64,
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_add,
        ordering = "acq_rel"
    )]
    acq: AtomicU64,
    #[sync(
        get,
        set,
        replace,
        update,
        compare_exchange,
        fetch_add,
        ordering = "relaxed"
    )]
    rlx: AtomicU64,
}

#[test]
fn field_level_orderings() {
    let s = FieldOrderings::default();
    s.set_seq(1);
    s.set_acq(2);
    s.set_rlx(3);
    assert_eq!((s.seq(), s.acq(), s.rlx()), (1, 2, 3));
    assert_eq!(s.replace_seq(10), 1);
    assert_eq!(s.replace_acq(20), 2);
    assert_eq!(s.replace_rlx(30), 3);
    assert_eq!(s.update_seq(|v| v + 1), 11);
    assert_eq!(s.update_acq(|v| v + 1), 21);
    assert_eq!(s.update_rlx(|v| v + 1), 31);
    assert_eq!(s.compare_exchange_seq(11, 0), Ok(11));
    assert_eq!(s.compare_exchange_acq(0, 1), Err(21));
    assert_eq!(s.compare_exchange_rlx(31, 0), Ok(31));
    assert_eq!(s.fetch_add_seq(5), 0);
    assert_eq!(s.fetch_add_acq(5), 21);
    assert_eq!(s.fetch_add_rlx(5), 0);
    assert_eq!((s.seq(), s.acq(), s.rlx()), (5, 26, 5));
}

#[derive(Interior, Default)]
#[interior(ordering = "relaxed")]
struct StructOrdering {
    #[sync(get, update, fetch_add)]
    inherits: AtomicUsize,
    #[sync(get, update, fetch_add, ordering = "seq_cst")]
    overrides: AtomicUsize,
    #[sync(with_mut)]
    lock: std::sync::Mutex<usize>,
}

#[test]
fn struct_level_ordering_with_field_override() {
    let s = StructOrdering::default();
    assert_eq!(s.fetch_add_inherits(2), 0);
    assert_eq!(s.update_inherits(|v| v * 3), 6);
    assert_eq!(s.fetch_add_overrides(4), 0);
    assert_eq!(s.update_overrides(|v| v - 1), 3);
    assert_eq!((s.inherits(), s.overrides()), (6, 3));
    // The struct-level ordering leaves non-atomic fields alone.
    assert_eq!(s.with_lock_mut(|v| std::mem::replace(v, 1)), 0);
}

#[cfg(not(miri))]
const ITERATIONS: u64 = 100_000;
#[cfg(miri)]
const ITERATIONS: u64 = 100;
const THREADS: u64 = 4;

#[derive(Interior, Default)]
#[interior(thread_safe)]
struct Counters {
    #[sync(get, update, fetch_add, ordering = "seq_cst")]
    seq: AtomicU64,
    #[sync(get, update, fetch_add, ordering = "acq_rel")]
    acq: AtomicU64,
    #[sync(get, update, fetch_add, ordering = "relaxed")]
    rlx: AtomicU64,
}

fn hammer<R>(what: &str, bump: impl Fn() -> R + Sync) {
    let start = Instant::now();
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| {
                for _ in 0..ITERATIONS {
                    bump();
                }
            });
        }
    });
    println!(
        "{what}: {THREADS} threads x {ITERATIONS} increments in {:?}",
        start.elapsed()
    );
}

#[test]
fn contention_update_loses_no_increment() {
    let s = Counters::default();
    hammer("update seq_cst", || s.update_seq(|v| v + 1));
    hammer("update acq_rel", || s.update_acq(|v| v + 1));
    hammer("update relaxed", || s.update_rlx(|v| v + 1));
    let total = THREADS * ITERATIONS;
    assert_eq!((s.seq(), s.acq(), s.rlx()), (total, total, total));
}

#[test]
fn contention_fetch_add_loses_no_increment() {
    let s = Counters::default();
    hammer("fetch_add seq_cst", || s.fetch_add_seq(1));
    hammer("fetch_add acq_rel", || s.fetch_add_acq(1));
    hammer("fetch_add relaxed", || s.fetch_add_rlx(1));
    let total = THREADS * ITERATIONS;
    assert_eq!((s.seq(), s.acq(), s.rlx()), (total, total, total));
}

type Hits = AtomicU64;
type Flag = AtomicBool;

#[derive(Interior, Default)]
struct Aliased {
    #[sync(
        kind = "atomic",
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
        fetch_xor
    )]
    hits: Hits,
    #[sync(kind = "atomic", get, set, update, fetch_xor, ordering = "acq_rel")]
    flag: Flag,
    #[sync(kind = "atomic", get, fetch_add)]
    shared: Arc<Hits>,
}

#[test]
fn type_alias_with_kind() {
    let s = Aliased::default();
    s.set_hits(5);
    assert_eq!(s.replace_hits(6), 5);
    assert_eq!(s.update_hits(|v| v + 1), 7);
    assert_eq!(s.compare_exchange_hits(7, 8), Ok(7));
    assert_eq!(s.compare_exchange_hits(7, 9), Err(8));
    assert_eq!(s.fetch_add_hits(2), 8);
    assert_eq!(s.fetch_sub_hits(1), 10);
    assert_eq!(s.fetch_max_hits(20), 9);
    assert_eq!(s.fetch_min_hits(3), 20);
    assert_eq!(s.fetch_or_hits(0b1000), 3);
    assert_eq!(s.fetch_and_hits(0b1001), 0b1011);
    assert_eq!(s.fetch_xor_hits(0b1111), 0b1001);
    assert_eq!(s.hits(), 0b0110);

    s.set_flag(true);
    assert!(!s.update_flag(|b| !b));
    assert!(!s.fetch_xor_flag(true));
    assert!(s.flag());

    assert_eq!(s.fetch_add_shared(3), 0);
    assert_eq!(s.shared(), 3);
}

#[derive(Interior)]
struct Shared {
    #[sync(get, set, update, fetch_add)]
    total: Arc<AtomicU64>,
}

#[test]
fn arc_atomic_is_shared_across_threads() {
    let a = Shared {
        total: Arc::new(AtomicU64::new(0)),
    };
    let handles: Vec<_> = (0..THREADS)
        .map(|_| {
            let b = Shared {
                total: Arc::clone(&a.total),
            };
            thread::spawn(move || {
                for _ in 0..ITERATIONS / 10 {
                    b.fetch_add_total(1);
                    b.update_total(|v| v + 1);
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("the thread did not panic");
    }
    assert_eq!(a.total(), THREADS * ITERATIONS / 10 * 2);
    a.set_total(0);
    assert_eq!(a.total.load(Ordering::SeqCst), 0);
}
