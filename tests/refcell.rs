//! Run-time behaviour of `#[refcell]`: every op, conflicting borrows and where their panics
//! point, type aliases and `Rc<RefCell<T>>`.

#![allow(missing_docs)]

mod support;

use std::cell::{Ref, RefCell, RefMut};
use std::rc::Rc;

use interior::Interior;
use support::catch_panic;

#[derive(Interior)]
struct Log {
    #[refcell(
        with,
        with_mut,
        set,
        replace,
        get,
        take,
        borrow,
        borrow_mut,
        try_borrow,
        try_borrow_mut
    )]
    lines: RefCell<Vec<String>>,
    #[refcell]
    last: RefCell<Option<u32>>,
}

fn log() -> Log {
    Log {
        lines: RefCell::new(vec!["a".to_owned()]),
        last: RefCell::new(None),
    }
}

#[test]
fn closure_scoped_ops() {
    let s = log();
    assert_eq!(s.with_lines(Vec::len), 1);
    let pushed = s.with_lines_mut(|l| {
        l.push("b".to_owned());
        l.len()
    });
    assert_eq!(pushed, 2);
    assert_eq!(s.with_lines(|l| l.join(",")), "a,b");
    // The borrow ended with each closure: a fresh mutable borrow succeeds.
    assert!(s.lines.try_borrow_mut().is_ok());
}

#[test]
fn set_replace_get_take() {
    let s = log();
    s.set_lines(vec!["x".to_owned()]);
    assert_eq!(*s.lines.borrow(), ["x"]);
    assert_eq!(s.replace_lines(vec!["y".to_owned(), "z".to_owned()]), ["x"]);
    let copy = s.lines();
    assert_eq!(copy, ["y", "z"]);
    // `get` is a clone: changing it leaves the field alone.
    drop(copy);
    s.with_lines_mut(|l| l.push("w".to_owned()));
    assert_eq!(s.lines(), ["y", "z", "w"]);
    assert_eq!(s.take_lines(), ["y", "z", "w"]);
    assert!(s.lines().is_empty());
}

#[test]
fn default_ops_on_second_field() {
    let s = log();
    assert_eq!(s.with_last(|v| *v), None);
    s.set_last(Some(3));
    assert_eq!(s.replace_last(Some(4)), Some(3));
    assert_eq!(s.with_last_mut(Option::take), Some(4));
    assert_eq!(s.with_last(|v| *v), None);
}

#[test]
fn guard_ops() {
    let s = log();
    {
        let a: Ref<'_, Vec<String>> = s.borrow_lines();
        let b = s.borrow_lines();
        assert_eq!(a.len(), b.len());
        // Shared borrows coexist; a mutable one is refused while they live.
        assert!(s.try_borrow_lines().is_ok());
        assert!(s.try_borrow_lines_mut().is_err());
    }
    {
        let mut g: RefMut<'_, Vec<String>> = s.borrow_lines_mut();
        g.push("m".to_owned());
        assert!(s.try_borrow_lines().is_err());
        assert!(s.try_borrow_lines_mut().is_err());
    }
    assert_eq!(s.lines(), ["a", "m"]);
    {
        let mut g = s.try_borrow_lines_mut().expect("nothing is borrowed");
        g.clear();
    }
    let g = s.try_borrow_lines().expect("nothing is mutably borrowed");
    assert!(g.is_empty());
}

#[test]
fn try_borrow_errors_while_borrowed_in_closure() {
    let s = log();
    s.with_lines(|_| {
        assert!(s.try_borrow_lines().is_ok());
        assert!(s.try_borrow_lines_mut().is_err());
    });
    s.with_lines_mut(|_| {
        assert!(s.try_borrow_lines().is_err());
        assert!(s.try_borrow_lines_mut().is_err());
    });
}

