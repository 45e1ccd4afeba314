//! `#[sync]` on `Mutex<T>`, `RwLock<T>` (std or `parking_lot`) and the std atomics.

use darling::Error;
use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::{Ident, Type};

use super::{
    bounded, misfit, projection, readable, Checked, Cx, MethodGen, Mode, MustUse, Op, OpTable,
};
use crate::attr::{FieldAttr, Kind, Ordering, Poison};
use crate::model::{Classified, FieldModel, KnownAtomic, Lock, Storage};
use crate::types::{self, Bound};

const LOCK_COMMON: [(Op, bool); 6] = [
    (Op::With, true),
    (Op::WithMut, true),
    (Op::Set, true),
    (Op::Replace, true),
    (Op::Get, false),
    (Op::Take, false),
];

pub(crate) const MUTEX_OPS: OpTable = OpTable {
    ops: &[
        LOCK_COMMON[0],
        LOCK_COMMON[1],
        LOCK_COMMON[2],
        LOCK_COMMON[3],
        LOCK_COMMON[4],
        LOCK_COMMON[5],
        (Op::Lock, false),
    ],
};

pub(crate) const RWLOCK_OPS: OpTable = OpTable {
    ops: &[
        LOCK_COMMON[0],
        LOCK_COMMON[1],
        LOCK_COMMON[2],
        LOCK_COMMON[3],
        LOCK_COMMON[4],
        LOCK_COMMON[5],
        (Op::Read, false),
        (Op::Write, false),
    ],
};

pub(crate) const ATOMIC_OPS: OpTable = OpTable {
    ops: &[
        (Op::Get, true),
        (Op::Set, true),
        (Op::Replace, true),
        (Op::Update, true),
        (Op::CompareExchange, false),
        (Op::FetchAdd, false),
        (Op::FetchSub, false),
        (Op::FetchMax, false),
        (Op::FetchMin, false),
        (Op::FetchAnd, false),
        (Op::FetchOr, false),
        (Op::FetchXor, false),
    ],
};

pub(crate) const ATOMIC_BOOL_OPS: OpTable = OpTable {
    ops: &[
        (Op::Get, true),
        (Op::Set, true),
        (Op::Replace, true),
        (Op::Update, true),
        (Op::CompareExchange, false),
        (Op::FetchAnd, false),
        (Op::FetchOr, false),
        (Op::FetchXor, false),
    ],
};

const GUARD_MUST_USE: &str =
    "the lock is held as long as the guard lives; a guard that is not used only holds the lock";

/// The supported atomics and their value types.
const ATOMICS: [(&str, &str); 11] = [
    ("AtomicBool", "bool"),
    ("AtomicI8", "i8"),
    ("AtomicI16", "i16"),
    ("AtomicI32", "i32"),
    ("AtomicI64", "i64"),
    ("AtomicIsize", "isize"),
    ("AtomicU8", "u8"),
    ("AtomicU16", "u16"),
    ("AtomicU32", "u32"),
    ("AtomicU64", "u64"),
    ("AtomicUsize", "usize"),
];

/// A supported atomic named `name`, with its value type: `AtomicU64` → `u64`.
pub(crate) fn known_atomic(name: &str) -> Option<KnownAtomic> {
    ATOMICS
        .into_iter()
        .find(|(atomic, _)| *atomic == name)
        .map(|(name, value)| KnownAtomic { name, value })
}

