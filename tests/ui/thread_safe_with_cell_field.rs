use std::cell::Cell;
use std::sync::atomic::AtomicU64;

use interior::Interior;

#[derive(Interior)]
#[interior(thread_safe)]
struct Stats {
    #[sync]
    requests: AtomicU64,
    #[cell]
    last_status: Cell<u16>,
}

fn main() {}
