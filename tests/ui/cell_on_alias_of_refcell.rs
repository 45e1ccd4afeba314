use std::cell::RefCell;

use interior::Interior;

type Lines = RefCell<Vec<String>>;

#[derive(Interior)]
struct Log {
    #[cell]
    lines: Lines,
}

fn main() {}
