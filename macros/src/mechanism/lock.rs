//! `#[sync]` on `Mutex<T>` and `RwLock<T>`, std's or `parking_lot`'s: blocking locks, with
//! poisoning for std's.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::{
    access, bare_name_checked, bounded, find, get_mut, ops_of, tracked, value_param, via_trait,
    BareName, Checked, OpSet, Recognised, Row,
};
use crate::diag;
use crate::grammar::{Kind, Mode, Op, Poison};
use crate::model::{
    Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported, ValueRead,
};
use crate::syntax::{self, Bound, Tokens};

pub(crate) const ROW: Row = Row {
    mode: Mode::Sync,
    called: "`Mutex` and `RwLock`",
    expects: if cfg!(feature = "tokio") {
        "a `Mutex<T>`, an `RwLock<T>` (std's, `parking_lot`'s or tokio's)"
    } else {
        "a `Mutex<T>`, an `RwLock<T>`"
    },
    wrap: |shown| format!("make it `Mutex<{shown}>`"),
    names: |name| matches!(name, "Mutex" | "RwLock"),
    misspelled: |name| {
        format!("`{name}` takes its value type as one type argument, as `{name}<T>`")
    },
    recognise,
    alias: |kind| {
        let kind = match kind? {
            Kind::Mutex => LockKind::Mutex,
            Kind::RwLock => LockKind::RwLock,
            Kind::Atomic => return None,
        };
        Some(Box::new(Lock {
            kind,
            through: Through::Trait,
            bare: None,
        }))
    },
    asynchronous: None,
    ops: || LockOp::ALL.iter().map(|op| op.op()).collect(),
    examples: &[
        "#[sync] x: ::std::sync::Mutex<u8>",
        "#[sync] x: ::std::sync::RwLock<u8>",
    ],
};

/// The ops of a lock, std's, `parking_lot`'s or tokio's (`async_lock.rs` shares them).
#[derive(Clone, Copy, PartialEq)]
pub(super) enum LockOp {
    With,
    WithMut,
    Set,
    Replace,
    Get,
    Take,
    Lock,
    Read,
    Write,
    GetMut,
}

impl LockOp {
    pub(super) const ALL: [LockOp; 10] = [
        LockOp::With,
        LockOp::WithMut,
        LockOp::Set,
        LockOp::Replace,
        LockOp::Get,
        LockOp::Take,
        LockOp::Lock,
        LockOp::Read,
        LockOp::Write,
        LockOp::GetMut,
    ];
}

impl OpSet for LockOp {
    fn op(self) -> Op {
        match self {
            LockOp::With => Op::With,
            LockOp::WithMut => Op::WithMut,
            LockOp::Set => Op::Set,
            LockOp::Replace => Op::Replace,
            LockOp::Get => Op::Get,
            LockOp::Take => Op::Take,
            LockOp::Lock => Op::Lock,
            LockOp::Read => Op::Read,
            LockOp::Write => Op::Write,
            LockOp::GetMut => Op::GetMut,
        }
    }
}

pub(super) const MUTEX_OPS: &[(LockOp, bool)] = &[
    (LockOp::With, true),
    (LockOp::WithMut, true),
    (LockOp::Set, true),
    (LockOp::Replace, true),
    (LockOp::Get, false),
    (LockOp::Take, false),
    (LockOp::Lock, false),
    (LockOp::GetMut, false),
];

pub(super) const RWLOCK_OPS: &[(LockOp, bool)] = &[
    (LockOp::With, true),
    (LockOp::WithMut, true),
    (LockOp::Set, true),
    (LockOp::Replace, true),
    (LockOp::Get, false),
    (LockOp::Take, false),
    (LockOp::Read, false),
    (LockOp::Write, false),
    (LockOp::GetMut, false),
];

pub(super) const GUARD_MUST_USE: &str =
    "the lock is held as long as the guard lives; a guard that is not used only holds the lock";

#[derive(Clone, Copy, PartialEq)]
pub(super) enum LockKind {
    Mutex,
    RwLock,
}

/// Whose lock it is, and so how it is called.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Through {
    /// std's, by its path: `Mutex::lock(&self.x)` and the field's `poison` policy.
    Std,
    /// `parking_lot`'s, by its path: it never poisons.
    ParkingLot,
    /// `interior::ext`'s `MutexLike`/`RwLockLike`: an alias or another crate's type, or a bare
    /// `Mutex<T>` with the `parking_lot` feature on (std's or `parking_lot`'s, the trait knows).
    Trait,
}

