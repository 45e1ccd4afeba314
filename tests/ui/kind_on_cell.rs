use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(kind = "atomic")]
    hits: Cell<u64>,
}

fn main() {}
