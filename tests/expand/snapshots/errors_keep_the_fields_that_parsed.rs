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
    /** Interior-mutable fields of `Broken`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `fine` | `Cell<u8>` | state | no | `fine` |*/
    impl Broken {
        /// Returns a copy of the value of `fine`.
        /**
 # Mutation contract

 `fine` is a `Cell<u8>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `fine` to change between calls, even through a shared `&Broken`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Broken` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        fn fine(&self) -> u8 {
            ::core::cell::Cell::get(&self.fine)
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for Broken {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "fine",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["fine"],
            false,
            false,
        ),
    ];
}
::core::compile_error! {
    "invalid `contract` \"cached\" (did you mean `cache`?); expected \"bookkeeping\", \"cache\" or \"state\""
}
::core::compile_error! {
    "`#[cell]` has no op `borrow` (`borrow` is an op of `#[refcell]`); its ops are `get`, `set`, `replace`, `update`, `take`, `try_update` and `get_mut`"
}
