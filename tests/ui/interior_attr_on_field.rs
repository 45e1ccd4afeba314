use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[interior(vis = "pub")]
    #[cell]
    hits: Cell<u64>,
}

fn main() {}
