//! Derived accessors against the equivalent std calls written by hand.
//!
//! One `#[inline(never)]` function per (op, variant) loops `n` times; `bench/runtime.sh` runs the
//! binary under callgrind and divides each function's inclusive instruction count by `n`.
//! Every iteration passes the struct through `black_box`, so no load or store can be hoisted
//! out of the loop, in either variant alike.

use std::cell::{Cell, LazyCell, OnceCell, RefCell};
use std::hint::black_box;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError, RwLock};

use interior::ext::MutexLike;
use interior::Interior;

/// A user's own lock newtype, reached through `interior::ext::MutexLike`.
pub struct Locked<T>(Mutex<T>);

impl<T> MutexLike for Locked<T> {
    type Value = T;
    type Guard<'a>
        = MutexGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn lock(&self) -> Result<MutexGuard<'_, T>, MutexGuard<'_, T>> {
        self.0.lock().map_err(PoisonError::into_inner)
    }
}

/// Polls `future` once on a no-op waker, and whether it finished: an uncontended tokio lock is
/// ready at once.
#[inline]
fn poll_once<F: std::future::Future>(future: F) -> bool {
    let mut future = std::pin::pin!(future);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    future.as_mut().poll(&mut cx).is_ready()
}

/// The `init` of `computed`.
#[inline]
fn seven<S>(_: &S) -> u64 {
    7
}

/// A type alias, which the derive cannot see through.
pub type Tally = Mutex<u64>;

#[derive(Interior)]
pub struct Derived {
    #[cell(get, set, replace, update, get_mut)]
    hits: Cell<u64>,
    #[cell(set(into))]
    ratio: Cell<u64>,
    #[weak]
    parent: RefCell<Weak<u64>>,
    /// What `parent` links to, kept alive here.
    target: Rc<u64>,
    #[once]
    lazy: LazyCell<u64>,
    #[refcell(with, with_mut, borrow_mut, set)]
    lines: RefCell<Vec<String>>,
    #[sync(with, with_mut, set, replace, get_mut)]
    total: Mutex<u64>,
    #[sync]
    table: RwLock<u64>,
    /// An alias the macro cannot read: reached through `interior::ext::MutexLike`.
    #[sync(kind = "mutex")]
    tally: Tally,
    #[sync(get, update, fetch_add)]
    count: AtomicU64,
    #[once]
    cached: OnceCell<u64>,
    #[once]
    shared: OnceLock<u64>,
    #[sync(get(ordering = "acquire"), fetch_add(ordering = "relaxed"), try_update)]
    ordered: AtomicU64,
    #[cell(try_update)]
    budget: Cell<u64>,
    #[once(init = "seven")]
    computed: OnceCell<u64>,
    #[sync(kind = "mutex", with_mut)]
    locked: Locked<u64>,
    #[sync(get)]
    head: AtomicPtr<u64>,
    #[sync(get, with, set)]
    snapshot: arc_swap::ArcSwap<u64>,
    #[sync(with_mut)]
    jobs: tokio::sync::Mutex<u64>,
}

/// The same fields, reached with the std calls a user would write.
pub struct Hand {
    hits: Cell<u64>,
    ratio: Cell<u64>,
    parent: RefCell<Weak<u64>>,
    target: Rc<u64>,
    lazy: LazyCell<u64>,
    lines: RefCell<Vec<String>>,
    total: Mutex<u64>,
    table: RwLock<u64>,
    tally: Tally,
    count: AtomicU64,
    cached: OnceCell<u64>,
    shared: OnceLock<u64>,
    ordered: AtomicU64,
    budget: Cell<u64>,
    computed: OnceCell<u64>,
    locked: Locked<u64>,
    head: AtomicPtr<u64>,
    snapshot: arc_swap::ArcSwap<u64>,
    jobs: tokio::sync::Mutex<u64>,
}

