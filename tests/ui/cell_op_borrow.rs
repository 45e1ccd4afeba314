use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(get, borrow)]
    hits: Cell<u64>,
}

fn main() {}
