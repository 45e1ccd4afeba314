//! The bounds of ops on the value type (`Copy`, `Clone`, `Default`), with messages that name
//! the op, the field and the way out. Generated code calls these only where the macro cannot
//! tell by reading the type that the bound holds.

use core::cell::Cell;

// `Field` and `Op` are markers: the derive calls these helpers from a function whose type
// parameters are named after the field and the op, so the messages name both.

/// `get` and `update` of `#[cell]` copy the value out.
#[diagnostic::on_unimplemented(
    message = "op `{Op}` of field `{Field}` copies the value out of the `Cell`, but `{Self}` is not `Copy`",
    label = "`{Op}` copies this value out of the `Cell`, so it must be `Copy`",
    note = "list the ops you want, e.g. `#[cell(set, replace, take)]`, or use `#[refcell]`, which lends references instead of copying"
)]
pub trait CellCopy<Field, Op>: Copy {}
impl<T: Copy, Field, Op> CellCopy<Field, Op> for T {}

/// `get` of `#[refcell]` and `#[sync]` returns a clone.
#[diagnostic::on_unimplemented(
    message = "op `{Op}` of field `{Field}` returns a clone of the value, but `{Self}` is not `Clone`",
    label = "`{Op}` clones this value, so it must be `Clone`",
    note = "remove `{Op}` from the field's op list and use `with` to read the value through a reference"
)]
pub trait GetClone<Field, Op>: Clone {}
impl<T: Clone, Field, Op> GetClone<Field, Op> for T {}

/// `take` leaves `Default::default()` behind.
#[diagnostic::on_unimplemented(
    message = "op `{Op}` of field `{Field}` leaves `Default::default()` in its place, but `{Self}` is not `Default`",
    label = "`{Op}` puts the default of this type in the field, so it must be `Default`",
    note = "remove `{Op}` from the field's op list and use `replace` with a value of your choosing"
)]
pub trait TakeDefault<Field, Op>: Default {}
impl<T: Default, Field, Op> TakeDefault<Field, Op> for T {}

/// `Cell::get` behind the [`CellCopy`] diagnostic.
#[inline]
pub fn cell_get<Field, Op, T: CellCopy<Field, Op>>(cell: &Cell<T>) -> T {
    cell.get()
}

/// `update` of a `Cell` behind the [`CellCopy`] diagnostic: stores `f` of the value and
/// returns the new value.
#[inline]
pub fn cell_update<Field, Op, T: CellCopy<Field, Op>>(cell: &Cell<T>, f: impl FnOnce(T) -> T) -> T {
    let new = f(cell.get());
    cell.set(new);
    new
}

/// `try_update` of a `Cell` behind the [`CellCopy`] diagnostic: stores what `f` returns and
/// returns it, or leaves the cell unchanged when `f` returns `None`.
#[inline]
pub fn cell_try_update<Field, Op, T: CellCopy<Field, Op>>(
    cell: &Cell<T>,
    f: impl FnOnce(T) -> Option<T>,
) -> Option<T> {
    let new = f(cell.get())?;
    cell.set(new);
    Some(new)
}

/// `Cell::take` behind the [`TakeDefault`] diagnostic.
#[inline]
pub fn cell_take<Field, Op, T: TakeDefault<Field, Op>>(cell: &Cell<T>) -> T {
    cell.take()
}

/// `Clone::clone` behind the [`GetClone`] diagnostic.
#[inline]
pub fn clone<Field, Op, T: GetClone<Field, Op>>(value: &T) -> T {
    value.clone()
}

/// `mem::take` behind the [`TakeDefault`] diagnostic.
#[inline]
pub fn take<Field, Op, T: TakeDefault<Field, Op>>(slot: &mut T) -> T {
    core::mem::take(slot)
}
