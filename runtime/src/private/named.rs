//! Types taken at their bare name: `#[sync]` reads `AtomicU64` or `Mutex<T>` written bare as
//! std's (and `#[sync(async)]` reads `Mutex<T>` as tokio's), and reaches the field through
//! [`Named`] or [`NamedLock`], which only that type implements. A bare name imported from
//! elsewhere (`use portable_atomic::AtomicU64;`, `use tokio::sync::Mutex;`, a crate's own
//! `lock::Mutex`) is then one error at the field, naming both types, instead of a type mismatch
//! inside the accessors.

/// `Self` is the atomic its name says, `Expected`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is taken for `{Expected}` by its bare name, and is another type",
    label = "`#[sync]` reads this bare name as `{Expected}`",
    note = "spell the type's path: `portable_atomic::AtomicU64` works with interior's `portable-atomic` feature; an atomic of your own is spelled with its module (`counters::AtomicU64`), says what it is with `kind = \"atomic\"`, and implements `interior::ext::AtomicLike`"
)]
pub trait Named<Expected: ?Sized> {
    /// The field, as the type it names.
    fn named(&self) -> &Expected;
    /// The field, as the type it names, for `get_mut`.
    fn named_mut(&mut self) -> &mut Expected;
}

impl<T: ?Sized> Named<T> for T {
    #[inline]
    fn named(&self) -> &T {
        self
    }
    #[inline]
    fn named_mut(&mut self) -> &mut T {
        self
    }
}

/// `Self` is the lock its name says, `Expected`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is taken for `{Expected}` by its bare name, and is another type",
    label = "`#[sync]` reads this bare name as `{Expected}`",
    note = "a tokio lock imported by its bare name is marked `#[sync(async)]`, and a std lock needs no `async`; `parking_lot::Mutex<T>` is spelled with its path (interior's `parking_lot` feature); a lock of your own is spelled with its module (`lock::Mutex<T>`), says what it is with `kind = \"mutex\"` or `\"rwlock\"`, and implements its `interior::ext` trait"
)]
pub trait NamedLock<Expected: ?Sized> {
    /// The field, as the type it names.
    fn named_lock(&self) -> &Expected;
    /// The field, as the type it names, for `get_mut`.
    fn named_lock_mut(&mut self) -> &mut Expected;
}

impl<T: ?Sized> NamedLock<T> for T {
    #[inline]
    fn named_lock(&self) -> &T {
        self
    }
    #[inline]
    fn named_lock_mut(&mut self) -> &mut T {
        self
    }
}

/// `value` as the atomic its bare name says, `Expected`; the type of `value` is inferred.
#[inline]
pub fn named<Expected: ?Sized, T: Named<Expected> + ?Sized>(value: &T) -> &Expected {
    value.named()
}

/// [`named`] for `get_mut`.
#[inline]
pub fn named_mut<Expected: ?Sized, T: Named<Expected> + ?Sized>(value: &mut T) -> &mut Expected {
    value.named_mut()
}

/// `value` as the lock its bare name says, `Expected`.
#[inline]
pub fn named_lock<Expected: ?Sized, T: NamedLock<Expected> + ?Sized>(value: &T) -> &Expected {
    value.named_lock()
}

/// [`named_lock`] for `get_mut`.
#[inline]
pub fn named_lock_mut<Expected: ?Sized, T: NamedLock<Expected> + ?Sized>(
    value: &mut T,
) -> &mut Expected {
    value.named_lock_mut()
}
