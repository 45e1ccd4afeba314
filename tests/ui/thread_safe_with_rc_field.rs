use std::rc::Rc;
use std::sync::atomic::AtomicU64;

use interior::Interior;

#[derive(Interior)]
#[interior(thread_safe)]
struct Stats {
    #[sync]
    requests: AtomicU64,
    name: Rc<str>,
}

fn main() {}
