//! tokio's `Mutex` and `RwLock` behind a type alias (`#[sync(async, kind = "mutex")]`): the
//! traits through which generated `async fn`s reach them, and an `Rc`/`Arc` of one. tokio locks
//! do not poison, so a lock is always its guard.

use core::future::Future;
use core::ops::{Deref, DerefMut};
use std::rc::Rc;
use std::sync::Arc;

use tokio::sync::{Mutex, MutexGuard, RwLock, RwLockReadGuard, RwLockWriteGuard};

/// A `tokio::sync::Mutex<T>`, possibly behind one `Rc` or `Arc`.
#[diagnostic::on_unimplemented(
    message = "`#[sync(async)]` with `kind = \"mutex\"` needs a `tokio::sync::Mutex<T>`, and this field's type is `{Self}`",
    label = "not a tokio `Mutex<T>`",
    note = "`async` is for tokio's `Mutex` and `RwLock`: give `kind` the lock's own kind, or remove `async` for a std or `parking_lot` lock"
)]
pub trait AsyncMutexField {
    /// `T`.
    type Value: ?Sized;
    /// tokio's guard.
    type Guard<'a>: DerefMut<Target = Self::Value>
    where
        Self: 'a;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// `Mutex::lock`.
    fn lock_async(&self) -> impl Future<Output = Self::Guard<'_>>;
}

/// A `tokio::sync::RwLock<T>`, possibly behind one `Rc` or `Arc`.
#[diagnostic::on_unimplemented(
    message = "`#[sync(async)]` with `kind = \"rwlock\"` needs a `tokio::sync::RwLock<T>`, and this field's type is `{Self}`",
    label = "not a tokio `RwLock<T>`",
    note = "`async` is for tokio's `Mutex` and `RwLock`: give `kind` the lock's own kind, or remove `async` for a std or `parking_lot` lock"
)]
pub trait AsyncRwLockField {
    /// `T`.
    type Value: ?Sized;
    /// tokio's read guard.
    type ReadGuard<'a>: Deref<Target = Self::Value>
    where
        Self: 'a;
    /// tokio's write guard.
    type WriteGuard<'a>: DerefMut<Target = Self::Value>
    where
        Self: 'a;
    /// Whether the storage is thread-safe.
    const THREAD_SAFE: bool;
    /// `RwLock::read`.
    fn read_async(&self) -> impl Future<Output = Self::ReadGuard<'_>>;
    /// `RwLock::write`.
    fn write_async(&self) -> impl Future<Output = Self::WriteGuard<'_>>;
}

impl<T: ?Sized> AsyncMutexField for Mutex<T> {
    type Value = T;
    type Guard<'a>
        = MutexGuard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    #[inline]
    fn lock_async(&self) -> impl Future<Output = MutexGuard<'_, T>> {
        self.lock()
    }
}

impl<T: ?Sized> AsyncRwLockField for RwLock<T> {
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
    fn read_async(&self) -> impl Future<Output = RwLockReadGuard<'_, T>> {
        self.read()
    }
    #[inline]
    fn write_async(&self) -> impl Future<Output = RwLockWriteGuard<'_, T>> {
        self.write()
    }
}

/// An `Rc` or `Arc` of a tokio lock is that lock, shared: an `Rc` is never thread-safe.
macro_rules! shared {
    ($($ptr:ident => $safe:expr;)*) => {$(
        impl<L: AsyncMutexField + ?Sized> AsyncMutexField for $ptr<L> {
            type Value = L::Value;
            type Guard<'a>
                = L::Guard<'a>
            where
                Self: 'a;
            const THREAD_SAFE: bool = $safe && L::THREAD_SAFE;
            #[inline]
            fn lock_async(&self) -> impl Future<Output = L::Guard<'_>> {
                L::lock_async(self)
            }
        }
        impl<L: AsyncRwLockField + ?Sized> AsyncRwLockField for $ptr<L> {
            type Value = L::Value;
            type ReadGuard<'a>
                = L::ReadGuard<'a>
            where
                Self: 'a;
            type WriteGuard<'a>
                = L::WriteGuard<'a>
            where
                Self: 'a;
            const THREAD_SAFE: bool = $safe && L::THREAD_SAFE;
            #[inline]
            fn read_async(&self) -> impl Future<Output = L::ReadGuard<'_>> {
                L::read_async(self)
            }
            #[inline]
            fn write_async(&self) -> impl Future<Output = L::WriteGuard<'_>> {
                L::write_async(self)
            }
        }
    )*};
}

shared! {
    Rc => false;
    Arc => true;
}

/// `get_mut` of a tokio lock behind an alias.
#[diagnostic::on_unimplemented(
    message = "`get_mut` needs the tokio lock itself, and this field's type is `{Self}`",
    label = "not a tokio `Mutex<T>` or `RwLock<T>` that `&mut self` reaches",
    note = "`get_mut` reaches the value through `&mut self`; an `Rc` or an `Arc` around it is shared and never gives `&mut`: remove `get_mut`, or hold the value without the `Rc`/`Arc`"
)]
pub trait AsyncLockMut {
    /// `T`.
    type Value: ?Sized;
    /// `get_mut`.
    fn async_get_mut(&mut self) -> &mut Self::Value;
}

impl<T: ?Sized> AsyncLockMut for Mutex<T> {
    type Value = T;
    #[inline]
    fn async_get_mut(&mut self) -> &mut T {
        self.get_mut()
    }
}

impl<T: ?Sized> AsyncLockMut for RwLock<T> {
    type Value = T;
    #[inline]
    fn async_get_mut(&mut self) -> &mut T {
        self.get_mut()
    }
}