macro_rules! fresh {
    ($ty:ident) => {
        $ty {
            hits: Cell::new(0),
            ratio: Cell::new(0),
            parent: RefCell::new(Weak::new()),
            target: Rc::new(7),
            lazy: LazyCell::new(|| 42),
            lines: RefCell::new(Vec::new()),
            total: Mutex::new(0),
            table: RwLock::new(0),
            tally: Mutex::new(0),
            count: AtomicU64::new(0),
            cached: OnceCell::new(),
            shared: OnceLock::new(),
            ordered: AtomicU64::new(0),
            budget: Cell::new(0),
            computed: OnceCell::new(),
            locked: Locked(Mutex::new(0)),
            head: AtomicPtr::new(std::ptr::null_mut()),
            snapshot: arc_swap::ArcSwap::from_pointee(7),
            jobs: tokio::sync::Mutex::new(0),
        }
    };
}

/// `name(s, n)`: `n` times, `body` on a `black_box`ed `&$ty`. The leading `black_box($id)`
/// keeps LLVM's function merging from folding a derived function into its identical hand
/// twin, which would leave one of the two with no instructions of its own; it costs two or
/// three instructions per call, not per iteration.
macro_rules! bench {
    ($($name:ident($id:literal, $ty:ident) = |$s:ident, $i:ident| $body:expr;)*) => {
        $(
            #[inline(never)]
            fn $name(s: &$ty, n: u64) {
                black_box($id);
                for $i in 0..n {
                    let $s: &$ty = black_box(s);
                    #[allow(clippy::unit_arg)]
                    black_box($body);
                }
            }
        )*
        /// (op, variant, function) for each benchmark, in the table's order.
        const BENCHES: &[(&str, Variant)] = &[$((stringify!($name), Variant::of(stringify!($name))),)*];
        fn run(name: &str, n: u64) {
            let d = fresh!(Derived);
            let h = fresh!(Hand);
            $(
                if name == "all" || name == stringify!($name) {
                    run_one(stringify!($name), n, || dispatch!($ty, $name, &d, &h, n));
                }
            )*
        }
    };
}

/// `bench!` for accessors of `&mut self` (`get_mut`): the struct passes through `black_box`
/// as `&mut`.
macro_rules! bench_mut {
    ($($name:ident($id:literal, $ty:ident) = |$s:ident, $i:ident| $body:expr;)*) => {
        $(
            #[inline(never)]
            fn $name(s: &mut $ty, n: u64) {
                black_box($id);
                for $i in 0..n {
                    let $s: &mut $ty = black_box(&mut *s);
                    #[allow(clippy::unit_arg)]
                    black_box($body);
                }
            }
        )*
        const BENCHES_MUT: &[(&str, Variant)] = &[$((stringify!($name), Variant::of(stringify!($name))),)*];
        fn run_mut(name: &str, n: u64) {
            let mut d = fresh!(Derived);
            let mut h = fresh!(Hand);
            $(
                if name == "all" || name == stringify!($name) {
                    run_one(stringify!($name), n, || dispatch!($ty, $name, &mut d, &mut h, n));
                }
            )*
        }
    };
}

macro_rules! dispatch {
    (Derived, $name:ident, $d:expr, $h:expr, $n:expr) => {
        $name($d, $n)
    };
    (Hand, $name:ident, $d:expr, $h:expr, $n:expr) => {
        $name($h, $n)
    };
}

#[derive(Clone, Copy)]
enum Variant {
    Derived,
    Hand,
    Baseline,
}

impl Variant {
    const fn of(name: &str) -> Variant {
        match name.as_bytes() {
            [b'd', ..] => Variant::Derived,
            [b'h', ..] => Variant::Hand,
            _ => Variant::Baseline,
        }
    }
}

fn run_one(name: &str, n: u64, f: impl FnOnce()) {
    f();
    eprintln!("ran {name} x {n}");
}

