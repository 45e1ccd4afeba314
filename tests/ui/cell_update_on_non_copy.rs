use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Log {
    #[cell(update)]
    lines: Cell<Vec<String>>,
}

fn main() {}
