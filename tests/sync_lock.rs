//! Run-time behaviour of `#[sync]` on locks: std and `parking_lot` `Mutex`/`RwLock`, every op,
//! poisoning under `panic` and `recover`, `Arc`, type aliases and contention.

#![allow(missing_docs)]

mod support;

use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::thread;
use std::time::Instant;

use interior::Interior;
use support::{catch_panic, Caught};

#[derive(Interior, Default)]
struct Locks {
    #[sync(with, with_mut, set, replace, get, take, lock)]
    queue: Mutex<Vec<u32>>,
    #[sync(with, with_mut, set, replace, get, take, read, write)]
    name: RwLock<String>,
    #[sync]
    defaults: Mutex<i32>,
}

#[test]
fn std_mutex_ops() {
    let s = Locks::default();
    s.with_queue_mut(|q| q.push(1));
    assert_eq!(s.with_queue(Vec::len), 1);
    s.set_queue(vec![2, 3]);
    assert_eq!(s.replace_queue(vec![4]), [2, 3]);
    assert_eq!(s.queue(), [4]);
    {
        let mut guard: MutexGuard<'_, Vec<u32>> = s.lock_queue();
        guard.push(5);
        // The lock is held: another attempt fails without blocking.
        assert!(s.queue.try_lock().is_err());
    }
    assert_eq!(s.take_queue(), [4, 5]);
    assert!(s.queue().is_empty());

    s.set_defaults(-1);
    assert_eq!(s.replace_defaults(2), -1);
    assert_eq!(s.with_defaults_mut(|v| std::mem::replace(v, 3)), 2);
    assert_eq!(s.with_defaults(|v| *v), 3);
}

#[test]
fn std_rwlock_ops() {
    let s = Locks::default();
    s.with_name_mut(|n| n.push('a'));
    assert_eq!(s.with_name(String::len), 1);
    s.set_name("b".to_owned());
    assert_eq!(s.replace_name("c".to_owned()), "b");
    assert_eq!(s.name(), "c");
    {
        let r1: RwLockReadGuard<'_, String> = s.read_name();
        let r2 = s.read_name();
        assert_eq!(*r1, *r2);
        // Readers share; `with` and `get` take the read lock, so they work too.
        assert_eq!(s.with_name(String::clone), "c");
        assert_eq!(s.name(), "c");
        assert!(s.name.try_write().is_err());
    }
    {
        let mut w: RwLockWriteGuard<'_, String> = s.write_name();
        w.push('d');
        assert!(s.name.try_read().is_err());
    }
    assert_eq!(s.take_name(), "cd");
    assert_eq!(s.name(), "");
}

/// Runs `f` on another thread, which panics inside it (while holding a lock) and dies.
fn poison(f: impl FnOnce() + Send) {
    let died = catch_panic(|| thread::scope(|scope| scope.spawn(f).join().is_err()));
    assert_eq!(died.ok(), Some(true), "the poisoning thread panicked");
}

fn poisoned_message(owner_field: &str) -> String {
    format!(
        "the lock of `{owner_field}` is poisoned: another thread panicked while holding it \
         (use `#[sync(poison = \"recover\")]` to use the data anyway)"
    )
}

/// Calls `$call`, which must panic on this line with the poisoned-lock message naming `$field`.
macro_rules! assert_poisoned {
    ($call:expr, $field:expr) => {
        assert_poisoned_at(catch_panic(|| $call), $field, line!())
    };
}

fn assert_poisoned_at<R>(caught: Result<R, Caught>, owner_field: &str, line: u32) {
    let Err(caught) = caught else {
        panic!("a poisoned lock panics");
    };
    assert_eq!(caught.message, poisoned_message(owner_field));
    assert_eq!((caught.file.as_str(), caught.line), (file!(), line));
}

#[derive(Interior, Default)]
struct Poisoned {
    #[sync(with, with_mut, set, replace, get, take, lock)]
    data: Mutex<u32>,
    #[sync(with, with_mut, set, replace, get, take, read, write)]
    table: RwLock<u32>,
    #[sync(rename = "other", get)]
    renamed: Mutex<u32>,
}