bench! {
    // The loop and black_box alone: subtracted nowhere, printed for reference.
    baseline_loop(0, Hand) = |s, _i| s;

    derived_cell_get(1, Derived) = |s, _i| s.hits();
    hand_cell_get(2, Hand) = |s, _i| s.hits.get();
    derived_cell_set(3, Derived) = |s, i| s.set_hits(i);
    hand_cell_set(4, Hand) = |s, i| s.hits.set(i);
    derived_cell_update(5, Derived) = |s, _i| s.update_hits(|v| v + 1);
    hand_cell_update(6, Hand) = |s, _i| {
        let new = s.hits.get() + 1;
        s.hits.set(new);
        new
    };

    derived_refcell_with(7, Derived) = |s, _i| s.with_lines(|l| l.len());
    hand_refcell_with(8, Hand) = |s, _i| {
        let l = s.lines.borrow();
        l.len()
    };
    derived_refcell_with_mut(9, Derived) = |s, _i| s.with_lines_mut(|l| {
        l.push(String::new());
        l.clear();
    });
    hand_refcell_with_mut(10, Hand) = |s, _i| {
        let mut l = s.lines.borrow_mut();
        l.push(String::new());
        l.clear();
    };
    derived_refcell_borrow_mut(11, Derived) = |s, _i| {
        let mut l = s.borrow_lines_mut();
        l.push(String::new());
        l.clear();
    };
    hand_refcell_borrow_mut(12, Hand) = |s, _i| {
        let mut l = s.lines.borrow_mut();
        l.push(String::new());
        l.clear();
    };
    derived_refcell_set(13, Derived) = |s, _i| s.set_lines(Vec::new());
    hand_refcell_set(14, Hand) = |s, _i| drop(s.lines.replace(Vec::new()));

    derived_mutex_with_mut(15, Derived) = |s, _i| s.with_total_mut(|t| *t += 1);
    hand_mutex_with_mut(16, Hand) = |s, _i| {
        let mut t = s.total.lock().unwrap();
        *t += 1;
    };
    derived_mutex_alias_with_mut(29, Derived) = |s, _i| s.with_tally_mut(|t| *t += 1);
    hand_mutex_alias_with_mut(30, Hand) = |s, _i| {
        let mut t = s.tally.lock().unwrap();
        *t += 1;
    };
    derived_rwlock_with(17, Derived) = |s, _i| s.with_table(|t| *t);
    hand_rwlock_with(18, Hand) = |s, _i| {
        let t = s.table.read().unwrap();
        *t
    };

    derived_atomic_get(19, Derived) = |s, _i| s.count();
    hand_atomic_get(20, Hand) = |s, _i| s.count.load(Ordering::SeqCst);
    derived_atomic_update(21, Derived) = |s, _i| s.update_count(|v| v + 1);
    hand_atomic_update(22, Hand) = |s, _i| {
        let mut current = s.count.load(Ordering::SeqCst);
        loop {
            let new = current + 1;
            match s.count.compare_exchange_weak(current, new, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => break new,
                Err(actual) => current = actual,
            }
        }
    };
    derived_atomic_fetch_add(23, Derived) = |s, _i| s.fetch_add_count(1);
    hand_atomic_fetch_add(24, Hand) = |s, _i| s.count.fetch_add(1, Ordering::SeqCst);

    derived_oncecell_or_init(25, Derived) = |s, _i| *s.cached_or_init(|| 42);
    hand_oncecell_or_init(26, Hand) = |s, _i| *s.cached.get_or_init(|| 42);
    derived_oncelock_or_init(27, Derived) = |s, _i| *s.shared_or_init(|| 42);
    hand_oncelock_or_init(28, Hand) = |s, _i| *s.shared.get_or_init(|| 42);

    derived_weak_get(31, Derived) = |s, _i| s.parent();
    hand_weak_get(32, Hand) = |s, _i| s.parent.borrow().upgrade();
    derived_weak_set(33, Derived) = |s, _i| s.set_parent(&s.target);
    hand_weak_set(34, Hand) = |s, _i| *s.parent.borrow_mut() = Rc::downgrade(&s.target);
    derived_lazy_get(35, Derived) = |s, _i| *s.lazy();
    hand_lazy_get(36, Hand) = |s, _i| *LazyCell::force(&s.lazy);
    derived_cell_set_into(37, Derived) = |s, i| s.set_ratio(truncated(i));
    hand_cell_set_into(38, Hand) = |s, i| s.ratio.set(u64::from(truncated(i)));

    derived_atomic_get_acquire(43, Derived) = |s, _i| s.ordered();
    hand_atomic_get_acquire(44, Hand) = |s, _i| s.ordered.load(Ordering::Acquire);
    derived_atomic_fetch_add_relaxed(45, Derived) = |s, _i| s.fetch_add_ordered(1);
    hand_atomic_fetch_add_relaxed(46, Hand) = |s, _i| s.ordered.fetch_add(1, Ordering::Relaxed);
    derived_atomic_try_update(47, Derived) = |s, _i| s.try_update_ordered(|v| v.checked_add(1));
    hand_atomic_try_update(48, Hand) = |s, _i| {
        let mut current = s.ordered.load(Ordering::SeqCst);
        loop {
            let Some(new) = current.checked_add(1) else { break None };
            match s.ordered.compare_exchange_weak(current, new, Ordering::SeqCst, Ordering::SeqCst) {
                Ok(_) => break Some(new),
                Err(actual) => current = actual,
            }
        }
    };
    derived_cell_try_update(49, Derived) = |s, _i| s.try_update_budget(|v| v.checked_add(1));
    hand_cell_try_update(50, Hand) = |s, _i| {
        let new = s.budget.get().checked_add(1);
        if let Some(new) = new {
            s.budget.set(new);
        }
        new
    };
    derived_once_init_get(51, Derived) = |s, _i| *s.computed();
    hand_once_init_get(52, Hand) = |s, _i| *s.computed.get_or_init(|| seven(s));
    derived_ext_mutex_with_mut(53, Derived) = |s, _i| s.with_locked_mut(|t| *t += 1);
    hand_ext_mutex_with_mut(54, Hand) = |s, _i| {
        let mut t = s.locked.0.lock().unwrap();
        *t += 1;
    };
    derived_atomic_ptr_get(55, Derived) = |s, _i| s.head();
    hand_atomic_ptr_get(56, Hand) = |s, _i| s.head.load(Ordering::SeqCst);

    derived_arc_swap_get(57, Derived) = |s, _i| s.snapshot();
    hand_arc_swap_get(58, Hand) = |s, _i| s.snapshot.load_full();
    derived_arc_swap_with(59, Derived) = |s, _i| s.with_snapshot(|v| *v);
    hand_arc_swap_with(60, Hand) = |s, _i| {
        // The guard is dropped before the value is used, as at the end of a `with` call.
        let value = **s.snapshot.load();
        value
    };
    derived_arc_swap_set(61, Derived) = |s, i| s.set_snapshot(i);
    hand_arc_swap_set(62, Hand) = |s, i| s.snapshot.store(std::sync::Arc::new(i));
    // The hand twin is the inline `async` block a caller would write; the accessor, an
    // `async fn` taking a closure, stores a drop flag for the closure in its future (2
    // instructions), as any `async fn` with that signature written by hand does.
    derived_tokio_with_mut(63, Derived) = |s, _i| poll_once(s.with_jobs_mut(|j| *j += 1));
    hand_tokio_with_mut(64, Hand) = |s, _i| poll_once(async {
        let mut j = s.jobs.lock().await;
        *j += 1;
    });
}

