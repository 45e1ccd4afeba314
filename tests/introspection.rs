//! `Interior::FIELDS`: names, mechanisms, contract classes, method names and thread safety of
//! every kind of field; `Display` of the contract types; generics carried over.

#![allow(missing_docs)]

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use interior::{ContractClass, FieldContract, Interior, Mechanism};

type Memo = OnceCell<String>;
type GlobalMemo = OnceLock<u32>;
type Table = RwLock<Vec<u8>>;
type Hits = AtomicU64;
type Counter = Cell<u32>;
type Lines = RefCell<Vec<String>>;

#[derive(Interior)]
#[allow(dead_code)]
struct Everything {
    #[cell(contract = "bookkeeping")]
    hits: Cell<u64>,
    #[cell(take, get)]
    r#type: Cell<u8>,
    #[cell(rename = "count", get(rename = "peek"), set, contract = "state")]
    c: Counter,
    #[refcell(get, with_mut)]
    lines: RefCell<Vec<String>>,
    #[refcell(contract = "cache", rename = "loop")]
    looped: Rc<RefCell<u8>>,
    #[refcell(borrow)]
    aliased_lines: Lines,
    #[once(contract = "cache")]
    memo: OnceCell<String>,
    #[once]
    global: OnceLock<u32>,
    #[once(get)]
    memo_alias: Memo,
    #[once(get)]
    global_alias: GlobalMemo,
    #[once(get)]
    arc_global: Arc<GlobalMemo>,
    #[once(get)]
    rc_global: Rc<OnceLock<u32>>,
    #[sync(get, lock)]
    mutex: Arc<Mutex<u8>>,
    #[sync(read, write)]
    rwlock: RwLock<u8>,
    #[sync(kind = "rwlock", with)]
    table: Table,
    #[sync(get)]
    parking: parking_lot::Mutex<u8>,
    #[sync(fetch_add, compare_exchange, contract = "bookkeeping")]
    atomic: AtomicU64,
    #[sync(kind = "atomic", get)]
    hits_alias: Hits,
    #[sync(get)]
    rc_atomic: Rc<AtomicBool>,
    #[cell(get)]
    arc_cell: Arc<Cell<u8>>,
    unmarked: String,
}

fn field(name: &str) -> &'static FieldContract {
    Everything::FIELDS
        .iter()
        .find(|f| f.field == name)
        .unwrap_or_else(|| panic!("no FieldContract for `{name}`"))
}

#[test]
fn lists_marked_fields_in_declaration_order() {
    let names: Vec<&str> = Everything::FIELDS.iter().map(|f| f.field).collect();
    assert_eq!(
        names,
        [
            "hits",
            "type",
            "c",
            "lines",
            "looped",
            "aliased_lines",
            "memo",
            "global",
            "memo_alias",
            "global_alias",
            "arc_global",
            "rc_global",
            "mutex",
            "rwlock",
            "table",
            "parking",
            "atomic",
            "hits_alias",
            "rc_atomic",
            "arc_cell",
        ]
    );
}

#[test]
fn mechanisms() {
    let expected = [
        ("hits", Mechanism::Cell),
        ("c", Mechanism::Cell),
        ("arc_cell", Mechanism::Cell),
        ("lines", Mechanism::RefCell),
        ("looped", Mechanism::RefCell),
        ("aliased_lines", Mechanism::RefCell),
        ("memo", Mechanism::OnceCell),
        ("memo_alias", Mechanism::OnceCell),
        ("global", Mechanism::OnceLock),
        ("global_alias", Mechanism::OnceLock),
        ("arc_global", Mechanism::OnceLock),
        ("rc_global", Mechanism::OnceLock),
        ("mutex", Mechanism::Mutex),
        ("parking", Mechanism::Mutex),
        ("rwlock", Mechanism::RwLock),
        ("table", Mechanism::RwLock),
        ("atomic", Mechanism::Atomic),
        ("hits_alias", Mechanism::Atomic),
        ("rc_atomic", Mechanism::Atomic),
    ];
    for (name, mechanism) in expected {
        assert_eq!(field(name).mechanism, mechanism, "{name}");
    }
}

