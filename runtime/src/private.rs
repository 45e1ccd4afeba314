//! What `#[derive(Interior)]` generated code calls. Not public API: no semver guarantees.
//!
//! Readable field types get plain calls to core and std, so most of this module is for the two
//! cases the macro cannot see through: value types whose bounds must be checked with a clear
//! message, and type aliases, which are reached through the `*Field` traits.

use core::cell::{Cell, OnceCell, RefCell};
use core::sync::atomic::Ordering;

pub use crate::{ContractClass, FieldContract, Interior, Mechanism};

#[cfg(feature = "std")]
pub use std::sync::{
    Mutex, MutexGuard, OnceLock, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard,
};

#[cfg(feature = "parking_lot")]
pub use parking_lot;

/// Builds a [`FieldContract`] in a `const`, since its fields cannot be named outside the crate.
#[must_use]
pub const fn field(
    field: &'static str,
    mechanism: Mechanism,
    contract: ContractClass,
    methods: &'static [&'static str],
    thread_safe: bool,
) -> FieldContract {
    FieldContract {
        field,
        mechanism,
        contract,
        methods,
        thread_safe,
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

/// Panics for a poisoned std lock under `poison = "panic"`.
#[cold]
#[inline(never)]
#[track_caller]
pub fn poisoned(owner: &str, field: &str) -> ! {
    panic!(
        "the lock of `{owner}::{field}` is poisoned: another thread panicked while holding it \
         (use `#[sync(poison = \"recover\")]` to use the data anyway)"
    )
}

// ---------------------------------------------------------------------------------------------
// Bounds of ops, with messages that name the op and the way out. Used only where the macro
// cannot tell by reading the type that the bound holds.

// `Field` and `Op` are markers: the derive calls these helpers from a function whose type
// parameters are named after the field and the op, so the messages name both.

/// `get` and `update` of `#[cell]` copy the value out.
#[diagnostic::on_unimplemented(
    message = "op `{Op}` of field `{Field}` copies the value out of the `Cell`, but `{Self}` is not `Copy`",
    label = "`{Op}` copies this value out of the `Cell`, so it must be `Copy`",
    note = "list the ops you want, e.g. `#[cell(set, replace, take)]`, or use `#[refcell]`, which lends references instead of copying"
)]
pub trait CellCopy<Field, Op>: Copy {}
impl<T: Copy, Field, Op> CellCopy<Field, Op> for T {}

/// `get` of `#[refcell]` and `#[sync]` returns a clone.
#[diagnostic::on_unimplemented(
    message = "op `{Op}` of field `{Field}` returns a clone of the value, but `{Self}` is not `Clone`",
    label = "`{Op}` clones this value, so it must be `Clone`",
    note = "remove `{Op}` from the field's op list and use `with` to read the value through a reference"
)]
pub trait GetClone<Field, Op>: Clone {}
impl<T: Clone, Field, Op> GetClone<Field, Op> for T {}

/// `take` leaves `Default::default()` behind.
#[diagnostic::on_unimplemented(
    message = "op `{Op}` of field `{Field}` leaves `Default::default()` in its place, but `{Self}` is not `Default`",
    label = "`{Op}` puts the default of this type in the field, so it must be `Default`",
    note = "remove `{Op}` from the field's op list and use `replace` with a value of your choosing"
)]
pub trait TakeDefault<Field, Op>: Default {}
impl<T: Default, Field, Op> TakeDefault<Field, Op> for T {}

/// `Cell::get` behind the [`CellCopy`] diagnostic.
#[inline]
pub fn cell_get<Field, Op, T: CellCopy<Field, Op>>(cell: &Cell<T>) -> T {
    cell.get()
}

/// `update` of a `Cell` behind the [`CellCopy`] diagnostic: stores `f` of the value and
/// returns the new value.
#[inline]
pub fn cell_update<Field, Op, T: CellCopy<Field, Op>>(cell: &Cell<T>, f: impl FnOnce(T) -> T) -> T {
    let new = f(cell.get());
    cell.set(new);
    new
}

/// `Cell::take` behind the [`TakeDefault`] diagnostic.
#[inline]
pub fn cell_take<Field, Op, T: TakeDefault<Field, Op>>(cell: &Cell<T>) -> T {
    cell.take()
}

