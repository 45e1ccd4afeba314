//! Debug-build diagnostics of borrows and locks (SPEC §13). Generated accessors of `RefCell`s
//! and of std's and `parking_lot`'s locks call these only under `#[cfg(debug_assertions)]`:
//! before borrowing or locking they look up, in a thread-local list keyed by the holder's
//! address, the accessors of this thread that hold it, and panic at the caller's line with the
//! struct, the field and the holder's method and call site instead of an anonymous
//! `BorrowMutError` or a deadlock. Closure-scoped accessors (and those that borrow or lock only
//! inside the call) enter the list for as long as they run; the returned [`Held`] takes them off
//! when dropped, also while unwinding. Without `std` there is no thread-local: nothing is
//! tracked, and the accessors behave as in release builds.

use core::cell::RefCell;

/// Whether an access shares the borrow or lock (`RefCell::borrow`, `RwLock::read`) or takes it
/// exclusively (`borrow_mut`, `Mutex::lock`, `RwLock::write`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Access {
    /// Shared: conflicts with an exclusive holder.
    Shared,
    /// Exclusive: conflicts with any holder.
    Exclusive,
}

/// Whether the accessor holds the borrow or lock while it runs (it enters the list), or only
/// checks for a conflict (it returns a guard, whose drop no accessor sees).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    /// Holds it until the returned [`Held`] is dropped.
    Holds,
    /// Checks only.
    Checks,
}

/// A place in the list of holders; dropping it takes the holder off.
#[must_use = "the holder leaves the list when this is dropped"]
#[derive(Debug)]
pub struct Held {
    #[cfg(feature = "std")]
    id: Option<u64>,
}

/// `RefCell` accessors: the borrow `access` of `cell`, by `owner::field`'s accessor `method`.
///
/// # Panics
/// At the caller's line, when the borrow conflicts with a live one: naming the accessor of
/// this thread that holds it and its call site, if one does.
#[inline]
#[track_caller]
pub fn refcell<T: ?Sized>(
    cell: &RefCell<T>,
    access: Access,
    role: Role,
    owner: &'static str,
    field: &'static str,
    method: &'static str,
) -> Held {
    #[cfg(feature = "std")]
    {
        let free = match access {
            Access::Shared => cell.try_borrow().is_ok(),
            Access::Exclusive => cell.try_borrow_mut().is_ok(),
        };
        imp::enter(
            core::ptr::from_ref(cell).cast::<()>(),
            imp::Kind::RefCell { free },
            access,
            role,
            [owner, field, method],
        )
    }
    #[cfg(not(feature = "std"))]
    {
        let _ = (cell, access, role, owner, field, method);
        Held {}
    }
}

/// Lock accessors: the lock `access` of `lock`, by `owner::field`'s accessor `method`.
///
/// # Panics
/// At the caller's line, when this thread already holds the lock through an accessor and
/// taking it would block forever (a `Mutex` twice; an `RwLock` write with any other access, or
/// a read while it writes), naming that accessor and its call site.
#[inline]
#[track_caller]
pub fn lock<L: ?Sized>(
    lock: &L,
    access: Access,
    role: Role,
    owner: &'static str,
    field: &'static str,
    method: &'static str,
) -> Held {
    #[cfg(feature = "std")]
    {
        imp::enter(
            core::ptr::from_ref(lock).cast::<()>(),
            imp::Kind::Lock,
            access,
            role,
            [owner, field, method],
        )
    }
    #[cfg(not(feature = "std"))]
    {
        let _ = (lock, access, role, owner, field, method);
        Held {}
    }
}

#[cfg(feature = "std")]
mod imp {
    use core::cell::RefCell;
    use core::panic::Location;
    use std::vec::Vec;

    use super::{Access, Held, Role};

    /// One accessor that holds a borrow or a lock on this thread.
    struct Entry {
        id: u64,
        at: *const (),
        access: Access,
        method: &'static str,
        location: &'static Location<'static>,
    }

    /// This thread's holders, and the id of the next one.
    struct Holders {
        next: u64,
        list: Vec<Entry>,
    }

