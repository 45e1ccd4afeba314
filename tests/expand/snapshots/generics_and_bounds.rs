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
    /** Interior-mutable fields of `Slot`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `value` | `Cell<T>` | state | no | `value`, `update_value`, `take_value` |
 | `label` | `Cell<&'a str>` | state | no | `label` |
 | `items` | `RefCell<[T; N]>` | state | no | `items`, `take_items`, `borrow_items`, `try_borrow_items_mut` |
 | `kind` | `Cell<String>` | state | no | `take_type` |*/
    impl<'a, T: Clone, const N: usize> Slot<'a, T, N>
    where
        T: Default,
    {
        /// Returns a copy of the value of `value`.
        /**
 # Mutation contract

 `value` is a `Cell<T>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `value` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        fn value(&self) -> T
        where
            T: ::core::marker::Copy,
        {
            ::core::cell::Cell::get(&self.value)
        }
        /// Replaces the value of `value` with `f` of it and returns the new value.
        /**
 # Mutation contract

 `value` is a `Cell<T>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `value` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        #[inline]
        fn update_value(&self, f: impl ::core::ops::FnOnce(T) -> T) -> T
        where
            T: ::core::marker::Copy,
        {
            let new = f(::core::cell::Cell::get(&self.value));
            ::core::cell::Cell::set(&self.value, new);
            new
        }
        /// Takes the value of `value`, leaving `Default::default()` in its place.
        /**
 # Mutation contract

 `value` is a `Cell<T>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `value` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        #[inline]
        fn take_value(&self) -> T
        where
            T: ::core::default::Default,
        {
            ::core::cell::Cell::take(&self.value)
        }
        /// Returns a copy of the value of `label`.
        /**
 # Mutation contract

 `label` is a `Cell<&'a str>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `label` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        #[inline]
        #[must_use]
        fn label(&self) -> &'a str {
            ::core::cell::Cell::get(&self.label)
        }
        /// Returns a clone of the value of `items`.
        /**
 # Mutation contract

 `items` is a `RefCell<[T; N]>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `items` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `items` is mutably borrowed: from inside the closure of a mutable accessor of `items`, or while a `RefMut` guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from.*/
        #[inline]
        #[must_use]
        #[track_caller]
        fn items(&self) -> [T; N]
        where
            [T; N]: ::core::clone::Clone,
        {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::refcell(
                &self.items,
                ::interior::__private::track::Access::Shared,
                ::interior::__private::track::Role::Holds,
                "Slot",
                "items",
                "items",
            );
            ::core::clone::Clone::clone(&*::core::cell::RefCell::borrow(&self.items))
        }
        /// Takes the value of `items`, leaving `Default::default()` in its place.
        /**
 # Mutation contract

 `items` is a `RefCell<[T; N]>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `items` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `items` is borrowed at all: from inside the closure of another accessor of `items`, or while a guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from.*/
        #[inline]
        #[track_caller]
        fn take_items(&self) -> [T; N]
        where
            [T; N]: ::core::default::Default,
        {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::refcell(
                &self.items,
                ::interior::__private::track::Access::Exclusive,
                ::interior::__private::track::Role::Holds,
                "Slot",
                "items",
                "take_items",
            );
            ::core::mem::take(&mut *::core::cell::RefCell::borrow_mut(&self.items))
        }
        /// Borrows `items` immutably until the returned guard is dropped.
        /**
 # Mutation contract

 `items` is a `RefCell<[T; N]>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `items` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        /**
 # Panics

 Panics if `items` is mutably borrowed: from inside the closure of a mutable accessor of `items`, or while a `RefMut` guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from.*/
        #[inline]
        #[must_use = "the borrow lasts as long as the guard; a guard that is not used only holds the borrow"]
        #[track_caller]
        fn borrow_items(&self) -> ::core::cell::Ref<'_, [T; N]> {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::refcell(
                &self.items,
                ::interior::__private::track::Access::Shared,
                ::interior::__private::track::Role::Checks,
                "Slot",
                "items",
                "borrow_items",
            );
            ::core::cell::RefCell::borrow(&self.items)
        }
        /// Borrows `items` mutably until the returned guard is dropped, or fails without panicking.
        /**
 # Mutation contract

 `items` is a `RefCell<[T; N]>`: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.

 **Contract: state** — externally visible state: callers must expect `items` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `RefCell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        /**
 # Errors

 Returns `BorrowMutError` if `items` is borrowed at all.*/
        #[inline]
        #[must_use = "the borrow lasts as long as the guard; a guard that is not used only holds the borrow"]
        fn try_borrow_items_mut(
            &self,
        ) -> ::core::result::Result<
            ::core::cell::RefMut<'_, [T; N]>,
            ::core::cell::BorrowMutError,
        > {
            ::core::cell::RefCell::try_borrow_mut(&self.items)
        }
        /// Takes the value of `type`, leaving `Default::default()` in its place.
        /**
 # Mutation contract

 `type` is a `Cell<String>`: values are copied in and out, no reference into it is ever handed out, and no access can panic.

 **Contract: state** — externally visible state: callers must expect `type` to change between calls, even through a shared `&Slot`.

 **Thread safety:** not thread-safe: a `Cell` is `!Sync`, so a `&Slot` cannot be shared between threads.*/
        #[inline]
        fn take_type(&self) -> String {
            ::core::cell::Cell::take(&self.kind)
        }
    }
};
#[automatically_derived]
impl<'a, T: Clone, const N: usize> ::interior::Interior for Slot<'a, T, N>
where
    T: Default,
{
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "value",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["value", "update_value", "take_value"],
            false,
            false,
        ),
        ::interior::__private::field(
            "label",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["label"],
            false,
            false,
        ),
        ::interior::__private::field(
            "items",
            ::interior::Mechanism::RefCell,
            ::interior::ContractClass::State,
            &["items", "take_items", "borrow_items", "try_borrow_items_mut"],
            false,
            false,
        ),
        ::interior::__private::field(
            "kind",
            ::interior::Mechanism::Cell,
            ::interior::ContractClass::State,
            &["take_type"],
            false,
            false,
        ),
    ];
}
