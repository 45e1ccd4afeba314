use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell]
    hits: Cell<u64>,
    #[cell(rename = "hits")]
    misses: Cell<u64>,
}

fn main() {}
