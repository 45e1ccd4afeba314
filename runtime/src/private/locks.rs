//! Locks: the one place a poisoned lock is handled, for the generated code's std locks and for
//! the locks it reaches through `interior::ext`.

use std::sync::{LockResult, PoisonError};

/// Panics for a poisoned std lock under `poison = "panic"`.
#[cold]
#[inline(never)]
#[track_caller]
pub fn poisoned(owner: &str, field: &str) -> ! {
    panic!(
        "the lock of `{owner}::{field}` is poisoned: another thread panicked while holding it \
         (use `#[sync(poison = \"recover\")]` to use the data anyway)"
    )
}

/// A lock's guard under the field's poison policy: with `recover` the guard of a poisoned lock
/// is used anyway; otherwise a poisoned lock panics at the caller's line, naming `owner::field`.
/// `Err` holds the guard of a poisoned lock, as `interior::ext::MutexLike::lock` returns it.
#[inline]
#[track_caller]
pub fn unpoison_guard<G>(result: Result<G, G>, recover: bool, owner: &str, field: &str) -> G {
    match result {
        Ok(guard) => guard,
        Err(guard) if recover => guard,
        // The guard is moved out and dropped before the cold call: with `Err(_)` it stays alive
        // across `poisoned`, and LLVM spills it to the stack on the hot path for the unwind
        // cleanup (5 instructions per lock).
        Err(guard) => {
            drop(guard);
            poisoned(owner, field)
        }
    }
}

/// [`unpoison_guard`] of a std lock's result.
#[inline]
#[track_caller]
pub fn unpoison<G>(result: LockResult<G>, recover: bool, owner: &str, field: &str) -> G {
    unpoison_guard(
        result.map_err(PoisonError::into_inner),
        recover,
        owner,
        field,
    )
}
