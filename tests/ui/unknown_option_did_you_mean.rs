use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(contrac = "bookkeeping")]
    hits: Cell<u64>,
}

fn main() {}
