use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(contract)]
    hits: Cell<u64>,
}

fn main() {}
