use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
#[interior(crate = "my interior")]
struct Counter {
    #[cell]
    hits: Cell<u64>,
}

fn main() {}
