use interior::Interior;

// interior's `portable-atomic`, `tokio` and `arc-swap` features are off in this crate.
#[derive(Interior)]
struct Stats {
    #[sync(get, fetch_add)]
    hits: portable_atomic::AtomicU64,
    #[sync]
    jobs: tokio::sync::Mutex<Vec<u32>>,
    #[sync]
    config: arc_swap::ArcSwap<String>,
}

fn main() {}