#[test]
fn poison_panic_names_struct_and_field_at_callers_line() {
    let s = Poisoned::default();
    poison(|| {
        s.with_data_mut(|d| {
            *d = 7;
            panic!("boom");
        });
    });
    assert!(s.data.is_poisoned());
    assert_poisoned!(s.with_data(|_| ()), "Poisoned::data");
    assert_poisoned!(s.with_data_mut(|_| ()), "Poisoned::data");
    assert_poisoned!(s.set_data(1), "Poisoned::data");
    assert_poisoned!(s.replace_data(1), "Poisoned::data");
    assert_poisoned!(s.data(), "Poisoned::data");
    assert_poisoned!(s.take_data(), "Poisoned::data");
    assert_poisoned!(s.lock_data(), "Poisoned::data");
    // Nothing was written through the poisoned lock.
    assert_eq!(*s.data.lock().unwrap_or_else(PoisonError::into_inner), 7);

    // A reader's panic does not poison an `RwLock`; a writer's does.
    poison(|| s.with_table(|_| panic!("reader")));
    assert_eq!(s.table(), 0);
    poison(|| s.with_table_mut(|_| panic!("writer")));
    let table = "Poisoned::table";
    assert_poisoned!(s.with_table(|_| ()), table);
    assert_poisoned!(s.with_table_mut(|_| ()), table);
    assert_poisoned!(s.set_table(1), table);
    assert_poisoned!(s.replace_table(1), table);
    assert_poisoned!(s.table(), table);
    assert_poisoned!(s.take_table(), table);
    assert_poisoned!(s.read_table(), table);
    assert_poisoned!(s.write_table(), table);

    // The message names the field, not the `rename`d base of its methods.
    poison(|| drop(s.renamed.lock().map(|_g| panic!("held"))));
    assert_poisoned!(s.other(), "Poisoned::renamed");
}

#[derive(Interior, Default)]
struct RecoverField {
    #[sync(with, with_mut, set, replace, get, take, lock, poison = "recover")]
    data: Mutex<u32>,
    #[sync(with, with_mut, get, take, read, write, poison = "recover")]
    table: RwLock<u32>,
    #[sync(get)]
    strict: Mutex<u32>,
}

#[test]
fn poison_recover_at_field_level_uses_the_data() {
    let s = RecoverField::default();
    poison(|| {
        s.with_data_mut(|d| {
            *d = 7;
            panic!("boom");
        });
    });
    poison(|| {
        s.with_table_mut(|t| {
            *t = 8;
            panic!("boom");
        });
    });
    poison(|| drop(s.strict.lock().map(|_g| panic!("held"))));
    assert!(s.data.is_poisoned() && s.table.is_poisoned() && s.strict.is_poisoned());

    assert_eq!(s.data(), 7);
    assert_eq!(s.with_data(|d| *d + 1), 8);
    s.with_data_mut(|d| *d += 2);
    assert_eq!(*s.lock_data(), 9);
    s.set_data(10);
    assert_eq!(s.replace_data(11), 10);
    assert_eq!(s.take_data(), 11);
    assert_eq!(s.data(), 0);

    assert_eq!(s.table(), 8);
    assert_eq!(s.with_table(|t| *t), 8);
    s.with_table_mut(|t| *t += 1);
    assert_eq!(*s.read_table(), 9);
    *s.write_table() = 10;
    assert_eq!(s.take_table(), 10);

    // Recovery is per field: the unmarked neighbour still panics.
    let caught = catch_panic(|| s.strict()).expect_err("default policy panics");
    assert_eq!(caught.message, poisoned_message("RecoverField::strict"));
}

#[derive(Interior, Default)]
#[interior(poison = "recover")]
struct RecoverStruct {
    #[sync(get, with_mut)]
    data: Mutex<u32>,
    #[sync(get, with_mut)]
    table: RwLock<u32>,
    #[sync(get, with_mut, poison = "panic")]
    strict: Mutex<u32>,
}

