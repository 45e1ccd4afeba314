//! Bare std lock names without the `parking_lot` feature (which this crate leaves off): the
//! accessors reach them through the runtime's bare-name check, whose expected type is the
//! lock's own content — for a `#[weak]` link, the `Weak` or the `Vec` of them.

#![allow(missing_docs)]

use std::sync::{Arc, Mutex, RwLock, Weak};

use interior::Interior;

#[derive(Interior, Default)]
struct Node {
    #[weak]
    parent: Mutex<Weak<Node>>,
    #[weak]
    kids: RwLock<Vec<Weak<Node>>>,
    #[weak]
    shared: Arc<Mutex<Vec<Weak<Node>>>>,
    #[sync(with_mut, get, get_mut)]
    count: Mutex<u32>,
}

#[test]
fn weak_links_and_values_in_bare_std_locks() {
    let a = Arc::new(Node::default());
    let mut b = Node::default();
    b.set_parent(&a);
    b.push_kids(&a);
    b.push_shared(&a);
    assert!(b.parent().is_some_and(|p| Arc::ptr_eq(&p, &a)));
    assert_eq!(b.kids().len() + b.shared().len(), 2);
    b.with_count_mut(|c| *c += 1);
    *b.count_mut() += 1;
    assert_eq!(b.count(), 2);
    drop(a);
    assert!(b.parent().is_none());
    assert_eq!(b.prune_kids(), 1);
}
