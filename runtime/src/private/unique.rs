//! `get_mut` through a type alias: the holder itself, reached with `&mut`. Only the plain types
//! implement these traits: an `Rc` or an `Arc` shares its holder and never gives `&mut`, so an
//! alias of one is an error at the field.

use core::cell::{Cell, OnceCell, RefCell};

use super::{CellField, OnceField, RefCellField};
use crate::ext::AtomicLike;

/// A `Cell<T>` itself, for `get_mut`.
#[diagnostic::on_unimplemented(
    message = "`get_mut` needs the `Cell` itself, and this field's type is `{Self}`",
    label = "not a `Cell<T>` that `&mut self` reaches",
    note = "`get_mut` reaches the value through `&mut self`; an `Rc` or an `Arc` around it is shared and never gives `&mut`: remove `get_mut`, or hold the value without the `Rc`/`Arc`"
)]
pub trait CellMut: CellField {
    /// The cell.
    fn cell_mut(&mut self) -> &mut Cell<Self::Value>;
}

impl<T> CellMut for Cell<T> {
    #[inline]
    fn cell_mut(&mut self) -> &mut Cell<T> {
        self
    }
}

/// A `RefCell<T>` itself, for `get_mut`.
#[diagnostic::on_unimplemented(
    message = "`get_mut` needs the `RefCell` itself, and this field's type is `{Self}`",
    label = "not a `RefCell<T>` that `&mut self` reaches",
    note = "`get_mut` reaches the value through `&mut self`; an `Rc` or an `Arc` around it is shared and never gives `&mut`: remove `get_mut`, or hold the value without the `Rc`/`Arc`"
)]
pub trait RefCellMut: RefCellField {
    /// The cell.
    fn refcell_mut(&mut self) -> &mut RefCell<Self::Value>;
}

impl<T> RefCellMut for RefCell<T> {
    #[inline]
    fn refcell_mut(&mut self) -> &mut RefCell<T> {
        self
    }
}

/// A `OnceCell<T>` or `OnceLock<T>` itself, for `get_mut`.
#[diagnostic::on_unimplemented(
    message = "`get_mut` needs the `OnceCell` or `OnceLock` itself, and this field's type is `{Self}`",
    label = "not a `OnceCell<T>` or `OnceLock<T>` that `&mut self` reaches",
    note = "`get_mut` reaches the value through `&mut self`; an `Rc` or an `Arc` around it is shared and never gives `&mut`: remove `get_mut`, or hold the value without the `Rc`/`Arc`"
)]
pub trait OnceMut: OnceField {
    /// `get_mut`: the value, if written.
    fn once_get_mut(&mut self) -> Option<&mut Self::Value>;
}

impl<T> OnceMut for OnceCell<T> {
    #[inline]
    fn once_get_mut(&mut self) -> Option<&mut T> {
        self.get_mut()
    }
}

#[cfg(feature = "std")]
impl<T> OnceMut for std::sync::OnceLock<T> {
    #[inline]
    fn once_get_mut(&mut self) -> Option<&mut T> {
        self.get_mut()
    }
}

/// An atomic itself, for `get_mut`.
#[diagnostic::on_unimplemented(
    message = "`get_mut` needs the atomic itself, and this field's type is `{Self}`",
    label = "not an atomic that `&mut self` reaches",
    note = "`get_mut` reaches the value through `&mut self`: it needs std's or `portable_atomic`'s atomic itself, not an `Rc` or `Arc` of one (shared, never `&mut`) nor a type of one's own (the `interior::ext` traits have no `get_mut`): remove `get_mut`"
)]
pub trait AtomicMut: AtomicLike {
    /// `get_mut`.
    fn atomic_get_mut(&mut self) -> &mut Self::Value;
}

macro_rules! atomic_mut {
    ($($width:literal => $atomic:ident($value:ty);)*) => {$(
        #[cfg(target_has_atomic = $width)]
        impl AtomicMut for core::sync::atomic::$atomic {
            #[inline]
            fn atomic_get_mut(&mut self) -> &mut $value {
                self.get_mut()
            }
        }
    )*};
}

