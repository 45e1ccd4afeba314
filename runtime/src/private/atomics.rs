//! Atomics behind a type alias: `AtomicBool` and the integer atomics, through one trait for
//! the operations every atomic has and one for the arithmetic of integers.

use core::sync::atomic::Ordering;

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