pub(crate) fn classify(
    attr: &FieldAttr<'_>,
    krate: &TokenStream,
    ty: &Type,
    inner: &Type,
) -> Result<Classified, Error> {
    let kind = attr.kind.as_ref();
    let read = read_type(inner);
    match (read, kind) {
        (Some((storage, value)), kind) => {
            let found = match storage {
                Storage::Mutex(_) => Kind::Mutex,
                Storage::RwLock(_) => Kind::RwLock,
                _ => Kind::Atomic,
            };
            if let Some(kind) = kind.filter(|k| k.value != found) {
                return Err(Error::custom(format!(
                    "`kind` says {}, and the field is {}: remove `kind`, which is only needed for types `#[sync]` cannot read",
                    kind_name(kind.value),
                    storage.a_noun()
                ))
                .with_span(&kind.span));
            }
            let value_written = syn::parse2::<Type>(value.clone()).ok();
            Ok(Classified {
                storage,
                value,
                value_written,
            })
        }
        (None, _) => {
            let own = ["Mutex", "RwLock"];
            if let Some(err) = misfit(
                Mode::Sync,
                "a `Mutex<T>`, an `RwLock<T>` or an atomic",
                inner,
                &own,
            ) {
                return Err(err);
            }
            let Some(kind) = kind else {
                return Err(Error::custom(format!(
                    "`#[sync]` cannot tell what `{}` is: say it with `kind = \"mutex\"`, `kind = \"rwlock\"` or `kind = \"atomic\"`",
                    types::tokens_string(inner)
                ))
                .with_span(inner));
            };
            let (storage, field_trait) = match kind.value {
                Kind::Mutex => (Storage::Mutex(Lock::Trait), "MutexField"),
                Kind::RwLock => (Storage::RwLock(Lock::Trait), "RwLockField"),
                Kind::Atomic => (Storage::Atomic(None), "AtomicField"),
            };
            Ok(Classified {
                storage,
                value: projection(krate, ty, field_trait),
                value_written: None,
            })
        }
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Mutex => "`mutex`",
        Kind::RwLock => "`rwlock`",
        Kind::Atomic => "`atomic`",
    }
}

/// A lock or atomic the macro can read, with its value type.
fn read_type(inner: &Type) -> Option<(Storage, TokenStream)> {
    if let Some((seg, value)) = readable(inner, &["Mutex", "RwLock"]) {
        let path = types::type_path(inner)?;
        let prefix: Vec<String> = path
            .segments
            .iter()
            .rev()
            .skip(1)
            .map(|s| s.ident.to_string())
            .collect();
        let lock = if prefix.iter().any(|s| s == "parking_lot") {
            Lock::ParkingLot
        } else if prefix.iter().any(|s| s == "std" || s == "sync") || !cfg!(feature = "parking_lot")
        {
            Lock::Std
        } else {
            Lock::Trait
        };
        let storage = if seg.ident == "Mutex" {
            Storage::Mutex(lock)
        } else {
            Storage::RwLock(lock)
        };
        return Some((storage, value.to_token_stream()));
    }
    let seg = types::last_segment(inner)?;
    if !seg.arguments.is_none() {
        return None;
    }
    let known = known_atomic(&seg.ident.to_string())?;
    let value_ident = Ident::new(known.value, seg.ident.span());
    Some((
        Storage::Atomic(Some(known)),
        value_ident.into_token_stream(),
    ))
}

