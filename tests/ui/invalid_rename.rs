use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(rename = "self")]
    hits: Cell<u64>,
    #[cell(rename = "1abc")]
    misses: Cell<u64>,
    #[cell(get(rename = "two words"))]
    total: Cell<u64>,
}

fn main() {}
