use std::cell::Cell;
use std::rc::Rc;

use interior::Interior;

// The alias hides the `Rc`: the derive cannot see it, the runtime's trait can.
type Hits = Rc<Cell<u64>>;

#[derive(Interior)]
struct Counter {
    #[cell(get, get_mut)]
    hits: Hits,
}

fn main() {}
