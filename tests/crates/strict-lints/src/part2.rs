//! SPEC Part II under the strictest lints: `#[weak]` links, lazy values, `get_mut` and `into`,
//! public and private, called and not.

use std::cell::{Cell, LazyCell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::AtomicU32;
use std::sync::{self, Arc, LazyLock, Mutex, RwLock};

use interior::Interior;

/// A node of a tree, linking up to its parent.
#[derive(Interior)]
#[interior(vis = "pub", into)]
pub struct Node {
    /// The parent.
    #[weak(get, set, clear, has)]
    parent: RefCell<Weak<Self>>,
    /// Nodes watching this one.
    #[weak(get, push, prune, clear)]
    watchers: RefCell<Vec<Weak<Self>>>,
    /// A label, set from anything that converts.
    #[refcell(get, set, replace, get_mut)]
    label: RefCell<String>,
    /// Visits, counted.
    #[cell(get, set, update, get_mut, contract = "bookkeeping")]
    visits: Cell<u32>,
    /// A table computed on first use.
    #[once(contract = "cache")]
    table: LazyCell<Vec<u8>>,
}

impl Node {
    /// A node without parent.
    #[must_use]
    pub fn new() -> Rc<Self> {
        Rc::new(Self {
            parent: RefCell::new(Weak::new()),
            watchers: RefCell::new(Vec::new()),
            label: RefCell::new(String::new()),
            visits: Cell::new(0),
            table: LazyCell::new(|| vec![1, 2]),
        })
    }
}

/// A value the derive cannot judge `Clone` by reading it: `get` goes through a checked call,
/// whose helper takes `&Vec<Item>` (no `ptr_arg` may fire on it).
#[derive(Clone, Debug, Default)]
pub struct Item;

/// Lists of user types, copied out with `get`.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Basket {
    /// The items.
    #[refcell(get, take)]
    items: RefCell<Vec<Item>>,
    /// The spare items.
    #[sync(get)]
    spares: Mutex<Vec<Item>>,
}

/// Links shared across threads.
#[derive(Interior)]
#[interior(vis = "pub", thread_safe)]
pub struct Registry {
    /// The owner.
    #[weak(get, set, clear, has, poison = "recover")]
    owner: Mutex<sync::Weak<String>>,
    /// The subscribers.
    #[weak(get, push, prune, clear)]
    subscribers: Arc<RwLock<Vec<sync::Weak<String>>>>,
    /// A banner computed on first use.
    #[once]
    banner: LazyLock<String>,
    /// A counter, set through `into`.
    #[sync(get, set(into), replace(into), get_mut)]
    count: AtomicU32,
    /// A queue, reached through `&mut`.
    #[sync(get_mut, set(into))]
    queue: Mutex<Vec<u8>>,
}

/// Calls the accessors.
#[must_use]
pub fn exercise(mut registry: Registry, node: &Rc<Node>) -> usize {
    let owner = Arc::new("owner".to_owned());
    registry.set_owner(&owner);
    registry.push_subscribers(&owner);
    registry.set_count(3_u8);
    registry.set_queue([1_u8]);
    registry.queue_mut().push(2);
    *registry.count_mut() += 1;
    let child = Node::new();
    child.set_parent(node);
    node.push_watchers(&child);
    child.set_label("child");
    node.set_visits(1_u8);
    let watchers = node.watchers().len();
    let total = registry.owner().map_or(0, |o| o.len())
        + registry.subscribers().len()
        + registry.prune_subscribers()
        + registry.banner().len()
        + registry.count() as usize
        + usize::from(registry.has_owner())
        + watchers
        + node.prune_watchers()
        + child.parent().map_or(0, |p| p.table().len())
        + child.label().len()
        + child.replace_label("x").len()
        + node.visits() as usize;
    total
}
