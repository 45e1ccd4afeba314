use std::cell::{Cell, LazyCell};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use interior::Interior;

#[derive(Interior)]
struct Shared {
    #[cell(get, get_mut)]
    hits: Rc<Cell<u64>>,
    #[sync(get_mut)]
    queue: Arc<Mutex<Vec<u8>>>,
    #[once(get_mut)]
    table: LazyCell<Vec<u8>>,
}

fn main() {}
