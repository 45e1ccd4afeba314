//! `#[weak]` (SPEC §7): one link and a list of links, in a `RefCell` (`Rc` targets) and in a
//! `Mutex`/`RwLock` (`Arc` targets); bare and spelled `Weak` paths; `Rc`/`Arc` around the field;
//! the poison policy; `FieldContract::weak`; and a tree whose nodes are all freed when its root
//! is dropped.

#![allow(missing_docs)]

mod support;

use std::cell::{Cell, RefCell};
use std::rc::{self, Rc};
use std::sync::{self, Arc, Mutex, RwLock};
use std::thread;

use interior::{Interior, Mechanism};
use support::catch_panic;

#[derive(Interior, Default)]
struct Links {
    #[weak(get, set, clear, has)]
    one: RefCell<rc::Weak<u32>>,
    #[weak(get, push, prune, clear)]
    many: RefCell<Vec<rc::Weak<u32>>>,
    #[weak]
    spelled: RefCell<sync::Weak<u32>>,
}

#[derive(Interior, Default)]
struct LockLinks {
    #[weak]
    locked: Mutex<sync::Weak<String>>,
    #[weak(get, push, prune, clear)]
    readers: RwLock<Vec<sync::Weak<String>>>,
    #[weak]
    rc_in_lock: Mutex<rc::Weak<u8>>,
}

#[derive(Interior, Default)]
#[interior(thread_safe)]
struct SharedReaders {
    #[weak(get, push, prune)]
    readers: RwLock<Vec<sync::Weak<String>>>,
}

#[test]
fn one_link() {
    let s = Links::default();
    assert_eq!(s.one(), None, "no target before set");
    assert!(!s.has_one());
    let target = Rc::new(7);
    s.set_one(&target);
    assert_eq!(s.one().as_deref(), Some(&7));
    assert!(s.has_one());
    assert_eq!(Rc::strong_count(&target), 1, "the link keeps nothing alive");
    drop(target);
    assert_eq!(s.one(), None, "the target is gone");
    assert!(!s.has_one());
    let again = Rc::new(8);
    s.set_one(&again);
    s.clear_one();
    assert_eq!(s.one(), None, "unlinked");
}

#[test]
fn a_list_of_links() {
    let s = Links::default();
    let spelled = Arc::new(5);
    s.set_spelled(&spelled);
    assert_eq!(
        s.spelled().as_deref(),
        Some(&5),
        "a spelled `sync::Weak` in a `RefCell`"
    );
    let (a, b, c) = (Rc::new(1), Rc::new(2), Rc::new(3));
    s.push_many(&a);
    s.push_many(&b);
    s.push_many(&c);
    let live: Vec<u32> = s.many().iter().map(|t| **t).collect();
    assert_eq!(live, [1, 2, 3], "in the order pushed");
    drop(b);
    assert_eq!(s.many().len(), 2, "only live targets");
    assert_eq!(s.prune_many(), 1, "one dead link dropped");
    assert_eq!(s.prune_many(), 0);
    assert_eq!(s.many.borrow().len(), 2);
    s.clear_many();
    assert!(s.many().is_empty());
    drop((a, c));
}

#[test]
fn links_in_locks_hold_arcs_across_threads() {
    let shared = SharedReaders::default();
    let readers: Vec<Arc<String>> = (0..3).map(|i| Arc::new(format!("r{i}"))).collect();
    thread::scope(|scope| {
        for reader in &readers {
            let shared = &shared;
            scope.spawn(move || shared.push_readers(reader));
        }
    });
    assert_eq!(shared.readers().len(), 3);
    drop(readers);
    assert_eq!(shared.prune_readers(), 3);

    let s = LockLinks::default();
    let name = Arc::new("main".to_owned());
    s.set_locked(&name);
    s.push_readers(&name);
    assert_eq!(s.locked().as_deref().map(String::as_str), Some("main"));
    assert_eq!(s.readers().len(), 1);
    s.clear_readers();
    let local = Rc::new(9_u8);
    s.set_rc_in_lock(&local);
    assert_eq!(s.rc_in_lock().as_deref(), Some(&9));
}

#[derive(Interior)]
struct SharedLinks {
    #[weak]
    parent: Rc<RefCell<rc::Weak<u8>>>,
    #[weak(get, push, prune)]
    watchers: Arc<Mutex<Vec<sync::Weak<Watcher>>>>,
}

type Watcher = dyn Fn() -> u8 + Send + Sync;

/// A bare `Weak` in a lock is `sync::Weak`, as the module imports it.
mod bare_in_locks {
    use std::sync::{Arc, Mutex, RwLock, Weak};

    use interior::Interior;

    #[derive(Interior, Default)]
    pub(super) struct Locked {
        #[weak(get, set, clear, has)]
        one: Mutex<Weak<u8>>,
        #[weak(get, push, prune)]
        many: RwLock<Vec<Weak<u8>>>,
    }

    #[test]
    fn bare_weak_in_a_lock() {
        let s = Locked::default();
        let target = Arc::new(1_u8);
        s.set_one(&target);
        s.push_many(&target);
        assert!(s.has_one());
        assert_eq!((s.one().as_deref(), s.many().len()), (Some(&1), 1));
        drop(target);
        assert_eq!((s.one(), s.prune_many()), (None, 1));
        s.clear_one();
    }
}

