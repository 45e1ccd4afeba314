//! SPEC §13, debug builds: a conflicting `RefCell` accessor names the struct, the field and the
//! accessor holding the borrow with its `file:line:col`; an accessor that would deadlock on a
//! lock its own thread holds through an accessor panics, naming the holder, instead of blocking
//! forever. No false positives: nested reads, other fields, other instances, other threads, and
//! after a panic inside a closure.

#![cfg(debug_assertions)]
#![allow(missing_docs)]

mod support;

use std::cell::RefCell;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, RwLock};
use std::thread;
use std::time::Duration;

use interior::__private::track;
use interior::Interior;
use support::{catch_panic, Caught};

/// This file, to find where a call sits on its line.
const SOURCE: &str = include_str!("diagnostics.rs");

/// `file:line:col` of the first `name` on line `line` of this file: where `Location::caller`
/// of a method call points (the method's name).
fn at(line: u32, name: &str) -> String {
    let text = SOURCE
        .lines()
        .nth(line as usize - 1)
        .expect("the line exists");
    let column = text.find(name).expect("the call is on that line") + 1;
    format!("{}:{line}:{column}", file!())
}

#[derive(Interior, Default)]
struct Journal {
    #[refcell(with, with_mut, get, set, take, borrow, borrow_mut)]
    entries: RefCell<Vec<u32>>,
    #[refcell(with, with_mut)]
    notes: RefCell<String>,
}

#[derive(Interior, Default)]
struct Server {
    #[sync(with, with_mut, get, set, lock)]
    log: Mutex<Vec<u32>>,
    #[sync(with, with_mut, get, read, write)]
    config: RwLock<String>,
    #[sync(with, with_mut)]
    fast: parking_lot::Mutex<u32>,
    #[sync(with, with_mut, poison = "recover")]
    tolerant: Mutex<u32>,
}

fn message(caught: &Caught) -> &str {
    &caught.message
}

#[test]
fn a_refcell_conflict_names_the_holder_and_where_it_was_called() {
    let j = Journal::default();
    let line = line!() + 1;
    let caught = catch_panic(|| j.with_entries_mut(|_| j.entries())).expect_err("conflict");
    assert_eq!(
        message(&caught),
        format!(
            "already mutably borrowed: `Journal::entries` is borrowed by `with_entries_mut` called at {}",
            at(line, "with_entries_mut")
        )
    );
    // The panic points at the conflicting call, on the same line.
    assert_eq!((caught.file.as_str(), caught.line), (file!(), line));

    let line = line!() + 1;
    let caught = catch_panic(|| j.with_entries(|_| j.set_entries(vec![1]))).expect_err("conflict");
    assert_eq!(
        message(&caught),
        format!(
            "already borrowed: `Journal::entries` is borrowed by `with_entries` called at {}",
            at(line, "with_entries")
        )
    );
    let line = line!() + 1;
    let conflict = || j.with_entries(|_| j.borrow_entries_mut().len());
    let caught = catch_panic(conflict).expect_err("conflict");
    assert!(
        message(&caught).contains(&at(line, "with_entries")),
        "{caught:?}"
    );
    assert_eq!(track::holders(), 0);
}

#[test]
fn a_conflict_with_a_guard_names_the_field_without_a_holder() {
    let j = Journal::default();
    let guard = j.borrow_entries_mut();
    let caught = catch_panic(|| j.with_entries(Vec::len)).expect_err("conflict");
    assert!(
        message(&caught).starts_with(
            "already mutably borrowed: `Journal::entries` is borrowed by a guard that is still alive"
        ),
        "{caught:?}"
    );
    assert!(
        message(&caught).contains("so `with_entries` cannot borrow it"),
        "{caught:?}"
    );
    drop(guard);
    // The user's own `borrow()` of the field, too.
    let own = j.entries.borrow();
    let caught = catch_panic(|| j.take_entries()).expect_err("conflict");
    assert!(
        message(&caught).starts_with("already borrowed: `Journal::entries`"),
        "{caught:?}"
    );
    drop(own);
    assert_eq!(j.take_entries(), Vec::<u32>::new());
}

#[test]
fn no_false_positives_for_refcells() {
    let (a, b) = (Journal::default(), Journal::default());
    // Nested reads share the borrow.
    assert_eq!(
        a.with_entries(|_| a.with_entries(Vec::len) + a.entries().len()),
        0
    );
    // Another field of the same struct, another instance of it.
    a.with_entries_mut(|e| {
        a.with_notes_mut(|n| n.push('x'));
        b.set_entries(vec![2]);
        e.push(1);
    });
    assert_eq!((a.entries(), b.entries()), (vec![1], vec![2]));
    // A guard of `borrow_x` alongside a read.
    let guard = a.borrow_entries();
    assert_eq!(a.with_entries(Vec::len) + guard.len(), 2);
    drop(guard);
    assert_eq!(track::holders(), 0);
}

