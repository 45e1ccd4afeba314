use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[refcell]
    hits: Cell<u64>,
}

fn main() {}
