use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(get(visibility = "pub"), set)]
    hits: Cell<u64>,
}

fn main() {}
