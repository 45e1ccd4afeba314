//! Type aliases (with and without `kind`), generics with a where clause, a tuple struct, and
//! `thread_safe` on a generic struct.

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::atomic::AtomicU32;
use std::sync::{Mutex, RwLock};

use interior::Interior;

/// A `Cell` behind an alias.
pub type Counter = Cell<u32>;
/// A `RefCell` behind an alias.
pub type Buffer = RefCell<Vec<u8>>;
/// A `OnceCell` behind an alias.
pub type Lazy = OnceCell<String>;
/// A `Mutex` behind an alias.
pub type Queue = Mutex<Vec<u32>>;
/// An `RwLock` behind an alias.
pub type Settings = RwLock<String>;
/// An atomic behind an alias.
pub type Ticket = AtomicU32;

/// Fields whose types the macro cannot read: the mode (and `kind` under `#[sync]`) says what
/// they are.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Aliased {
    /// An aliased `Cell`.
    #[cell(get, set, replace, update, take)]
    counter: Counter,
    /// An aliased `RefCell`.
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
    buffer: Buffer,
    /// An aliased `OnceCell`.
    #[once(get, get_or_init, set)]
    lazy: Lazy,
    /// An aliased `Mutex`.
    #[sync(with, with_mut, set, replace, get, take, lock, kind = "mutex")]
    queue: Queue,
    /// An aliased `RwLock`.
    #[sync(with, with_mut, set, replace, get, take, read, write, kind = "rwlock")]
    settings: Settings,
    /// An aliased atomic.
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
        fetch_xor,
        kind = "atomic",
        ordering = "acq_rel"
    )]
    ticket: Ticket,
}

/// A generic struct with a where clause; the ops' bounds land on the methods.
#[derive(Interior)]
#[interior(vis = "pub")]
pub struct Slot<'a, T, U, const N: usize>
where
    T: Copy,
    U: ?Sized,
{
    /// A copyable value.
    #[cell(get, set, replace, update, take)]
    value: Cell<T>,
    /// A list of values.
    #[refcell(get, take, with, with_mut, set, replace)]
    items: RefCell<Vec<T>>,
    /// An array of values.
    #[sync(get, take, with, set)]
    array: Mutex<[u8; N]>,
    /// A borrowed name.
    pub name: &'a U,
}

impl<'a, T: Copy, U: ?Sized, const N: usize> Slot<'a, T, U, N> {
    /// A slot holding `value`.
    pub const fn new(value: T, name: &'a U) -> Self {
        Self {
            value: Cell::new(value),
            items: RefCell::new(Vec::new()),
            array: Mutex::new([0; N]),
            name,
        }
    }
}

/// A generic struct asserted thread-safe for thread-safe parameters.
#[derive(Interior, Default)]
#[interior(vis = "pub", thread_safe)]
pub struct Guarded<T>
where
    T: Send,
{
    /// The guarded value.
    #[sync(get, take, with, with_mut, set, replace, lock)]
    value: Mutex<T>,
}

/// A tuple struct: every marked field names its methods with `rename`.
#[derive(Interior, Default)]
pub struct Pair(
    #[cell(rename = "left", vis = "pub")] Cell<u8>,
    #[refcell(rename = "right", vis = "pub", get, set)] RefCell<String>,
    /// Unmarked.
    pub u8,
);

/// Calls every method of [`Aliased`], [`Slot`], [`Guarded`] and [`Pair`].
#[must_use]
pub fn exercise() -> usize {
    let aliased = Aliased::default();
    aliased.set_counter(1);
    let mut n = aliased.counter() + aliased.replace_counter(2) + aliased.update_counter(|c| c + 1);
    n += aliased.take_counter();

    aliased.set_buffer(vec![1]);
    aliased.with_buffer_mut(|b| b.push(2));
    let mut len = aliased.with_buffer(Vec::len) + aliased.replace_buffer(Vec::new()).len();
    len += aliased.buffer().len() + aliased.take_buffer().len();
    aliased.borrow_buffer_mut().push(3);
    len += aliased.borrow_buffer().len();
    len += aliased.try_borrow_buffer().map_or(0, |b| b.len());
    len += aliased.try_borrow_buffer_mut().map_or(0, |b| b.len());

    len += aliased.lazy().map_or(0, String::len) + aliased.lazy_or_init(|| "x".to_owned()).len();
    len += aliased
        .set_lazy("y".to_owned())
        .map_or_else(|s| s.len(), |()| 0);

    aliased.set_queue(vec![1]);
    aliased.with_queue_mut(|q| q.push(2));
    len += aliased.with_queue(Vec::len) + aliased.replace_queue(Vec::new()).len();
    len += aliased.queue().len() + aliased.take_queue().len();
    aliased.lock_queue().push(3);

    aliased.set_settings("a".to_owned());
    aliased.with_settings_mut(|s| s.push('b'));
    len += aliased.with_settings(String::len) + aliased.replace_settings(String::new()).len();
    len += aliased.settings().len() + aliased.take_settings().len();
    aliased.write_settings().push('c');
    len += aliased.read_settings().len();

    aliased.set_ticket(1);
    n += aliased.ticket() + aliased.replace_ticket(2) + aliased.update_ticket(|t| t + 1);
    n += aliased
        .compare_exchange_ticket(3, 4)
        .unwrap_or_else(|found| found);
    n += aliased.fetch_add_ticket(1) + aliased.fetch_sub_ticket(1);
    n += aliased.fetch_max_ticket(9) + aliased.fetch_min_ticket(2);
    n += aliased.fetch_and_ticket(3) + aliased.fetch_or_ticket(4) + aliased.fetch_xor_ticket(1);

    let slot: Slot<'_, u16, str, 3> = Slot::new(1, "slot");
    slot.set_value(2);
    let mut v =
        slot.value() + slot.replace_value(3) + slot.update_value(|x| x + 1) + slot.take_value();
    slot.set_items(vec![1]);
    slot.with_items_mut(|i| i.push(2));
    len += slot.with_items(Vec::len) + slot.replace_items(Vec::new()).len();
    len += slot.items().len() + slot.take_items().len() + slot.name.len();
    slot.set_array([1; 3]);
    len += slot.with_array(|a| a.len()) + slot.array().len() + slot.take_array().len();

    let guarded: Guarded<Vec<u16>> = Guarded::default();
    guarded.set_value(vec![1]);
    guarded.with_value_mut(|x| x.push(2));
    len += guarded.with_value(Vec::len) + guarded.replace_value(Vec::new()).len();
    len += guarded.value().len() + guarded.take_value().len();
    guarded.lock_value().push(3);

    let pair = Pair::default();
    pair.set_left(1);
    v += u16::from(pair.left() + pair.replace_left(2) + pair.update_left(|l| l + 1) + pair.2);
    pair.set_right("r".to_owned());
    len += pair.right().len();

    n as usize + len + usize::from(v)
}
