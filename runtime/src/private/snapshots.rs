//! `arc_swap::ArcSwap<T>` under `#[sync]`: the read-copy-update loop of `update_x`.

use std::sync::Arc;

use arc_swap::ArcSwap;

/// Read-copy-update: `f` builds the new value from the current snapshot, and runs again if
/// another writer stored one in between; returns the snapshot it stored. Never blocks.
#[inline]
pub fn arc_swap_update<T>(swap: &ArcSwap<T>, mut f: impl FnMut(&T) -> T) -> Arc<T> {
    let mut current = swap.load_full();
    loop {
        let new = Arc::new(f(&current));
        let previous = swap.compare_and_swap(&current, Arc::clone(&new));
        if Arc::ptr_eq(&previous, &current) {
            return new;
        }
        current = arc_swap::Guard::into_inner(previous);
    }
}
