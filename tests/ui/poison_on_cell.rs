use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Counter {
    #[cell(poison = "recover")]
    hits: Cell<u64>,
}

fn main() {}
