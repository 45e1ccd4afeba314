use std::cell::RefCell;
use std::rc::Weak;

use interior::Interior;

#[derive(Interior)]
struct Node {
    #[weak(get, get_mut, push, set(into))]
    parent: RefCell<Weak<Node>>,
    #[weak(set, has)]
    children: RefCell<Vec<Weak<Node>>>,
    #[weak(clear)]
    listener: RefCell<Weak<dyn Fn()>>,
    #[weak(ordering = "relaxed")]
    other: RefCell<Weak<Node>>,
}

fn main() {}
