use interior::Interior;

/// A crate's own lock and atomic, which implement no `interior::ext` trait.
mod lock {
    pub struct Mutex<T>(pub std::sync::Mutex<T>);
    pub struct Counter(pub std::sync::atomic::AtomicU32);
}

#[derive(Interior)]
struct Pool {
    #[sync(kind = "mutex", with_mut)]
    idle: lock::Mutex<Vec<u32>>,
    #[sync(kind = "rwlock", with)]
    names: lock::Mutex<Vec<String>>,
    #[sync(kind = "atomic", get)]
    hits: lock::Counter,
}

fn main() {}
