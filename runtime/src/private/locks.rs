//! Locks: the one place a poisoned std lock is handled, and `Mutex`/`RwLock` (std's or
//! `parking_lot`'s) behind a type alias or a bare name that may be either.

use std::sync::{LockResult, Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

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

/// A lock's guard under the field's poison policy: with `recover` the data of a poisoned lock is
/// used anyway; otherwise a poisoned lock panics at the caller's line, naming `owner::field`.
#[inline]
#[track_caller]
pub fn unpoison<G>(result: LockResult<G>, recover: bool, owner: &str, field: &str) -> G {
    match result {
        Ok(guard) => guard,
        Err(poison) if recover => poison.into_inner(),
        // The error is moved out and dropped before the cold call: with `Err(_)` it stays alive
        // across `poisoned`, and LLVM spills it to the stack on the hot path for the unwind
        // cleanup (5 instructions per lock).
        Err(poison) => {
            drop(poison);
            poisoned(owner, field)
        }
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
        unpoison(self.lock(), recover, owner, field)
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
        unpoison(self.read(), recover, owner, field)
    }
    #[inline]
    #[track_caller]
    fn write_field(&self, recover: bool, owner: &str, field: &str) -> RwLockWriteGuard<'_, T> {
        unpoison(self.write(), recover, owner, field)
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
