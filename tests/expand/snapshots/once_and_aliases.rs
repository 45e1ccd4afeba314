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
    /** Interior-mutable fields of `Memo`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `parsed` | `OnceCell<Vec<u8>>` | cache | no | `set_parsed` |
 | `shared` | `Arc<OnceLock<String>>` | state | yes | `shared`, `shared_or_init` |
 | `alias` | `MemoCell` | state | if `MemoCell: Send + Sync` | `alias`, `alias_or_init` |
 | `counter` | `Counter` | state | no | `counter`, `set_counter`, `replace_counter`, `update_counter` |
 | `guarded` | `Guarded` | state | if `Guarded: Send + Sync` | `with_guarded`, `with_guarded_mut`, `set_guarded`, `replace_guarded` |
 | `ticks` | `Ticks` | state | if `Ticks: Send + Sync` | `fetch_add_ticks` |*/
    impl Memo {
        /// Writes `value` to `parsed` if it has not been written yet.
        /**
 # Mutation contract

 `parsed` is a `OnceCell<Vec<u8>>`: it is written at most once, and a written value never changes; readers get a shared reference to it.

 **Contract: cache** — a memoized result: `parsed` can be recomputed, and a change to it is invisible to users of a `Memo` except for speed.

 **Thread safety:** not thread-safe: a `OnceCell` is `!Sync`, so a `&Memo` cannot be shared between threads.*/
        /**
 # Errors

 Returns `Err(value)`, giving the value back, if `parsed` was already written.*/
        #[inline]
        fn set_parsed(&self, value: Vec<u8>) -> ::core::result::Result<(), Vec<u8>> {
            ::core::cell::OnceCell::set(&self.parsed, value)
        }
        /// Returns the value of `shared` if it has been written, or `None`.
        /**
 # Mutation contract

 `shared` is an `Arc<OnceLock<String>>`: it is written at most once, and a written value never changes; readers get a shared reference to it. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `shared` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe: concurrent initializers race, one wins, and the others wait for it.*/
        #[inline]
        #[must_use]
        fn shared(&self) -> ::core::option::Option<&String> {
            ::interior::__private::OnceLock::get(&*self.shared)
        }
        /// Returns the value of `shared`, computing it with `f` and storing it first if it has not been written.
        /**
 # Mutation contract

 `shared` is an `Arc<OnceLock<String>>`: it is written at most once, and a written value never changes; readers get a shared reference to it. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `shared` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe: concurrent initializers race, one wins, and the others wait for it.*/
        /**
 # Panics

 If `f` panics, the panic propagates and `shared` stays unwritten.

 # Blocking

 Blocks while another thread runs its initializer of `shared`; calling `shared_or_init` from inside `f` deadlocks.*/
        #[inline]
        #[track_caller]
        fn shared_or_init(&self, f: impl ::core::ops::FnOnce() -> String) -> &String {
            ::interior::__private::OnceLock::get_or_init(&*self.shared, f)
        }
        /// Returns the value of `alias` if it has been written, or `None`.
        /**
 # Mutation contract

 `alias` is a `MemoCell`: it is written at most once, and a written value never changes; readers get a shared reference to it.

 **Contract: state** — externally visible state: callers must expect `alias` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `MemoCell` is `Send + Sync`: the derive does not read `MemoCell` (an alias, or a type of another crate), so it cannot see whether it is a `OnceLock` or a `OnceCell` (never thread-safe), or wraps one in an `Rc`; `Memo::FIELDS` reports the type's own answer.*/
        #[inline]
        #[must_use]
        fn alias(
            &self,
        ) -> ::core::option::Option<
            &<MemoCell as ::interior::__private::OnceField>::Value,
        > {
            <MemoCell as ::interior::__private::OnceField>::once_get(&self.alias)
        }
        /// Returns the value of `alias`, computing it with `f` and storing it first if it has not been written.
        /**
 # Mutation contract

 `alias` is a `MemoCell`: it is written at most once, and a written value never changes; readers get a shared reference to it.

 **Contract: state** — externally visible state: callers must expect `alias` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `MemoCell` is `Send + Sync`: the derive does not read `MemoCell` (an alias, or a type of another crate), so it cannot see whether it is a `OnceLock` or a `OnceCell` (never thread-safe), or wraps one in an `Rc`; `Memo::FIELDS` reports the type's own answer.*/
        /**
 # Panics

 Calling `alias_or_init` from inside `f` panics for a `OnceCell` and deadlocks for a `OnceLock`. If `f` panics, the panic propagates and `alias` stays unwritten.

 # Blocking

 A `OnceLock` blocks while another thread runs its initializer.*/
        #[inline]
        #[track_caller]
        fn alias_or_init(
            &self,
            f: impl ::core::ops::FnOnce(
            ) -> <MemoCell as ::interior::__private::OnceField>::Value,
        ) -> &<MemoCell as ::interior::__private::OnceField>::Value {
            <MemoCell as ::interior::__private::OnceField>::once_get_or_init(
                &self.alias,
                f,
            )
        }
        /// Returns a copy of the value of `counter`.
        /**
 # Mutation contract

 `counter` is a `Counter`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `counter` to change between calls, even through a shared `&Memo`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Memo` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        fn counter(&self) -> <Counter as ::interior::__private::CellField>::Value {
            {
                #[allow(
                    non_camel_case_types,
                    clippy::ptr_arg,
                    reason = "named after the field and the op for the diagnostic; takes what the accessor holds"
                )]
                #[inline]
                fn checked<counter, get>(
                    value: &::core::cell::Cell<
                        <Counter as ::interior::__private::CellField>::Value,
                    >,
                ) -> <Counter as ::interior::__private::CellField>::Value {
                    ::interior::__private::cell_get::<
                        counter,
                        get,
                        <Counter as ::interior::__private::CellField>::Value,
                    >(value)
                }
                checked::<
                    (),
                    (),
                >(<Counter as ::interior::__private::CellField>::cell(&self.counter))
            }
        }
        /// Stores `value` in `counter`, dropping the previous value.
        /**
 # Mutation contract

 `counter` is a `Counter`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `counter` to change between calls, even through a shared `&Memo`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Memo` cannot be shared between threads.*/
        #[inline]
        fn set_counter(
            &self,
            value: <Counter as ::interior::__private::CellField>::Value,
        ) {
            ::core::cell::Cell::set(
                <Counter as ::interior::__private::CellField>::cell(&self.counter),
                value,
            )
        }
        /// Stores `value` in `counter` and returns the previous value.
        /**
 # Mutation contract

 `counter` is a `Counter`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `counter` to change between calls, even through a shared `&Memo`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Memo` cannot be shared between threads.*/
        #[inline]
        fn replace_counter(
            &self,
            value: <Counter as ::interior::__private::CellField>::Value,
        ) -> <Counter as ::interior::__private::CellField>::Value {
            ::core::cell::Cell::replace(
                <Counter as ::interior::__private::CellField>::cell(&self.counter),
                value,
            )
        }
        /// Replaces the value of `counter` with `f` of it and returns the new value.
        /**
 # Mutation contract

 `counter` is a `Counter`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `counter` to change between calls, even through a shared `&Memo`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Memo` cannot be shared between threads.*/
        #[inline]
        fn update_counter(
            &self,
            f: impl ::core::ops::FnOnce(
                <Counter as ::interior::__private::CellField>::Value,
            ) -> <Counter as ::interior::__private::CellField>::Value,
        ) -> <Counter as ::interior::__private::CellField>::Value {
            {
                #[allow(
                    non_camel_case_types,
                    clippy::ptr_arg,
                    reason = "named after the field and the op for the diagnostic; takes what the accessor holds"
                )]
                #[inline]
                fn checked<counter, update>(
                    value: &::core::cell::Cell<
                        <Counter as ::interior::__private::CellField>::Value,
                    >,
                    f: impl ::core::ops::FnOnce(
                        <Counter as ::interior::__private::CellField>::Value,
                    ) -> <Counter as ::interior::__private::CellField>::Value,
                ) -> <Counter as ::interior::__private::CellField>::Value {
                    ::interior::__private::cell_update::<
                        counter,
                        update,
                        <Counter as ::interior::__private::CellField>::Value,
                    >(value, f)
                }
                checked::<
                    (),
                    (),
                >(<Counter as ::interior::__private::CellField>::cell(&self.counter), f)
            }
        }
        /// Calls `f` with a shared reference to `guarded` under its lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `guarded` is a `Guarded`: every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `guarded` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `Guarded` is `Send + Sync`: the derive does not read `Guarded` (an alias, or a type of another crate), so it cannot see whether it wraps a `Mutex` in an `Rc`, which is never thread-safe; `Memo::FIELDS` reports the type's own answer.*/
        /**
 # Panics

 Panics if the lock of `guarded` is poisoned (its `MutexLike::lock` returns `Err`, as a std lock's does; `parking_lot` locks never poison): another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `guarded`, blocking the current thread until it is available. Calling another accessor of `guarded` while it is held (from inside the closure, or while a guard lives) blocks forever unless the lock is re-entrant.*/
        #[inline]
        #[track_caller]
        fn with_guarded<R>(
            &self,
            f: impl ::core::ops::FnOnce(
                &<Guarded as ::interior::ext::MutexLike>::Value,
            ) -> R,
        ) -> R {
            f(
                &*::interior::__private::unpoison_guard(
                    <Guarded as ::interior::ext::MutexLike>::lock(&self.guarded),
                    false,
                    "Memo",
                    "guarded",
                ),
            )
        }
        /// Calls `f` with a mutable reference to `guarded` under its lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `guarded` is a `Guarded`: every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `guarded` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `Guarded` is `Send + Sync`: the derive does not read `Guarded` (an alias, or a type of another crate), so it cannot see whether it wraps a `Mutex` in an `Rc`, which is never thread-safe; `Memo::FIELDS` reports the type's own answer.*/
        /**
 # Panics

 Panics if the lock of `guarded` is poisoned (its `MutexLike::lock` returns `Err`, as a std lock's does; `parking_lot` locks never poison): another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `guarded`, blocking the current thread until it is available. Calling another accessor of `guarded` while it is held (from inside the closure, or while a guard lives) blocks forever unless the lock is re-entrant.*/
        #[inline]
        #[track_caller]
        fn with_guarded_mut<R>(
            &self,
            f: impl ::core::ops::FnOnce(
                &mut <Guarded as ::interior::ext::MutexLike>::Value,
            ) -> R,
        ) -> R {
            f(
                &mut *::interior::__private::unpoison_guard(
                    <Guarded as ::interior::ext::MutexLike>::lock(&self.guarded),
                    false,
                    "Memo",
                    "guarded",
                ),
            )
        }
        /// Stores `value` in `guarded`; the previous value is dropped after the lock is released.
        /**
 # Mutation contract

 `guarded` is a `Guarded`: every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `guarded` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `Guarded` is `Send + Sync`: the derive does not read `Guarded` (an alias, or a type of another crate), so it cannot see whether it wraps a `Mutex` in an `Rc`, which is never thread-safe; `Memo::FIELDS` reports the type's own answer.*/
        /**
 # Panics

 Panics if the lock of `guarded` is poisoned (its `MutexLike::lock` returns `Err`, as a std lock's does; `parking_lot` locks never poison): another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `guarded`, blocking the current thread until it is available. Calling another accessor of `guarded` while it is held (from inside the closure, or while a guard lives) blocks forever unless the lock is re-entrant.*/
        #[inline]
        #[track_caller]
        fn set_guarded(&self, value: <Guarded as ::interior::ext::MutexLike>::Value) {
            let old = ::core::mem::replace(
                &mut *::interior::__private::unpoison_guard(
                    <Guarded as ::interior::ext::MutexLike>::lock(&self.guarded),
                    false,
                    "Memo",
                    "guarded",
                ),
                value,
            );
            ::core::mem::drop(old);
        }
        /// Stores `value` in `guarded` and returns the previous value.
        /**
 # Mutation contract

 `guarded` is a `Guarded`: every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `guarded` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `Guarded` is `Send + Sync`: the derive does not read `Guarded` (an alias, or a type of another crate), so it cannot see whether it wraps a `Mutex` in an `Rc`, which is never thread-safe; `Memo::FIELDS` reports the type's own answer.*/
        /**
 # Panics

 Panics if the lock of `guarded` is poisoned (its `MutexLike::lock` returns `Err`, as a std lock's does; `parking_lot` locks never poison): another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the lock of `guarded`, blocking the current thread until it is available. Calling another accessor of `guarded` while it is held (from inside the closure, or while a guard lives) blocks forever unless the lock is re-entrant.*/
        #[inline]
        #[track_caller]
        fn replace_guarded(
            &self,
            value: <Guarded as ::interior::ext::MutexLike>::Value,
        ) -> <Guarded as ::interior::ext::MutexLike>::Value {
            ::core::mem::replace(
                &mut *::interior::__private::unpoison_guard(
                    <Guarded as ::interior::ext::MutexLike>::lock(&self.guarded),
                    false,
                    "Memo",
                    "guarded",
                ),
                value,
            )
        }
        /// Adds `value` to the value of `ticks` (wrapping on overflow) and returns the previous value.
        /**
 # Mutation contract

 `ticks` is a `Ticks`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `ticks` to change between calls, even through a shared `&Memo`.

 **Thread safety:** thread-safe if `Ticks` is `Send + Sync`: the derive does not read `Ticks` (an alias, or a type of another crate), so it cannot see whether it wraps an atomic in an `Rc`, which is never thread-safe; `Memo::FIELDS` reports the type's own answer.*/
        /**
 # Ordering

 Atomic `fetch_add` with `Ordering::SeqCst`.*/
        #[inline]
        fn fetch_add_ticks(
            &self,
            value: <Ticks as ::interior::ext::AtomicLike>::Value,
        ) -> <Ticks as ::interior::ext::AtomicLike>::Value {
            <Ticks as ::interior::ext::AtomicInteger>::fetch_add(
                &self.ticks,
                value,
                ::core::sync::atomic::Ordering::SeqCst,
            )
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for Memo {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "parsed",
            ::interior::Mechanism::OnceCell,
            ::interior::ContractClass::Cache,
            &["set_parsed"],
            false,
            false,
        ),
        ::interior::__private::field(
            "shared",
            ::interior::Mechanism::OnceLock,
            ::interior::ContractClass::State,
            &["shared", "shared_or_init"],
            true,
            false,
        ),
        ::interior::__private::field(
            "alias",
            <MemoCell as ::interior::__private::OnceField>::MECHANISM,
            ::interior::ContractClass::State,
            &["alias", "alias_or_init"],
            <MemoCell as ::interior::__private::OnceField>::THREAD_SAFE,
            false,
        ),
        ::interior::__private::field(
            "counter",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["counter", "set_counter", "replace_counter", "update_counter"],
            false,
            false,
        ),
        ::interior::__private::field(
            "guarded",
            ::interior::Mechanism::Mutex,
            ::interior::ContractClass::State,
            &["with_guarded", "with_guarded_mut", "set_guarded", "replace_guarded"],
            <Guarded as ::interior::ext::MutexLike>::THREAD_SAFE,
            false,
        ),
        ::interior::__private::field(
            "ticks",
            ::interior::Mechanism::Atomic,
            ::interior::ContractClass::State,
            &["fetch_add_ticks"],
            <Ticks as ::interior::ext::AtomicLike>::THREAD_SAFE,
            false,
        ),
    ];
}