#[test]
fn poison_recover_at_struct_level_with_field_override() {
    let s = RecoverStruct::default();
    poison(|| s.with_data_mut(|d| *d = 1 / (*d)));
    poison(|| s.with_table_mut(|t| *t = 1 / (*t)));
    poison(|| s.with_strict_mut(|t| *t = 1 / (*t)));
    assert_eq!(s.data(), 0);
    s.with_data_mut(|d| *d = 3);
    assert_eq!(s.data(), 3);
    assert_eq!(s.table(), 0);
    s.with_table_mut(|t| *t = 4);
    assert_eq!(s.table(), 4);
    let caught = catch_panic(|| s.strict()).expect_err("the field says panic");
    assert_eq!(caught.message, poisoned_message("RecoverStruct::strict"));
}

#[derive(Interior, Default)]
struct ParkingLot {
    #[sync(with, with_mut, set, replace, get, take, lock)]
    queue: parking_lot::Mutex<Vec<u8>>,
    #[sync(with, with_mut, set, replace, get, take, read, write)]
    name: parking_lot::RwLock<String>,
}

#[test]
fn parking_lot_spelled_out() {
    let s = ParkingLot::default();
    s.with_queue_mut(|q| q.push(1));
    assert_eq!(s.with_queue(Vec::len), 1);
    s.set_queue(vec![2]);
    assert_eq!(s.replace_queue(vec![3]), [2]);
    assert_eq!(s.queue(), [3]);
    {
        let mut g: parking_lot::MutexGuard<'_, Vec<u8>> = s.lock_queue();
        g.push(4);
        assert!(s.queue.try_lock().is_none());
    }
    assert_eq!(s.take_queue(), [3, 4]);

    s.with_name_mut(|n| n.push('a'));
    assert_eq!(s.with_name(String::len), 1);
    s.set_name("b".to_owned());
    assert_eq!(s.replace_name("c".to_owned()), "b");
    {
        let r: parking_lot::RwLockReadGuard<'_, String> = s.read_name();
        assert_eq!(s.name(), *r);
        assert!(s.name.try_write().is_none());
    }
    {
        let mut w: parking_lot::RwLockWriteGuard<'_, String> = s.write_name();
        w.push('d');
        assert!(s.name.try_read().is_none());
    }
    assert_eq!(s.take_name(), "cd");

    // `parking_lot` never poisons: after a panic under the lock, access goes on.
    poison(|| {
        s.with_queue_mut(|q| {
            q.push(9);
            panic!("boom");
        });
    });
    poison(|| {
        s.with_name_mut(|n| {
            n.push('z');
            panic!("boom");
        });
    });
    assert_eq!(s.queue(), [9]);
    assert_eq!(s.name(), "z");
}

mod bare {
    use interior::Interior;
    use parking_lot::{Mutex, RwLock};

    #[derive(Interior, Default)]
    pub struct Bare {
        #[sync(with, with_mut, set, replace, get, take, lock)]
        pub queue: Mutex<Vec<u8>>,
        #[sync(with, with_mut, set, replace, get, take, read, write)]
        pub count: RwLock<u64>,
    }
}

#[test]
fn parking_lot_spelled_bare() {
    let s = bare::Bare::default();
    s.with_queue_mut(|q| q.push(1));
    assert_eq!(s.with_queue(Vec::len), 1);
    s.set_queue(vec![2]);
    assert_eq!(s.replace_queue(vec![3]), [2]);
    {
        let mut g: parking_lot::MutexGuard<'_, Vec<u8>> = s.lock_queue();
        g.push(4);
        assert!(s.queue.try_lock().is_none());
    }
    assert_eq!(s.queue(), [3, 4]);
    assert_eq!(s.take_queue(), [3, 4]);

    s.with_count_mut(|c| *c += 1);
    s.set_count(s.with_count(|c| *c) + 1);
    assert_eq!(s.replace_count(10), 2);
    {
        let r: parking_lot::RwLockReadGuard<'_, u64> = s.read_count();
        assert_eq!(*r, 10);
        assert!(s.count.try_write().is_none());
    }
    *s.write_count() += 1;
    {
        let w: parking_lot::RwLockWriteGuard<'_, u64> = s.write_count();
        assert_eq!(*w, 11);
        assert!(s.count.try_read().is_none());
    }
    assert_eq!(s.take_count(), 11);
    assert_eq!(s.count(), 0);

    poison(|| s.with_count_mut(|_| panic!("boom")));
    assert_eq!(s.count(), 0);
}

