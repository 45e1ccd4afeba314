//! `AtomicLike`, `AtomicBits` and `AtomicInteger`, and their implementations for the std
//! atomics, `portable_atomic`'s (feature `portable-atomic`), and an `Rc` or `Arc` of any atomic.

use core::sync::atomic::Ordering;

/// An atomic value, as `std::sync::atomic::AtomicU64`: loads, stores and compare-and-swap.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an atomic that `#[sync]` knows: it does not implement `interior::ext::AtomicLike`",
    label = "read as an atomic, which needs `interior::ext::AtomicLike`",
    note = "implement `interior::ext::AtomicLike` for it; for `portable_atomic`'s atomics, enable interior's `portable-atomic` feature"
)]
pub trait AtomicLike {
    /// The value: `bool`, an integer, a pointer.
    type Value: Copy;
    /// Whether the atomic may be shared between threads (reported by `FIELDS` and the docs):
    /// every atomic is, and so is an `Arc` of one; an `Rc` of one is not.
    const THREAD_SAFE: bool = true;
    /// Loads the value.
    fn load(&self, order: Ordering) -> Self::Value;
    /// Stores `value`.
    fn store(&self, value: Self::Value, order: Ordering);
    /// Stores `value`, returning the previous value.
    fn swap(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// Stores `new` if the value is `current`.
    ///
    /// # Errors
    /// The value found, when it was not `current`.
    fn compare_exchange(
        &self,
        current: Self::Value,
        new: Self::Value,
        success: Ordering,
        failure: Ordering,
    ) -> Result<Self::Value, Self::Value>;
    /// Stores `new` if the value is `current`; may fail spuriously.
    ///
    /// # Errors
    /// The value found, when it was not `current`, or a spurious failure.
    fn compare_exchange_weak(
        &self,
        current: Self::Value,
        new: Self::Value,
        success: Ordering,
        failure: Ordering,
    ) -> Result<Self::Value, Self::Value>;
}

/// The bitwise read-modify-writes of integers and `bool`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no bitwise operations: `fetch_and`, `fetch_or` and `fetch_xor` need `interior::ext::AtomicBits`",
    note = "an atomic pointer has none; remove the op"
)]
pub trait AtomicBits: AtomicLike {
    /// Bitwise and, returning the previous value.
    fn fetch_and(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// Bitwise or, returning the previous value.
    fn fetch_or(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// Bitwise xor, returning the previous value.
    fn fetch_xor(&self, value: Self::Value, order: Ordering) -> Self::Value;
}

/// The arithmetic read-modify-writes of integers.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an atomic integer: `fetch_add`, `fetch_sub`, `fetch_max` and `fetch_min` need `interior::ext::AtomicInteger`",
    note = "`AtomicBool` has `fetch_and`, `fetch_or` and `fetch_xor`; an atomic pointer has none of them"
)]
pub trait AtomicInteger: AtomicBits {
    /// Adds `value` (wrapping), returning the previous value.
    fn fetch_add(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// Subtracts `value` (wrapping), returning the previous value.
    fn fetch_sub(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// Stores the maximum of `value` and the value, returning the previous value.
    fn fetch_max(&self, value: Self::Value, order: Ordering) -> Self::Value;
    /// Stores the minimum of `value` and the value, returning the previous value.
    fn fetch_min(&self, value: Self::Value, order: Ordering) -> Self::Value;
}

/// `AtomicLike` for `$path::$atomic` with value `$value`, then its bits and arithmetic.
macro_rules! atomic {
    (like $path:path, $atomic:ident, $value:ty) => {
        impl AtomicLike for $path {
            type Value = $value;
            #[inline]
            fn load(&self, order: Ordering) -> $value {
                <$path>::load(self, order)
            }
            #[inline]
            fn store(&self, value: $value, order: Ordering) {
                <$path>::store(self, value, order);
            }
            #[inline]
            fn swap(&self, value: $value, order: Ordering) -> $value {
                <$path>::swap(self, value, order)
            }
            #[inline]
            fn compare_exchange(
                &self,
                current: $value,
                new: $value,
                success: Ordering,
                failure: Ordering,
            ) -> Result<$value, $value> {
                <$path>::compare_exchange(self, current, new, success, failure)
            }
            #[inline]
            fn compare_exchange_weak(
                &self,
                current: $value,
                new: $value,
                success: Ordering,
                failure: Ordering,
            ) -> Result<$value, $value> {
                <$path>::compare_exchange_weak(self, current, new, success, failure)
            }
        }
    };
    (bits $path:path, $value:ty) => {
        impl AtomicBits for $path {
            #[inline]
            fn fetch_and(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_and(self, value, order)
            }
            #[inline]
            fn fetch_or(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_or(self, value, order)
            }
            #[inline]
            fn fetch_xor(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_xor(self, value, order)
            }
        }
    };
    (integer $path:path, $value:ty) => {
        impl AtomicInteger for $path {
            #[inline]
            fn fetch_add(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_add(self, value, order)
            }
            #[inline]
            fn fetch_sub(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_sub(self, value, order)
            }
            #[inline]
            fn fetch_max(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_max(self, value, order)
            }
            #[inline]
            fn fetch_min(&self, value: $value, order: Ordering) -> $value {
                <$path>::fetch_min(self, value, order)
            }
        }
    };
}

/// The std atomics: `bool` with its bits, integers with bits and arithmetic.
macro_rules! core_atomics {
    (bool: $width:literal; $($iwidth:literal => $atomic:ident($value:ty);)*) => {
        #[cfg(target_has_atomic = $width)]
        const _: () = {
            atomic!(like core::sync::atomic::AtomicBool, AtomicBool, bool);
            atomic!(bits core::sync::atomic::AtomicBool, bool);
        };
        $(
            #[cfg(target_has_atomic = $iwidth)]
            const _: () = {
                atomic!(like core::sync::atomic::$atomic, $atomic, $value);
                atomic!(bits core::sync::atomic::$atomic, $value);
                atomic!(integer core::sync::atomic::$atomic, $value);
            };
        )*
    };
}

core_atomics! {
    bool: "8";
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

/// `AtomicPtr<T>`, std's or `portable_atomic`'s: loads, stores and compare-and-swap, no
/// `fetch_` ops.
macro_rules! atomic_ptr {
    ($atomic:path) => {
        impl<T> AtomicLike for $atomic {
            type Value = *mut T;
            #[inline]
            fn load(&self, order: Ordering) -> *mut T {
                self.load(order)
            }
            #[inline]
            fn store(&self, value: *mut T, order: Ordering) {
                self.store(value, order);
            }
            #[inline]
            fn swap(&self, value: *mut T, order: Ordering) -> *mut T {
                self.swap(value, order)
            }
            #[inline]
            fn compare_exchange(
                &self,
                current: *mut T,
                new: *mut T,
                success: Ordering,
                failure: Ordering,
            ) -> Result<*mut T, *mut T> {
                self.compare_exchange(current, new, success, failure)
            }
            #[inline]
            fn compare_exchange_weak(
                &self,
                current: *mut T,
                new: *mut T,
                success: Ordering,
                failure: Ordering,
            ) -> Result<*mut T, *mut T> {
                self.compare_exchange_weak(current, new, success, failure)
            }
        }
    };
}

#[cfg(target_has_atomic = "ptr")]
atomic_ptr!(core::sync::atomic::AtomicPtr<T>);
#[cfg(feature = "portable-atomic")]
atomic_ptr!(portable_atomic::AtomicPtr<T>);

/// `portable_atomic`'s atomics, which have std's API on every target.
#[cfg(feature = "portable-atomic")]
macro_rules! portable_atomics {
    ($($atomic:ident($value:ty);)*) => {
        atomic!(like portable_atomic::AtomicBool, AtomicBool, bool);
        atomic!(bits portable_atomic::AtomicBool, bool);
        $(
            atomic!(like portable_atomic::$atomic, $atomic, $value);
            atomic!(bits portable_atomic::$atomic, $value);
            atomic!(integer portable_atomic::$atomic, $value);
        )*
    };
}

#[cfg(feature = "portable-atomic")]
portable_atomics! {
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

/// An `Rc` or `Arc` of an atomic is that atomic, shared: an `Rc` is never thread-safe.
#[cfg(feature = "alloc")]
macro_rules! shared {
    ($($ptr:path => $safe:expr;)*) => {$(
        impl<A: AtomicLike + ?Sized> AtomicLike for $ptr {
            type Value = A::Value;
            const THREAD_SAFE: bool = $safe && A::THREAD_SAFE;
            #[inline]
            fn load(&self, order: Ordering) -> A::Value {
                A::load(self, order)
            }
            #[inline]
            fn store(&self, value: A::Value, order: Ordering) {
                A::store(self, value, order);
            }
            #[inline]
            fn swap(&self, value: A::Value, order: Ordering) -> A::Value {
                A::swap(self, value, order)
            }
            #[inline]
            fn compare_exchange(
                &self,
                current: A::Value,
                new: A::Value,
                success: Ordering,
                failure: Ordering,
            ) -> Result<A::Value, A::Value> {
                A::compare_exchange(self, current, new, success, failure)
            }
            #[inline]
            fn compare_exchange_weak(
                &self,
                current: A::Value,
                new: A::Value,
                success: Ordering,
                failure: Ordering,
            ) -> Result<A::Value, A::Value> {
                A::compare_exchange_weak(self, current, new, success, failure)
            }
        }

        impl<A: AtomicBits + ?Sized> AtomicBits for $ptr {
            #[inline]
            fn fetch_and(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_and(self, value, order)
            }
            #[inline]
            fn fetch_or(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_or(self, value, order)
            }
            #[inline]
            fn fetch_xor(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_xor(self, value, order)
            }
        }

        impl<A: AtomicInteger + ?Sized> AtomicInteger for $ptr {
            #[inline]
            fn fetch_add(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_add(self, value, order)
            }
            #[inline]
            fn fetch_sub(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_sub(self, value, order)
            }
            #[inline]
            fn fetch_max(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_max(self, value, order)
            }
            #[inline]
            fn fetch_min(&self, value: A::Value, order: Ordering) -> A::Value {
                A::fetch_min(self, value, order)
            }
        }
    )*};
}

#[cfg(feature = "alloc")]
shared! {
    alloc::rc::Rc<A> => false;
    alloc::sync::Arc<A> => true;
}