/// `Clone::clone` behind the [`GetClone`] diagnostic.
#[inline]
pub fn clone<Field, Op, T: GetClone<Field, Op>>(value: &T) -> T {
    value.clone()
}

/// `mem::take` behind the [`TakeDefault`] diagnostic.
#[inline]
pub fn take<Field, Op, T: TakeDefault<Field, Op>>(slot: &mut T) -> T {
    core::mem::take(slot)
}

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

// ---------------------------------------------------------------------------------------------
// Type aliases: the macro names the mode (or `kind`), these traits name the concrete type.

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
    fn once_set(&self, value: T) -> Result<(), T> {
        self.set(value)
    }
}

/// A `Mutex<T>` (std or `parking_lot`), possibly behind one `Rc` or `Arc`.
#[cfg(feature = "std")]
#[diagnostic::on_unimplemented(
    message = "`kind = \"mutex\"` says this field is a `Mutex<T>`, and its type is `{Self}`",
    label = "this type is not a `Mutex<T>`",
    note = "give `kind` the type's own kind: \"mutex\", \"rwlock\" or \"atomic\"; or, for a `Cell`, a `RefCell`, a `OnceCell` or a `OnceLock`, mark the field `#[cell]`, `#[refcell]` or `#[once]`"
)]
pub trait MutexField {
    /// `T`.
    type Value: ?Sized;
    /// The guard `lock` returns.
    type Guard<'a>: core::ops::DerefMut<Target = Self::Value>
    where
        Self: 'a;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// Locks; a poisoned std lock panics naming `owner::field` unless `recover`.
    #[track_caller]
    fn lock_field(&self, recover: bool, owner: &str, field: &str) -> Self::Guard<'_>;
}

#[cfg(feature = "std")]
impl<T: ?Sized> MutexField for Mutex<T> {
    type Value = T;
    type Guard<'a>
        = MutexGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    #[track_caller]
    fn lock_field(&self, recover: bool, owner: &str, field: &str) -> MutexGuard<'_, T> {
        match self.lock() {
            Ok(guard) => guard,
            Err(poison) if recover => poison.into_inner(),
            // Dropped before the cold call, as in the derive's own lock calls (see `sync.rs`).
            Err(poison) => {
                drop(poison);
                poisoned(owner, field)
            }
        }
    }
}

#[cfg(feature = "parking_lot")]
impl<T: ?Sized> MutexField for parking_lot::Mutex<T> {
    type Value = T;
    type Guard<'a>
        = parking_lot::MutexGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn lock_field(&self, _: bool, _: &str, _: &str) -> parking_lot::MutexGuard<'_, T> {
        self.lock()
    }
}

/// An `RwLock<T>` (std or `parking_lot`), possibly behind one `Rc` or `Arc`.
#[cfg(feature = "std")]
#[diagnostic::on_unimplemented(
    message = "`kind = \"rwlock\"` says this field is an `RwLock<T>`, and its type is `{Self}`",
    label = "this type is not an `RwLock<T>`",
    note = "give `kind` the type's own kind: \"mutex\", \"rwlock\" or \"atomic\"; or, for a `Cell`, a `RefCell`, a `OnceCell` or a `OnceLock`, mark the field `#[cell]`, `#[refcell]` or `#[once]`"
)]
pub trait RwLockField {
    /// `T`.
    type Value: ?Sized;
    /// The guard `read` returns.
    type ReadGuard<'a>: core::ops::Deref<Target = Self::Value>
    where
        Self: 'a;
    /// The guard `write` returns.
    type WriteGuard<'a>: core::ops::DerefMut<Target = Self::Value>
    where
        Self: 'a;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// Read-locks; a poisoned std lock panics naming `owner::field` unless `recover`.
    #[track_caller]
    fn read_field(&self, recover: bool, owner: &str, field: &str) -> Self::ReadGuard<'_>;
    /// Write-locks; a poisoned std lock panics naming `owner::field` unless `recover`.
    #[track_caller]
    fn write_field(&self, recover: bool, owner: &str, field: &str) -> Self::WriteGuard<'_>;
}

