//! `#[cell]` and `#[refcell]` with every op.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use interior::Interior;

/// Every `#[cell]` op, on a plain `Cell` and on one shared through an `Rc`.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Counters {
    /// Requests served.
    #[cell(get, set, replace, update, take, contract = "bookkeeping")]
    served: Cell<u64>,
    /// A counter shared with other owners.
    #[cell(get, set, replace, update, take)]
    shared: Rc<Cell<i32>>,
    /// An optional label.
    #[cell(take, set, replace)]
    label: Cell<Option<&'static str>>,
}

/// Every `#[refcell]` op, on a plain `RefCell` and on one shared through an `Rc`.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Journal {
    /// Lines written so far.
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
        try_borrow_mut,
        contract = "state"
    )]
    lines: RefCell<Vec<String>>,
    /// Tags shared with other journals.
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
    tags: Rc<RefCell<Vec<u8>>>,
}

/// Calls every method of [`Counters`] and [`Journal`].
#[must_use]
pub fn exercise() -> usize {
    let c = Counters::default();
    c.set_served(1);
    let served = c.replace_served(2) + c.update_served(|n| n + 1) + c.take_served() + c.served();
    c.set_shared(3);
    let shared = c.replace_shared(4) + c.update_shared(|n| n * 2) + c.take_shared() + c.shared();
    c.set_label(Some("x"));
    let label = c.replace_label(None).map_or(0, str::len) + c.take_label().map_or(0, str::len);

    let j = Journal::default();
    j.set_lines(vec!["a".to_owned()]);
    j.with_lines_mut(|l| l.push("b".to_owned()));
    let mut n = j.with_lines(Vec::len);
    n += j.replace_lines(Vec::new()).len();
    n += j.lines().len() + j.take_lines().len();
    j.borrow_lines_mut().push("c".to_owned());
    n += j.borrow_lines().len();
    n += j.try_borrow_lines().map_or(0, |l| l.len());
    n += j.try_borrow_lines_mut().map_or(0, |l| l.len());

    j.set_tags(vec![1]);
    j.with_tags_mut(|t| t.push(2));
    n += j.with_tags(Vec::len) + j.replace_tags(Vec::new()).len();
    n += j.tags().len() + j.take_tags().len();
    j.borrow_tags_mut().push(3);
    n += j.borrow_tags().len();
    n += j.try_borrow_tags().map_or(0, |t| t.len());
    n += j.try_borrow_tags_mut().map_or(0, |t| t.len());

    usize::try_from(served).unwrap_or_default()
        + usize::try_from(shared).unwrap_or_default()
        + label
        + n
}
