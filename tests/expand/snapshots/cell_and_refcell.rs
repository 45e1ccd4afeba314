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
    /** Interior-mutable fields of `RecordingSink`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `sent` | `Cell<u64>` | bookkeeping | no | `sent`, `set_sent`, `replace_sent`, `update_sent` |
 | `lines` | `RefCell<Vec<String>>` | state | no | `with_lines_mut`, `lines` |*/
    impl RecordingSink {
        /// Returns a copy of the value of `sent`.
        ///
        /// Number of lines sent so far.
        /**
 # Mutation contract

 `sent` is a `Cell<u64>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: bookkeeping** — hidden logical bookkeeping (counters, statistics): a change to `sent` does not change what a `RecordingSink` means to its users.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&RecordingSink` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        pub fn sent(&self) -> u64 {
            ::core::cell::Cell::get(&self.sent)
        }
        /// Stores `value` in `sent`, dropping the previous value.
        ///
        /// Number of lines sent so far.
        /**
 # Mutation contract

 `sent` is a `Cell<u64>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: bookkeeping** — hidden logical bookkeeping (counters, statistics): a change to `sent` does not change what a `RecordingSink` means to its users.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&RecordingSink` cannot be shared between threads.*/
        #[inline]
        pub fn set_sent(&self, value: u64) {
            ::core::cell::Cell::set(&self.sent, value)
        }
        /// Stores `value` in `sent` and returns the previous value.
        ///
        /// Number of lines sent so far.
        /**
 # Mutation contract

 `sent` is a `Cell<u64>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: bookkeeping** — hidden logical bookkeeping (counters, statistics): a change to `sent` does not change what a `RecordingSink` means to its users.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&RecordingSink` cannot be shared between threads.*/
        #[inline]
        pub fn replace_sent(&self, value: u64) -> u64 {
            ::core::cell::Cell::replace(&self.sent, value)
        }
        /// Replaces the value of `sent` with `f` of it and returns the new value.
        ///
        /// Number of lines sent so far.
        /**
 # Mutation contract

 `sent` is a `Cell<u64>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: bookkeeping** — hidden logical bookkeeping (counters, statistics): a change to `sent` does not change what a `RecordingSink` means to its users.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&RecordingSink` cannot be shared between threads.*/
        #[inline]
        pub fn update_sent(&self, f: impl ::core::ops::FnOnce(u64) -> u64) -> u64 {
            let new = f(::core::cell::Cell::get(&self.sent));
            ::core::cell::Cell::set(&self.sent, new);
            new
        }
        /// Calls `f` with a mutable borrow of `lines` and returns its result; the borrow ends when `f` returns.
        /**
 # Mutation contract

 `lines` is a `RefCell<Vec<String>>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `lines` to change between calls, even through a shared `&RecordingSink`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&RecordingSink` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `lines` is borrowed at all: from inside the closure of another accessor of `lines`, or while a guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from.*/
        #[inline]
        #[track_caller]
        pub fn with_lines_mut<R>(
            &self,
            f: impl ::core::ops::FnOnce(&mut Vec<String>) -> R,
        ) -> R {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::refcell(
                &self.lines,
                ::interior::__private::track::Access::Exclusive,
                ::interior::__private::track::Role::Holds,
                "RecordingSink",
                "lines",
                "with_lines_mut",
            );
            f(&mut *::core::cell::RefCell::borrow_mut(&self.lines))
        }
        /// Returns a clone of the value of `lines`.
        /**
 # Mutation contract

 `lines` is a `RefCell<Vec<String>>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `lines` to change between calls, even through a shared `&RecordingSink`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&RecordingSink` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `lines` is mutably borrowed: from inside the closure of a mutable accessor of `lines`, or while a `RefMut` guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from.*/
        #[inline]
        #[must_use]
        #[track_caller]
        pub fn lines(&self) -> Vec<String> {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::refcell(
                &self.lines,
                ::interior::__private::track::Access::Shared,
                ::interior::__private::track::Role::Holds,
                "RecordingSink",
                "lines",
                "lines",
            );
            {
                #[allow(
                    non_camel_case_types,
                    clippy::ptr_arg,
                    reason = "named after the field and the op for the diagnostic; takes what the accessor holds"
                )]
                #[inline]
                fn checked<lines, get>(value: &Vec<String>) -> Vec<String> {
                    ::interior::__private::clone::<lines, get, Vec<String>>(value)
                }
                checked::<(), ()>(&*::core::cell::RefCell::borrow(&self.lines))
            }
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for RecordingSink {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "sent",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::Bookkeeping,
            &["sent", "set_sent", "replace_sent", "update_sent"],
            false,
            false,
        ),
        ::interior::__private::field(
            "lines",
            ::interior::Mechanism::RefCell,
            ::interior::ContractClass::State,
            &["with_lines_mut", "lines"],
            false,
            false,
        ),
    ];
}