#[test]
fn rc_and_arc_around_the_field_are_looked_through() {
    let s = SharedLinks {
        parent: Rc::new(RefCell::new(rc::Weak::new())),
        watchers: Arc::new(Mutex::new(Vec::new())),
    };
    let clone = Rc::clone(&s.parent);
    let target = Rc::new(1);
    s.set_parent(&target);
    assert_eq!(
        clone.borrow().upgrade().as_deref(),
        Some(&1),
        "the shared cell changed"
    );
    let watcher: Arc<Watcher> = Arc::new(|| 4);
    s.push_watchers(&watcher);
    assert_eq!(
        s.watchers().iter().map(|w| w()).sum::<u8>(),
        4,
        "unsized targets in a list"
    );
}

#[derive(Interior, Default)]
struct Poisonable {
    #[weak]
    strict: Mutex<sync::Weak<u8>>,
    #[weak(poison = "recover")]
    lenient: Mutex<sync::Weak<u8>>,
}

#[test]
fn lock_links_follow_the_poison_policy() {
    let s = Poisonable::default();
    let poisoned = catch_panic(|| {
        thread::scope(|scope| {
            scope
                .spawn(|| {
                    let _a = s.strict.lock();
                    let _b = s.lenient.lock();
                    panic!("poisoning");
                })
                .join()
                .is_err()
        })
    });
    assert_eq!(poisoned.ok(), Some(true));
    let line = line!() + 1;
    let caught = catch_panic(|| s.strict()).expect_err("a poisoned lock panics");
    assert!(
        caught.message.contains("`Poisonable::strict` is poisoned"),
        "{}",
        caught.message
    );
    assert_eq!((caught.file.as_str(), caught.line), (file!(), line));
    let target = Arc::new(3);
    s.set_lenient(&target);
    assert_eq!(s.lenient().as_deref(), Some(&3));
}

#[test]
fn fields_report_weak_and_their_holder() {
    let fields: Vec<(&str, Mechanism, bool, bool)> = Links::FIELDS
        .iter()
        .chain(LockLinks::FIELDS)
        .map(|f| (f.field, f.mechanism, f.thread_safe, f.weak))
        .collect();
    assert_eq!(
        fields,
        [
            ("one", Mechanism::RefCell, false, true),
            ("many", Mechanism::RefCell, false, true),
            ("spelled", Mechanism::RefCell, false, true),
            ("locked", Mechanism::Mutex, true, true),
            ("readers", Mechanism::RwLock, true, true),
            // `rc::Weak` is neither `Send` nor `Sync`, in a lock or not.
            ("rc_in_lock", Mechanism::Mutex, false, true),
        ]
    );
    assert_eq!(
        Links::FIELDS[0].methods,
        ["one", "set_one", "clear_one", "has_one"]
    );
    assert_eq!(
        Links::FIELDS[1].methods,
        ["many", "push_many", "prune_many", "clear_many"]
    );
    assert!(!Node::FIELDS[1].weak, "a `#[refcell]` field is no link");
}

// ---- a tree: children hold their parent through `#[weak]`, parents their children through `Rc`

thread_local! {
    static DROPPED: Cell<usize> = const { Cell::new(0) };
}

/// A bare `Weak` in a `RefCell` is `rc::Weak`, as the module imports it.
mod bare_in_cells {
    use std::cell::RefCell;
    use std::rc::{Rc, Weak};

    use interior::Interior;

    #[derive(Interior, Default)]
    pub(super) struct Linked {
        #[weak(get, set, has)]
        one: RefCell<Weak<u8>>,
        #[weak]
        many: RefCell<Vec<Weak<u8>>>,
    }

    #[test]
    fn bare_weak_in_a_refcell() {
        let s = Linked::default();
        let target = Rc::new(2_u8);
        s.set_one(&target);
        s.push_many(&target);
        assert_eq!(
            (s.one().as_deref(), s.many().len(), s.has_one()),
            (Some(&2), 1, true)
        );
        drop(target);
        assert_eq!((s.one(), s.prune_many()), (None, 1));
    }
}

#[derive(Interior)]
struct Node {
    name: &'static str,
    #[weak]
    parent: RefCell<rc::Weak<Node>>,
    #[refcell(with, with_mut)]
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        DROPPED.with(|d| d.set(d.get() + 1));
    }
}

fn node(name: &'static str) -> Rc<Node> {
    Rc::new(Node {
        name,
        parent: RefCell::new(rc::Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

fn adopt(parent: &Rc<Node>, child: Rc<Node>) {
    child.set_parent(parent);
    parent.with_children_mut(|children| children.push(child));
}

#[test]
fn a_tree_walks_both_ways_and_frees_every_node() {
    let before = DROPPED.with(Cell::get);
    let root = node("root");
    let (left, right) = (node("left"), node("right"));
    let leaf = node("leaf");
    adopt(&left, Rc::clone(&leaf));
    adopt(&root, left);
    adopt(&root, right);
    // down
    let names: Vec<&str> = root.with_children(|c| c.iter().map(|n| n.name).collect());
    assert_eq!(names, ["left", "right"]);
    // up, from the leaf
    let mut path = vec![leaf.name];
    let mut at = leaf.parent();
    while let Some(node) = at {
        path.push(node.name);
        at = node.parent();
    }
    assert_eq!(path, ["leaf", "left", "root"]);
    drop(leaf);
    assert_eq!(
        DROPPED.with(Cell::get),
        before,
        "the tree still holds every node"
    );
    drop(root);
    assert_eq!(
        DROPPED.with(Cell::get),
        before + 4,
        "dropping the root frees every node"
    );
}
