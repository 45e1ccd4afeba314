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
    /** Interior-mutable fields of `Index`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `pool` | `lock::Mutex<Vec<u32>>` | state | if `lock::Mutex<Vec<u32>>: Send + Sync` | `with_pool_mut` |
 | `hits` | `AtomicU64` | state | yes | `hits`, `set_hits`, `try_update_hits`, `fetch_add_hits` |
 | `head` | `AtomicPtr<Node>` | state | yes | `head`, `compare_exchange_head` |
 | `budget` | `Cell<u32>` | state | no | `try_update_budget` |
 | `words` | `OnceCell<Vec<String>>` | state | no | `words` |*/
    impl Index {
        /// Calls `f` with a mutable reference to `pool` under its lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `pool` is a `lock::Mutex<Vec<u32>>`: every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `pool` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe if `lock::Mutex<Vec<u32>>` is `Send + Sync`: the derive does not read `lock::Mutex<Vec<u32>>` (an alias, or a type of another crate), so it cannot see whether it wraps a `Mutex` in an `Rc`, which is never thread-safe.*/
        /**
 # Panics

 Panics if the lock of `pool` is poisoned (its `MutexLike::lock` returns `Err`, as a std lock's does; `parking_lot` locks never poison): another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `pool`, blocking the current thread until it is available. Calling another accessor of `pool` while it is held (from inside the closure, or while a guard lives) blocks forever unless the lock is re-entrant.*/
        #[inline]
        #[track_caller]
        fn with_pool_mut<R>(
            &self,
            f: impl ::core::ops::FnOnce(
                &mut <lock::Mutex<Vec<u32>> as ::interior::ext::MutexLike>::Value,
            ) -> R,
        ) -> R {
            f(
                &mut *::interior::__private::unpoison_guard(
                    <lock::Mutex<
                        Vec<u32>,
                    > as ::interior::ext::MutexLike>::lock(&self.pool),
                    false,
                    "Index",
                    "pool",
                ),
            )
        }
        /// Loads the value of `hits`.
        /**
 # Mutation contract

 `hits` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `hits` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Loads with `Ordering::Acquire`.*/
        #[inline]
        #[must_use]
        fn hits(&self) -> u64 {
            ::core::sync::atomic::AtomicU64::load(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.hits),
                ::core::sync::atomic::Ordering::Acquire,
            )
        }
        /// Stores `value` in `hits`.
        /**
 # Mutation contract

 `hits` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `hits` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Stores with `Ordering::Release`.*/
        #[inline]
        fn set_hits(&self, value: u64) {
            ::core::sync::atomic::AtomicU64::store(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.hits),
                value,
                ::core::sync::atomic::Ordering::Release,
            )
        }
        /// Stores what `f` returns for the value of `hits` and returns it, or leaves `hits` unchanged and returns `None` when `f` returns `None`; a compare-and-swap loop, in which `f` runs again whenever another thread changed `hits` in between.
        /**
 # Mutation contract

 `hits` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `hits` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Loads with `Ordering::SeqCst`; each compare-and-swap uses `Ordering::SeqCst` on success and `Ordering::SeqCst` on failure.*/
        #[inline]
        fn try_update_hits(
            &self,
            f: impl ::core::ops::FnMut(u64) -> ::core::option::Option<u64>,
        ) -> ::core::option::Option<u64> {
            let mut func = f;
            let mut current = ::core::sync::atomic::AtomicU64::load(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.hits),
                ::core::sync::atomic::Ordering::SeqCst,
            );
            loop {
                match func(current) {
                    ::core::option::Option::Some(new) => {
                        match ::core::sync::atomic::AtomicU64::compare_exchange_weak(
                            ::interior::__private::named::<
                                ::core::sync::atomic::AtomicU64,
                                _,
                            >(&self.hits),
                            current,
                            new,
                            ::core::sync::atomic::Ordering::SeqCst,
                            ::core::sync::atomic::Ordering::SeqCst,
                        ) {
                            ::core::result::Result::Ok(_) => {
                                break ::core::option::Option::Some(new);
                            }
                            ::core::result::Result::Err(actual) => current = actual,
                        }
                    }
                    ::core::option::Option::None => break ::core::option::Option::None,
                }
            }
        }
        /// Adds `value` to the value of `hits` (wrapping on overflow) and returns the previous value.
        /**
 # Mutation contract

 `hits` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `hits` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Atomic `fetch_add` with `Ordering::Relaxed`.*/
        #[inline]
        fn fetch_add_hits(&self, value: u64) -> u64 {
            ::core::sync::atomic::AtomicU64::fetch_add(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.hits),
                value,
                ::core::sync::atomic::Ordering::Relaxed,
            )
        }
        /// Loads the value of `head`.
        /**
 # Mutation contract

 `head` is an `AtomicPtr<Node>`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `head` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Loads with `Ordering::SeqCst`.*/
        #[inline]
        #[must_use]
        fn head(&self) -> *mut Node {
            ::core::sync::atomic::AtomicPtr::load(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicPtr<Node>,
                    _,
                >(&self.head),
                ::core::sync::atomic::Ordering::SeqCst,
            )
        }
        /// Stores `new` in `head` if its value is `current`.
        /**
 # Mutation contract

 `head` is an `AtomicPtr<Node>`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `head` to change between calls, even through a shared `&Index`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Errors

 Returns `Err` with the value found if `head` did not hold `current`; `Ok` holds the previous value.

 # Ordering

 `Ordering::AcqRel` on success and `Ordering::Acquire` on failure.*/
        #[inline]
        fn compare_exchange_head(
            &self,
            current: *mut Node,
            new: *mut Node,
        ) -> ::core::result::Result<*mut Node, *mut Node> {
            ::core::sync::atomic::AtomicPtr::compare_exchange(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicPtr<Node>,
                    _,
                >(&self.head),
                current,
                new,
                ::core::sync::atomic::Ordering::AcqRel,
                ::core::sync::atomic::Ordering::Acquire,
            )
        }
        /// Stores what `f` returns for the value of `budget` and returns it, or leaves `budget` unchanged and returns `None` when `f` returns `None`.
        /**
 # Mutation contract

 `budget` is a `Cell<u32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `budget` to change between calls, even through a shared `&Index`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Index` cannot be shared between threads.*/
        #[inline]
        fn try_update_budget(
            &self,
            f: impl ::core::ops::FnOnce(u32) -> ::core::option::Option<u32>,
        ) -> ::core::option::Option<u32> {
            match f(::core::cell::Cell::get(&self.budget)) {
                ::core::option::Option::Some(new) => {
                    ::core::cell::Cell::set(&self.budget, new);
                    ::core::option::Option::Some(new)
                }
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
        /// Returns the value of `words`, computing it with `Self::build` (which may read the other fields) and storing it first on the first call.
        /**
 # Mutation contract

 `words` is a `OnceCell<Vec<String>>`: it is written at most once, and a written value never changes; readers get a shared reference to it.

 **Contract: state** — externally visible state: callers must expect `words` to change between calls, even through a shared `&Index`.

 **Thread safety:** not thread-safe: a `OnceCell` is `!Sync`, so a `&Index` cannot be shared between threads.*/
        /**
 # Panics

 Panics, at the caller's line, if the initializer calls `words()` again (a re-entrant first call; without interior's `std` feature it recurses until the stack overflows). If the initializer panics, the panic propagates and `words` stays unwritten.*/
        #[inline]
        #[must_use]
        #[track_caller]
        fn words(&self) -> &Vec<String> {
            ::interior::__private::once_cell_init(
                &self.words,
                || Self::build(self),
                "Index",
                "words",
            )
        }
    }
};
