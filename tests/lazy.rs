//! `LazyCell` and `LazyLock` under `#[once]` (SPEC §8): `x()` forces the value; the
//! initializer runs once, also across threads; a panicking initializer makes every later call
//! panic.

#![allow(missing_docs)]

mod support;

use std::cell::{Cell, LazyCell};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;
use std::thread;

use interior::{Interior, Mechanism};
use support::catch_panic;

thread_local! {
    static CELL_RUNS: Cell<usize> = const { Cell::new(0) };
}

fn count_cell_run() -> Vec<u32> {
    CELL_RUNS.with(|runs| runs.set(runs.get() + 1));
    vec![1, 2, 3]
}

static LOCK_RUNS: AtomicUsize = AtomicUsize::new(0);

fn count_lock_run() -> String {
    LOCK_RUNS.fetch_add(1, Ordering::SeqCst);
    // Long enough for every thread to arrive while it runs.
    thread::sleep(std::time::Duration::from_millis(20));
    "computed".to_owned()
}

#[derive(Interior)]
struct Lazies {
    #[once(contract = "cache")]
    primes: LazyCell<Vec<u32>>,
    #[once]
    banner: LazyLock<String>,
    #[once(rename = "squares")]
    closure: LazyCell<Vec<u64>, Box<dyn FnOnce() -> Vec<u64>>>,
}

#[test]
fn the_initializer_runs_once() {
    let before = CELL_RUNS.with(Cell::get);
    let s = Lazies {
        primes: LazyCell::new(count_cell_run),
        banner: LazyLock::new(|| "hi".to_owned()),
        closure: LazyCell::new(Box::new(|| (1..=3).map(|n| n * n).collect())),
    };
    assert_eq!(
        CELL_RUNS.with(Cell::get),
        before,
        "not run before the first call"
    );
    assert_eq!(s.primes(), &[1, 2, 3]);
    assert_eq!(s.primes().len(), 3);
    assert_eq!(CELL_RUNS.with(Cell::get), before + 1, "run once");
    assert_eq!(s.banner(), "hi");
    assert_eq!(s.squares(), &[1, 4, 9]);
}

#[derive(Interior)]
#[interior(thread_safe)]
struct Shared {
    #[once]
    text: LazyLock<String>,
}

#[test]
fn a_lazy_lock_runs_its_initializer_once_across_threads() {
    let s = Shared {
        text: LazyLock::new(count_lock_run),
    };
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| assert_eq!(s.text(), "computed"));
        }
    });
    assert_eq!(LOCK_RUNS.load(Ordering::SeqCst), 1);
}

#[derive(Interior)]
struct Failing {
    #[once]
    value: LazyCell<u8>,
}

#[test]
fn a_panicking_initializer_makes_later_calls_panic() {
    let init_line = line!() + 2;
    let s = Failing {
        value: LazyCell::new(|| panic!("the initializer failed")),
    };
    let first = catch_panic(|| *s.value()).expect_err("the initializer panics");
    assert_eq!(
        (first.message.as_str(), first.file.as_str(), first.line),
        ("the initializer failed", file!(), init_line),
        "the initializer's own panic, where it was raised"
    );
    let later = catch_panic(|| *s.value()).expect_err("a poisoned lazy cell panics again");
    assert!(later.message.contains("poisoned"), "{}", later.message);
}

#[test]
fn fields_report_their_lazy_mechanism() {
    let mechanisms: Vec<(Mechanism, bool)> = Lazies::FIELDS
        .iter()
        .map(|f| (f.mechanism, f.thread_safe))
        .collect();
    assert_eq!(
        mechanisms,
        [
            (Mechanism::LazyCell, false),
            (Mechanism::LazyLock, true),
            (Mechanism::LazyCell, false),
        ]
    );
    assert_eq!(Lazies::FIELDS[0].methods, ["primes"]);
    assert_eq!(
        format!("{} {}", Mechanism::LazyCell, Mechanism::LazyLock),
        "lazy_cell lazy_lock"
    );
}