/// The expression that locks: `which` is `lock`, `read` or `write`.
fn locked(cx: &Cx<'_>, f: &FieldModel<'_>, lock: Lock, which: &str) -> TokenStream {
    let krate = cx.krate;
    let acc = f.access();
    let method = Ident::new(which, Span::call_site());
    let is_mutex = matches!(f.storage, Storage::Mutex(_));
    let lock_type = Ident::new(if is_mutex { "Mutex" } else { "RwLock" }, Span::call_site());
    let recover = f.poison == Poison::Recover;
    let owner = cx.owner.to_string();
    let field = &f.name;
    match lock {
        Lock::Std => {
            let (guard, poison) = (
                Ident::new("guard", Span::mixed_site()),
                Ident::new("poison", Span::mixed_site()),
            );
            let on_poison = if recover {
                quote!(::core::result::Result::Err(#poison) => #krate::__private::PoisonError::into_inner(#poison))
            } else {
                // Move the guard out and drop it before the cold call: with `Err(_)` the
                // `Result` stays alive across `poisoned`, and LLVM spills it to the stack on
                // the hot path for the unwind cleanup (5 instructions per lock).
                quote!(::core::result::Result::Err(#poison) => {
                    ::core::mem::drop(#poison);
                    #krate::__private::poisoned(#owner, #field)
                })
            };
            quote! {
                match #krate::__private::#lock_type::#method(#acc) {
                    ::core::result::Result::Ok(#guard) => #guard,
                    #on_poison,
                }
            }
        }
        Lock::ParkingLot => quote!(#krate::__private::parking_lot::#lock_type::#method(#acc)),
        Lock::Trait => {
            let (ty, member) = (f.ty(), &f.member);
            let (field_trait, method) = if is_mutex {
                ("MutexField", quote!(lock_field))
            } else if which == "read" {
                ("RwLockField", quote!(read_field))
            } else {
                ("RwLockField", quote!(write_field))
            };
            let path = super::via_trait(krate, ty, field_trait, &method);
            quote!(#path(&self.#member, #recover, #owner, #field))
        }
    }
}

/// The guard type a lock op returns.
fn guard_type(cx: &Cx<'_>, f: &FieldModel<'_>, lock: Lock, which: &str) -> TokenStream {
    let (krate, v) = (cx.krate, &f.value);
    let name = Ident::new(
        match which {
            "lock" => "MutexGuard",
            "read" => "RwLockReadGuard",
            _ => "RwLockWriteGuard",
        },
        Span::call_site(),
    );
    match lock {
        Lock::Std => quote!(#krate::__private::#name<'_, #v>),
        Lock::ParkingLot => quote!(#krate::__private::parking_lot::#name<'_, #v>),
        Lock::Trait => {
            let ty = f.ty();
            let (field_trait, assoc) = match which {
                "lock" => ("MutexField", quote!(Guard)),
                "read" => ("RwLockField", quote!(ReadGuard)),
                _ => ("RwLockField", quote!(WriteGuard)),
            };
            super::via_trait(krate, ty, field_trait, &quote!(#assoc<'_>))
        }
    }
}

pub(crate) fn method(cx: &Cx<'_>, f: &FieldModel<'_>, op: Op) -> MethodGen {
    match &f.storage {
        Storage::Mutex(lock) | Storage::RwLock(lock) => lock_method(cx, f, *lock, op),
        Storage::Atomic(known) => atomic_method(cx, f, known.as_ref(), op),
        _ => MethodGen::default(),
    }
}

fn lock_method(cx: &Cx<'_>, f: &FieldModel<'_>, lock: Lock, op: Op) -> MethodGen {
    let (v, res, x) = (&f.value, cx.result, &f.base);
    let is_mutex = matches!(f.storage, Storage::Mutex(_));
    let (shared, unique) = if is_mutex {
        ("lock", "lock")
    } else {
        ("read", "write")
    };
    let read = locked(cx, f, lock, shared);
    let write = locked(cx, f, lock, unique);
    let can_poison = lock != Lock::ParkingLot && f.poison == Poison::Panic;
    let panics = can_poison.then(|| {
        let which = if lock == Lock::Trait { " (a std lock; `parking_lot` locks never poison)" } else { "" };
        format!(
            "Panics if the lock of `{x}` is poisoned{which}: another thread panicked while holding it. The field's `poison = \"panic\"` policy says so; `poison = \"recover\"` uses the data anyway."
        )
    });
    let takes = |mode: &str| {
        let lock_name = if is_mutex {
            "the lock".to_owned()
        } else {
            format!("the {mode} lock")
        };
        Some(format!(
            "Takes {lock_name} of `{x}`, blocking the current thread until it is available. The lock is not re-entrant: calling another accessor of `{x}` while it is held (from inside the closure, or while a guard lives) deadlocks or panics."
        ))
    };
    let (read_blocking, write_blocking) = (takes("read"), takes("write"));
    let old = Ident::new("old", Span::mixed_site());
    let gen = |args, ret, generics, body, summary: String, blocking: &Option<String>| MethodGen {
        generics,
        args,
        ret,
        body,
        summary,
        panics: panics.clone(),
        blocking: blocking.clone(),
        ..MethodGen::default()
    };
    match op {
        Op::With => gen(
            quote!(f: impl ::core::ops::FnOnce(&#v) -> #res),
            quote!(-> #res),
            quote!(<#res>),
            quote!(f(&*#read)),
            format!("Calls `f` with a shared reference to `{x}` under its {shared} lock and returns its result; the lock is released when `f` returns."),
            &read_blocking,
        ),
        Op::WithMut => gen(
            quote!(f: impl ::core::ops::FnOnce(&mut #v) -> #res),
            quote!(-> #res),
            quote!(<#res>),
            quote!(f(&mut *#write)),
            format!("Calls `f` with a mutable reference to `{x}` under its {unique} lock and returns its result; the lock is released when `f` returns."),
            &write_blocking,
        ),
        Op::Set => gen(
            quote!(value: #v),
            TokenStream::new(),
            TokenStream::new(),
            quote!(let #old = ::core::mem::replace(&mut *#write, value); ::core::mem::drop(#old);),
            format!("Stores `value` in `{x}`; the previous value is dropped after the lock is released."),
            &write_blocking,
        ),
        Op::Replace => gen(
            quote!(value: #v),
            quote!(-> #v),
            TokenStream::new(),
            quote!(::core::mem::replace(&mut *#write, value)),
            format!("Stores `value` in `{x}` and returns the previous value."),
            &write_blocking,
        ),
        Op::Get => {
            let (body, where_) = bounded(cx, f, op, Bound::Clone, quote!(::core::clone::Clone::clone(&*#read)), Checked::Clone(quote!(&*#read)));
            MethodGen {
                where_,
                must_use: MustUse::Plain,
                ..gen(TokenStream::new(), quote!(-> #v), TokenStream::new(), body, format!("Returns a clone of the value of `{x}`, taken under its {shared} lock."), &read_blocking)
            }
        }
        Op::Take => {
            let (body, where_) = bounded(cx, f, op, Bound::Default, quote!(::core::mem::take(&mut *#write)), Checked::Take(quote!(&mut *#write)));
            MethodGen {
                where_,
                ..gen(
                    TokenStream::new(),
                    quote!(-> #v),
                    TokenStream::new(),
                    body,
                    format!("Takes the value of `{x}`, leaving `Default::default()` in its place."),
                    &write_blocking,
                )
            }
        }
        Op::Lock | Op::Read | Op::Write => {
            let which = op.name();
            let guard = guard_type(cx, f, lock, which);
            let body = if which == "read" { read.clone() } else { write.clone() };
            let blocking = if which == "read" { &read_blocking } else { &write_blocking };
            let what = match which {
                "lock" => "Locks",
                "read" => "Read-locks",
                _ => "Write-locks",
            };
            MethodGen {
                must_use: MustUse::Because(GUARD_MUST_USE),
                ..gen(
                    TokenStream::new(),
                    quote!(-> #guard),
                    TokenStream::new(),
                    body,
                    format!("{what} `{x}` until the returned guard is dropped."),
                    blocking,
                )
            }
        }
        _ => MethodGen::default(),
    }
}

/// The orderings of loads, stores, read-modify-writes and failed compare-exchanges.
fn orderings(ordering: Ordering) -> [&'static str; 4] {
    match ordering {
        Ordering::SeqCst => ["SeqCst"; 4],
        Ordering::AcqRel => ["Acquire", "Release", "AcqRel", "Acquire"],
        Ordering::Relaxed => ["Relaxed"; 4],
    }
}

fn atomic_method(
    cx: &Cx<'_>,
    f: &FieldModel<'_>,
    known: Option<&KnownAtomic>,
    op: Op,
) -> MethodGen {
    let (krate, v, x) = (cx.krate, &f.value, &f.base);
    let [load, store, rmw, fail] = orderings(f.ordering);
    let ord = |name: &str| {
        let name = Ident::new(name, Span::call_site());
        quote!(::core::sync::atomic::Ordering::#name)
    };
    let (o_load, o_store, o_rmw, o_fail) = (ord(load), ord(store), ord(rmw), ord(fail));
    // `A::op(&self.x, args)` for a known atomic, the runtime trait's `atomic_op` for an alias
    let call = |name: &str, args: TokenStream| {
        if let Some(known) = known {
            let atomic = Ident::new(known.name, Span::call_site());
            let name = Ident::new(name, Span::call_site());
            let acc = f.access();
            quote!(::core::sync::atomic::#atomic::#name(#acc, #args))
        } else {
            let (ty, member) = (f.ty(), &f.member);
            let int_op = name.starts_with("fetch_")
                && !matches!(name, "fetch_and" | "fetch_or" | "fetch_xor");
            let field_trait = if int_op {
                "AtomicIntField"
            } else {
                "AtomicField"
            };
            let name = Ident::new(&format!("atomic_{name}"), Span::call_site());
            let path = super::via_trait(krate, ty, field_trait, &quote!(#name));
            quote!(#path(&self.#member, #args))
        }
    };
    let rmw_doc = |what: &str| format!("Atomic `{what}` with `Ordering::{rmw}`.");
    match op {
        Op::Get => MethodGen {
            ret: quote!(-> #v),
            body: call("load", quote!(#o_load)),
            summary: format!("Loads the value of `{x}`."),
            ordering: Some(format!("Loads with `Ordering::{load}`.")),
            must_use: MustUse::Plain,
            ..MethodGen::default()
        },
        Op::Set => MethodGen {
            args: quote!(value: #v),
            body: call("store", quote!(value, #o_store)),
            summary: format!("Stores `value` in `{x}`."),
            ordering: Some(format!("Stores with `Ordering::{store}`.")),
            ..MethodGen::default()
        },
        Op::Replace => MethodGen {
            args: quote!(value: #v),
            ret: quote!(-> #v),
            body: call("swap", quote!(value, #o_rmw)),
            summary: format!("Stores `value` in `{x}` and returns the previous value."),
            ordering: Some(rmw_doc("swap")),
            ..MethodGen::default()
        },
        Op::Update => {
            let (current, new, actual, func) = (
                Ident::new("current", Span::mixed_site()),
                Ident::new("new", Span::mixed_site()),
                Ident::new("actual", Span::mixed_site()),
                Ident::new("func", Span::mixed_site()),
            );
            let first = call("load", quote!(#o_load));
            let cas = call("compare_exchange_weak", quote!(#current, #new, #o_rmw, #o_fail));
            MethodGen {
                args: quote!(f: impl ::core::ops::FnMut(#v) -> #v),
                ret: quote!(-> #v),
                body: quote! {
                    let mut #func = f;
                    let mut #current = #first;
                    loop {
                        let #new = #func(#current);
                        match #cas {
                            ::core::result::Result::Ok(_) => return #new,
                            ::core::result::Result::Err(#actual) => #current = #actual,
                        }
                    }
                },
                summary: format!(
                    "Replaces the value of `{x}` with `f` of it in a compare-and-swap loop and returns the new value; `f` runs again whenever another thread changed `{x}` in between."
                ),
                ordering: Some(format!(
                    "Loads with `Ordering::{load}`; each compare-and-swap uses `Ordering::{rmw}` on success and `Ordering::{fail}` on failure."
                )),
                ..MethodGen::default()
            }
        }
        Op::CompareExchange => MethodGen {
            args: quote!(current: #v, new: #v),
            ret: quote!(-> ::core::result::Result<#v, #v>),
            body: call("compare_exchange", quote!(current, new, #o_rmw, #o_fail)),
            summary: format!("Stores `new` in `{x}` if its value is `current`."),
            errors: Some(format!("Returns `Err` with the value found if `{x}` did not hold `current`; `Ok` holds the previous value.")),
            ordering: Some(format!("`Ordering::{rmw}` on success and `Ordering::{fail}` on failure.")),
            ..MethodGen::default()
        },
        Op::FetchAdd | Op::FetchSub | Op::FetchMax | Op::FetchMin | Op::FetchAnd | Op::FetchOr | Op::FetchXor => {
            let what = match op {
                Op::FetchAdd => "Adds `value` to",
                Op::FetchSub => "Subtracts `value` from",
                Op::FetchMax => "Stores the maximum of `value` and",
                Op::FetchMin => "Stores the minimum of `value` and",
                Op::FetchAnd => "Bitwise-ands `value` into",
                Op::FetchOr => "Bitwise-ors `value` into",
                _ => "Bitwise-xors `value` into",
            };
            let wraps = if matches!(op, Op::FetchAdd | Op::FetchSub) { " (wrapping on overflow)" } else { "" };
            MethodGen {
                args: quote!(value: #v),
                ret: quote!(-> #v),
                body: call(op.name(), quote!(value, #o_rmw)),
                summary: format!("{what} the value of `{x}`{wraps} and returns the previous value."),
                ordering: Some(rmw_doc(op.name())),
                ..MethodGen::default()
            }
        }
        _ => MethodGen::default(),
    }
}

pub(crate) fn mechanism(f: &FieldModel<'_>) -> String {
    let (x, ty) = (&f.base, types::with_article(&f.display_ty()));
    match &f.storage {
        Storage::Mutex(lock) => format!(
            "`{x}` is {ty}{}: every access takes its lock, so one thread at a time reads or changes it.",
            lock_origin(*lock)
        ),
        Storage::RwLock(lock) => format!(
            "`{x}` is {ty}{}: reads share its read lock, changes take its write lock exclusively.",
            lock_origin(*lock)
        ),
        _ => format!(
            "`{x}` is {ty}: every access is one atomic operation on the hardware, lock-free, and never panics or blocks."
        ),
    }
}

fn lock_origin(lock: Lock) -> &'static str {
    match lock {
        Lock::Std => " (std)",
        Lock::ParkingLot => " (`parking_lot`, which never poisons)",
        Lock::Trait => "",
    }
}