/// Each case holds a conflicting borrow, calls one accessor, and expects a panic on the line of
/// that call, in this file.
#[test]
fn conflicting_borrow_panics_at_callers_line() {
    let s = log();
    let file = file!();
    let expect_at = |line: u32, caught: Result<(), support::Caught>| {
        let caught = caught.expect_err("a conflicting borrow panics");
        assert_eq!(
            (caught.file.as_str(), caught.line),
            (file, line),
            "{caught:?}"
        );
    };

    let held = s.borrow_lines_mut();
    let line = line!() + 1;
    expect_at(line, catch_panic(|| s.with_lines(|_| ())));
    let line = line!() + 1;
    expect_at(line, catch_panic(|| drop(s.lines())));
    let line = line!() + 1;
    expect_at(line, catch_panic(|| drop(s.borrow_lines())));
    drop(held);

    let held = s.borrow_lines();
    let line = line!() + 1;
    expect_at(line, catch_panic(|| s.with_lines_mut(|_| ())));
    let line = line!() + 1;
    expect_at(line, catch_panic(|| s.set_lines(Vec::new())));
    let line = line!() + 1;
    expect_at(line, catch_panic(|| drop(s.replace_lines(Vec::new()))));
    let line = line!() + 1;
    expect_at(line, catch_panic(|| drop(s.take_lines())));
    let line = line!() + 1;
    expect_at(line, catch_panic(|| drop(s.borrow_lines_mut())));
    drop(held);

    // Re-entrance from inside a closure points at the inner call.
    let line = line!() + 1;
    let inner = |_: &Vec<String>| s.with_lines_mut(|_| ());
    expect_at(line, catch_panic(|| s.with_lines(inner)));

    // Nothing changed and nothing is left borrowed.
    assert_eq!(s.lines(), ["a"]);
    assert!(s.try_borrow_lines_mut().is_ok());
}

#[test]
fn panic_message_is_refcells() {
    let s = log();
    let _held = s.borrow_lines();
    let caught = catch_panic(|| s.with_lines_mut(|_| ())).expect_err("conflict");
    assert!(caught.message.contains("borrowed"), "{}", caught.message);
}

type Lines = RefCell<Vec<&'static str>>;

#[derive(Interior)]
struct Aliased {
    #[refcell(
        with,
        with_mut,
        set,
        replace,
        get,
        take,
        borrow,
        borrow_mut,
        try_borrow,
        try_borrow_mut
    )]
    lines: Lines,
}

#[test]
fn type_alias() {
    let s = Aliased {
        lines: Lines::default(),
    };
    s.with_lines_mut(|l| l.push("a"));
    assert_eq!(s.with_lines(Vec::len), 1);
    s.set_lines(vec!["b"]);
    assert_eq!(s.replace_lines(vec!["c"]), ["b"]);
    assert_eq!(s.lines(), ["c"]);
    s.borrow_lines_mut().push("d");
    assert_eq!(*s.borrow_lines(), ["c", "d"]);
    {
        let _g = s.borrow_lines();
        assert!(s.try_borrow_lines_mut().is_err());
        assert!(s.try_borrow_lines().is_ok());
    }
    assert_eq!(s.take_lines(), ["c", "d"]);
    assert!(s.lines().is_empty());

    let _held = s.borrow_lines_mut();
    let line = line!() + 1;
    let caught = catch_panic(|| s.with_lines(|_| ())).expect_err("conflict");
    assert_eq!((caught.file.as_str(), caught.line), (file!(), line));
}

#[derive(Interior)]
struct Shared {
    #[refcell(with, with_mut, get, set, borrow, try_borrow_mut)]
    names: Rc<RefCell<Vec<u8>>>,
}

#[test]
fn rc_refcell_is_looked_through_and_shared() {
    let a = Shared {
        names: Rc::default(),
    };
    let b = Shared {
        names: Rc::clone(&a.names),
    };
    a.with_names_mut(|n| n.push(1));
    assert_eq!(b.names(), [1]);
    b.set_names(vec![2, 3]);
    assert_eq!(a.with_names(|n| n.iter().sum::<u8>()), 5);
    let guard = a.borrow_names();
    assert!(b.try_borrow_names_mut().is_err());
    drop(guard);
    assert!(b.try_borrow_names_mut().is_ok());
}

/// Records, when dropped, whether `PROBED` could be borrowed mutably at that moment.
struct Probe;

thread_local! {
    static PROBED: Probed = const {
        Probed {
            slot: RefCell::new(None),
            free_at_drop: std::cell::Cell::new(None),
        }
    };
}

#[derive(Interior)]
struct Probed {
    #[refcell(set, try_borrow_mut)]
    slot: RefCell<Option<Probe>>,
    free_at_drop: std::cell::Cell<Option<bool>>,
}

impl Drop for Probe {
    fn drop(&mut self) {
        PROBED.with(|p| p.free_at_drop.set(Some(p.try_borrow_slot_mut().is_ok())));
    }
}

#[test]
fn set_drops_the_previous_value_after_the_borrow_ends() {
    PROBED.with(|p| {
        p.set_slot(Some(Probe));
        assert_eq!(p.free_at_drop.get(), None);
        p.set_slot(None);
        assert_eq!(p.free_at_drop.get(), Some(true));
    });
}