#[test]
fn contract_classes_default_to_state() {
    for f in Everything::FIELDS {
        let expected = match f.field {
            "hits" | "atomic" => ContractClass::Bookkeeping,
            "looped" | "memo" => ContractClass::Cache,
            _ => ContractClass::State,
        };
        assert_eq!(f.contract, expected, "{}", f.field);
    }
}

#[test]
fn method_names_in_mode_order_without_raw_prefix() {
    let expected: [(&str, &[&str]); 20] = [
        ("hits", &["hits", "set_hits", "replace_hits", "update_hits"]),
        ("type", &["type", "take_type"]),
        ("c", &["peek", "set_count"]),
        ("lines", &["with_lines_mut", "lines"]),
        (
            "looped",
            &["with_loop", "with_loop_mut", "set_loop", "replace_loop"],
        ),
        ("aliased_lines", &["borrow_aliased_lines"]),
        ("memo", &["memo", "memo_or_init"]),
        ("global", &["global", "global_or_init"]),
        ("memo_alias", &["memo_alias"]),
        ("global_alias", &["global_alias"]),
        ("arc_global", &["arc_global"]),
        ("rc_global", &["rc_global"]),
        ("mutex", &["mutex", "lock_mutex"]),
        ("rwlock", &["read_rwlock", "write_rwlock"]),
        ("table", &["with_table"]),
        ("parking", &["parking"]),
        ("atomic", &["compare_exchange_atomic", "fetch_add_atomic"]),
        ("hits_alias", &["hits_alias"]),
        ("rc_atomic", &["rc_atomic"]),
        ("arc_cell", &["arc_cell"]),
    ];
    for (name, methods) in expected {
        assert_eq!(field(name).methods, methods, "{name}");
    }
    assert_eq!(Everything::FIELDS.len(), expected.len());
}

#[test]
fn thread_safety_of_each_mechanism() {
    for f in Everything::FIELDS {
        let expected = matches!(
            f.field,
            "global"
                | "global_alias"
                | "arc_global"
                | "mutex"
                | "rwlock"
                | "table"
                | "parking"
                | "atomic"
                | "hits_alias"
        );
        assert_eq!(f.thread_safe, expected, "{}", f.field);
    }
}