    std::thread_local! {
        static HOLDERS: RefCell<Holders> = const {
            RefCell::new(Holders { next: 0, list: Vec::new() })
        };
    }

    #[derive(Clone, Copy)]
    pub(super) enum Kind {
        /// Whether the `RefCell` allows the access now (another borrow, by a guard or by the
        /// user's own `borrow()`, may hold it without an entry here).
        RefCell {
            free: bool,
        },
        Lock,
    }

    /// A holder in the way: its access, method and call site.
    type InTheWay = (Access, &'static str, &'static Location<'static>);

    /// Looks for a holder of `at` in the way of `access` and, if there is none and the accessor
    /// holds, enters it: one visit of the thread-local.
    fn find_or_enter(
        at: *const (),
        access: Access,
        enter: Option<(&'static str, &'static Location<'static>)>,
    ) -> Result<Option<u64>, InTheWay> {
        let visit = HOLDERS.try_with(|holders| {
            let mut holders = holders.borrow_mut();
            let in_the_way = holders.list.iter().find(|e| {
                e.at == at && (access == Access::Exclusive || e.access == Access::Exclusive)
            });
            if let Some(e) = in_the_way {
                return Err((e.access, e.method, e.location));
            }
            Ok(enter.map(|(method, location)| {
                let id = holders.next;
                holders.next += 1;
                holders.list.push(Entry {
                    id,
                    at,
                    access,
                    method,
                    location,
                });
                id
            }))
        });
        // The thread is exiting and its list is gone: nothing to check against.
        visit.unwrap_or(Ok(None))
    }

    #[track_caller]
    pub(super) fn enter(
        at: *const (),
        kind: Kind,
        access: Access,
        role: Role,
        [owner, field, method]: [&'static str; 3],
    ) -> Held {
        let location = Location::caller();
        // A `RefCell` that does not allow the access is reported, not entered.
        let holds = role == Role::Holds && !matches!(kind, Kind::RefCell { free: false });
        let found = find_or_enter(at, access, holds.then_some((method, location)));
        match (kind, found) {
            (Kind::RefCell { .. }, Err((held, by, location))) => {
                let what = match held {
                    Access::Exclusive => "already mutably borrowed",
                    Access::Shared => "already borrowed",
                };
                panic!("{what}: `{owner}::{field}` is borrowed by `{by}` called at {location}");
            }
            (Kind::RefCell { free: false }, Ok(_)) => {
                let what = match access {
                    Access::Shared => "already mutably borrowed",
                    Access::Exclusive => "already borrowed",
                };
                panic!(
                    "{what}: `{owner}::{field}` is borrowed by a guard that is still alive (a `Ref` or `RefMut` of a `borrow_` accessor, or of the field itself), so `{method}` cannot borrow it"
                );
            }
            (Kind::Lock, Err((held, by, location))) => {
                let how = match held {
                    Access::Exclusive => "locked",
                    Access::Shared => "read-locked",
                };
                panic!(
                    "deadlock: `{owner}::{field}` is already {how} on this thread by `{by}` called at {location}, so `{method}` would wait for it forever"
                );
            }
            (Kind::RefCell { free: true } | Kind::Lock, Ok(id)) => Held { id },
        }
    }

    impl Drop for Held {
        fn drop(&mut self) {
            let Some(id) = self.id else { return };
            let _ = HOLDERS.try_with(|holders| {
                let mut holders = holders.borrow_mut();
                if let Some(i) = holders.list.iter().rposition(|e| e.id == id) {
                    holders.list.remove(i);
                }
            });
        }
    }

    pub(super) fn holders() -> usize {
        HOLDERS.try_with(|h| h.borrow().list.len()).unwrap_or(0)
    }
}

/// How many accessors hold a borrow or a lock on this thread: 0 once every accessor returned,
/// also by unwinding (without `std`, always 0).
#[must_use]
pub fn holders() -> usize {
    #[cfg(feature = "std")]
    {
        imp::holders()
    }
    #[cfg(not(feature = "std"))]
    {
        0
    }
}