#[cfg(feature = "std")]
impl<T: ?Sized> RwLockField for RwLock<T> {
    type Value = T;
    type ReadGuard<'a>
        = RwLockReadGuard<'a, T>
    where
        T: 'a;
    type WriteGuard<'a>
        = RwLockWriteGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    #[track_caller]
    fn read_field(&self, recover: bool, owner: &str, field: &str) -> RwLockReadGuard<'_, T> {
        match self.read() {
            Ok(guard) => guard,
            Err(poison) if recover => poison.into_inner(),
            // Dropped before the cold call, as in the derive's own lock calls (see `sync.rs`).
            Err(poison) => {
                drop(poison);
                poisoned(owner, field)
            }
        }
    }
    #[inline]
    #[track_caller]
    fn write_field(&self, recover: bool, owner: &str, field: &str) -> RwLockWriteGuard<'_, T> {
        match self.write() {
            Ok(guard) => guard,
            Err(poison) if recover => poison.into_inner(),
            // Dropped before the cold call, as in the derive's own lock calls (see `sync.rs`).
            Err(poison) => {
                drop(poison);
                poisoned(owner, field)
            }
        }
    }
}

#[cfg(feature = "parking_lot")]
impl<T: ?Sized> RwLockField for parking_lot::RwLock<T> {
    type Value = T;
    type ReadGuard<'a>
        = parking_lot::RwLockReadGuard<'a, T>
    where
        T: 'a;
    type WriteGuard<'a>
        = parking_lot::RwLockWriteGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn read_field(&self, _: bool, _: &str, _: &str) -> parking_lot::RwLockReadGuard<'_, T> {
        self.read()
    }
    #[inline]
    fn write_field(&self, _: bool, _: &str, _: &str) -> parking_lot::RwLockWriteGuard<'_, T> {
        self.write()
    }
}

