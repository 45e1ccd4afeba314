//! SPEC §14–§17 under the strict lints: a crate's own lock behind `interior::ext`, another
//! module's path, `AtomicPtr`, per-op orderings, `try_update`, `init` and `introspect = false`.

use core::cell::{Cell, OnceCell};
use core::ops::{Deref, DerefMut};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, AtomicU32};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

use interior::ext::MutexLike;
use interior::Interior;

/// A lock wrapper of this crate's own.
#[derive(Debug, Default)]
pub struct Locked<T>(Mutex<T>);

/// The guard of [`Locked`].
#[derive(Debug)]
pub struct Guard<'a, T>(MutexGuard<'a, T>);

impl<T> Deref for Guard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Guard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

impl<T> MutexLike for Locked<T> {
    type Value = T;
    type Guard<'a>
        = Guard<'a, T>
    where
        T: 'a;
    const THREAD_SAFE: bool = true;
    fn lock(&self) -> Result<Guard<'_, T>, Guard<'_, T>> {
        self.0
            .lock()
            .map(Guard)
            .map_err(|poisoned| Guard(PoisonError::into_inner(poisoned)))
    }
}

/// Every new op and option, public.
#[derive(Interior, Debug, Default)]
#[interior(vis = "pub", introspect = false)]
pub struct Ported {
    /// Through `MutexLike`.
    #[sync(kind = "mutex", with, with_mut, set, replace, get, take, lock)]
    pool: Locked<Vec<u32>>,
    /// Per-op orderings and `try_update`.
    #[sync(
        get(ordering = "acquire"),
        set(ordering = "release"),
        try_update(ordering = "acq_rel"),
        compare_exchange(ordering = "seq_cst"),
        fetch_add(ordering = "relaxed"),
        update(ordering = "relaxed")
    )]
    hits: AtomicU32,
    /// A pointer.
    #[sync(get, set, replace, compare_exchange, update, try_update, get_mut)]
    head: AtomicPtr<u8>,
    /// `try_update` on a `Cell`.
    #[cell(get, try_update)]
    budget: Cell<u32>,
    /// Computed from the other fields on first use.
    #[once(init = "Self::describe")]
    summary: OnceCell<String>,
    /// The same, thread-safe.
    #[once(init = "total", get, set)]
    total: OnceLock<u64>,
}

impl Ported {
    fn describe(&self) -> String {
        format!("{} hits", self.hits())
    }
}

fn total(ported: &Ported) -> u64 {
    u64::from(ported.budget())
}

/// Calls the accessors.
#[must_use]
pub fn exercise(mut ported: Ported) -> usize {
    ported.set_pool(vec![1]);
    ported.with_pool_mut(|pool| pool.push(2));
    let _previous = ported.replace_pool(vec![3]);
    ported.lock_pool().push(4);
    ported.set_hits(1);
    let _stored = ported.try_update_hits(|n| n.checked_add(1));
    let _swapped = ported.compare_exchange_hits(2, 3);
    let _added = ported.fetch_add_hits(1);
    let _updated = ported.update_hits(|n| n + 1);
    let mut byte = 0_u8;
    ported.set_head(&raw mut byte);
    let _old = ported.replace_head(null_mut());
    let _cas = ported.compare_exchange_head(null_mut(), &raw mut byte);
    let _moved = ported.update_head(|p| p);
    let _tried = ported.try_update_head(|_| None);
    *ported.head_mut() = null_mut();
    let _budget = ported.try_update_budget(|n| n.checked_add(2));
    let _written = ported.set_total(7);
    ported.with_pool(Vec::len)
        + ported.pool().len()
        + ported.take_pool().len()
        + ported.summary().len()
        + usize::from(ported.head().is_null())
        + usize::try_from(*ported.total()).unwrap_or(0)
}
