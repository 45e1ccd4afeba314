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
use crate::model::{Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported};
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

impl LockKind {
    /// `Mutex` or `RwLock`: the type's name, which is also its noun.
    pub(super) fn noun(self) -> &'static str {
        match self {
            LockKind::Mutex => "Mutex",
            LockKind::RwLock => "RwLock",
        }
    }

    /// The `kind` option that names it.
    pub(super) fn kind(self) -> Kind {
        match self {
            LockKind::Mutex => Kind::Mutex,
            LockKind::RwLock => Kind::RwLock,
        }
    }

    /// The op table, and which ops are defaults.
    pub(super) fn table(self) -> &'static [(LockOp, bool)] {
        match self {
            LockKind::Mutex => MUTEX_OPS,
            LockKind::RwLock => RWLOCK_OPS,
        }
    }

    /// The shared and the exclusive acquisition.
    pub(super) fn acquisitions(self) -> (Acquire, Acquire) {
        match self {
            LockKind::Mutex => (Acquire::Lock, Acquire::Lock),
            LockKind::RwLock => (Acquire::Read, Acquire::Write),
        }
    }
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
    Some(Recognised::written(Box::new(lock), value))
}

/// `inner` read as a `Mutex<T>` or an `RwLock<T>` of any crate: which, its `T` and its path.
pub(super) fn written(inner: &Type) -> Option<(LockKind, &Type, &syn::Path)> {
    let seg = syntax::last_segment(inner)?;
    let kind = if seg.ident == "Mutex" {
        LockKind::Mutex
    } else if seg.ident == "RwLock" {
        LockKind::RwLock
    } else {
        return None;
    };
    Some((
        kind,
        syntax::single_type_arg(seg)?,
        syntax::type_path(inner)?,
    ))
}

/// `inner` read as std's or `parking_lot`'s `Mutex<T>` or `RwLock<T>` (or another crate's, with
/// the `parking_lot` feature), with `T`.
pub(super) fn read(inner: &Type) -> Option<(Lock, &Type)> {
    let (kind, value, path) = written(inner)?;
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
    let bare = syntax::is_bare(path).then(|| syntax::value_tokens(value));
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

    /// The guard it returns: the name of std's, `parking_lot`'s and tokio's type, and of the
    /// associated type of the alias traits.
    pub(super) fn guard(self) -> (&'static str, &'static str) {
        match self {
            Acquire::Lock => ("MutexGuard", "Guard"),
            Acquire::Read => ("RwLockReadGuard", "ReadGuard"),
            Acquire::Write => ("RwLockWriteGuard", "WriteGuard"),
        }
    }
}

