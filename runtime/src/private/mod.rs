//! What `#[derive(Interior)]` generated code calls. Not public API: no semver guarantees.
//!
//! Readable field types get plain calls to core and std, so most of this module is for the
//! cases the macro cannot see through, one file each: value types whose bounds must be checked
//! with a clear message (`bounds`), type aliases of cells, reached through the `*Field` traits
//! (`cells`, and `shared` for `Rc`/`Arc`), `get_mut` through an alias (`unique`), bare `Weak`
//! links (`links`), bare names of std's types (`named`) and the `x()` of `init` fields
//! (`init`). Locks and atomics of other types go through the public `interior::ext`. The
//! poison policy of locks is applied in one place, `locks::unpoison_guard`.

#[cfg(feature = "tokio")]
mod async_locks;
mod bounds;
mod cells;
mod init;
#[cfg(feature = "alloc")]
mod links;
#[cfg(feature = "std")]
mod locks;
mod named;
#[cfg(feature = "alloc")]
mod shared;
#[cfg(feature = "arc-swap")]
mod snapshots;
pub mod track;
mod unique;

pub use bounds::{
    cell_get, cell_take, cell_try_update, cell_update, clone, take, CellCopy, GetClone, TakeDefault,
};
pub use cells::{once_cell_get_or_init, CellField, OnceField, RefCellField};
pub use init::once_cell_init;
#[cfg(feature = "alloc")]
pub use links::{ArcLink, ArcLinks, RcLink, RcLinks};
#[cfg(feature = "std")]
pub use locks::{poisoned, unpoison, unpoison_guard};
pub use named::{named, named_lock, named_lock_mut, named_mut, Named, NamedLock};
#[cfg(feature = "std")]
pub use unique::LockMut;
pub use unique::{AtomicMut, CellMut, OnceMut, RefCellMut};

pub use crate::{ContractClass, FieldContract, Interior, Mechanism};

#[cfg(feature = "std")]
pub use std::sync::{
    LazyLock, Mutex, MutexGuard, OnceLock, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard,
};

#[cfg(feature = "parking_lot")]
pub use parking_lot;
#[cfg(feature = "portable-atomic")]
pub use portable_atomic;

#[cfg(feature = "tokio")]
pub use async_locks::{AsyncLockMut, AsyncMutexField, AsyncRwLockField};
/// tokio's locks and guards, by their own names in the signatures of generated code.
#[cfg(feature = "tokio")]
pub use tokio;

#[cfg(feature = "arc-swap")]
pub use arc_swap::ArcSwap;
#[cfg(feature = "arc-swap")]
pub use snapshots::arc_swap_update;

/// The handles and links of `#[weak]`, from `alloc`: `RefCell` links work without `std`.
#[cfg(feature = "alloc")]
pub use alloc::{
    rc::{Rc, Weak as RcWeak},
    sync::{Arc, Weak as ArcWeak},
    vec::Vec,
};

/// Builds a [`FieldContract`] in a `const`, since its fields cannot be named outside the crate.
#[must_use]
pub const fn field(
    field: &'static str,
    mechanism: Mechanism,
    contract: ContractClass,
    methods: &'static [&'static str],
    thread_safe: bool,
    weak: bool,
) -> FieldContract {
    FieldContract {
        field,
        mechanism,
        contract,
        methods,
        thread_safe,
        weak,
    }
}

/// Fails to compile unless `T` is `Send + Sync`; the `#[interior(thread_safe)]` assertion.
#[inline]
pub const fn assert_thread_safe<T: ThreadSafe + ?Sized>() {}

/// The bound behind `#[interior(thread_safe)]`, with its own message.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is marked `#[interior(thread_safe)]` but is not `Send + Sync`",
    label = "`thread_safe` asserts that `{Self}` is `Send + Sync`",
    note = "every field of a `thread_safe` struct, marked or not, must be `Send + Sync`: use `Arc` for an `Rc`, `#[sync]` with an atomic, a `Mutex` or an `RwLock` for a `Cell` or a `RefCell`, `OnceLock` for a `OnceCell`; or drop `thread_safe`"
)]
pub trait ThreadSafe: Send + Sync {}
// Without `do_not_recommend`, rustc reports the `Send` and the `Sync` of each offending field
// as separate errors in its own words, and the message above never shows.
#[diagnostic::do_not_recommend]
impl<T: Send + Sync + ?Sized> ThreadSafe for T {}
