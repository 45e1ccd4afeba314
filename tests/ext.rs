//! SPEC §14: types the derive does not read as std's — another module's path, a newtype of
//! one's own — reached through the public `interior::ext` traits, and `AtomicPtr`.

#![allow(missing_docs)]

mod support;

use std::ptr;
use std::rc::Rc;
use std::sync::atomic::{AtomicPtr, AtomicU32, Ordering};
use std::sync::Arc;
use std::thread;

use interior::ext::{AtomicBits, AtomicInteger, AtomicLike, MutexLike};
use interior::{Interior, Mechanism};
use support::catch_panic;

/// A crate's own lock module, as `lock::Mutex<T>` in a real code base: a `Mutex` that counts
/// its acquisitions and can be told to report itself poisoned, and an `RwLock` over std's.
mod lock {
    use std::ops::{Deref, DerefMut};
    use std::sync::PoisonError;

    use interior::ext::{MutexLike, RwLockLike};

    pub struct Mutex<T> {
        inner: std::sync::Mutex<T>,
        pub acquired: std::sync::atomic::AtomicUsize,
        pub poisoned: std::sync::atomic::AtomicBool,
    }

    impl<T> Mutex<T> {
        pub fn new(value: T) -> Self {
            Mutex {
                inner: std::sync::Mutex::new(value),
                acquired: 0.into(),
                poisoned: false.into(),
            }
        }
    }

    pub struct Guard<'a, T>(std::sync::MutexGuard<'a, T>);

    impl<T> Deref for Guard<'_, T> {
        type Target = T;
        fn deref(&self) -> &T {
            &self.0
        }
    }

    impl<T> DerefMut for Guard<'_, T> {
        fn deref_mut(&mut self) -> &mut T {
            &mut self.0
        }
    }

    impl<T> MutexLike for Mutex<T> {
        type Value = T;
        type Guard<'a>
            = Guard<'a, T>
        where
            T: 'a;
        const THREAD_SAFE: bool = true;
        fn lock(&self) -> Result<Guard<'_, T>, Guard<'_, T>> {
            use std::sync::atomic::Ordering::Relaxed;
            self.acquired.fetch_add(1, Relaxed);
            let guard = Guard(self.inner.lock().unwrap_or_else(PoisonError::into_inner));
            if self.poisoned.load(Relaxed) {
                Err(guard)
            } else {
                Ok(guard)
            }
        }
    }

    /// A single-threaded reader-writer "lock": a `RefCell` behind the trait, not thread-safe.
    pub struct LocalRwLock<T>(pub std::cell::RefCell<T>);

    impl<T> RwLockLike for LocalRwLock<T> {
        type Value = T;
        type ReadGuard<'a>
            = std::cell::Ref<'a, T>
        where
            T: 'a;
        type WriteGuard<'a>
            = std::cell::RefMut<'a, T>
        where
            T: 'a;
        const THREAD_SAFE: bool = false;
        fn read(&self) -> Result<Self::ReadGuard<'_>, Self::ReadGuard<'_>> {
            Ok(self.0.borrow())
        }
        fn write(&self) -> Result<Self::WriteGuard<'_>, Self::WriteGuard<'_>> {
            Ok(self.0.borrow_mut())
        }
    }
}

/// An atomic newtype with its own type: a `u32` id that saturates instead of wrapping.
#[derive(Default)]
pub struct AtomicId(AtomicU32);

impl AtomicLike for AtomicId {
    type Value = u32;
    fn load(&self, order: Ordering) -> u32 {
        self.0.load(order)
    }
    fn store(&self, value: u32, order: Ordering) {
        self.0.store(value, order);
    }
    fn swap(&self, value: u32, order: Ordering) -> u32 {
        self.0.swap(value, order)
    }
    fn compare_exchange(
        &self,
        current: u32,
        new: u32,
        success: Ordering,
        failure: Ordering,
    ) -> Result<u32, u32> {
        self.0.compare_exchange(current, new, success, failure)
    }
    fn compare_exchange_weak(
        &self,
        current: u32,
        new: u32,
        success: Ordering,
        failure: Ordering,
    ) -> Result<u32, u32> {
        self.0.compare_exchange_weak(current, new, success, failure)
    }
}

impl AtomicBits for AtomicId {
    fn fetch_and(&self, value: u32, order: Ordering) -> u32 {
        self.0.fetch_and(value, order)
    }
    fn fetch_or(&self, value: u32, order: Ordering) -> u32 {
        self.0.fetch_or(value, order)
    }
    fn fetch_xor(&self, value: u32, order: Ordering) -> u32 {
        self.0.fetch_xor(value, order)
    }
}

