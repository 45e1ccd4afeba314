use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(get, set(rename = "hits"))]
    hits: Cell<u64>,
}

fn main() {}
