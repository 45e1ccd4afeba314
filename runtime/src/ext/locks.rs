//! `MutexLike` and `RwLockLike`, and their implementations for std's and `parking_lot`'s locks
//! and for an `Rc` or `Arc` of any lock.

use core::ops::{Deref, DerefMut};
use std::rc::Rc;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// A lock with one exclusive guard, as `std::sync::Mutex<T>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a lock that `#[sync]` knows: it does not implement `interior::ext::MutexLike`",
    label = "read as a `Mutex`, which needs `interior::ext::MutexLike`",
    note = "implement `interior::ext::MutexLike` for it; for `parking_lot`'s locks, enable interior's `parking_lot` feature; a tokio lock has `async` accessors: mark it `#[sync(async)]`"
)]
pub trait MutexLike {
    /// The value the lock protects.
    type Value: ?Sized;
    /// The guard that gives exclusive access to the value while it lives.
    type Guard<'a>: DerefMut<Target = Self::Value>
    where
        Self: 'a;
    /// Whether the lock may be shared between threads (reported by `FIELDS` and the docs).
    const THREAD_SAFE: bool;
    /// Waits for exclusive access. `Err` carries the guard of a poisoned lock (a holder
    /// panicked); the field's `poison` policy decides what happens. Never poisons: always `Ok`.
    ///
    /// # Errors
    /// The guard of a poisoned lock, for locks that poison.
    fn lock(&self) -> Result<Self::Guard<'_>, Self::Guard<'_>>;
}

/// A reader-writer lock, as `std::sync::RwLock<T>`: shared read guards, an exclusive write guard.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a reader-writer lock that `#[sync]` knows: it does not implement `interior::ext::RwLockLike`",
    label = "read as an `RwLock`, which needs `interior::ext::RwLockLike`",
    note = "implement `interior::ext::RwLockLike` for it; for `parking_lot`'s locks, enable interior's `parking_lot` feature; a tokio lock has `async` accessors: mark it `#[sync(async)]`"
)]
pub trait RwLockLike {
    /// The value the lock protects.
    type Value: ?Sized;
    /// The guard of shared read access.
    type ReadGuard<'a>: Deref<Target = Self::Value>
    where
        Self: 'a;
    /// The guard of exclusive write access.
    type WriteGuard<'a>: DerefMut<Target = Self::Value>
    where
        Self: 'a;
    /// Whether the lock may be shared between threads (reported by `FIELDS` and the docs).
    const THREAD_SAFE: bool;
    /// Waits for shared access. `Err` carries the guard of a poisoned lock.
    ///
    /// # Errors
    /// The guard of a poisoned lock, for locks that poison.
    fn read(&self) -> Result<Self::ReadGuard<'_>, Self::ReadGuard<'_>>;
    /// Waits for exclusive access. `Err` carries the guard of a poisoned lock.
    ///
    /// # Errors
    /// The guard of a poisoned lock, for locks that poison.
    fn write(&self) -> Result<Self::WriteGuard<'_>, Self::WriteGuard<'_>>;
}

impl<T: ?Sized> MutexLike for Mutex<T> {
    type Value = T;
    type Guard<'a>
        = MutexGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn lock(&self) -> Result<MutexGuard<'_, T>, MutexGuard<'_, T>> {
        self.lock().map_err(PoisonError::into_inner)
    }
}

impl<T: ?Sized> RwLockLike for RwLock<T> {
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
    fn read(&self) -> Result<RwLockReadGuard<'_, T>, RwLockReadGuard<'_, T>> {
        self.read().map_err(PoisonError::into_inner)
    }
    #[inline]
    fn write(&self) -> Result<RwLockWriteGuard<'_, T>, RwLockWriteGuard<'_, T>> {
        self.write().map_err(PoisonError::into_inner)
    }
}

#[cfg(feature = "parking_lot")]
impl<T: ?Sized> MutexLike for parking_lot::Mutex<T> {
    type Value = T;
    type Guard<'a>
        = parking_lot::MutexGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn lock(&self) -> Result<parking_lot::MutexGuard<'_, T>, parking_lot::MutexGuard<'_, T>> {
        Ok(self.lock())
    }
}

#[cfg(feature = "parking_lot")]
impl<T: ?Sized> RwLockLike for parking_lot::RwLock<T> {
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
    fn read(
        &self,
    ) -> Result<parking_lot::RwLockReadGuard<'_, T>, parking_lot::RwLockReadGuard<'_, T>> {
        Ok(self.read())
    }
    #[inline]
    fn write(
        &self,
    ) -> Result<parking_lot::RwLockWriteGuard<'_, T>, parking_lot::RwLockWriteGuard<'_, T>> {
        Ok(self.write())
    }
}

/// An `Rc` or `Arc` of a lock is that lock, shared: an `Rc` is never thread-safe.
macro_rules! shared {
    ($($ptr:ident => $safe:expr;)*) => {$(
        impl<L: MutexLike + ?Sized> MutexLike for $ptr<L> {
            type Value = L::Value;
            type Guard<'a> = L::Guard<'a> where Self: 'a;
            const THREAD_SAFE: bool = $safe && L::THREAD_SAFE;
            #[inline]
            fn lock(&self) -> Result<L::Guard<'_>, L::Guard<'_>> {
                L::lock(self)
            }
        }

        impl<L: RwLockLike + ?Sized> RwLockLike for $ptr<L> {
            type Value = L::Value;
            type ReadGuard<'a> = L::ReadGuard<'a> where Self: 'a;
            type WriteGuard<'a> = L::WriteGuard<'a> where Self: 'a;
            const THREAD_SAFE: bool = $safe && L::THREAD_SAFE;
            #[inline]
            fn read(&self) -> Result<L::ReadGuard<'_>, L::ReadGuard<'_>> {
                L::read(self)
            }
            #[inline]
            fn write(&self) -> Result<L::WriteGuard<'_>, L::WriteGuard<'_>> {
                L::write(self)
            }
        }
    )*};
}

shared! {
    Rc => false;
    Arc => true;
}
