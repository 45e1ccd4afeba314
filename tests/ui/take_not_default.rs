use std::cell::Cell;
use std::time::Instant;

use interior::Interior;

#[derive(Interior)]
struct Timer {
    #[cell(get, take)]
    started: Cell<Instant>,
}

fn main() {}
