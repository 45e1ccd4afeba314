use std::cell::RefCell;

use interior::Interior;

#[derive(Interior)]
struct Log {
    #[cell]
    lines: RefCell<Vec<String>>,
}

fn main() {}
