use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(ordering = "relaxed")]
    hits: Cell<u64>,
}

fn main() {}
