//! `x()` of a `OnceCell` field with `#[once(init = "...")]`, and the thread-local list through
//! which it notices a re-entrant first call.

use core::cell::OnceCell;

/// `x()` of a `OnceCell` field with `#[once(init = "...")]`: the value, computed by `init` on
/// the first call. With `std`, a re-entrant first call (`init` calling `x()` again, which would
/// otherwise recurse until the stack overflows) panics at the line that called `x()`, naming
/// `owner::field`; without `std` there is no thread-local to notice it in.
///
/// # Panics
/// On a re-entrant first call (with `std`), or if `init` writes the cell itself.
#[inline]
#[track_caller]
pub fn once_cell_init<'a, T>(
    cell: &'a OnceCell<T>,
    init: impl FnOnce() -> T,
    owner: &str,
    field: &str,
) -> &'a T {
    if let Some(value) = cell.get() {
        return value;
    }
    // The cold path writes the cell and returns nothing: were it to return the reference, the
    // two paths would join on a shared load, one instruction more on the hot path than
    // `OnceCell::get_or_init` written by hand.
    once_cell_init_cold(cell, init, owner, field);
    match cell.get() {
        Some(value) => value,
        None => unreachable!("the cell was just written"),
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn once_cell_init_cold<T>(cell: &OnceCell<T>, init: impl FnOnce() -> T, owner: &str, field: &str) {
    #[cfg(feature = "std")]
    let running = running::Running::enter(core::ptr::from_ref(cell).cast::<()>(), owner, field);
    let value = init();
    #[cfg(feature = "std")]
    drop(running);
    #[cfg(not(feature = "std"))]
    let _ = (owner, field);
    assert!(cell.set(value).is_ok(), "reentrant init");
}

/// The `OnceCell`s whose `init` runs on this thread, by address: a cell cannot move while its
/// initializer borrows it, so an address seen twice is a re-entrant first call.
#[cfg(feature = "std")]
mod running {
    use std::cell::RefCell;
    use std::vec::Vec;

    std::thread_local! {
        static RUNNING: RefCell<Vec<*const ()>> = const { RefCell::new(Vec::new()) };
    }

    /// One running initializer; dropping it (also while unwinding) takes it off the list.
    pub(super) struct Running(*const ());

    impl Running {
        #[track_caller]
        pub(super) fn enter(cell: *const (), owner: &str, field: &str) -> Running {
            let again = RUNNING.with(|running| {
                let mut running = running.borrow_mut();
                let again = running.contains(&cell);
                if !again {
                    running.push(cell);
                }
                again
            });
            assert!(
                !again,
                "re-entrant initialization of `{owner}::{field}`: its `init` function called `{field}()` again before returning a value"
            );
            Running(cell)
        }
    }

    impl Drop for Running {
        fn drop(&mut self) {
            let cell = self.0;
            RUNNING.with(|running| running.borrow_mut().retain(|c| *c != cell));
        }
    }
}
