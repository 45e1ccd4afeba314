use std::rc::{Rc, Weak};
use std::sync::Mutex;

use interior::Interior;

// A bare `Weak` in a lock is `std::sync::Weak`; this one is imported from `std::rc`.
#[derive(Interior)]
struct Node {
    #[weak]
    parent: Mutex<Weak<Node>>,
    children: Vec<Rc<Node>>,
}

fn main() {}
