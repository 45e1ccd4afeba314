//! `Rc` and `Arc` around an aliased cell: the same storage, shared. `Rc` is never thread-safe;
//! `Arc` is when what it holds is. (The `interior::ext` traits of locks and atomics have their
//! own.)

use alloc::rc::Rc;
use alloc::sync::Arc;
use core::cell::{Cell, RefCell};

use super::{CellField, OnceField, RefCellField};
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
            #[track_caller]
            fn once_init<F: FnOnce() -> C::Value>(
                &self,
                f: F,
                owner: &str,
                field: &str,
            ) -> &C::Value {
                C::once_init(self, f, owner, field)
            }
            #[inline]
            fn once_set(&self, value: C::Value) -> Result<(), C::Value> {
                C::once_set(self, value)
            }
        }
    )*};
}

shared! {
    Rc => false;
    Arc => true;
}
