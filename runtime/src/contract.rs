//! The contract types that `#[derive(Interior)]` describes a struct with.

use core::fmt;

/// A struct whose interior-mutable fields are described by `#[derive(Interior)]`.
///
/// The derive implements this trait; `FIELDS` lists the marked fields in declaration order.
///
/// ```
/// use core::cell::Cell;
/// use interior::{ContractClass, Interior, Mechanism};
///
/// #[derive(Interior)]
/// struct Stats {
///     #[cell(contract = "bookkeeping")]
///     hits: Cell<u64>,
/// }
///
/// let field = &Stats::FIELDS[0];
/// assert_eq!(field.field, "hits");
/// assert_eq!(field.mechanism, Mechanism::Cell);
/// assert_eq!(field.contract, ContractClass::Bookkeeping);
/// assert_eq!(field.methods, ["hits", "set_hits", "replace_hits", "update_hits"]);
/// assert!(!field.thread_safe);
/// ```
pub trait Interior {
    /// The struct's interior-mutable fields, in declaration order.
    const FIELDS: &'static [FieldContract];
}

/// The mutation contract of one interior-mutable field, as `#[derive(Interior)]` generated it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FieldContract {
    /// The field's own name without `r#` (also when `rename` is set); for a tuple field, its
    /// index among all the struct's fields (`"0"`).
    pub field: &'static str,
    /// The storage that makes the field mutable through `&self`.
    pub mechanism: Mechanism,
    /// What a change of the field means to the struct's users.
    pub contract: ContractClass,
    /// The names of the generated methods, without `r#`, in the order the mode lists its ops.
    pub methods: &'static [&'static str],
    /// Whether the mechanism is thread-safe: true for locks, atomics, `OnceLock`, `LazyLock`
    /// and an `Arc` of them; false for `Cell`, `RefCell`, `OnceCell`, `LazyCell` and an `Rc` of
    /// anything. For a type alias, the answer for the type it names (an alias of
    /// `Rc<Mutex<T>>` is not thread-safe).
    pub thread_safe: bool,
    /// Whether the field is a `#[weak]` link (or a list of links): its `RefCell`, `Mutex` or
    /// `RwLock` holds `Weak` references that never keep their targets alive.
    pub weak: bool,
}

/// The storage that makes a field mutable through `&self`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Mechanism {
    /// `Cell<T>`: values are copied in and out; never panics; `!Sync`.
    Cell,
    /// `RefCell<T>`: dynamically checked borrows that panic on conflict; `!Sync`.
    RefCell,
    /// `Mutex<T>` (std or `parking_lot`): a blocking exclusive lock.
    Mutex,
    /// `RwLock<T>` (std or `parking_lot`): a blocking reader-writer lock.
    RwLock,
    /// An atomic integer or `AtomicBool`: lock-free hardware operations.
    Atomic,
    /// `OnceCell<T>`: written at most once; `!Sync`.
    OnceCell,
    /// `OnceLock<T>`: written at most once; thread-safe.
    OnceLock,
    /// `LazyCell<T, F>`: computed by its initializer on first use; `!Sync`.
    LazyCell,
    /// `LazyLock<T, F>`: computed by its initializer on first use; thread-safe.
    LazyLock,
    /// `tokio::sync::Mutex<T>`: an exclusive lock whose accessors are `async` and wait without
    /// blocking the thread; thread-safe.
    AsyncMutex,
    /// `tokio::sync::RwLock<T>`: a reader-writer lock whose accessors are `async`; thread-safe.
    AsyncRwLock,
    /// `arc_swap::ArcSwap<T>`: an atomically swapped `Arc` snapshot; readers never wait;
    /// thread-safe.
    ArcSwap,
}

impl Mechanism {
    /// The name used in docs and by `Display`: `cell`, `refcell`, `mutex`, `rwlock`, `atomic`,
    /// `once_cell`, `once_lock`, `lazy_cell`, `lazy_lock`, `async_mutex`, `async_rwlock` or
    /// `arc_swap`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Mechanism::Cell => "cell",
            Mechanism::RefCell => "refcell",
            Mechanism::Mutex => "mutex",
            Mechanism::RwLock => "rwlock",
            Mechanism::Atomic => "atomic",
            Mechanism::OnceCell => "once_cell",
            Mechanism::OnceLock => "once_lock",
            Mechanism::LazyCell => "lazy_cell",
            Mechanism::LazyLock => "lazy_lock",
            Mechanism::AsyncMutex => "async_mutex",
            Mechanism::AsyncRwLock => "async_rwlock",
            Mechanism::ArcSwap => "arc_swap",
        }
    }
}

impl fmt::Display for Mechanism {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What a change of an interior-mutable field means to the users of its struct.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ContractClass {
    /// Hidden logical bookkeeping that does not change the value's observable meaning
    /// (counters, statistics).
    Bookkeeping,
    /// Memoized results: recomputable, invisible except for speed.
    Cache,
    /// Externally visible state that callers must expect to change between calls.
    State,
}

impl ContractClass {
    /// The name used in attributes, docs and by `Display`: `bookkeeping`, `cache` or `state`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ContractClass::Bookkeeping => "bookkeeping",
            ContractClass::Cache => "cache",
            ContractClass::State => "state",
        }
    }
}

impl fmt::Display for ContractClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
