use std::sync::atomic::AtomicU64;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[sync(poison = "recover")]
    hits: AtomicU64,
}

fn main() {}
