//! Types taken at their bare name: `#[sync]` reads `AtomicU64` or `Mutex<T>` written bare as
//! std's, and reaches the field through [`Named`], which only that type implements. A bare name
//! imported from elsewhere (`use portable_atomic::AtomicU64;`, a crate's own `lock::Mutex`)
//! is then one error at the field, naming both types, instead of a type mismatch inside the
//! accessors.

/// `Self` is the type its name says, `Expected`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is taken for `{Expected}` by its bare name, and is another type",
    label = "`#[sync]` reads this bare name as std's type",
    note = "spell the type's path: `portable_atomic::AtomicU64` works with interior's `portable-atomic` feature, `parking_lot::Mutex<T>` with its `parking_lot` feature; a type of your own is spelled with its module (`lock::Mutex<T>`), says what it is with `kind = \"mutex\"`, `\"rwlock\"` or `\"atomic\"`, and implements its `interior::ext` trait"
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

/// `value` as the type its bare name says, `Expected`; the type of `value` is inferred.
#[inline]
pub fn named<Expected: ?Sized, T: Named<Expected> + ?Sized>(value: &T) -> &Expected {
    value.named()
}

/// [`named`] for `get_mut`.
#[inline]
pub fn named_mut<Expected: ?Sized, T: Named<Expected> + ?Sized>(value: &mut T) -> &mut Expected {
    value.named_mut()
}
