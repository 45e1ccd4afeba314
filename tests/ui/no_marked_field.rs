use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    hits: Cell<u64>,
    name: String,
}

fn main() {}