impl AtomicInteger for AtomicId {
    fn fetch_add(&self, value: u32, order: Ordering) -> u32 {
        self.0
            .fetch_update(order, Ordering::Relaxed, |v| Some(v.saturating_add(value)))
            .unwrap_or_else(|v| v)
    }
    fn fetch_sub(&self, value: u32, order: Ordering) -> u32 {
        self.0
            .fetch_update(order, Ordering::Relaxed, |v| Some(v.saturating_sub(value)))
            .unwrap_or_else(|v| v)
    }
    fn fetch_max(&self, value: u32, order: Ordering) -> u32 {
        self.0.fetch_max(value, order)
    }
    fn fetch_min(&self, value: u32, order: Ordering) -> u32 {
        self.0.fetch_min(value, order)
    }
}

#[derive(Interior)]
struct Pool {
    #[sync(kind = "mutex", with, with_mut, set, replace, get, take, lock)]
    idle: lock::Mutex<Vec<u32>>,
    #[sync(kind = "mutex", poison = "recover", get, set)]
    tolerant: lock::Mutex<u8>,
    #[sync(kind = "rwlock", with, with_mut, get, read, write)]
    local: lock::LocalRwLock<String>,
    #[sync(
        kind = "atomic",
        get,
        set,
        replace,
        update,
        try_update,
        compare_exchange,
        fetch_add,
        fetch_sub,
        fetch_max,
        fetch_min,
        fetch_and,
        fetch_or,
        fetch_xor
    )]
    next_id: AtomicId,
    #[sync(kind = "atomic", get, fetch_add)]
    shared_id: Arc<AtomicId>,
}

fn pool() -> Pool {
    Pool {
        idle: lock::Mutex::new(vec![1]),
        tolerant: lock::Mutex::new(7),
        local: lock::LocalRwLock(String::from("a").into()),
        next_id: AtomicId::default(),
        shared_id: Arc::default(),
    }
}

#[test]
fn own_mutex_every_op_goes_through_its_lock() {
    let p = pool();
    p.with_idle_mut(|v| v.push(2));
    assert_eq!(p.with_idle(Vec::len), 2);
    p.set_idle(vec![3]);
    assert_eq!(p.replace_idle(vec![4, 5]), [3]);
    assert_eq!(p.idle(), [4, 5]);
    {
        // The guard is the trait's own type, named by the signature's projection.
        let mut guard: <lock::Mutex<Vec<u32>> as MutexLike>::Guard<'_> = p.lock_idle();
        guard.push(6);
    }
    assert_eq!(p.take_idle(), [4, 5, 6]);
    assert!(p.idle().is_empty());
    // Every accessor took the lock through `MutexLike::lock`, once.
    assert_eq!(p.idle.acquired.load(Ordering::Relaxed), 8);
}

#[test]
fn own_mutex_follows_the_poison_policy() {
    let p = pool();
    p.idle.poisoned.store(true, Ordering::Relaxed);
    p.tolerant.poisoned.store(true, Ordering::Relaxed);
    // `recover`: the guard of a "poisoned" lock is used anyway.
    p.set_tolerant(8);
    assert_eq!(p.tolerant(), 8);
    // `panic` (the default): one panic at the caller's line, naming the struct and the field.
    let line = line!() + 1;
    let caught = catch_panic(|| p.with_idle(Vec::len)).expect_err("a poisoned lock panics");
    assert!(caught.message.contains("`Pool::idle`"), "{caught:?}");
    assert!(caught.message.contains("poisoned"), "{caught:?}");
    assert_eq!((caught.file.as_str(), caught.line), (file!(), line));
}

#[test]
fn own_rwlock_reads_share_and_writes_exclude() {
    let p = pool();
    p.with_local_mut(|s| s.push('b'));
    assert_eq!(p.with_local(String::len), 2);
    {
        let first = p.read_local();
        let second = p.read_local();
        assert_eq!((first.as_str(), second.as_str()), ("ab", "ab"));
        // Readers are live: the trait's write (a `RefCell` borrow here) would conflict.
        assert!(p.local.0.try_borrow_mut().is_err());
    }
    p.write_local().push('c');
    assert_eq!(p.local(), "abc");
}

#[test]
fn own_atomic_every_op_goes_through_its_traits() {
    let p = pool();
    p.set_next_id(5);
    assert_eq!(p.replace_next_id(6), 5);
    assert_eq!(p.update_next_id(|v| v * 2), 12);
    assert_eq!(p.try_update_next_id(|v| v.checked_sub(20)), None);
    assert_eq!(p.next_id(), 12);
    assert_eq!(p.try_update_next_id(|v| v.checked_sub(2)), Some(10));
    assert_eq!(p.compare_exchange_next_id(10, 11), Ok(10));
    assert_eq!(p.compare_exchange_next_id(10, 12), Err(11));
    // The newtype's own `fetch_add`: saturating, not wrapping.
    p.set_next_id(u32::MAX - 1);
    assert_eq!(p.fetch_add_next_id(5), u32::MAX - 1);
    assert_eq!(p.next_id(), u32::MAX);
    assert_eq!(p.fetch_sub_next_id(u32::MAX), u32::MAX);
    assert_eq!(p.fetch_sub_next_id(1), 0);
    assert_eq!(p.fetch_max_next_id(9), 0);
    assert_eq!(p.fetch_min_next_id(3), 9);
    assert_eq!(p.fetch_or_next_id(0b100), 3);
    assert_eq!(p.fetch_and_next_id(0b110), 0b111);
    assert_eq!(p.fetch_xor_next_id(0b011), 0b110);
    assert_eq!(p.next_id(), 0b101);

    assert_eq!(p.fetch_add_shared_id(2), 0);
    assert_eq!(p.shared_id(), 2);
}