#[cfg(target_has_atomic = "ptr")]
impl<T> AtomicMut for core::sync::atomic::AtomicPtr<T> {
    #[inline]
    fn atomic_get_mut(&mut self) -> &mut *mut T {
        self.get_mut()
    }
}

#[cfg(feature = "portable-atomic")]
impl<T> AtomicMut for portable_atomic::AtomicPtr<T> {
    #[inline]
    fn atomic_get_mut(&mut self) -> &mut *mut T {
        self.get_mut()
    }
}

/// `portable_atomic`'s atomics.
#[cfg(feature = "portable-atomic")]
macro_rules! portable_mut {
    ($($atomic:ident($value:ty);)*) => {$(
        impl AtomicMut for portable_atomic::$atomic {
            #[inline]
            fn atomic_get_mut(&mut self) -> &mut $value {
                self.get_mut()
            }
        }
    )*};
}

#[cfg(feature = "portable-atomic")]
portable_mut! {
    AtomicBool(bool);
    AtomicI8(i8);
    AtomicI16(i16);
    AtomicI32(i32);
    AtomicI64(i64);
    AtomicIsize(isize);
    AtomicU8(u8);
    AtomicU16(u16);
    AtomicU32(u32);
    AtomicU64(u64);
    AtomicUsize(usize);
}

atomic_mut! {
    "8" => AtomicBool(bool);
    "8" => AtomicI8(i8);
    "16" => AtomicI16(i16);
    "32" => AtomicI32(i32);
    "64" => AtomicI64(i64);
    "ptr" => AtomicIsize(isize);
    "8" => AtomicU8(u8);
    "16" => AtomicU16(u16);
    "32" => AtomicU32(u32);
    "64" => AtomicU64(u64);
    "ptr" => AtomicUsize(usize);
}

/// A `Mutex<T>` or `RwLock<T>` (std or `parking_lot`) itself, for `get_mut`.
#[cfg(feature = "std")]
#[diagnostic::on_unimplemented(
    message = "`get_mut` needs the `Mutex` or `RwLock` itself, and this field's type is `{Self}`",
    label = "not a `Mutex<T>` or `RwLock<T>` that `&mut self` reaches",
    note = "`get_mut` reaches the value through `&mut self`: it needs std's or `parking_lot`'s lock itself, not an `Rc` or `Arc` of one (shared, never `&mut`) nor a lock of one's own (the `interior::ext` traits have no `get_mut`): remove `get_mut`"
)]
pub trait LockMut {
    /// `T`.
    type Value: ?Sized;
    /// `get_mut`; a poisoned std lock panics naming `owner::field` unless `recover`.
    #[track_caller]
    fn lock_get_mut(&mut self, recover: bool, owner: &str, field: &str) -> &mut Self::Value;
}

#[cfg(feature = "std")]
impl<T: ?Sized> LockMut for std::sync::Mutex<T> {
    type Value = T;
    #[inline]
    #[track_caller]
    fn lock_get_mut(&mut self, recover: bool, owner: &str, field: &str) -> &mut T {
        super::unpoison(self.get_mut(), recover, owner, field)
    }
}

#[cfg(feature = "std")]
impl<T: ?Sized> LockMut for std::sync::RwLock<T> {
    type Value = T;
    #[inline]
    #[track_caller]
    fn lock_get_mut(&mut self, recover: bool, owner: &str, field: &str) -> &mut T {
        super::unpoison(self.get_mut(), recover, owner, field)
    }
}

#[cfg(feature = "parking_lot")]
impl<T: ?Sized> LockMut for parking_lot::Mutex<T> {
    type Value = T;
    #[inline]
    fn lock_get_mut(&mut self, _: bool, _: &str, _: &str) -> &mut T {
        self.get_mut()
    }
}

#[cfg(feature = "parking_lot")]
impl<T: ?Sized> LockMut for parking_lot::RwLock<T> {
    type Value = T;
    #[inline]
    fn lock_get_mut(&mut self, _: bool, _: &str, _: &str) -> &mut T {
        self.get_mut()
    }
}
