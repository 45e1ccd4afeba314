use std::cell::Cell;
use std::sync::atomic::AtomicU64;

use interior::Interior;

type Hits = AtomicU64;

#[derive(Interior)]
struct Service {
    // `async` is for tokio's locks: not an atomic, ...
    #[sync(async)]
    hits: AtomicU64,
    // ... not std's `Mutex` spelled out, ...
    #[sync(async)]
    log: std::sync::Mutex<Vec<String>>,
    // ... not an alias said to be an atomic, ...
    #[sync(async, kind = "atomic")]
    aliased: Hits,
    // ... and no other mode has it.
    #[cell(async)]
    count: Cell<u8>,
    // It takes no value.
    #[sync(async = true)]
    jobs: tokio::sync::Mutex<u8>,
    // tokio's locks do not poison.
    #[sync(poison = "recover")]
    queue: tokio::sync::Mutex<Vec<u8>>,
}

fn main() {}
