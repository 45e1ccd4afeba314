//! The vocabulary of the attributes: modes, ops, option names and the values options take.
//! A leaf: it imports nothing from this crate, and every stage may use it.

/// A mode attribute: `#[cell]`, `#[refcell]`, `#[sync]`, `#[once]`, `#[weak]`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    Cell,
    RefCell,
    Sync,
    Once,
    Weak,
}

impl Mode {
    pub(crate) const ALL: [Mode; 5] = [
        Mode::Cell,
        Mode::RefCell,
        Mode::Sync,
        Mode::Once,
        Mode::Weak,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Mode::Cell => "cell",
            Mode::RefCell => "refcell",
            Mode::Sync => "sync",
            Mode::Once => "once",
            Mode::Weak => "weak",
        }
    }

    pub(crate) fn from_path(path: &syn::Path) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| path.is_ident(m.name()))
    }

    /// The options (other than ops) that apply in this mode, for error messages.
    pub(crate) fn options(self) -> &'static [&'static str] {
        match self {
            Mode::Sync => &[
                "vis", "rename", "contract", "ordering", "poison", "kind", "async",
            ],
            Mode::Weak => &["vis", "rename", "contract", "poison"],
            Mode::Once => &["vis", "rename", "contract", "init"],
            Mode::Cell | Mode::RefCell => &["vis", "rename", "contract"],
        }
    }
}

/// The options of `#[interior(...)]`.
pub(crate) const STRUCT_OPTIONS: &[&str] = &[
    "vis",
    "ordering",
    "poison",
    "thread_safe",
    "crate",
    "into",
    "introspect",
];
/// The options of an op: `get(vis = "...", rename = "...", ordering = "...")`, and `into` for
/// the ops that take a value (`set(into)`).
pub(crate) const OP_OPTIONS: &[&str] = &["vis", "rename", "ordering", "into"];

/// An op: one generated method. Each mechanism lists the ops it has (its op table).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Op {
    Get,
    Set,
    Replace,
    Update,
    Take,
    With,
    WithMut,
    Borrow,
    BorrowMut,
    TryBorrow,
    TryBorrowMut,
    Lock,
    Read,
    Write,
    CompareExchange,
    FetchAdd,
    FetchSub,
    FetchMax,
    FetchMin,
    FetchAnd,
    FetchOr,
    FetchXor,
    GetOrInit,
    GetMut,
    Clear,
    Has,
    Push,
    Prune,
    TryUpdate,
}

