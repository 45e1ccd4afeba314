use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Greeter {
    #[cell]
    name: Cell<String>,
}

fn main() {}
