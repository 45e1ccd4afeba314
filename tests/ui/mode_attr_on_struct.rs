use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
#[cell]
struct Counter {
    #[cell]
    hits: Cell<u64>,
}

fn main() {}
