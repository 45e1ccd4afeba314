//! `Rc` and `Arc` around an aliased field: the same storage, shared. `Rc` is never thread-safe;
//! `Arc` is when what it holds is.

use core::cell::{Cell, RefCell};
use core::sync::atomic::Ordering;
use std::rc::Rc;
use std::sync::Arc;

use super::{
    AtomicField, AtomicIntField, CellField, MutexField, OnceField, RefCellField, RwLockField,
};
use crate::Mechanism;

/// Every alias trait for `$ptr<C>`, delegating to `C`; thread-safe when `$safe` and `C` are.
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
