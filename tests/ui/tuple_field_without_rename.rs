use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Hits(#[cell] Cell<u64>);

fn main() {}