/// An atomic integer or `AtomicBool`, possibly behind one `Rc` or `Arc`.
#[diagnostic::on_unimplemented(
    message = "`kind = \"atomic\"` says this field is an atomic, and its type is `{Self}`",
    label = "this type is not `AtomicBool` or an atomic integer",
    note = "give `kind` the type's own kind: \"mutex\", \"rwlock\" or \"atomic\"; or, for a `Cell`, a `RefCell`, a `OnceCell` or a `OnceLock`, mark the field `#[cell]`, `#[refcell]` or `#[once]`"
)]
pub trait AtomicField {
    /// The value type: `bool` or the integer.
    type Value: Copy;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// `load`.
    fn atomic_load(&self, order: Ordering) -> Self::Value;
    /// `store`.
    fn atomic_store(&self, value: Self::Value, order: Ordering);
    /// `swap`.
    fn atomic_swap(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// `compare_exchange`.
    ///
    /// # Errors
    /// The value found when it was not `current`.
    fn atomic_compare_exchange(
        &self,
        current: Self::Value,
        new: Self::Value,
        success: Ordering,
        failure: Ordering,
    ) -> Result<Self::Value, Self::Value>;
    /// `compare_exchange_weak`.
    ///
    /// # Errors
    /// The value found when it was not `current`, or a spurious failure.
    fn atomic_compare_exchange_weak(
        &self,
        current: Self::Value,
        new: Self::Value,
        success: Ordering,
        failure: Ordering,
    ) -> Result<Self::Value, Self::Value>;
    /// `fetch_and`.
    fn atomic_fetch_and(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// `fetch_or`.
    fn atomic_fetch_or(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// `fetch_xor`.
    fn atomic_fetch_xor(&self, value: Self::Value, order: Ordering) -> Self::Value;
}

/// An atomic integer: the arithmetic read-modify-writes.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an atomic integer, so it has no `fetch_add`, `fetch_sub`, `fetch_max` or `fetch_min`",
    note = "`AtomicBool` has `fetch_and`, `fetch_or` and `fetch_xor`"
)]
pub trait AtomicIntField: AtomicField {
    /// `fetch_add`.
    fn atomic_fetch_add(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// `fetch_sub`.
    fn atomic_fetch_sub(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// `fetch_max`.
    fn atomic_fetch_max(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// `fetch_min`.
    fn atomic_fetch_min(&self, value: Self::Value, order: Ordering) -> Self::Value;
}

macro_rules! atomic_field {
    ($($width:literal => $atomic:ident($value:ty) $(int: $int:tt)?;)*) => {$(
        #[cfg(target_has_atomic = $width)]
        impl AtomicField for core::sync::atomic::$atomic {
            type Value = $value;
            const THREAD_SAFE: bool = true;
            #[inline]
            fn atomic_load(&self, order: Ordering) -> $value {
                self.load(order)
            }
            #[inline]
            fn atomic_store(&self, value: $value, order: Ordering) {
                self.store(value, order);
            }
            #[inline]
            fn atomic_swap(&self, value: $value, order: Ordering) -> $value {
                self.swap(value, order)
            }
            #[inline]
            fn atomic_compare_exchange(
                &self,
                current: $value,
                new: $value,
                success: Ordering,
                failure: Ordering,
            ) -> Result<$value, $value> {
                self.compare_exchange(current, new, success, failure)
            }
            #[inline]
            fn atomic_compare_exchange_weak(
                &self,
                current: $value,
                new: $value,
                success: Ordering,
                failure: Ordering,
            ) -> Result<$value, $value> {
                self.compare_exchange_weak(current, new, success, failure)
            }
            #[inline]
            fn atomic_fetch_and(&self, value: $value, order: Ordering) -> $value {
                self.fetch_and(value, order)
            }
            #[inline]
            fn atomic_fetch_or(&self, value: $value, order: Ordering) -> $value {
                self.fetch_or(value, order)
            }
            #[inline]
            fn atomic_fetch_xor(&self, value: $value, order: Ordering) -> $value {
                self.fetch_xor(value, order)
            }
        }
        $(atomic_field!(@int $int $width $atomic $value);)?
    )*};
    (@int yes $width:literal $atomic:ident $value:ty) => {
        #[cfg(target_has_atomic = $width)]
        impl AtomicIntField for core::sync::atomic::$atomic {
            #[inline]
            fn atomic_fetch_add(&self, value: $value, order: Ordering) -> $value {
                self.fetch_add(value, order)
            }
            #[inline]
            fn atomic_fetch_sub(&self, value: $value, order: Ordering) -> $value {
                self.fetch_sub(value, order)
            }
            #[inline]
            fn atomic_fetch_max(&self, value: $value, order: Ordering) -> $value {
                self.fetch_max(value, order)
            }
            #[inline]
            fn atomic_fetch_min(&self, value: $value, order: Ordering) -> $value {
                self.fetch_min(value, order)
            }
        }
    };
}

atomic_field! {
    "8" => AtomicBool(bool);
    "8" => AtomicI8(i8) int: yes;
    "16" => AtomicI16(i16) int: yes;
    "32" => AtomicI32(i32) int: yes;
    "64" => AtomicI64(i64) int: yes;
    "ptr" => AtomicIsize(isize) int: yes;
    "8" => AtomicU8(u8) int: yes;
    "16" => AtomicU16(u16) int: yes;
    "32" => AtomicU32(u32) int: yes;
    "64" => AtomicU64(u64) int: yes;
    "ptr" => AtomicUsize(usize) int: yes;
}

/// `Rc` and `Arc` around an aliased field: the same storage, shared. `Rc` is never
/// thread-safe; `Arc` is when what it holds is.
#[cfg(feature = "std")]
mod shared {
    use super::{
        AtomicField, AtomicIntField, Cell, CellField, Mechanism, MutexField, OnceField, Ordering,
        RefCell, RefCellField, RwLockField,
    };
    use std::rc::Rc;
    use std::sync::Arc;

    macro_rules! shared {
        ($($ptr:ident => $safe:expr;)*) => {$(
            impl<C: CellField + ?Sized> CellField for $ptr<C> {
                type Value = C::Value;
                const THREAD_SAFE: bool = $safe && C::THREAD_SAFE;
                #[inline]
                fn cell(&self) -> &Cell<C::Value> {
                    C::cell(self)
                }
            }
            impl<C: RefCellField + ?Sized> RefCellField for $ptr<C> {
                type Value = C::Value;
                const THREAD_SAFE: bool = $safe && C::THREAD_SAFE;
                #[inline]
                fn refcell(&self) -> &RefCell<C::Value> {
                    C::refcell(self)
                }
            }
            impl<C: OnceField + ?Sized> OnceField for $ptr<C> {
                type Value = C::Value;
                const MECHANISM: Mechanism = C::MECHANISM;
                const THREAD_SAFE: bool = $safe && C::THREAD_SAFE;
                #[inline]
                fn once_get(&self) -> Option<&C::Value> {
                    C::once_get(self)
                }
                #[inline]
                #[track_caller]
                fn once_get_or_init<F: FnOnce() -> C::Value>(&self, f: F) -> &C::Value {
                    C::once_get_or_init(self, f)
                }
                #[inline]
                fn once_set(&self, value: C::Value) -> Result<(), C::Value> {
                    C::once_set(self, value)
                }
            }
            impl<C: MutexField + ?Sized> MutexField for $ptr<C> {
                type Value = C::Value;
                type Guard<'a> = C::Guard<'a> where Self: 'a;
                const THREAD_SAFE: bool = $safe && C::THREAD_SAFE;
                #[inline]
                #[track_caller]
                fn lock_field(&self, recover: bool, owner: &str, field: &str) -> C::Guard<'_> {
                    C::lock_field(self, recover, owner, field)
                }
            }
            impl<C: RwLockField + ?Sized> RwLockField for $ptr<C> {
                type Value = C::Value;
                type ReadGuard<'a> = C::ReadGuard<'a> where Self: 'a;
                type WriteGuard<'a> = C::WriteGuard<'a> where Self: 'a;
                const THREAD_SAFE: bool = $safe && C::THREAD_SAFE;
                #[inline]
                #[track_caller]
                fn read_field(&self, recover: bool, owner: &str, field: &str) -> C::ReadGuard<'_> {
                    C::read_field(self, recover, owner, field)
                }
                #[inline]
                #[track_caller]
                fn write_field(&self, recover: bool, owner: &str, field: &str) -> C::WriteGuard<'_> {
                    C::write_field(self, recover, owner, field)
                }
            }
            impl<C: AtomicField + ?Sized> AtomicField for $ptr<C> {
                type Value = C::Value;
                const THREAD_SAFE: bool = $safe && C::THREAD_SAFE;
                #[inline]
                fn atomic_load(&self, order: Ordering) -> C::Value {
                    C::atomic_load(self, order)
                }
                #[inline]
                fn atomic_store(&self, value: C::Value, order: Ordering) {
                    C::atomic_store(self, value, order);
                }
                #[inline]
                fn atomic_swap(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_swap(self, value, order)
                }
                #[inline]
                fn atomic_compare_exchange(
                    &self,
                    current: C::Value,
                    new: C::Value,
                    success: Ordering,
                    failure: Ordering,
                ) -> Result<C::Value, C::Value> {
                    C::atomic_compare_exchange(self, current, new, success, failure)
                }
                #[inline]
                fn atomic_compare_exchange_weak(
                    &self,
                    current: C::Value,
                    new: C::Value,
                    success: Ordering,
                    failure: Ordering,
                ) -> Result<C::Value, C::Value> {
                    C::atomic_compare_exchange_weak(self, current, new, success, failure)
                }
                #[inline]
                fn atomic_fetch_and(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_and(self, value, order)
                }
                #[inline]
                fn atomic_fetch_or(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_or(self, value, order)
                }
                #[inline]
                fn atomic_fetch_xor(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_xor(self, value, order)
                }
            }
            impl<C: AtomicIntField + ?Sized> AtomicIntField for $ptr<C> {
                #[inline]
                fn atomic_fetch_add(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_add(self, value, order)
                }
                #[inline]
                fn atomic_fetch_sub(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_sub(self, value, order)
                }
                #[inline]
                fn atomic_fetch_max(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_max(self, value, order)
                }
                #[inline]
                fn atomic_fetch_min(&self, value: C::Value, order: Ordering) -> C::Value {
                    C::atomic_fetch_min(self, value, order)
                }
            }
        )*};
    }

    shared! {
        Rc => false;
        Arc => true;
    }
}
