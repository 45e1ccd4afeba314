use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[sync]
    hits: Cell<u64>,
}

fn main() {}
