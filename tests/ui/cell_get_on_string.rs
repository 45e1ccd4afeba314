use std::cell::Cell;

use interior::Interior;

#[derive(Interior)]
struct Greeter {
    #[cell(get, set)]
    name: Cell<String>,
}

fn main() {}
