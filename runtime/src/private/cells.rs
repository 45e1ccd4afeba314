//! `Cell`, `RefCell`, `OnceCell` and `OnceLock` behind a type alias: the mode names the
//! mechanism, these traits name the concrete type (and see through `Rc`/`Arc`, in `shared`).

use core::cell::{Cell, OnceCell, RefCell};

#[cfg(feature = "std")]
use std::sync::OnceLock;

use crate::Mechanism;

/// `OnceCell::get_or_init`, but `#[track_caller]`: a re-entrant initialization panics at the
/// line that called the generated `x_or_init`, not inside core.
///
/// # Panics
/// If `f` initializes the cell itself, as `OnceCell::get_or_init` does.
#[inline]
#[track_caller]
pub fn once_cell_get_or_init<T, F: FnOnce() -> T>(cell: &OnceCell<T>, f: F) -> &T {
    if let Some(value) = cell.get() {
        return value;
    }
    assert!(cell.set(f()).is_ok(), "reentrant init");
    match cell.get() {
        Some(value) => value,
        None => unreachable!("the cell was just written"),
    }
}

/// A `Cell<T>`, possibly behind one `Rc` or `Arc`.
#[diagnostic::on_unimplemented(
    message = "`#[cell]` needs a `Cell<T>` field, and this field's type is `{Self}`",
    label = "this type is not a `Cell<T>`",
    note = "mark the field with the mode its type has: `#[cell]` for a `Cell`, `#[refcell]` for a `RefCell`, `#[once]` for a `OnceCell` or a `OnceLock`, `#[sync]` for a `Mutex`, an `RwLock` or an atomic"
)]
pub trait CellField {
    /// `T`.
    type Value;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// The cell itself.
    fn cell(&self) -> &Cell<Self::Value>;
}

impl<T> CellField for Cell<T> {
    type Value = T;
    const THREAD_SAFE: bool = false;
    #[inline]
    fn cell(&self) -> &Cell<T> {
        self
    }
}

/// A `RefCell<T>`, possibly behind one `Rc` or `Arc`.
#[diagnostic::on_unimplemented(
    message = "`#[refcell]` needs a `RefCell<T>` field, and this field's type is `{Self}`",
    label = "this type is not a `RefCell<T>`",
    note = "mark the field with the mode its type has: `#[cell]` for a `Cell`, `#[refcell]` for a `RefCell`, `#[once]` for a `OnceCell` or a `OnceLock`, `#[sync]` for a `Mutex`, an `RwLock` or an atomic"
)]
pub trait RefCellField {
    /// `T`.
    type Value;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// The cell itself.
    fn refcell(&self) -> &RefCell<Self::Value>;
}

impl<T> RefCellField for RefCell<T> {
    type Value = T;
    const THREAD_SAFE: bool = false;
    #[inline]
    fn refcell(&self) -> &RefCell<T> {
        self
    }
}

/// A `OnceCell<T>` or `OnceLock<T>`, possibly behind one `Rc` or `Arc`.
#[diagnostic::on_unimplemented(
    message = "`#[once]` needs a `OnceCell<T>` or `OnceLock<T>` field, and this field's type is `{Self}`",
    label = "this type is neither a `OnceCell<T>` nor a `OnceLock<T>`",
    note = "mark the field with the mode its type has: `#[cell]` for a `Cell`, `#[refcell]` for a `RefCell`, `#[once]` for a `OnceCell` or a `OnceLock`, `#[sync]` for a `Mutex`, an `RwLock` or an atomic"
)]
pub trait OnceField {
    /// `T`.
    type Value;
    /// `OnceCell` or `OnceLock`.
    const MECHANISM: Mechanism;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// `get`.
    fn once_get(&self) -> Option<&Self::Value>;
    /// `get_or_init`; a re-entrant initialization of a `OnceCell` panics at the caller.
    #[track_caller]
    fn once_get_or_init<F: FnOnce() -> Self::Value>(&self, f: F) -> &Self::Value;
    /// `x()` of `#[once(init = "...")]`: as [`once_cell_init`](super::once_cell_init) for a `OnceCell`, and
    /// `get_or_init` for a `OnceLock`.
    #[track_caller]
    fn once_init<F: FnOnce() -> Self::Value>(&self, f: F, owner: &str, field: &str)
        -> &Self::Value;
    /// `set`.
    ///
    /// # Errors
    /// Gives the value back when the cell was already written.
    fn once_set(&self, value: Self::Value) -> Result<(), Self::Value>;
}

impl<T> OnceField for OnceCell<T> {
    type Value = T;
    const MECHANISM: Mechanism = Mechanism::OnceCell;
    const THREAD_SAFE: bool = false;
    #[inline]
    fn once_get(&self) -> Option<&T> {
        self.get()
    }
    #[inline]
    #[track_caller]
    fn once_get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        once_cell_get_or_init(self, f)
    }
    #[inline]
    #[track_caller]
    fn once_init<F: FnOnce() -> T>(&self, f: F, owner: &str, field: &str) -> &T {
        super::init::once_cell_init(self, f, owner, field)
    }
    #[inline]
    fn once_set(&self, value: T) -> Result<(), T> {
        self.set(value)
    }
}

#[cfg(feature = "std")]
impl<T> OnceField for OnceLock<T> {
    type Value = T;
    const MECHANISM: Mechanism = Mechanism::OnceLock;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn once_get(&self) -> Option<&T> {
        self.get()
    }
    #[inline]
    fn once_get_or_init<F: FnOnce() -> T>(&self, f: F) -> &T {
        self.get_or_init(f)
    }
    #[inline]
    fn once_init<F: FnOnce() -> T>(&self, f: F, _owner: &str, _field: &str) -> &T {
        self.get_or_init(f)
    }
    #[inline]
    fn once_set(&self, value: T) -> Result<(), T> {
        self.set(value)
    }
}
