use std::cell::{Cell, RefCell};
use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Budget {
    // `try_update` changes a value it copies out: an atomic or a `Cell`, not a `RefCell` ...
    #[refcell(try_update)]
    names: RefCell<Vec<String>>,
    // ... nor a lock.
    #[sync(try_update)]
    queue: Mutex<u32>,
    // A `Cell` whose value is not `Copy`.
    #[cell(try_update)]
    label: Cell<String>,
}

fn main() {}