#[test]
fn the_registry_is_clean_after_a_panic_inside_the_closure() {
    let j = Journal::default();
    let caught =
        catch_panic(|| j.with_entries_mut(|_| panic!("inside the closure"))).expect_err("panics");
    assert_eq!(message(&caught), "inside the closure");
    assert_eq!(track::holders(), 0);
    // The field is free again: no stale holder is reported.
    j.with_entries_mut(|e| e.push(3));
    assert_eq!(j.entries(), [3]);
}

/// Runs `f` on a helper thread and waits at most 10 s: a regression that deadlocks fails the
/// test instead of hanging CI. The thread's panic message, if it panicked.
fn on_helper_thread(
    server: &Arc<Server>,
    f: impl FnOnce(&Server) + Send + 'static,
) -> Option<String> {
    let (done, finished) = mpsc::channel();
    let server = Arc::clone(server);
    let handle = thread::spawn(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(&server)));
        let message = result.err().map(|payload| {
            payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default()
        });
        let _ = done.send(message);
    });
    let message = finished
        .recv_timeout(Duration::from_secs(10))
        .expect("the accessor deadlocked instead of panicking");
    handle
        .join()
        .expect("the helper thread reports, not panics");
    message
}

/// A server of its own for each case: the panic of a case poisons the lock it held.
fn fresh() -> Arc<Server> {
    Arc::default()
}

#[test]
fn a_mutex_taken_twice_on_one_thread_panics_instead_of_deadlocking() {
    let s = fresh();
    let line = line!() + 1;
    let message = on_helper_thread(&s, |s| drop(s.with_log_mut(|_| s.log()))).expect("panics");
    assert_eq!(
        message,
        format!(
            "deadlock: `Server::log` is already locked on this thread by `with_log_mut` called at {}, so `log` would wait for it forever",
            at(line, "with_log_mut")
        )
    );
    // A guard of `lock_x` is checked against the holders too.
    let s = fresh();
    let message = on_helper_thread(&s, |s| s.with_log(|_| drop(s.lock_log()))).expect("panics");
    assert!(message.contains("by `with_log` called at"), "{message}");
    // parking_lot's, and a std lock under `recover`, whose accessors otherwise never panic.
    let s = fresh();
    let message =
        on_helper_thread(&s, |s| s.with_fast_mut(|_| s.with_fast(|_| ()))).expect("panics");
    assert!(
        message.starts_with("deadlock: `Server::fast` is already locked"),
        "{message}"
    );
    let message =
        on_helper_thread(&s, |s| s.with_tolerant(|_| s.with_tolerant_mut(|_| ()))).expect("panics");
    assert!(
        message.starts_with("deadlock: `Server::tolerant`"),
        "{message}"
    );
    // The panic poisoned the lock; `recover` uses it anyway, and the holder left the list.
    assert_eq!(s.with_tolerant(|t| *t), 0);
    assert_eq!(s.with_fast(|f| *f), 0);
}

#[test]
fn an_rwlock_write_with_any_other_access_panics_and_reads_nest() {
    let s = fresh();
    let message =
        on_helper_thread(&s, |s| s.with_config(|_| s.set_config_via_write())).expect("panics");
    assert!(
        message.starts_with(
            "deadlock: `Server::config` is already read-locked on this thread by `with_config`"
        ),
        "{message}"
    );
    let s = fresh();
    let message =
        on_helper_thread(&s, |s| s.with_config_mut(|_| drop(s.config()))).expect("panics");
    assert!(
        message.starts_with(
            "deadlock: `Server::config` is already locked on this thread by `with_config_mut`"
        ),
        "{message}"
    );
    // A read inside a read is not flagged.
    let s = fresh();
    assert_eq!(
        on_helper_thread(&s, |s| s.with_config(|_| drop(s.read_config()))),
        None
    );
    assert_eq!(
        on_helper_thread(&s, |s| s.with_config(|a| assert_eq!(s.config(), *a))),
        None
    );
}

impl Server {
    /// A write through the guard accessor, from inside a read.
    fn set_config_via_write(&self) {
        self.write_config().push('x');
    }
}

#[test]
fn no_false_positives_for_locks_across_threads() {
    let s = Server::default();
    // One thread holds the lock while another waits for it: contention, not a deadlock.
    let (held, is_held) = mpsc::channel::<()>();
    let (release, released) = mpsc::channel::<()>();
    thread::scope(|scope| {
        let s = &s;
        scope.spawn(move || {
            s.with_log_mut(|log| {
                log.push(1);
                held.send(()).expect("the main thread listens");
                released.recv().expect("the main thread releases");
            });
        });
        is_held.recv().expect("the lock is held");
        scope.spawn(move || s.with_log_mut(|log| log.push(2)));
        release.send(()).expect("the holder listens");
    });
    assert_eq!(s.log().len(), 2);
    // Different fields and instances on one thread.
    let t = Server::default();
    s.with_log_mut(|_| {
        t.with_log_mut(|l| l.push(3));
        s.with_config_mut(|c| c.push('y'));
    });
    assert_eq!((t.log(), s.config()), (vec![3], String::from("y")));
    assert_eq!(track::holders(), 0);
}
