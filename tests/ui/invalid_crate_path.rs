use std::cell::Cell;

use interior::Interior;

// Parses as a path, but not as the prefix of `interior::__private::...` in an expression.
#[derive(Interior)]
#[interior(crate = "interior<>")]
struct Counter {
    #[cell]
    hits: Cell<u64>,
}

#[derive(Interior)]
#[interior(crate = "self")]
struct Gauge {
    #[cell(vis = "pub(in a::<u8>)")]
    level: Cell<u64>,
}

fn main() {}
