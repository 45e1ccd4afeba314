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
    /** Interior-mutable fields of `Pair`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `0` | `Cell<i32>` | state | no | `left`, `set_left`, `replace_left`, `update_left` |
 | `1` | `RefCell<String>` | state | no | `borrow_match` |*/
    impl Pair {
        /// Returns a copy of the value of `left`.
        /**
 # Mutation contract

 `left` is a `Cell<i32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `left` to change between calls, even through a shared `&Pair`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Pair` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        fn left(&self) -> i32 {
            ::core::cell::Cell::get(&self.0)
        }
        /// Stores `value` in `left`, dropping the previous value.
        /**
 # Mutation contract

 `left` is a `Cell<i32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `left` to change between calls, even through a shared `&Pair`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Pair` cannot be shared between threads.*/
        #[inline]
        fn set_left(&self, value: i32) {
            ::core::cell::Cell::set(&self.0, value)
        }
        /// Stores `value` in `left` and returns the previous value.
        /**
 # Mutation contract

 `left` is a `Cell<i32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `left` to change between calls, even through a shared `&Pair`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Pair` cannot be shared between threads.*/
        #[inline]
        fn replace_left(&self, value: i32) -> i32 {
            ::core::cell::Cell::replace(&self.0, value)
        }
        /// Replaces the value of `left` with `f` of it and returns the new value.
        /**
 # Mutation contract

 `left` is a `Cell<i32>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `left` to change between calls, even through a shared `&Pair`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Pair` cannot be shared between threads.*/
        #[inline]
        fn update_left(&self, f: impl ::core::ops::FnOnce(i32) -> i32) -> i32 {
            let new = f(::core::cell::Cell::get(&self.0));
            ::core::cell::Cell::set(&self.0, new);
            new
        }
        /// Borrows `match` immutably until the returned guard is dropped.
        /**
 # Mutation contract

 `match` is a `RefCell<String>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `match` to change between calls, even through a shared `&Pair`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Pair` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `match` is mutably borrowed: from inside the closure of a mutable accessor of `match`, or while a `RefMut` guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from.*/
        #[inline]
        #[must_use = "the borrow lasts as long as the guard; a guard that is not used only holds the borrow"]
        #[track_caller]
        fn borrow_match(&self) -> ::core::cell::Ref<'_, String> {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::refcell(
                &self.1,
                ::interior::__private::track::Access::Shared,
                ::interior::__private::track::Role::Checks,
                "Pair",
                "1",
                "borrow_match",
            );
            ::core::cell::RefCell::borrow(&self.1)
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for Pair {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "0",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["left", "set_left", "replace_left", "update_left"],
            false,
            false,
        ),
        ::interior::__private::field(
            "1",
            ::interior::Mechanism::RefCell,
            ::interior::ContractClass::State,
            &["borrow_match"],
            false,
            false,
        ),
    ];
}
