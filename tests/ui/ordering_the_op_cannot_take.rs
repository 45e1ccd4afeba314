use std::sync::atomic::AtomicU64;
use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    // A load cannot release, a store cannot acquire.
    #[sync(get(ordering = "release"), set(ordering = "acq_rel"), fetch_add(ordering = "relaxed"))]
    hits: AtomicU64,
    // The op of a lock is no atomic operation.
    #[sync(with(ordering = "acquire"))]
    log: Mutex<Vec<String>>,
    // Nor is `get_mut` of an atomic.
    #[sync(get_mut(ordering = "relaxed"))]
    total: AtomicU64,
    // An ordering that is not one.
    #[sync(update(ordering = "consume"))]
    misses: AtomicU64,
}

fn main() {}