mod bare_std {
    use interior::Interior;
    use std::sync::{Mutex, RwLock};

    #[derive(Interior, Default)]
    pub struct BareStd {
        #[sync(get, with_mut, lock)]
        pub data: Mutex<u8>,
        #[sync(get, with_mut, read, write)]
        pub table: RwLock<u8>,
        #[sync(get, with_mut, poison = "recover")]
        pub lenient: Mutex<u8>,
    }
}

#[test]
fn std_locks_spelled_bare() {
    let s = bare_std::BareStd::default();
    s.with_data_mut(|d| *d = 1);
    let g: MutexGuard<'_, u8> = s.lock_data();
    assert_eq!(*g, 1);
    drop(g);
    let r: RwLockReadGuard<'_, u8> = s.read_table();
    assert_eq!(*r, 0);
    drop(r);
    let mut w: RwLockWriteGuard<'_, u8> = s.write_table();
    *w = 2;
    drop(w);
    assert_eq!(s.table(), 2);

    poison(|| s.with_data_mut(|_| panic!("boom")));
    poison(|| s.with_table_mut(|_| panic!("boom")));
    poison(|| s.with_lenient_mut(|l| *l = 5 + u8::from(panic_now())));
    assert_poisoned!(s.data(), "BareStd::data");
    assert_poisoned!(s.write_table(), "BareStd::table");
    assert_eq!(s.lenient(), 0);
}

fn panic_now() -> bool {
    panic!("boom")
}

#[derive(Interior)]
struct Shared {
    #[sync(with_mut, get, lock)]
    log: Arc<Mutex<Vec<u32>>>,
    #[sync(with, write)]
    flag: Arc<RwLock<bool>>,
}

#[test]
fn arc_mutex_is_shared_across_threads() {
    let a = Shared {
        log: Arc::default(),
        flag: Arc::default(),
    };
    let b = Shared {
        log: Arc::clone(&a.log),
        flag: Arc::clone(&a.flag),
    };
    thread::spawn(move || {
        b.with_log_mut(|l| l.push(1));
        b.lock_log().push(2);
        *b.write_flag() = true;
    })
    .join()
    .expect("the thread did not panic");
    assert_eq!(a.log(), [1, 2]);
    assert!(a.with_flag(|f| *f));
}

type Queue = Mutex<Vec<u32>>;
type Table = RwLock<String>;
type Fast = parking_lot::Mutex<u8>;

#[derive(Interior, Default)]
struct Aliased {
    #[sync(kind = "mutex", with, with_mut, set, replace, get, take, lock)]
    queue: Queue,
    #[sync(kind = "rwlock", with, with_mut, set, replace, get, take, read, write)]
    table: Table,
    #[sync(kind = "mutex", get, lock)]
    fast: Fast,
    #[sync(kind = "mutex", get, with_mut)]
    shared: Arc<Queue>,
}

