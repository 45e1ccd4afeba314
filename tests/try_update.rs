//! SPEC §16: `try_update` on atomics (a compare-and-swap loop, `f` may run again) and on a
//! `Cell` (`f` runs once), including under contention.

#![allow(missing_docs)]

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

use interior::Interior;

#[derive(Interior, Default)]
struct Budget {
    #[cell(get, try_update)]
    left: Cell<u32>,
    #[sync(get, try_update)]
    tickets: AtomicU8,
    #[sync(get, try_update(ordering = "acq_rel"))]
    balance: AtomicI64,
    #[sync(get, try_update)]
    open: AtomicBool,
    #[sync(kind = "atomic", get, try_update)]
    shared: Arc<AtomicUsize>,
}

#[test]
fn cell_try_update_stores_or_leaves_alone() {
    let b = Budget::default();
    b.left.set(2);
    assert_eq!(b.try_update_left(|n| n.checked_sub(1)), Some(1));
    assert_eq!(b.try_update_left(|n| n.checked_sub(1)), Some(0));
    assert_eq!(b.try_update_left(|n| n.checked_sub(1)), None);
    assert_eq!(b.left(), 0);
    // `FnOnce`: a closure that moves what it captured.
    let label = String::from("x");
    assert_eq!(
        b.try_update_left(move |n| (label.len() == 1).then_some(n + 5)),
        Some(5)
    );
}

#[test]
fn atomic_try_update_is_a_checked_update() {
    let b = Budget::default();
    b.tickets.store(254, Ordering::Relaxed);
    assert_eq!(b.try_update_tickets(|n| n.checked_add(1)), Some(255));
    assert_eq!(b.try_update_tickets(|n| n.checked_add(1)), None);
    assert_eq!(b.tickets(), 255);

    assert_eq!(b.try_update_balance(|n| n.checked_sub(10)), Some(-10));
    assert_eq!(b.try_update_balance(|n| (n >= 0).then_some(0)), None);
    assert_eq!(b.balance(), -10);

    assert_eq!(b.try_update_open(|o| (!o).then_some(true)), Some(true));
    assert_eq!(b.try_update_open(|o| (!o).then_some(true)), None);
    assert!(b.open());

    assert_eq!(b.try_update_shared(|n| Some(n + 3)), Some(3));
    assert_eq!(b.shared(), 3);
}

#[derive(Interior, Default)]
#[interior(thread_safe)]
struct Tickets {
    #[sync(get, try_update(ordering = "acq_rel"))]
    left: AtomicU8,
}

#[test]
fn atomic_try_update_loses_nothing_under_contention() {
    // Four threads take tickets with a checked decrement until none are left: exactly as many
    // succeed as there were tickets, and the counter never wraps below zero.
    let b = Tickets::default();
    b.left.store(200, Ordering::Relaxed);
    let taken = AtomicUsize::new(0);
    let calls = AtomicUsize::new(0);
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..100 {
                    let got = b.try_update_left(|n| {
                        calls.fetch_add(1, Ordering::Relaxed);
                        n.checked_sub(1)
                    });
                    if got.is_some() {
                        taken.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    assert_eq!(taken.load(Ordering::Relaxed), 200);
    assert_eq!(b.left(), 0);
    // 400 calls, each of which ran `f` at least once (more when another thread got in first).
    assert!(calls.load(Ordering::Relaxed) >= 400);
}
