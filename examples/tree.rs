//! A tree whose children link to their parent through `#[weak]` and whose parents own their
//! children through `Rc`: walked down and up, and freed whole when the root is dropped.
//!
//! Shared ownership plus interior mutability leaks when strong references form a cycle: a
//! child holding its parent's `Rc` keeps the parent alive, whose `Rc` of the child keeps the
//! child alive. A `Weak` back-link keeps nothing alive, so dropping the root frees every node;
//! the `Drop` counter below shows it.
//!
//! Run with `cargo run --example tree`.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use interior::Interior;

thread_local! {
    /// How many nodes have been dropped.
    static DROPPED: Cell<usize> = const { Cell::new(0) };
}

/// A node of the tree.
#[derive(Interior)]
struct Node {
    name: String,
    /// The parent: a link that never keeps it alive.
    #[weak]
    parent: RefCell<Weak<Node>>,
    /// The children, owned.
    #[refcell(with, with_mut)]
    children: RefCell<Vec<Rc<Node>>>,
}

impl Node {
    fn new(name: &str) -> Rc<Node> {
        Rc::new(Node {
            name: name.to_owned(),
            parent: RefCell::new(Weak::new()),
            children: RefCell::new(Vec::new()),
        })
    }

    /// Makes `child` a child of `parent`: the child links up, the parent owns it.
    fn adopt(parent: &Rc<Node>, child: &Rc<Node>) {
        child.set_parent(parent);
        parent.with_children_mut(|children| children.push(Rc::clone(child)));
    }

    /// The names from this node up to the root.
    fn path(self: &Rc<Node>) -> Vec<String> {
        let mut path = vec![self.name.clone()];
        let mut at = self.parent();
        while let Some(node) = at {
            path.push(node.name.clone());
            at = node.parent();
        }
        path
    }

    /// The tree below this node, one line a node, indented by depth.
    fn render(&self, depth: usize, out: &mut String) {
        out.push_str(&"  ".repeat(depth));
        out.push_str(&self.name);
        out.push('\n');
        self.with_children(|children| {
            for child in children {
                child.render(depth + 1, out);
            }
        });
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        DROPPED.with(|dropped| dropped.set(dropped.get() + 1));
    }
}

fn main() {
    let root = Node::new("root");
    let src = Node::new("src");
    let lib = Node::new("lib.rs");
    let tests = Node::new("tests");
    Node::adopt(&root, &src);
    Node::adopt(&src, &lib);
    Node::adopt(&root, &tests);

    let mut tree = String::new();
    root.render(0, &mut tree);
    print!("down from the root:\n{tree}");
    println!("up from lib.rs: {}", lib.path().join(" -> "));

    // The handles held here go; the tree still owns every node.
    drop((src, tests));
    let leaf = Rc::downgrade(&lib);
    drop(lib);
    assert!(leaf.upgrade().is_some(), "its parent still owns lib.rs");
    assert_eq!(DROPPED.with(Cell::get), 0);

    drop(root);
    let dropped = DROPPED.with(Cell::get);
    println!("dropping the root freed {dropped} of 4 nodes");
    assert_eq!(dropped, 4, "no reference cycle keeps a node alive");
    assert!(leaf.upgrade().is_none());
}