impl Op {
    pub(crate) const ALL: [Op; 29] = [
        Op::Get,
        Op::Set,
        Op::Replace,
        Op::Update,
        Op::Take,
        Op::With,
        Op::WithMut,
        Op::Borrow,
        Op::BorrowMut,
        Op::TryBorrow,
        Op::TryBorrowMut,
        Op::Lock,
        Op::Read,
        Op::Write,
        Op::CompareExchange,
        Op::FetchAdd,
        Op::FetchSub,
        Op::FetchMax,
        Op::FetchMin,
        Op::FetchAnd,
        Op::FetchOr,
        Op::FetchXor,
        Op::GetOrInit,
        Op::GetMut,
        Op::Clear,
        Op::Has,
        Op::Push,
        Op::Prune,
        Op::TryUpdate,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Op::Get => "get",
            Op::Set => "set",
            Op::Replace => "replace",
            Op::Update => "update",
            Op::Take => "take",
            Op::With => "with",
            Op::WithMut => "with_mut",
            Op::Borrow => "borrow",
            Op::BorrowMut => "borrow_mut",
            Op::TryBorrow => "try_borrow",
            Op::TryBorrowMut => "try_borrow_mut",
            Op::Lock => "lock",
            Op::Read => "read",
            Op::Write => "write",
            Op::CompareExchange => "compare_exchange",
            Op::FetchAdd => "fetch_add",
            Op::FetchSub => "fetch_sub",
            Op::FetchMax => "fetch_max",
            Op::FetchMin => "fetch_min",
            Op::FetchAnd => "fetch_and",
            Op::FetchOr => "fetch_or",
            Op::FetchXor => "fetch_xor",
            Op::GetOrInit => "get_or_init",
            Op::GetMut => "get_mut",
            Op::Clear => "clear",
            Op::Has => "has",
            Op::Push => "push",
            Op::Prune => "prune",
            Op::TryUpdate => "try_update",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Op> {
        Op::ALL.into_iter().find(|op| op.name() == name)
    }

    /// The method name for base name `x`: `x`, `set_x`, `with_x_mut`, `x_or_init`, ...
    pub(crate) fn method_name(self, base: &str) -> String {
        match self {
            Op::Get => base.to_owned(),
            Op::GetOrInit => format!("{base}_or_init"),
            Op::GetMut => format!("{base}_mut"),
            Op::WithMut => format!("with_{base}_mut"),
            Op::BorrowMut => format!("borrow_{base}_mut"),
            Op::TryBorrowMut => format!("try_borrow_{base}_mut"),
            Op::Set
            | Op::Replace
            | Op::Update
            | Op::Take
            | Op::With
            | Op::Borrow
            | Op::TryBorrow
            | Op::Lock
            | Op::Read
            | Op::Write
            | Op::CompareExchange
            | Op::FetchAdd
            | Op::FetchSub
            | Op::FetchMax
            | Op::FetchMin
            | Op::FetchAnd
            | Op::FetchOr
            | Op::FetchXor
            | Op::Clear
            | Op::Has
            | Op::Push
            | Op::Prune
            | Op::TryUpdate => format!("{}_{base}", self.name()),
        }
    }

    /// Whether the op takes a value, and so may take it `into` the value type.
    pub(crate) fn takes_value(self) -> bool {
        matches!(self, Op::Set | Op::Replace)
    }

    /// What the op does on an atomic, for the orderings it may take; `None` for the ops that
    /// are no atomic operation.
    pub(crate) fn atomic_access(self) -> Option<Access> {
        match self {
            Op::Get => Some(Access::Load),
            Op::Set => Some(Access::Store),
            Op::Replace
            | Op::FetchAdd
            | Op::FetchSub
            | Op::FetchMax
            | Op::FetchMin
            | Op::FetchAnd
            | Op::FetchOr
            | Op::FetchXor => Some(Access::ReadModifyWrite),
            Op::CompareExchange | Op::Update | Op::TryUpdate => Some(Access::CompareExchange),
            Op::Take
            | Op::With
            | Op::WithMut
            | Op::Borrow
            | Op::BorrowMut
            | Op::TryBorrow
            | Op::TryBorrowMut
            | Op::Lock
            | Op::Read
            | Op::Write
            | Op::GetOrInit
            | Op::GetMut
            | Op::Clear
            | Op::Has
            | Op::Push
            | Op::Prune => None,
        }
    }
}

/// What an atomic op does to memory.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Access {
    Load,
    Store,
    /// A read-modify-write that cannot fail.
    ReadModifyWrite,
    /// A compare-and-swap, which has a failure ordering too.
    CompareExchange,
}

impl Access {
    /// The orderings it may take.
    pub(crate) fn orderings(self) -> &'static [OpOrdering] {
        match self {
            Access::Load => &[OpOrdering::Relaxed, OpOrdering::Acquire, OpOrdering::SeqCst],
            Access::Store => &[OpOrdering::Relaxed, OpOrdering::Release, OpOrdering::SeqCst],
            Access::ReadModifyWrite | Access::CompareExchange => OpOrdering::ALL,
        }
    }
}

/// An option whose value is one of a few names: `contract`, `ordering`, `poison`, `kind`.
pub(crate) trait Choice: Copy + Sized + 'static {
    /// The option's name, for errors: `ordering`.
    const OPTION: &'static str;
    const ALL: &'static [Self];
    /// The attribute spelling of the value: `seq_cst`.
    fn name(self) -> &'static str;
}

/// The mutation contract class.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Contract {
    Bookkeeping,
    Cache,
    State,
}

impl Choice for Contract {
    const OPTION: &'static str = "contract";
    const ALL: &'static [Self] = &[Contract::Bookkeeping, Contract::Cache, Contract::State];
    fn name(self) -> &'static str {
        match self {
            Contract::Bookkeeping => "bookkeeping",
            Contract::Cache => "cache",
            Contract::State => "state",
        }
    }
}