#[test]
fn fields_report_the_traits_thread_safety() {
    let safe: Vec<(&str, Mechanism, bool)> = Pool::FIELDS
        .iter()
        .map(|f| (f.field, f.mechanism, f.thread_safe))
        .collect();
    assert_eq!(
        safe[..5],
        [
            ("idle", Mechanism::Mutex, true),
            ("tolerant", Mechanism::Mutex, true),
            ("local", Mechanism::RwLock, false),
            ("next_id", Mechanism::Atomic, true),
            ("shared_id", Mechanism::Atomic, true),
        ]
    );
}

/// A crate path that is not one the derive knows is read like an alias, whatever its last
/// segment says: `shadow::AtomicU64` is this crate's type, not std's.
mod shadow {
    pub type AtomicU64 = super::AtomicId;
    pub type Mutex<T> = std::rc::Rc<std::sync::Mutex<T>>;
}

#[derive(Interior, Default)]
struct Shadowed {
    #[sync(kind = "atomic", get, fetch_add)]
    id: shadow::AtomicU64,
    #[sync(kind = "mutex", with_mut, get)]
    local: shadow::Mutex<u8>,
}

#[test]
fn foreign_paths_are_read_like_aliases() {
    let s = Shadowed::default();
    // `AtomicId`'s saturating `fetch_add`, not `AtomicU64`'s wrapping one: the trait was used.
    s.id.0.store(u32::MAX, Ordering::Relaxed);
    assert_eq!(s.fetch_add_id(1), u32::MAX);
    assert_eq!(s.id(), u32::MAX);
    s.with_local_mut(|v| *v = 3);
    assert_eq!(s.local(), 3);
    // `Rc<Mutex<u8>>` behind the alias: the trait's answer, not thread-safe.
    assert!(!Shadowed::FIELDS[1].thread_safe);
    let _: Rc<std::sync::Mutex<u8>> = Rc::clone(&s.local);
}

#[derive(Interior)]
struct Stack {
    #[sync(get, set, replace, compare_exchange, update, try_update, get_mut)]
    head: AtomicPtr<u32>,
    #[sync(kind = "atomic", get, set)]
    shared: Arc<AtomicPtr<u32>>,
}

#[test]
fn atomic_ptr_ops() {
    let (mut a, mut b) = (1_u32, 2_u32);
    let (pa, pb): (*mut u32, *mut u32) = (&raw mut a, &raw mut b);
    let mut s = Stack {
        head: AtomicPtr::new(ptr::null_mut()),
        shared: Arc::new(AtomicPtr::new(ptr::null_mut())),
    };
    assert!(s.head().is_null());
    s.set_head(pa);
    assert_eq!(s.head(), pa);
    assert_eq!(s.replace_head(pb), pa);
    assert_eq!(s.compare_exchange_head(pa, ptr::null_mut()), Err(pb));
    assert_eq!(s.compare_exchange_head(pb, pa), Ok(pb));
    assert_eq!(s.update_head(|p| if p == pa { pb } else { pa }), pb);
    assert_eq!(s.try_update_head(|p| (p != pb).then_some(pa)), None);
    assert_eq!(s.try_update_head(|p| (p == pb).then_some(pa)), Some(pa));
    *s.head_mut() = ptr::null_mut();
    assert!(s.head().is_null());
    s.set_shared(pb);
    assert_eq!(s.shared(), pb);
    assert_eq!(Stack::FIELDS[0].mechanism, Mechanism::Atomic);
    assert!(Stack::FIELDS[0].thread_safe);
}

#[test]
fn atomic_ptr_compare_exchange_under_contention() {
    // Four threads each swing the pointer from its current target to its other target 1000
    // times through `update`: every swing lands, so the count of swings is exact.
    let mut targets = [0_u32, 1];
    let base = targets.as_mut_ptr();
    // Raw pointers are not `Sync`: the threads read `base` from the `shared` atomic.
    let s = Stack {
        head: AtomicPtr::new(base),
        shared: Arc::new(AtomicPtr::new(base)),
    };
    let swings = AtomicU32::new(0);
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                let base = s.shared();
                for _ in 0..1000 {
                    s.update_head(|p| {
                        if p == base {
                            base.wrapping_add(1)
                        } else {
                            base
                        }
                    });
                    swings.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    // 4000 swings, an even number: the pointer is back where it started.
    assert_eq!(swings.load(Ordering::Relaxed), 4000);
    assert_eq!(s.head(), base);
}
