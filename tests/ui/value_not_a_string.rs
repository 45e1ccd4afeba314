use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(vis = pub)]
    hits: Cell<u64>,
}

fn main() {}
