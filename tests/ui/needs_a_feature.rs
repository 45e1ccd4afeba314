use interior::Interior;

#[derive(Interior)]
struct Stats {
    // interior's `portable-atomic` feature is off in this crate.
    #[sync(get, fetch_add)]
    hits: portable_atomic::AtomicU64,
}

fn main() {}
