use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
#[interior(visibility = "pub")]
struct Counter {
    #[cell]
    hits: Cell<u64>,
}

fn main() {}
