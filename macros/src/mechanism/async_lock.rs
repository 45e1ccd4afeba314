//! `#[sync]` on tokio's `Mutex<T>` and `RwLock<T>` (feature `tokio`): `async fn` accessors that
//! wait for the lock without blocking the thread. tokio's locks do not poison.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::lock::{self, Acquire, LockKind, LockOp, Locking};
use super::{
    access, bare_name_checked, find, ops_of, via_trait, Asynchronous, BareName, OpSet, Recognised,
    Row,
};
use crate::diag;
use crate::grammar::{Kind, Mode, Op};
use crate::model::{Cx, Facts, FieldModel, Mechanism, Method, MethodGen, Reported};
use crate::syntax;

pub(crate) const ROW: Row = Row {
    mode: Mode::Sync,
    called: "tokio's `Mutex` and `RwLock`",
    // `lock.rs`'s row says it for both: "a `Mutex<T>`, an `RwLock<T>` (std's, ...)".
    expects: "",
    wrap: |shown| format!("make it `tokio::sync::Mutex<{shown}>`"),
    names: |name| matches!(name, "Mutex" | "RwLock"),
    misspelled: |name| {
        format!("`{name}` takes its value type as one type argument, as `{name}<T>`")
    },
    recognise: |inner| recognise(inner, false),
    alias: |_| None,
    asynchronous: Some(Asynchronous {
        recognise: |inner| recognise(inner, true),
        alias: |kind| {
            let kind = match kind? {
                Kind::Mutex => LockKind::Mutex,
                Kind::RwLock => LockKind::RwLock,
                Kind::Atomic => return None,
            };
            Some(Box::new(AsyncLock {
                kind,
                reach: Reach::Alias,
            }))
        },
    }),
    ops: || LockOp::ALL.iter().map(|op| op.op()).collect(),
    examples: &[
        "#[sync] x: ::tokio::sync::Mutex<u8>",
        "#[sync] x: tokio::sync::RwLock<u8>",
    ],
};

/// How the lock is reached.
#[derive(Clone, Copy, PartialEq)]
enum Reach {
    /// By tokio's path: `tokio::sync::Mutex::lock(&self.x)`.
    Path,
    /// A bare name under `#[sync(async)]`: tokio's path, through the runtime's check that the
    /// name is tokio's type.
    Bare,
    /// An alias under `#[sync(async, kind = "...")]`: the runtime's `AsyncMutexField` or
    /// `AsyncRwLockField`.
    Alias,
}

struct AsyncLock {
    kind: LockKind,
    reach: Reach,
}

/// A `Mutex<T>` or `RwLock<T>` whose path names `tokio`, or with `any_path` (`#[sync(async)]`)
/// one that is bare; std's and `parking_lot`'s paths never.
fn recognise(inner: &Type, any_path: bool) -> Option<Recognised<'_>> {
    let (kind, value, path) = lock::written(inner)?;
    let prefix = || path.segments.iter().rev().skip(1);
    let reach = if prefix().any(|s| s.ident == "tokio") {
        Reach::Path
    } else if any_path && syntax::is_bare(path) {
        Reach::Bare
    } else {
        return None;
    };
    Some(Recognised::written(
        Box::new(AsyncLock { kind, reach }),
        value,
    ))
}