bench_mut! {
    derived_cell_get_mut(39, Derived) = |s, _i| *s.hits_mut() += 1;
    hand_cell_get_mut(40, Hand) = |s, _i| *s.hits.get_mut() += 1;
    derived_mutex_get_mut(41, Derived) = |s, _i| *s.total_mut() += 1;
    hand_mutex_get_mut(42, Hand) = |s, _i| *s.total.get_mut().unwrap() += 1;
}

/// A `u32` that the `into` of `set_ratio` widens.
#[inline]
#[allow(clippy::cast_possible_truncation, reason = "any u32 will do")]
fn truncated(i: u64) -> u32 {
    i as u32
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: u64 = args
        .next()
        .map_or(10_000_000, |a| a.parse().expect("iterations"));
    let which = args.next().unwrap_or_else(|| "all".to_owned());
    if which == "list" {
        for (name, variant) in BENCHES.iter().chain(BENCHES_MUT) {
            let v = match variant {
                Variant::Derived => "derived",
                Variant::Hand => "hand",
                Variant::Baseline => "baseline",
            };
            println!("{name} {v}");
        }
        return;
    }
    // Touch the introspection constant so the `Interior` impl is used, as in a real program.
    black_box(<Derived as Interior>::FIELDS.len());
    run(&which, n);
    run_mut(&which, n);
}