impl Lock {
    /// `Mutex` or `RwLock`, for the path of std's or `parking_lot`'s type.
    fn type_ident(&self) -> Ident {
        Ident::new(self.kind.noun(), Span::call_site())
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
}

/// How the accessors of a lock reach it: std's and `parking_lot`'s blocking locks here, tokio's
/// in `async_lock.rs`. `accessor` builds the methods of both from it.
pub(super) trait Locking {
    fn kind(&self) -> LockKind;
    /// The expression that takes the lock `how` and evaluates to its guard.
    fn locked(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream;
    /// The guard type that `lock_x`, `read_x` or `write_x` returns.
    fn guard_type(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream;
    /// `&mut T` from `&mut self.x`.
    fn unique(&self, cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream;
}

/// The method of `op` on the lock `lock`: its signature, body and summary, the same for every
/// lock. What the docs say of waiting is the caller's: `finish` completes the method, given the
/// acquisition it takes (`None` for `get_mut`, which takes none) and whether it runs a closure
/// under the lock. `guard_note` ends the summary of a guard op.
pub(super) fn accessor(
    lock: &impl Locking,
    cx: &Cx<'_>,
    f: &FieldModel<'_>,
    call: &Method,
    op: LockOp,
    guard_note: &str,
    finish: impl Fn(MethodGen, Option<Acquire>, bool) -> MethodGen,
) -> MethodGen {
    let rf = &f.value.referent;
    let (v, res, x) = (&f.value.tokens, cx.result, &f.base);
    let (shared, unique) = lock.kind().acquisitions();
    let read = lock.locked(cx, f, shared);
    let write = lock.locked(cx, f, unique);
    let gen = |args, ret, body, summary: String, how: Acquire, closure: bool| {
        let gen = MethodGen {
            args,
            ret,
            body,
            summary,
            ..MethodGen::default()
        };
        finish(gen, Some(how), closure)
    };
    let guard = |how: Acquire, body: TokenStream, what: &str| {
        let guard = lock.guard_type(cx, f, how);
        MethodGen {
            must_use: MustUse::Because(GUARD_MUST_USE),
            ..gen(
                TokenStream::new(),
                quote!(-> #guard),
                body,
                format!("{what} `{x}` until the returned guard is dropped{guard_note}."),
                how,
                false,
            )
        }
    };
    let old = Ident::new("old", Span::mixed_site());
    let (shared_name, unique_name) = (shared.noun(), unique.noun());
    match op {
        LockOp::With => MethodGen {
            generics: quote!(<#res>),
            ..gen(
                quote!(f: impl ::core::ops::FnOnce(&#rf) -> #res),
                quote!(-> #res),
                quote!(f(&*#read)),
                format!("Calls `f` with a shared reference to `{x}` under its {shared_name} and returns its result; the lock is released when `f` returns."),
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
                format!("Calls `f` with a mutable reference to `{x}` under its {unique_name} and returns its result; the lock is released when `f` returns."),
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
                    format!("Returns a clone of the value of `{x}`, taken under its {shared_name}."),
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
        LockOp::GetMut => finish(get_mut(f, quote!(-> &mut #rf), lock.unique(cx, f)), None, false),
    }
}

impl Locking for Lock {
    fn kind(&self) -> LockKind {
        self.kind
    }

    /// The expression that takes the lock and evaluates to its guard.
    fn locked(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream {
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

    /// The guard type that `lock_x`, `read_x` or `write_x` returns.
    fn guard_type(&self, cx: &Cx<'_>, f: &FieldModel<'_>, how: Acquire) -> TokenStream {
        let (krate, v) = (cx.krate, &f.value.tokens);
        let (name, assoc) = how.guard();
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
        let noun = self.kind.noun();
        let a_noun = diag::with_article(noun);
        Facts {
            noun,
            alias_hides: format!("wraps {a_noun} in an `Rc`, which is never thread-safe"),
            a_noun,
            reported: Reported::Variant(noun),
            thread_safe: Some("thread-safe: the lock serialises access across threads."),
            not_thread_safe: None,
            alias_trait: self.trait_name(),
            kind: Some(self.kind.kind()),
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
        ops_of(self.kind.table())
    }

    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String> {
        op_hint(self.kind, op, owner)
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.kind.table(), call.op)?;
        let panics = self.poison_panics(f);
        // Std's and `parking_lot`'s locks are tracked in debug builds; a lock of one's own (which
        // may be re-entrant) and an alias are not.
        let tracks = self.through != Through::Trait || self.bare.is_some();
        let in_debug = if tracks { Tracked::Yes } else { Tracked::No };
        let gen = accessor(self, cx, f, call, op, "", |gen, how, _| MethodGen {
            panics: panics.clone(),
            blocking: how.map(|how| blocking(f, how, in_debug)),
            ..gen
        });
        // In debug builds: the lock this accessor takes, checked against the accessors of this
        // thread that hold it (std's and `parking_lot`'s locks; a lock of one's own may be
        // re-entrant, and is not tracked).
        let target = access(f);
        let exclusive_shared = self.kind == LockKind::Mutex;
        let track = |exclusive: bool, holds: bool| {
            tracks.then(|| tracked(cx, f, call, &target, true, exclusive, holds))
        };
        Some(MethodGen {
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