/// A `Mutex` or an `RwLock`, and whose. `weak.rs` holds its links in one.
#[derive(Clone)]
pub(super) struct Lock {
    pub(super) kind: LockKind,
    through: Through,
    /// Written as a bare `Mutex<T>`, with its `T` (which for a `#[weak]` link is not the
    /// field's value type): a std lock is reached through the runtime's `NamedLock` check, so
    /// that a bare name imported from elsewhere is one error at the field.
    bare: Option<Tokens>,
}

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let (lock, value) = read(inner)?;
    Some(Recognised {
        mechanism: Box::new(lock),
        value: syntax::value_tokens(value),
        read: ValueRead::Written(value),
    })
}

/// `inner` read as a `Mutex<T>` or `RwLock<T>`, with `T`.
pub(super) fn read(inner: &Type) -> Option<(Lock, &Type)> {
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
    // tokio's are `async_lock.rs`'s.
    if prefix().any(|s| s.ident == "tokio") {
        return None;
    }
    let through = if prefix().any(|s| s.ident == "parking_lot") {
        Through::ParkingLot
    } else if prefix().any(|s| s.ident == "std" || s.ident == "sync")
        || !cfg!(feature = "parking_lot")
    {
        Through::Std
    } else {
        Through::Trait
    };
    let bare = (path.segments.len() == 1 && path.leading_colon.is_none())
        .then(|| syntax::value_tokens(value));
    Some((
        Lock {
            kind,
            through,
            bare,
        },
        value,
    ))
}

/// A lock acquisition: a `Mutex`'s lock, or an `RwLock`'s read or write lock.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Acquire {
    Lock,
    Read,
    Write,
}

impl Acquire {
    /// "lock", "read lock" or "write lock": the lock it takes, in a sentence.
    pub(super) fn noun(self) -> &'static str {
        match self {
            Acquire::Lock => "lock",
            Acquire::Read => "read lock",
            Acquire::Write => "write lock",
        }
    }

    pub(super) fn method(self) -> &'static str {
        match self {
            Acquire::Lock => "lock",
            Acquire::Read => "read",
            Acquire::Write => "write",
        }
    }
}

impl Lock {
    /// `Mutex` or `RwLock`, for the path of std's or `parking_lot`'s type.
    fn type_ident(&self) -> Ident {
        let name = match self.kind {
            LockKind::Mutex => "Mutex",
            LockKind::RwLock => "RwLock",
        };
        Ident::new(name, Span::call_site())
    }

