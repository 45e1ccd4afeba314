use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(get(into), set(into), update(into))]
    hits: Cell<u64>,
}

fn main() {}
