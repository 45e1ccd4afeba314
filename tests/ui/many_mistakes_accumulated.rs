use std::cell::{Cell, RefCell};
use std::sync::atomic::AtomicBool;

use interior::Interior;

#[derive(Interior)]
#[interior(vis = "pub", threadsafe)]
struct Session {
    #[cell(get, borow)]
    hits: Cell<u64>,
    #[refcell(contract = "cached")]
    log: RefCell<Vec<String>>,
    #[sync(fetch_add, ordering = "relaxed")]
    open: AtomicBool,
    #[cell]
    name: String,
}

fn main() {}
