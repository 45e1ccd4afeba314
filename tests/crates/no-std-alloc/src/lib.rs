//! A `#![no_std]` user crate with `alloc`: `#[weak]` links in a `RefCell`, which need
//! `interior`'s `alloc` feature and not `std`, next to `LazyCell`, `get_mut` and `set(into)`.

#![no_std]
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

extern crate alloc;

use alloc::rc::{Rc, Weak};
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::{Cell, LazyCell, RefCell};

use interior::Interior;

/// A node of a tree: its parent a link that keeps nothing alive, its children owned.
#[derive(Interior)]
#[interior(vis = "pub")]
pub struct Node {
    /// The node's name.
    #[refcell(with, set(into))]
    name: RefCell<String>,
    /// The parent, if any.
    #[weak(get, set, clear, has)]
    parent: RefCell<Weak<Node>>,
    /// Nodes watching this one.
    #[weak]
    watchers: RefCell<Vec<Weak<Node>>>,
    /// The children.
    #[refcell(with, with_mut)]
    children: RefCell<Vec<Rc<Node>>>,
    /// Visits counted.
    #[cell(get, update, get_mut, contract = "bookkeeping")]
    visits: Cell<u32>,
    /// A table computed on first use.
    #[once(contract = "cache")]
    table: LazyCell<[u8; 4]>,
}

impl Node {
    /// A node without parent or children.
    #[must_use]
    pub fn new(name: &str) -> Rc<Self> {
        Rc::new(Node {
            name: RefCell::new(String::from(name)),
            parent: RefCell::new(Weak::new()),
            watchers: RefCell::new(Vec::new()),
            children: RefCell::new(Vec::new()),
            visits: Cell::new(0),
            table: LazyCell::new(|| [1, 2, 3, 4]),
        })
    }

    /// Makes `child` a child of `parent`.
    pub fn adopt(parent: &Rc<Self>, child: Rc<Self>) {
        child.set_parent(parent);
        child.push_watchers(parent);
        parent.with_children_mut(|children| children.push(child));
    }
}

/// Walks from `leaf` to the root, counting the nodes, and whether the leaf has a parent.
#[must_use]
pub fn depth(leaf: &Rc<Node>) -> (usize, bool) {
    let mut depth = 1;
    let mut at = leaf.parent();
    while let Some(node) = at {
        node.update_visits(|v| v + 1);
        depth += 1;
        at = node.parent();
    }
    (depth, leaf.has_parent())
}

/// The node's table, computed on first use.
#[must_use]
pub fn table(node: &Node) -> u8 {
    node.table().iter().sum()
}

/// Exercises the rest of the accessors.
pub fn exercise(mut node: Node) -> usize {
    *node.visits_mut() += 1;
    node.set_name("renamed");
    let watchers = node.watchers().len() + node.prune_watchers();
    node.clear_parent();
    node.visits() as usize + watchers + node.with_name(String::len)
}