impl AsyncLock {
    fn alias_trait(&self) -> &'static str {
        match self.kind {
            LockKind::Mutex => "AsyncMutexField",
            LockKind::RwLock => "AsyncRwLockField",
        }
    }

    /// `__private::tokio::sync::Mutex` or `RwLock`: tokio's type, through the runtime's
    /// re-export of tokio.
    fn tokio_type(&self) -> TokenStream {
        let name = Ident::new(self.kind.noun(), Span::call_site());
        quote!(tokio::sync::#name)
    }

    /// `acc`, a reference to the lock, through the runtime's check of a bare name.
    fn reached(
        &self,
        cx: &Cx<'_>,
        f: &FieldModel<'_>,
        acc: TokenStream,
        unique: bool,
    ) -> TokenStream {
        if self.reach != Reach::Bare {
            return acc;
        }
        let (krate, lock, v) = (cx.krate, self.tokio_type(), &f.value.tokens);
        let expected = quote!(#krate::__private::#lock<#v>);
        bare_name_checked(cx, f, BareName::Lock, &expected, &acc, unique)
    }
}

impl Locking for AsyncLock {
    fn kind(&self) -> LockKind {
        self.kind
    }

    /// The expression that awaits the lock and evaluates to its guard.
    fn locked(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream {
        let krate = cx.krate;
        match self.reach {
            Reach::Path | Reach::Bare => {
                let method = Ident::new(how.method(), Span::call_site());
                let (lock, acc) = (self.tokio_type(), self.reached(cx, f, access(f), false));
                quote!(#krate::__private::#lock::#method(#acc).await)
            }
            Reach::Alias => {
                let member = &f.member;
                let method = Ident::new(&format!("{}_async", how.method()), Span::call_site());
                let path = via_trait(krate, f.ty(), self.alias_trait(), &quote!(#method));
                quote!(#path(&self.#member).await)
            }
        }
    }

    /// The guard type that `lock_x`, `read_x` or `write_x` returns.
    fn guard_type(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream {
        let (krate, v) = (cx.krate, &f.value.tokens);
        let (name, assoc) = how.guard();
        match self.reach {
            Reach::Path | Reach::Bare => {
                let name = Ident::new(name, Span::call_site());
                quote!(#krate::__private::tokio::sync::#name<'_, #v>)
            }
            Reach::Alias => {
                let assoc = Ident::new(assoc, Span::call_site());
                via_trait(krate, f.ty(), self.alias_trait(), &quote!(#assoc<'_>))
            }
        }
    }

    /// `&mut T` from `&mut self.x`.
    fn unique(&self, cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream {
        let (krate, member) = (cx.krate, &f.member);
        match self.reach {
            Reach::Path | Reach::Bare => {
                let lock = self.tokio_type();
                let acc = self.reached(cx, f, quote!(&mut self.#member), true);
                quote!(#krate::__private::#lock::get_mut(#acc))
            }
            Reach::Alias => {
                let path = via_trait(krate, f.ty(), "AsyncLockMut", &quote!(async_get_mut));
                quote!(#path(&mut self.#member))
            }
        }
    }
}

/// The *Awaiting* section of an accessor that takes the lock `how`, with or without a closure.
fn awaiting(f: &FieldModel<'_>, how: Acquire, closure: bool, guard_ops: &str) -> String {
    let x = &f.base;
    let lock = how.noun();
    if closure {
        format!(
            "Suspends the task until the {lock} of `{x}` is free; never blocks the thread. `f` runs with the lock held and cannot `.await`; to hold the lock across an `.await`, use {guard_ops}."
        )
    } else {
        format!("Suspends the task until the {lock} of `{x}` is free; never blocks the thread.")
    }
}

impl Mechanism for AsyncLock {
    fn facts(&self) -> Facts {
        let noun = self.kind.noun();
        let reported = match self.kind {
            LockKind::Mutex => "AsyncMutex",
            LockKind::RwLock => "AsyncRwLock",
        };
        Facts {
            noun,
            a_noun: format!("a tokio `{noun}`"),
            reported: Reported::Variant(reported),
            thread_safe: Some("thread-safe: the lock serialises access across tasks and threads."),
            not_thread_safe: None,
            alias_trait: self.alias_trait(),
            alias_hides: format!("wraps a tokio `{noun}` in an `Rc`, which is never thread-safe"),
            kind: Some(self.kind.kind()),
            takes_ordering: false,
            takes_poison: false,
            no_into: None,
            weak: false,
            // The registry test (`cfg(test)`) generates every mechanism, features or not.
            missing_feature: (!cfg!(any(feature = "tokio", test))).then_some("tokio"),
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.kind.table())
    }

    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String> {
        lock::op_hint(self.kind, op, owner)
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.kind.table(), call.op)?;
        let x = &f.base;
        let guard_ops = match self.kind {
            LockKind::Mutex => format!("`lock_{x}`"),
            LockKind::RwLock => format!("`read_{x}` or `write_{x}`"),
        };
        let note = "; the guard may be held across an `.await`";
        // `get_mut` takes no lock, and is a plain `fn`.
        Some(lock::accessor(
            self,
            cx,
            f,
            call,
            op,
            note,
            |gen, how, closure| match how {
                Some(how) => MethodGen {
                    asyncness: true,
                    awaiting: Some(awaiting(f, how, closure, &guard_ops)),
                    ..gen
                },
                None => gen,
            },
        ))
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        let (x, ty) = (&f.base, diag::with_article(&f.display_ty));
        match self.kind {
            LockKind::Mutex => format!(
                "`{x}` is {ty} (tokio, which never poisons): every access awaits its lock, so one task at a time reads or changes it; waiting suspends the task and never blocks the thread."
            ),
            LockKind::RwLock => format!(
                "`{x}` is {ty} (tokio, which never poisons): reads share its read lock, changes take its write lock exclusively; waiting suspends the task and never blocks the thread."
            ),
        }
    }
}
