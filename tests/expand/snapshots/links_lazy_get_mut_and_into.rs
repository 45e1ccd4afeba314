#[allow(
    dead_code,
    single_use_lifetimes,
    reason = "accessors a user does not call, the shields below, the struct's own generics"
)]
const _: () = {
    fn value() {}
    fn f() {}
    fn current() {}
    fn new() {}
    fn old() {}
    fn actual() {}
    fn func() {}
    fn target() {}
    /** Interior-mutable fields of `Node`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `parent` | `RefCell<Weak<Node>>` | state | no | `parent`, `set_parent`, `clear_parent` |
 | `watchers` | `Arc<Mutex<Vec<std::sync::Weak<Node>>>>` | state | yes | `watchers`, `push_watchers`, `prune_watchers`, `clear_watchers` |
 | `table` | `LazyLock<Vec<u8>>` | state | yes | `table` |
 | `visits` | `Cell<u32>` | state | no | `visits`, `set_visits`, `replace_visits`, `visits_mut` |
 | `queue` | `std::sync::Mutex<Vec<u8>>` | state | yes | `set_queue`, `queue_mut` |*/
    impl Node {
        /// Returns the target of `parent`, if it is still alive; `None` before a `set_parent` and once the target is dropped.
        ///
        /// The parent.
        /**
 # Mutation contract

 `parent` is a `RefCell<Weak<Node>>`: a link that never keeps its target alive, so links between parents and children form no reference cycle; `parent()` returns `None` once the target is dropped. No accessor runs other code while it holds the borrow.

 **Contract: state** — externally visible state: callers must expect `parent` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `parent` is mutably borrowed by code other than its accessors, which hold no borrow while other code runs (a `borrow_mut()` of the field itself kept alive).*/
        #[inline]
        #[must_use]
        #[track_caller]
        fn parent(&self) -> ::core::option::Option<::interior::__private::Rc<Node>> {
            ::interior::__private::RcWeak::upgrade(
                <Weak<
                    Node,
                > as ::interior::__private::RcLink<
                    Node,
                >>::rc_link(&*::core::cell::RefCell::borrow(&self.parent)),
            )
        }
        /// Links `parent` to `target`, without keeping it alive.
        ///
        /// The parent.
        /**
 # Mutation contract

 `parent` is a `RefCell<Weak<Node>>`: a link that never keeps its target alive, so links between parents and children form no reference cycle; `parent()` returns `None` once the target is dropped. No accessor runs other code while it holds the borrow.

 **Contract: state** — externally visible state: callers must expect `parent` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `parent` is mutably borrowed by code other than its accessors, which hold no borrow while other code runs (a `borrow_mut()` of the field itself kept alive).*/
        #[inline]
        #[track_caller]
        fn set_parent(&self, target: &::interior::__private::Rc<Node>) {
            *<Weak<
                Node,
            > as ::interior::__private::RcLink<
                Node,
            >>::rc_link_mut(&mut *::core::cell::RefCell::borrow_mut(&self.parent)) = ::interior::__private::Rc::downgrade(
                target,
            );
        }
        /// Unlinks `parent`: `parent()` returns `None` after it.
        ///
        /// The parent.
        /**
 # Mutation contract

 `parent` is a `RefCell<Weak<Node>>`: a link that never keeps its target alive, so links between parents and children form no reference cycle; `parent()` returns `None` once the target is dropped. No accessor runs other code while it holds the borrow.

 **Contract: state** — externally visible state: callers must expect `parent` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `parent` is mutably borrowed by code other than its accessors, which hold no borrow while other code runs (a `borrow_mut()` of the field itself kept alive).*/
        #[inline]
        #[track_caller]
        fn clear_parent(&self) {
            *<Weak<
                Node,
            > as ::interior::__private::RcLink<
                Node,
            >>::rc_link_mut(&mut *::core::cell::RefCell::borrow_mut(&self.parent)) = ::interior::__private::RcWeak::new();
        }
        /// Returns the live targets of `watchers`, in the order they were pushed.
        /**
 # Mutation contract

 `watchers` is an `Arc<Mutex<Vec<std::sync::Weak<Node>>>>`: links that never keep their targets alive, so links between parents and children form no reference cycle; `watchers()` returns only the targets still alive. No accessor runs other code while it holds the lock. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `watchers` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: the lock serialises access across threads, and the targets are `Arc`s.*/
        /**
 # Panics

 Panics if the lock of `watchers` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `watchers`, blocking the current thread until it is available. The lock is held only inside the call.*/
        #[inline]
        #[must_use]
        #[track_caller]
        fn watchers(
            &self,
        ) -> ::interior::__private::Vec<::interior::__private::Arc<Node>> {
            let guard = ::interior::__private::unpoison(
                ::interior::__private::Mutex::lock(
                    ::interior::__private::named_lock::<
                        ::interior::__private::Mutex<Vec<std::sync::Weak<Node>>>,
                        _,
                    >(&*self.watchers),
                ),
                false,
                "Node",
                "watchers",
            );
            let links: &::interior::__private::Vec<
                ::interior::__private::ArcWeak<Node>,
            > = &*guard;
            let mut live = ::interior::__private::Vec::with_capacity(
                ::interior::__private::Vec::len(links),
            );
            for link in <[::interior::__private::ArcWeak<Node>]>::iter(links) {
                if let ::core::option::Option::Some(target) = ::interior::__private::ArcWeak::upgrade(
                    link,
                ) {
                    ::interior::__private::Vec::push(&mut live, target);
                }
            }
            ::core::mem::drop(guard);
            live
        }
        /// Adds a link to `target` at the end of `watchers`, without keeping it alive.
        /**
 # Mutation contract

 `watchers` is an `Arc<Mutex<Vec<std::sync::Weak<Node>>>>`: links that never keep their targets alive, so links between parents and children form no reference cycle; `watchers()` returns only the targets still alive. No accessor runs other code while it holds the lock. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `watchers` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: the lock serialises access across threads, and the targets are `Arc`s.*/
        /**
 # Panics

 Panics if the lock of `watchers` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `watchers`, blocking the current thread until it is available. The lock is held only inside the call.*/
        #[inline]
        #[track_caller]
        fn push_watchers(&self, target: &::interior::__private::Arc<Node>) {
            ::interior::__private::Vec::push(
                &mut *::interior::__private::unpoison(
                    ::interior::__private::Mutex::lock(
                        ::interior::__private::named_lock::<
                            ::interior::__private::Mutex<Vec<std::sync::Weak<Node>>>,
                            _,
                        >(&*self.watchers),
                    ),
                    false,
                    "Node",
                    "watchers",
                ),
                ::interior::__private::Arc::downgrade(target),
            );
        }
        /// Drops the links of `watchers` whose target is gone, and returns how many it dropped.
        /**
 # Mutation contract

 `watchers` is an `Arc<Mutex<Vec<std::sync::Weak<Node>>>>`: links that never keep their targets alive, so links between parents and children form no reference cycle; `watchers()` returns only the targets still alive. No accessor runs other code while it holds the lock. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `watchers` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: the lock serialises access across threads, and the targets are `Arc`s.*/
        /**
 # Panics

 Panics if the lock of `watchers` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `watchers`, blocking the current thread until it is available. The lock is held only inside the call.*/
        #[inline]
        #[track_caller]
        fn prune_watchers(&self) -> usize {
            let mut guard = ::interior::__private::unpoison(
                ::interior::__private::Mutex::lock(
                    ::interior::__private::named_lock::<
                        ::interior::__private::Mutex<Vec<std::sync::Weak<Node>>>,
                        _,
                    >(&*self.watchers),
                ),
                false,
                "Node",
                "watchers",
            );
            let links: &mut ::interior::__private::Vec<
                ::interior::__private::ArcWeak<Node>,
            > = &mut *guard;
            let before = ::interior::__private::Vec::len(links);
            ::interior::__private::Vec::retain(
                links,
                |link| ::interior::__private::ArcWeak::strong_count(link) > 0,
            );
            let live = ::interior::__private::Vec::len(links);
            ::core::mem::drop(guard);
            before - live
        }
        /// Unlinks every target of `watchers`.
        /**
 # Mutation contract

 `watchers` is an `Arc<Mutex<Vec<std::sync::Weak<Node>>>>`: links that never keep their targets alive, so links between parents and children form no reference cycle; `watchers()` returns only the targets still alive. No accessor runs other code while it holds the lock. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `watchers` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: the lock serialises access across threads, and the targets are `Arc`s.*/
        /**
 # Panics

 Panics if the lock of `watchers` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `watchers`, blocking the current thread until it is available. The lock is held only inside the call.*/
        #[inline]
        #[track_caller]
        fn clear_watchers(&self) {
            ::interior::__private::Vec::clear(
                &mut *::interior::__private::unpoison(
                    ::interior::__private::Mutex::lock(
                        ::interior::__private::named_lock::<
                            ::interior::__private::Mutex<Vec<std::sync::Weak<Node>>>,
                            _,
                        >(&*self.watchers),
                    ),
                    false,
                    "Node",
                    "watchers",
                ),
            );
        }
        /// Returns the value of `table`, running its initializer first on the first call.
        /**
 # Mutation contract

 `table` is a `LazyLock<Vec<u8>>`: its value is computed by the initializer it was built with, on the first call of `table()`, and never changes after; readers get a shared reference to it.

 **Contract: state** — externally visible state: callers must expect `table` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: one thread runs the initializer, and the others wait for it.*/
        /**
 # Panics

 If the initializer panics, the panic propagates, `table` stays uninitialized, and this and every later call panics.

 # Blocking

 A call made while another thread runs the initializer of `table` waits for it to finish; a call from inside the initializer deadlocks.*/
        #[inline]
        #[must_use]
        #[track_caller]
        fn table(&self) -> &Vec<u8> {
            ::interior::__private::LazyLock::force(&self.table)
        }
        /// Returns a copy of the value of `visits`.
        /**
 # Mutation contract

 `visits` is a `Cell<u32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `visits` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        fn visits(&self) -> u32 {
            ::core::cell::Cell::get(&self.visits)
        }
        /// Stores `value` in `visits`, dropping the previous value.
        /**
 # Mutation contract

 `visits` is a `Cell<u32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `visits` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        #[inline]
        fn set_visits(&self, value: impl ::core::convert::Into<u32>) {
            ::core::cell::Cell::set(
                &self.visits,
                ::core::convert::Into::<u32>::into(value),
            )
        }
        /// Stores `value` in `visits` and returns the previous value.
        /**
 # Mutation contract

 `visits` is a `Cell<u32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `visits` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        #[inline]
        fn replace_visits(&self, value: impl ::core::convert::Into<u32>) -> u32 {
            ::core::cell::Cell::replace(
                &self.visits,
                ::core::convert::Into::<u32>::into(value),
            )
        }
        /// Returns a mutable reference to the value of `visits`, with no run-time check and no lock: `&mut self` already proves that nothing else can reach it. Use it wherever you have `&mut`; the `&self` accessors are for shared access.
        /**
 # Mutation contract

 `visits` is a `Cell<u32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `visits` to change between calls, even through a shared `&Node`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Node` cannot be shared between threads.*/
        #[inline]
        fn visits_mut(&mut self) -> &mut u32 {
            ::core::cell::Cell::get_mut(&mut self.visits)
        }
        /// Stores `value` in `queue`; the previous value is dropped after the lock is released.
        /**
 # Mutation contract

 `queue` is a `std::sync::Mutex<Vec<u8>>` (std): every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `queue` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: the lock serialises access across threads.*/
        /**
 # Panics

 Panics if the lock of `queue` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `queue`, blocking the current thread until it is available. The lock is not re-entrant: calling another accessor of `queue` while it is held (from inside the closure, or while a guard lives) would block forever; in debug builds such an accessor panics instead, naming the accessor that holds the lock and the line it was called from.*/
        #[inline]
        #[track_caller]
        fn set_queue(&self, value: impl ::core::convert::Into<Vec<u8>>) {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::lock(
                &self.queue,
                ::interior::__private::track::Access::Exclusive,
                ::interior::__private::track::Role::Holds,
                "Node",
                "queue",
                "set_queue",
            );
            let old = ::core::mem::replace(
                &mut *::interior::__private::unpoison(
                    ::interior::__private::Mutex::lock(&self.queue),
                    false,
                    "Node",
                    "queue",
                ),
                ::core::convert::Into::<Vec<u8>>::into(value),
            );
            ::core::mem::drop(old);
        }
        /// Returns a mutable reference to the value of `queue`, with no run-time check and no lock: `&mut self` already proves that nothing else can reach it. Use it wherever you have `&mut`; the `&self` accessors are for shared access.
        /**
 # Mutation contract

 `queue` is a `std::sync::Mutex<Vec<u8>>` (std): every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `queue` to change between calls, even through a shared `&Node`.

 **Thread safety:** thread-safe: the lock serialises access across threads.*/
        /**
 # Panics

 Panics if the lock of `queue` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.*/
        #[inline]
        #[track_caller]
        fn queue_mut(&mut self) -> &mut Vec<u8> {
            ::interior::__private::unpoison(
                ::interior::__private::Mutex::get_mut(&mut self.queue),
                false,
                "Node",
                "queue",
            )
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for Node {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "parent",
            ::interior::Mechanism::RefCell,
            ::interior::ContractClass::State,
            &["parent", "set_parent", "clear_parent"],
            false,
            true,
        ),
        ::interior::__private::field(
            "watchers",
            ::interior::Mechanism::Mutex,
            ::interior::ContractClass::State,
            &["watchers", "push_watchers", "prune_watchers", "clear_watchers"],
            true,
            true,
        ),
        ::interior::__private::field(
            "table",
            ::interior::Mechanism::LazyLock,
            ::interior::ContractClass::State,
            &["table"],
            true,
            false,
        ),
        ::interior::__private::field(
            "visits",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["visits", "set_visits", "replace_visits", "visits_mut"],
            false,
            false,
        ),
        ::interior::__private::field(
            "queue",
            ::interior::Mechanism::Mutex,
            ::interior::ContractClass::State,
            &["set_queue", "queue_mut"],
            true,
            false,
        ),
    ];
}