    fn trait_name(&self) -> &'static str {
        match self.kind {
            LockKind::Mutex => "ext::MutexLike",
            LockKind::RwLock => "ext::RwLockLike",
        }
    }

    /// `acc`, a reference to a std lock, through the runtime's check of a bare name
    /// (`named_mut` for `&mut`), spanned on the field type where the error is reported.
    fn reached(
        &self,
        cx: &Cx<'_>,
        f: &FieldModel<'_>,
        acc: TokenStream,
        unique: bool,
    ) -> TokenStream {
        let Some(content) = &self.bare else {
            return acc;
        };
        let (krate, lock) = (cx.krate, self.type_ident());
        let expected = quote!(#krate::__private::#lock<#content>);
        bare_name_checked(cx, f, BareName::Lock, &expected, &acc, unique)
    }

    /// The shared and the exclusive acquisition.
    pub(super) fn acquisitions(&self) -> (Acquire, Acquire) {
        match self.kind {
            LockKind::Mutex => (Acquire::Lock, Acquire::Lock),
            LockKind::RwLock => (Acquire::Read, Acquire::Write),
        }
    }

    /// The expression that takes the lock and evaluates to its guard.
    pub(super) fn locked(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream {
        let krate = cx.krate;
        let method = Ident::new(how.method(), Span::call_site());
        let recover = f.poison == Poison::Recover;
        let (owner, field) = (cx.owner.to_string(), &f.name);
        match self.through {
            Through::Std => {
                let (lock, acc) = (self.type_ident(), self.reached(cx, f, access(f), false));
                quote!(#krate::__private::unpoison(#krate::__private::#lock::#method(#acc), #recover, #owner, #field))
            }
            Through::ParkingLot => {
                let (lock, acc) = (self.type_ident(), access(f));
                quote!(#krate::__private::parking_lot::#lock::#method(#acc))
            }
            Through::Trait => {
                let member = &f.member;
                let path = via_trait(krate, f.ty(), self.trait_name(), &quote!(#method));
                quote!(#krate::__private::unpoison_guard(#path(&self.#member), #recover, #owner, #field))
            }
        }
    }

    /// The *Panics* section of an accessor that locks: std locks under `poison = "panic"`.
    pub(super) fn poison_panics(&self, f: &FieldModel<'_>) -> Option<String> {
        let can_poison = self.through != Through::ParkingLot && f.poison == Poison::Panic;
        can_poison.then(|| {
            let which = match (self.through, self.kind) {
                (Through::Trait, LockKind::Mutex) => {
                    " (its `MutexLike::lock` returns `Err`, as a std lock's does; `parking_lot` locks never poison)"
                }
                (Through::Trait, LockKind::RwLock) => {
                    " (its `RwLockLike::read` or `write` returns `Err`, as a std lock's does; `parking_lot` locks never poison)"
                }
                (Through::Std | Through::ParkingLot, _) => "",
            };
            format!(
                "Panics if the lock of `{}` is poisoned{which}: another thread panicked while holding it. The field's `poison = \"panic\"` policy says so; `poison = \"recover\"` uses the data anyway.",
                f.base
            )
        })
    }

    /// `Mutex` or `RwLock`.
    pub(super) fn noun(&self) -> &'static str {
        match self.kind {
            LockKind::Mutex => "Mutex",
            LockKind::RwLock => "RwLock",
        }
    }

    /// `&mut T` from `&mut self.x`, with the poison policy of a std lock.
    fn unique(&self, cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream {
        let (krate, member) = (cx.krate, &f.member);
        let recover = f.poison == Poison::Recover;
        let (owner, field) = (cx.owner.to_string(), &f.name);
        let lock = self.type_ident();
        match self.through {
            Through::Std => {
                let acc = self.reached(cx, f, quote!(&mut self.#member), true);
                quote!(#krate::__private::unpoison(#krate::__private::#lock::get_mut(#acc), #recover, #owner, #field))
            }
            Through::ParkingLot => {
                quote!(#krate::__private::parking_lot::#lock::get_mut(&mut self.#member))
            }
            Through::Trait => {
                let path = via_trait(krate, f.ty(), "LockMut", &quote!(lock_get_mut));
                quote!(#path(&mut self.#member, #recover, #owner, #field))
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
        let name = Ident::new(name, Span::call_site());
        match self.through {
            Through::Std => quote!(#krate::__private::#name<'_, #v>),
            Through::ParkingLot => quote!(#krate::__private::parking_lot::#name<'_, #v>),
            Through::Trait => {
                let assoc = Ident::new(assoc, Span::call_site());
                via_trait(krate, f.ty(), self.trait_name(), &quote!(#assoc<'_>))
            }
        }
    }

    fn table(&self) -> &'static [(LockOp, bool)] {
        match self.kind {
            LockKind::Mutex => MUTEX_OPS,
            LockKind::RwLock => RWLOCK_OPS,
        }
    }
}

/// Why a lock of `kind` has no op `op`: the guards of a `Mutex` and an `RwLock`, or the op of
/// another mechanism of `#[sync]`.
pub(super) fn op_hint(kind: LockKind, op: Op, owner: Option<&str>) -> Option<String> {
    if kind == LockKind::Mutex && matches!(op, Op::Read | Op::Write) {
        return Some(" (a `Mutex` has one lock, whose guard `lock` returns)".to_owned());
    }
    if kind == LockKind::RwLock && op == Op::Lock {
        return Some(
            " (an `RwLock` has a read lock and a write lock, whose guards `read` and `write` return)"
                .to_owned(),
        );
    }
    owner.map(|owner| {
        format!(
            " (`{}` is an op of {owner}; on a lock, change the value with `with_mut`)",
            op.name()
        )
    })
}

/// The *Blocking* section of an accessor that takes the lock `how`, as `tracked` says whether
/// debug builds catch an accessor that would wait for a lock its own thread holds.
pub(super) fn blocking(f: &FieldModel<'_>, how: Acquire, tracked: Tracked) -> String {
    let x = &f.base;
    let lock = how.noun();
    let takes =
        format!("Takes the {lock} of `{x}`, blocking the current thread until it is available.");
    match tracked {
        Tracked::Yes => format!(
            "{takes} The lock is not re-entrant: calling another accessor of `{x}` while it is held (from inside the closure, or while a guard lives) would block forever; in debug builds such an accessor panics instead, naming the accessor that holds the lock and the line it was called from."
        ),
        Tracked::No => format!(
            "{takes} Calling another accessor of `{x}` while it is held (from inside the closure, or while a guard lives) blocks forever unless the lock is re-entrant."
        ),
        Tracked::HeldInside => format!("{takes} The lock is held only inside the call."),
    }
}

/// Whether a lock's accessors are tracked in debug builds, for its *Blocking* section.
#[derive(Clone, Copy)]
pub(super) enum Tracked {
    /// Std's or `parking_lot`'s, whose accessors run code while they hold it.
    Yes,
    /// A lock of one's own or an alias: not tracked.
    No,
    /// `#[weak]` links: no other code runs while the lock is held.
    HeldInside,
}

impl Mechanism for Lock {
    fn facts(&self) -> Facts {
        let noun = self.noun();
        let kind = match self.kind {
            LockKind::Mutex => Kind::Mutex,
            LockKind::RwLock => Kind::RwLock,
        };
        let a_noun = diag::with_article(noun);
        Facts {
            noun,
            alias_hides: format!("wraps {a_noun} in an `Rc`, which is never thread-safe"),
            a_noun,
            reported: Reported::Variant(noun),
            thread_safe: Some("thread-safe: the lock serialises access across threads."),
            not_thread_safe: None,
            alias_trait: self.trait_name(),
            kind: Some(kind),
            takes_ordering: false,
            takes_poison: true,
            no_into: None,
            weak: false,
            // The registry test (`cfg(test)`) generates every mechanism, features or not.
            missing_feature: (self.through == Through::ParkingLot
                && !cfg!(any(feature = "parking_lot", test)))
            .then_some("parking_lot"),
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.table())
    }

    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String> {
        op_hint(self.kind, op, owner)
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.table(), call.op)?;
        let rf = &f.value.referent;
        let (v, res, x) = (&f.value.tokens, cx.result, &f.base);
        let (shared, unique) = self.acquisitions();
        let read = self.locked(cx, f, shared);
        let write = self.locked(cx, f, unique);
        let panics = self.poison_panics(f);
        // Std's and `parking_lot`'s locks are tracked in debug builds; a lock of one's own (which
        // may be re-entrant) and an alias are not.
        let tracks = self.through != Through::Trait || self.bare.is_some();
        let in_debug = if tracks { Tracked::Yes } else { Tracked::No };
        let takes = |how: Acquire| Some(blocking(f, how, in_debug));
        let gen = |args, ret, body, summary: String, how: Acquire| MethodGen {
            args,
            ret,
            body,
            summary,
            panics: panics.clone(),
            blocking: takes(how),
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
                    format!("{what} `{x}` until the returned guard is dropped."),
                    how,
                )
            }
        };
        let old = Ident::new("old", Span::mixed_site());
        let (shared_name, unique_name) = (shared.noun(), unique.noun());
        let gen = Some(match op {
            LockOp::With => MethodGen {
                generics: quote!(<#res>),
                ..gen(
                    quote!(f: impl ::core::ops::FnOnce(&#rf) -> #res),
                    quote!(-> #res),
                    quote!(f(&*#read)),
                    format!("Calls `f` with a shared reference to `{x}` under its {shared_name} and returns its result; the lock is released when `f` returns."),
                    shared,
                )
            },
            LockOp::WithMut => MethodGen {
                generics: quote!(<#res>),
                ..gen(
                    quote!(f: impl ::core::ops::FnOnce(&mut #rf) -> #res),
                    quote!(-> #res),
                    quote!(f(&mut *#write)),
                    format!("Calls `f` with a mutable reference to `{x}` under its {unique_name} and returns its result; the lock is released when `f` returns."),
                    unique,
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
                        format!("Returns a clone of the value of `{x}`, taken under its {shared_name}."),
                        shared,
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
                    )
                }
            }
            LockOp::Lock => guard(Acquire::Lock, write, "Locks"),
            LockOp::Read => guard(Acquire::Read, read, "Read-locks"),
            LockOp::Write => guard(Acquire::Write, write, "Write-locks"),
            LockOp::GetMut => MethodGen {
                panics,
                ..get_mut(f, quote!(-> &mut #rf), self.unique(cx, f))
            },
        });
        // In debug builds: the lock this accessor takes, checked against the accessors of this
        // thread that hold it (std's and `parking_lot`'s locks; a lock of one's own may be
        // re-entrant, and is not tracked).
        let target = access(f);
        let exclusive_shared = self.kind == LockKind::Mutex;
        let track = |exclusive: bool, holds: bool| {
            tracks.then(|| tracked(cx, f, call, &target, true, exclusive, holds))
        };
        gen.map(|gen| MethodGen {
            tracked: match op {
                LockOp::With | LockOp::Get => track(exclusive_shared, true),
                LockOp::WithMut | LockOp::Set | LockOp::Replace | LockOp::Take => track(true, true),
                LockOp::Lock | LockOp::Write => track(true, false),
                LockOp::Read => track(false, false),
                LockOp::GetMut => None,
            },
            ..gen
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        let (x, ty) = (&f.base, diag::with_article(&f.display_ty));
        let origin = match self.through {
            Through::Std => " (std)",
            Through::ParkingLot => " (`parking_lot`, which never poisons)",
            Through::Trait => "",
        };
        match self.kind {
            LockKind::Mutex => format!(
                "`{x}` is {ty}{origin}: every access takes its lock, so one thread at a time reads or changes it."
            ),
            LockKind::RwLock => format!(
                "`{x}` is {ty}{origin}: reads share its read lock, changes take its write lock exclusively."
            ),
        }
    }
}
