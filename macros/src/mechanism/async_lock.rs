//! `#[sync]` on tokio's `Mutex<T>` and `RwLock<T>` (feature `tokio`): `async fn` accessors that
//! wait for the lock without blocking the thread. tokio's locks do not poison.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::lock::{self, Acquire, LockKind, LockOp, GUARD_MUST_USE, MUTEX_OPS, RWLOCK_OPS};
use super::{
    access, bare_name_checked, bounded, find, get_mut, ops_of, value_param, via_trait,
    Asynchronous, BareName, Checked, OpSet, Recognised, Row,
};
use crate::diag;
use crate::grammar::{Kind, Mode, Op};
use crate::model::{
    Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported, ValueRead,
};
use crate::syntax::{self, Bound};

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
    let seg = syntax::last_segment(inner)?;
    let kind = if seg.ident == "Mutex" {
        LockKind::Mutex
    } else if seg.ident == "RwLock" {
        LockKind::RwLock
    } else {
        return None;
    };
    let value = syntax::single_type_arg(seg)?;
    let path = syntax::type_path(inner)?;
    let prefix = || path.segments.iter().rev().skip(1);
    let reach = if prefix().any(|s| s.ident == "tokio") {
        Reach::Path
    } else if any_path && path.segments.len() == 1 && path.leading_colon.is_none() {
        Reach::Bare
    } else {
        return None;
    };
    Some(Recognised {
        mechanism: Box::new(AsyncLock { kind, reach }),
        value: syntax::value_tokens(value),
        read: ValueRead::Written(value),
    })
}