#[test]
fn methods_listed_are_the_methods_generated() {
    // A few of the listed names, called: the list is not just strings.
    let s = Everything {
        hits: Cell::new(1),
        r#type: Cell::new(2),
        c: Counter::new(3),
        lines: RefCell::default(),
        looped: Rc::default(),
        aliased_lines: Lines::default(),
        memo: OnceCell::new(),
        global: OnceLock::new(),
        memo_alias: Memo::new(),
        global_alias: GlobalMemo::new(),
        arc_global: Arc::default(),
        rc_global: Rc::default(),
        mutex: Arc::default(),
        rwlock: RwLock::default(),
        table: Table::default(),
        parking: parking_lot::Mutex::default(),
        atomic: AtomicU64::new(0),
        hits_alias: Hits::new(4),
        rc_atomic: Rc::default(),
        arc_cell: Arc::default(),
        unmarked: String::new(),
    };
    assert_eq!(s.r#type(), 2);
    assert_eq!(s.take_type(), 2);
    assert_eq!(s.peek(), 3);
    s.set_count(5);
    assert_eq!(s.peek(), 5);
    s.set_loop(6);
    assert_eq!(s.with_loop(|v| *v), 6);
    assert_eq!(s.fetch_add_atomic(1), 0);
    assert_eq!(s.compare_exchange_atomic(1, 2), Ok(1));
    assert_eq!(s.hits_alias(), 4);
    assert_eq!(s.borrow_aliased_lines().len(), 0);
}

#[test]
fn field_contract_is_debug() {
    let text = format!("{:?}", field("hits"));
    for part in ["hits", "Cell", "Bookkeeping", "update_hits", "false"] {
        assert!(text.contains(part), "{text}");
    }
}

#[derive(Interior)]
struct Pair(
    #[cell(rename = "left")] Cell<i32>,
    String,
    #[sync(rename = "right", get)] Mutex<i32>,
);

#[test]
fn tuple_fields_are_named_by_index() {
    let [left, right] = Pair::FIELDS else {
        panic!("two marked fields: {:?}", Pair::FIELDS);
    };
    assert_eq!(left.field, "0");
    assert_eq!(
        left.methods,
        ["left", "set_left", "replace_left", "update_left"]
    );
    assert_eq!(right.field, "2");
    assert_eq!(right.methods, ["right"]);
    assert_eq!(right.mechanism, Mechanism::Mutex);
    assert!(right.thread_safe);
    let p = Pair(Cell::new(1), String::new(), Mutex::new(2));
    assert_eq!((p.left(), p.right(), p.1.len()), (1, 2, 0));
}

#[test]
fn display_of_mechanism_and_contract_class() {
    let mechanisms = [
        (Mechanism::Cell, "cell"),
        (Mechanism::RefCell, "refcell"),
        (Mechanism::Mutex, "mutex"),
        (Mechanism::RwLock, "rwlock"),
        (Mechanism::Atomic, "atomic"),
        (Mechanism::OnceCell, "once_cell"),
        (Mechanism::OnceLock, "once_lock"),
    ];
    for (mechanism, text) in mechanisms {
        assert_eq!(mechanism.to_string(), text);
    }
    let classes = [
        (ContractClass::Bookkeeping, "bookkeeping"),
        (ContractClass::Cache, "cache"),
        (ContractClass::State, "state"),
    ];
    for (class, text) in classes {
        assert_eq!(class.to_string(), text);
    }
    // Width and alignment are honoured, as for `str`.
    assert_eq!(format!("[{:>9}]", Mechanism::Cell), "[     cell]");
    assert_eq!(format!("[{:<7}]", ContractClass::Cache), "[cache  ]");
}

#[test]
fn contract_types_are_copy_eq_debug() {
    let m = Mechanism::OnceLock;
    let copy = m;
    assert_eq!(m, copy);
    assert_ne!(Mechanism::OnceCell, Mechanism::OnceLock);
    assert_eq!(format!("{m:?}"), "OnceLock");
    let c = ContractClass::Cache;
    let copy = c;
    assert_eq!(c, copy);
    assert_eq!(format!("{c:?}"), "Cache");
}

#[derive(Interior)]
struct Holder<'a, T: Clone, const N: usize>
where
    T: Default,
{
    #[cell(get, set)]
    len: Cell<usize>,
    #[refcell(get, with_mut, take)]
    items: RefCell<[T; N]>,
    #[once(contract = "cache")]
    label: OnceCell<&'a str>,
    #[sync(get, set)]
    latest: Mutex<T>,
    #[sync(get, replace)]
    pair: RwLock<(T, [u8; N])>,
    borrowed: &'a [T],
}

impl<'a, T: Clone + Default, const N: usize> Holder<'a, T, N>
where
    [T; N]: Default,
{
    fn new(borrowed: &'a [T]) -> Self {
        Holder {
            len: Cell::new(N),
            items: RefCell::default(),
            label: OnceCell::new(),
            latest: Mutex::default(),
            pair: RwLock::new((T::default(), [0; N])),
            borrowed,
        }
    }
}

#[test]
fn generics_lifetimes_const_generics_and_where_clauses_carry_over() {
    let backing = vec!["x".to_owned()];
    let h: Holder<'_, String, 3> = Holder::new(&backing);
    assert_eq!(h.len(), 3);
    h.set_len(h.borrowed.len());
    assert_eq!(h.len(), 1);
    h.with_items_mut(|items| items[2] = "c".to_owned());
    assert_eq!(h.items(), [String::new(), String::new(), "c".to_owned()]);
    assert_eq!(h.take_items()[2], "c");
    assert_eq!(h.items()[2], "");
    let name = String::from("holder");
    assert_eq!(*h.label_or_init(|| &name[..3]), "hol");
    assert_eq!(h.label(), Some(&"hol"));
    h.set_latest("new".to_owned());
    assert_eq!(h.latest(), "new");
    assert_eq!(h.replace_pair(("p".to_owned(), [1, 2, 3])).1, [0; 3]);
    assert_eq!(h.pair(), ("p".to_owned(), [1, 2, 3]));

    let fields = <Holder<'static, u8, 2> as Interior>::FIELDS;
    let names: Vec<_> = fields.iter().map(|f| (f.field, f.mechanism)).collect();
    assert_eq!(
        names,
        [
            ("len", Mechanism::Cell),
            ("items", Mechanism::RefCell),
            ("label", Mechanism::OnceCell),
            ("latest", Mechanism::Mutex),
            ("pair", Mechanism::RwLock),
        ]
    );
    assert_eq!(fields[2].contract, ContractClass::Cache);
    assert_eq!(fields[1].methods, ["with_items_mut", "items", "take_items"]);
}

type SharedLock<T> = Rc<Mutex<T>>;
type SyncLock<T> = Arc<Mutex<T>>;
type SharedCell<T> = Rc<Cell<T>>;
type Once<T> = OnceLock<T>;
type SharedHits = Rc<AtomicU64>;

/// Aliases hide what the macro would need to see (`Rc` or `Arc`, `OnceCell` or `OnceLock`):
/// `thread_safe` comes from the type itself, through the runtime.
#[derive(Interior)]
#[allow(dead_code)]
struct Aliases {
    #[sync(kind = "mutex", get)]
    rc_mutex: SharedLock<u8>,
    #[sync(kind = "mutex", get)]
    arc_mutex: SyncLock<u8>,
    #[cell(get)]
    rc_cell: SharedCell<u8>,
    #[once(get)]
    once_lock: Once<u8>,
    #[sync(kind = "atomic", get)]
    rc_atomic: SharedHits,
}

#[test]
fn thread_safety_of_aliases_comes_from_the_type() {
    let safe: Vec<(&str, bool)> = Aliases::FIELDS
        .iter()
        .map(|f| (f.field, f.thread_safe))
        .collect();
    assert_eq!(
        safe,
        [
            ("rc_mutex", false),
            ("arc_mutex", true),
            ("rc_cell", false),
            ("once_lock", true),
            ("rc_atomic", false),
        ]
    );
}

/// SPEC §17: `introspect = false` generates no `Interior` impl; the accessors stay.
#[derive(Interior, Default)]
#[interior(introspect = false)]
struct Private {
    #[cell(get, set)]
    secret: Cell<u32>,
}

/// The same struct with its contract, for contrast.
#[derive(Interior, Default)]
#[interior(introspect = true)]
struct Public {
    #[cell(get, set)]
    open: Cell<u32>,
}

/// Autoref dispatch on `&Probe<T>`: the `Probe<T>` impl (whose `&self` is `&Probe<T>`) is
/// found first, and applies only where `T: Interior`; the `&Probe<T>` one otherwise.
struct Probe<T>(std::marker::PhantomData<T>);

trait HasContract {
    fn implements_interior(&self) -> bool {
        true
    }
}
impl<T: Interior> HasContract for Probe<T> {}

trait NoContract {
    fn implements_interior(&self) -> bool {
        false
    }
}
impl<T> NoContract for &Probe<T> {}

#[test]
fn introspect_false_keeps_the_accessors_and_drops_the_impl() {
    let p = Private::default();
    p.set_secret(3);
    assert_eq!(p.secret(), 3);
    assert!(!(&Probe::<Private>(std::marker::PhantomData)).implements_interior());
    #[allow(
        clippy::needless_borrow,
        reason = "the same autoref probe as above, whose `&` picks the impl"
    )]
    let public = (&Probe::<Public>(std::marker::PhantomData)).implements_interior();
    assert!(public);
    assert_eq!(Public::FIELDS[0].field, "open");
    let q = Public::default();
    q.set_open(1);
    assert_eq!(q.open(), 1);
}
