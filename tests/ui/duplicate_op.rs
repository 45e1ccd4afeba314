use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(get, set, get(vis = "pub"))]
    hits: Cell<u64>,
}

fn main() {}
