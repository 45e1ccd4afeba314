use interior::Interior;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, OnceLock, RwLock};

#[derive(Interior)]
#[interior(vis = "pub")]
pub struct Sink {
    /// Number of lines sent so far.
    #[cell(contract = "bookkeeping")]
    sent: Cell<u64>,
    #[refcell(
        get,
        with_mut,
        take,
        borrow,
        borrow_mut,
        try_borrow,
        try_borrow_mut,
        with,
        set,
        replace
    )]
    lines: RefCell<Vec<String>>,
    #[once]
    cache: OnceCell<String>,
    #[once(get, get_or_init, set)]
    global: OnceLock<u32>,
    #[sync(get, take, lock, with, with_mut, set, replace)]
    m: Mutex<Vec<u8>>,
    #[sync(get, read, write, poison = "recover")]
    rw: Arc<RwLock<String>>,
    #[sync(update, fetch_add, compare_exchange, ordering = "acq_rel")]
    n: AtomicU64,
    #[cell]
    shared: Rc<Cell<i32>>,
    name: String,
}

#[test]
fn smoke() {
    let s = Sink {
        sent: Cell::new(0),
        lines: RefCell::default(),
        cache: OnceCell::new(),
        global: OnceLock::new(),
        m: Mutex::default(),
        rw: Arc::default(),
        n: AtomicU64::new(0),
        shared: Rc::default(),
        name: String::new(),
    };
    s.set_sent(s.sent() + 1);
    assert_eq!(s.update_sent(|v| v * 10), 10);
    s.with_lines_mut(|l| l.push("a".into()));
    assert_eq!(s.lines(), vec!["a".to_owned()]);
    assert_eq!(s.cache_or_init(|| "x".into()), "x");
    assert_eq!(s.fetch_add_n(2), 0);
    assert_eq!(s.update_n(|v| v + 1), 3);
    println!("{:#?}", Sink::FIELDS);
    let _ = &s.name;
}
