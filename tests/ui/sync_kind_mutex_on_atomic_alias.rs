use std::sync::atomic::AtomicU64;

use interior::Interior;

type Hits = AtomicU64;

#[derive(Interior)]
struct Counter {
    #[sync(kind = "mutex")]
    hits: Hits,
}

fn main() {}
