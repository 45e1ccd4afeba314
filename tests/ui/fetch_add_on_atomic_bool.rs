use std::sync::atomic::AtomicBool;

use interior::Interior;

#[derive(Interior)]
struct Switch {
    #[sync(get, fetch_add)]
    on: AtomicBool,
}

fn main() {}