impl Contract {
    /// The runtime's `ContractClass` variant: `Bookkeeping`, `Cache`, `State`.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            Contract::Bookkeeping => "Bookkeeping",
            Contract::Cache => "Cache",
            Contract::State => "State",
        }
    }
}

/// The memory ordering preset of an atomic field.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ordering {
    SeqCst,
    AcqRel,
    Relaxed,
}

impl Choice for Ordering {
    const OPTION: &'static str = "ordering";
    const ALL: &'static [Self] = &[Ordering::SeqCst, Ordering::AcqRel, Ordering::Relaxed];
    fn name(self) -> &'static str {
        match self {
            Ordering::SeqCst => "seq_cst",
            Ordering::AcqRel => "acq_rel",
            Ordering::Relaxed => "relaxed",
        }
    }
}

/// An op's own memory ordering: `get(ordering = "acquire")`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum OpOrdering {
    Relaxed,
    Acquire,
    Release,
    AcqRel,
    SeqCst,
}

impl Choice for OpOrdering {
    const OPTION: &'static str = "ordering";
    const ALL: &'static [Self] = &[
        OpOrdering::Relaxed,
        OpOrdering::Acquire,
        OpOrdering::Release,
        OpOrdering::AcqRel,
        OpOrdering::SeqCst,
    ];
    fn name(self) -> &'static str {
        match self {
            OpOrdering::Relaxed => "relaxed",
            OpOrdering::Acquire => "acquire",
            OpOrdering::Release => "release",
            OpOrdering::AcqRel => "acq_rel",
            OpOrdering::SeqCst => "seq_cst",
        }
    }
}

impl OpOrdering {
    /// `core::sync::atomic::Ordering`'s variant.
    pub(crate) fn variant(self) -> &'static str {
        match self {
            OpOrdering::Relaxed => "Relaxed",
            OpOrdering::Acquire => "Acquire",
            OpOrdering::Release => "Release",
            OpOrdering::AcqRel => "AcqRel",
            OpOrdering::SeqCst => "SeqCst",
        }
    }

    /// The failure ordering of a compare-and-swap that succeeds with `self`: the strongest
    /// load ordering it implies.
    pub(crate) fn failure(self) -> OpOrdering {
        match self {
            OpOrdering::Relaxed | OpOrdering::Release => OpOrdering::Relaxed,
            OpOrdering::Acquire | OpOrdering::AcqRel => OpOrdering::Acquire,
            OpOrdering::SeqCst => OpOrdering::SeqCst,
        }
    }
}

impl Ordering {
    /// The preset's ordering of an access that names none.
    pub(crate) fn of(self, access: Access) -> OpOrdering {
        match (self, access) {
            (Ordering::SeqCst, _) => OpOrdering::SeqCst,
            (Ordering::Relaxed, _) => OpOrdering::Relaxed,
            (Ordering::AcqRel, Access::Load) => OpOrdering::Acquire,
            (Ordering::AcqRel, Access::Store) => OpOrdering::Release,
            (Ordering::AcqRel, Access::ReadModifyWrite | Access::CompareExchange) => {
                OpOrdering::AcqRel
            }
        }
    }
}

/// What a poisoned std lock does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Poison {
    Panic,
    Recover,
}

impl Choice for Poison {
    const OPTION: &'static str = "poison";
    const ALL: &'static [Self] = &[Poison::Panic, Poison::Recover];
    fn name(self) -> &'static str {
        match self {
            Poison::Panic => "panic",
            Poison::Recover => "recover",
        }
    }
}

/// `#[sync(kind = "...")]`: what a type the macro cannot read is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Mutex,
    RwLock,
    Atomic,
}

impl Choice for Kind {
    const OPTION: &'static str = "kind";
    const ALL: &'static [Self] = &[Kind::Mutex, Kind::RwLock, Kind::Atomic];
    fn name(self) -> &'static str {
        match self {
            Kind::Mutex => "mutex",
            Kind::RwLock => "rwlock",
            Kind::Atomic => "atomic",
        }
    }
}
