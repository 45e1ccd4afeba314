use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use interior::Interior;

#[derive(Interior)]
struct Node {
    #[weak]
    owning: RefCell<Rc<Node>>,
    #[weak]
    bare: Weak<Node>,
    #[weak]
    copied: Cell<u8>,
    #[weak]
    alias: Parent,
}

type Parent = RefCell<Weak<Node>>;

fn main() {}
