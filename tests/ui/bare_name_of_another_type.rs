use interior::Interior;

/// A crate's own `AtomicU64`, imported under std's name.
mod counters {
    #[derive(Default)]
    pub struct AtomicU64(pub u64);
}

use counters::AtomicU64;

#[derive(Interior)]
struct Stats {
    #[sync(get, fetch_add)]
    hits: AtomicU64,
}

fn main() {}