impl AsyncLock {
    fn noun(&self) -> &'static str {
        match self.kind {
            LockKind::Mutex => "Mutex",
            LockKind::RwLock => "RwLock",
        }
    }

    fn table(&self) -> &'static [(LockOp, bool)] {
        match self.kind {
            LockKind::Mutex => MUTEX_OPS,
            LockKind::RwLock => RWLOCK_OPS,
        }
    }

    fn alias_trait(&self) -> &'static str {
        match self.kind {
            LockKind::Mutex => "AsyncMutexField",
            LockKind::RwLock => "AsyncRwLockField",
        }
    }

    /// `__private::tokio::sync::Mutex` or `RwLock`: tokio's type, through the runtime's
    /// re-export of tokio.
    fn tokio_type(&self) -> TokenStream {
        let name = match self.kind {
            LockKind::Mutex => "Mutex",
            LockKind::RwLock => "RwLock",
        };
        let name = Ident::new(name, Span::call_site());
        quote!(tokio::sync::#name)
    }

    fn acquisitions(&self) -> (Acquire, Acquire) {
        match self.kind {
            LockKind::Mutex => (Acquire::Lock, Acquire::Lock),
            LockKind::RwLock => (Acquire::Read, Acquire::Write),
        }
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
        let (name, assoc) = match how {
            Acquire::Lock => ("MutexGuard", "Guard"),
            Acquire::Read => ("RwLockReadGuard", "ReadGuard"),
            Acquire::Write => ("RwLockWriteGuard", "WriteGuard"),
        };
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
        let noun = self.noun();
        let kind = match self.kind {
            LockKind::Mutex => Kind::Mutex,
            LockKind::RwLock => Kind::RwLock,
        };
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
            kind: Some(kind),
            takes_ordering: false,
            takes_poison: false,
            no_into: None,
            weak: false,
            // The registry test (`cfg(test)`) generates every mechanism, features or not.
            missing_feature: (!cfg!(any(feature = "tokio", test))).then_some("tokio"),
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.table())
    }

    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String> {
        lock::op_hint(self.kind, op, owner)
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.table(), call.op)?;
        let rf = &f.value.referent;
        let (v, res, x) = (&f.value.tokens, cx.result, &f.base);
        let (shared, unique) = self.acquisitions();
        let read = self.locked(cx, f, shared);
        let write = self.locked(cx, f, unique);
        let guard_ops = match self.kind {
            LockKind::Mutex => format!("`lock_{x}`"),
            LockKind::RwLock => format!("`read_{x}` or `write_{x}`"),
        };
        let gen = |args, ret, body, summary: String, how: Acquire, closure: bool| MethodGen {
            asyncness: true,
            args,
            ret,
            body,
            summary,
            awaiting: Some(awaiting(f, how, closure, &guard_ops)),
            ..MethodGen::default()
        };
        let guard = |how: Acquire, body: TokenStream, what: &str| {
            let guard = self.guard_type(cx, f, how);
            MethodGen {
                must_use: MustUse::Because(GUARD_MUST_USE),
                ..gen(
                    TokenStream::new(),
                    quote!(-> #guard),
                    body,
                    format!("{what} `{x}` until the returned guard is dropped; the guard may be held across an `.await`."),
                    how,
                    false,
                )
            }
        };
        let old = Ident::new("old", Span::mixed_site());
        Some(match op {
            LockOp::With => MethodGen {
                generics: quote!(<#res>),
                ..gen(
                    quote!(f: impl ::core::ops::FnOnce(&#rf) -> #res),
                    quote!(-> #res),
                    quote!(f(&*#read)),
                    format!("Calls `f` with a shared reference to `{x}` under its {} and returns its result; the lock is released when `f` returns.", shared.noun()),
                    shared,
                    true,
                )
            },
            LockOp::WithMut => MethodGen {
                generics: quote!(<#res>),
                ..gen(
                    quote!(f: impl ::core::ops::FnOnce(&mut #rf) -> #res),
                    quote!(-> #res),
                    quote!(f(&mut *#write)),
                    format!("Calls `f` with a mutable reference to `{x}` under its {} and returns its result; the lock is released when `f` returns.", unique.noun()),
                    unique,
                    true,
                )
            },
            LockOp::Set => {
                let (args, value) = value_param(f, call);
                gen(
                    args,
                    TokenStream::new(),
                    quote!(let #old = ::core::mem::replace(&mut *#write, #value); ::core::mem::drop(#old);),
                    format!("Stores `value` in `{x}`; the previous value is dropped after the lock is released."),
                    unique,
                    false,
                )
            }
            LockOp::Replace => {
                let (args, value) = value_param(f, call);
                gen(
                    args,
                    quote!(-> #v),
                    quote!(::core::mem::replace(&mut *#write, #value)),
                    format!("Stores `value` in `{x}` and returns the previous value."),
                    unique,
                    false,
                )
            }
            LockOp::Get => {
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Get,
                    Bound::Clone,
                    quote!(::core::clone::Clone::clone(&*#read)),
                    Checked::Clone(quote!(&*#read)),
                );
                MethodGen {
                    where_,
                    must_use: MustUse::Plain,
                    ..gen(
                        TokenStream::new(),
                        quote!(-> #v),
                        body,
                        format!("Returns a clone of the value of `{x}`, taken under its {}.", shared.noun()),
                        shared,
                        false,
                    )
                }
            }
            LockOp::Take => {
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Take,
                    Bound::Default,
                    quote!(::core::mem::take(&mut *#write)),
                    Checked::Take(quote!(&mut *#write)),
                );
                MethodGen {
                    where_,
                    ..gen(
                        TokenStream::new(),
                        quote!(-> #v),
                        body,
                        format!("Takes the value of `{x}`, leaving `Default::default()` in its place."),
                        unique,
                        false,
                    )
                }
            }
            LockOp::Lock => guard(Acquire::Lock, write, "Locks"),
            LockOp::Read => guard(Acquire::Read, read, "Read-locks"),
            LockOp::Write => guard(Acquire::Write, write, "Write-locks"),
            LockOp::GetMut => get_mut(f, quote!(-> &mut #rf), self.unique(cx, f)),
        })
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