#[test]
fn type_aliases_with_kind() {
    let s = Aliased::default();
    s.with_queue_mut(|q| q.push(1));
    assert_eq!(s.with_queue(Vec::len), 1);
    s.set_queue(vec![2]);
    assert_eq!(s.replace_queue(vec![3]), [2]);
    assert_eq!(s.queue(), [3]);
    let queue: MutexGuard<'_, Vec<u32>> = s.lock_queue();
    assert!(s.queue.try_lock().is_err());
    drop(queue);
    assert_eq!(s.take_queue(), [3]);

    s.with_table_mut(|t| t.push('a'));
    assert_eq!(s.with_table(String::len), 1);
    s.set_table("b".to_owned());
    assert_eq!(s.replace_table("c".to_owned()), "b");
    let read: RwLockReadGuard<'_, String> = s.read_table();
    assert_eq!(*read, "c");
    drop(read);
    let mut write: RwLockWriteGuard<'_, String> = s.write_table();
    write.push('d');
    drop(write);
    assert_eq!(s.table(), "cd");
    assert_eq!(s.take_table(), "cd");

    let mut fast: parking_lot::MutexGuard<'_, u8> = s.lock_fast();
    *fast = 6;
    drop(fast);
    assert_eq!(s.fast(), 6);

    s.with_shared_mut(|q| q.push(5));
    assert_eq!(s.shared(), [5]);

    poison(|| s.with_queue_mut(|_| panic!("boom")));
    assert_poisoned!(s.queue(), "Aliased::queue");
    poison(|| s.with_table_mut(|_| panic!("boom")));
    assert_poisoned!(s.read_table(), "Aliased::table");
}

#[cfg(not(miri))]
const ITERATIONS: u64 = 100_000;
#[cfg(miri)]
const ITERATIONS: u64 = 100;
const THREADS: u64 = 4;

#[derive(Interior, Default)]
#[interior(thread_safe)]
struct Counters {
    #[sync]
    mutex: Mutex<u64>,
    #[sync]
    rwlock: RwLock<u64>,
    #[sync]
    parking: parking_lot::Mutex<u64>,
    #[sync(kind = "mutex")]
    alias: Queue,
}

fn hammer(name: &str, bump: impl Fn() + Sync) {
    let start = Instant::now();
    thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| (0..ITERATIONS).for_each(|_| bump()));
        }
    });
    println!(
        "{name}: {THREADS} threads x {ITERATIONS} with_mut increments in {:?}",
        start.elapsed()
    );
}

#[test]
fn contention_loses_no_increment() {
    let s = Counters::default();
    hammer("std Mutex", || s.with_mutex_mut(|v| *v += 1));
    hammer("std RwLock", || s.with_rwlock_mut(|v| *v += 1));
    hammer("parking_lot Mutex", || s.with_parking_mut(|v| *v += 1));
    hammer("alias Mutex", || s.with_alias_mut(|v| v.push(1)));
    let total = THREADS * ITERATIONS;
    assert_eq!(s.with_mutex(|v| *v), total);
    assert_eq!(s.with_rwlock(|v| *v), total);
    assert_eq!(s.with_parking(|v| *v), total);
    assert_eq!(s.with_alias(|v| v.len() as u64), total);
}

/// Records, when dropped, whether the lock of `PROBED.slot` was free at that moment.
struct Probe;

#[derive(Interior)]
struct Probed {
    #[sync(set, with_mut)]
    slot: Mutex<Option<Probe>>,
    #[sync(set, with_mut)]
    table: RwLock<Option<Probe>>,
}

static PROBED: Probed = Probed {
    slot: Mutex::new(None),
    table: RwLock::new(None),
};
static FREE_AT_DROP: Mutex<Vec<bool>> = Mutex::new(Vec::new());

impl Drop for Probe {
    fn drop(&mut self) {
        let free = PROBED.slot.try_lock().is_ok() && PROBED.table.try_write().is_ok();
        FREE_AT_DROP
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(free);
    }
}

#[test]
fn set_drops_the_previous_value_after_the_lock_is_released() {
    PROBED.set_slot(Some(Probe));
    PROBED.set_slot(None);
    PROBED.set_table(Some(Probe));
    PROBED.set_table(None);
    // `with_mut` drops inside the lock, so the probe sees it held: the check can fail.
    PROBED.with_slot_mut(|s| *s = Some(Probe));
    PROBED.with_slot_mut(|s| *s = None);
    let seen = FREE_AT_DROP
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .clone();
    assert_eq!(seen, [true, true, false]);
}
