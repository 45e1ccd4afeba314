//! `#[sync]` on the std atomics: `AtomicBool` and the integer atomics up to 64 bits.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::{access, find, get_mut, ops_of, value_param, via_trait, OpSet, Recognised, Row};
use crate::diag;
use crate::grammar::{Kind, Mode, Op, Ordering};
use crate::model::{
    Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported, ValueRead,
};
use crate::syntax;

pub(crate) const ROW: Row = Row {
    mode: Mode::Sync,
    called: "atomics",
    expects: "an atomic",
    wrap: |_| "an atomic".to_owned(),
    names: |name| known(name).is_some(),
    misspelled: |name| format!("`{name}` takes no type arguments"),
    recognise,
    alias: |kind| {
        (kind? == Kind::Atomic).then(|| Box::new(Atomic { known: None }) as Box<dyn Mechanism>)
    },
    ops: || INT_OPS.iter().map(|(op, _)| op.op()).collect(),
    examples: &[
        "#[sync] x: ::core::sync::atomic::AtomicU64",
        "#[sync] x: ::core::sync::atomic::AtomicBool",
    ],
};

#[derive(Clone, Copy, PartialEq)]
enum AtomicOp {
    Get,
    Set,
    Replace,
    Update,
    CompareExchange,
    FetchAdd,
    FetchSub,
    FetchMax,
    FetchMin,
    FetchAnd,
    FetchOr,
    FetchXor,
    GetMut,
}

impl OpSet for AtomicOp {
    fn op(self) -> Op {
        match self {
            AtomicOp::Get => Op::Get,
            AtomicOp::Set => Op::Set,
            AtomicOp::Replace => Op::Replace,
            AtomicOp::Update => Op::Update,
            AtomicOp::CompareExchange => Op::CompareExchange,
            AtomicOp::FetchAdd => Op::FetchAdd,
            AtomicOp::FetchSub => Op::FetchSub,
            AtomicOp::FetchMax => Op::FetchMax,
            AtomicOp::FetchMin => Op::FetchMin,
            AtomicOp::FetchAnd => Op::FetchAnd,
            AtomicOp::FetchOr => Op::FetchOr,
            AtomicOp::FetchXor => Op::FetchXor,
            AtomicOp::GetMut => Op::GetMut,
        }
    }
}

const INT_OPS: &[(AtomicOp, bool)] = &[
    (AtomicOp::Get, true),
    (AtomicOp::Set, true),
    (AtomicOp::Replace, true),
    (AtomicOp::Update, true),
    (AtomicOp::CompareExchange, false),
    (AtomicOp::FetchAdd, false),
    (AtomicOp::FetchSub, false),
    (AtomicOp::FetchMax, false),
    (AtomicOp::FetchMin, false),
    (AtomicOp::FetchAnd, false),
    (AtomicOp::FetchOr, false),
    (AtomicOp::FetchXor, false),
    (AtomicOp::GetMut, false),
];

const BOOL_OPS: &[(AtomicOp, bool)] = &[
    (AtomicOp::Get, true),
    (AtomicOp::Set, true),
    (AtomicOp::Replace, true),
    (AtomicOp::Update, true),
    (AtomicOp::CompareExchange, false),
    (AtomicOp::FetchAnd, false),
    (AtomicOp::FetchOr, false),
    (AtomicOp::FetchXor, false),
    (AtomicOp::GetMut, false),
];

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

/// A supported atomic, by name: `AtomicU64`, with value type `u64`.
#[derive(Clone, Copy, PartialEq)]
struct Known {
    name: &'static str,
    value: &'static str,
}

fn known(name: &str) -> Option<Known> {
    ATOMICS
        .into_iter()
        .find(|(atomic, _)| *atomic == name)
        .map(|(name, value)| Known { name, value })
}

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let seg = syntax::last_segment(inner).filter(|seg| seg.arguments.is_none())?;
    let known = known(&seg.ident.to_string())?;
    Some(Recognised {
        mechanism: Box::new(Atomic { known: Some(known) }),
        value: proc_macro2::TokenTree::Ident(Ident::new(known.value, seg.ident.span())).into(),
        read: ValueRead::Primitive,
    })
}

/// A known atomic, or (`None`) an alias with `kind = "atomic"`.
struct Atomic {
    known: Option<Known>,
}

impl Atomic {
    fn table(&self) -> &'static [(AtomicOp, bool)] {
        match self.known {
            Some(known) if known.value == "bool" => BOOL_OPS,
            Some(_) | None => INT_OPS,
        }
    }

    /// `AtomicX::name(&self.x, args)`, or the runtime trait's `atomic_name` for an alias.
    fn call(&self, cx: &Cx<'_>, f: &FieldModel<'_>, name: &str, args: &TokenStream) -> TokenStream {
        if let Some(known) = self.known {
            let atomic = Ident::new(known.name, Span::call_site());
            let name = Ident::new(name, Span::call_site());
            let acc = access(f);
            return quote!(::core::sync::atomic::#atomic::#name(#acc, #args));
        }
        let arithmetic = matches!(name, "fetch_add" | "fetch_sub" | "fetch_max" | "fetch_min");
        let field_trait = if arithmetic {
            "AtomicIntField"
        } else {
            "AtomicField"
        };
        let name = Ident::new(&format!("atomic_{name}"), Span::call_site());
        let path = via_trait(cx.krate, f.ty(), field_trait, &quote!(#name));
        let member = &f.member;
        quote!(#path(&self.#member, #args))
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

impl Mechanism for Atomic {
    fn facts(&self) -> Facts {
        let (noun, a_noun) = match self.known {
            Some(known) => (known.name, diag::with_article(known.name)),
            None => ("atomic", "an atomic".to_owned()),
        };
        Facts {
            noun,
            alias_hides: "wraps an atomic in an `Rc`, which is never thread-safe".to_owned(),
            a_noun,
            reported: Reported::Variant("Atomic"),
            thread_safe: Some("thread-safe: each access is a single atomic operation."),
            not_thread_safe: None,
            alias_trait: "AtomicField",
            kind: Some(Kind::Atomic),
            takes_ordering: true,
            takes_poison: false,
            no_into: None,
            weak: false,
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.table())
    }

    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String> {
        let arithmetic = matches!(
            op,
            Op::FetchAdd | Op::FetchSub | Op::FetchMax | Op::FetchMin
        );
        if arithmetic && self.table() == BOOL_OPS {
            return Some(
                " (`AtomicBool` is not an integer; it has `fetch_and`, `fetch_or` and `fetch_xor`)"
                    .to_owned(),
            );
        }
        owner.map(|owner| {
            format!(
                " (`{}` is an op of {owner}; an atomic is read with `get` and changed with `set`, `update` and the `fetch_` ops)",
                op.name()
            )
        })
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.table(), call.op)?;
        let rf = &f.value.referent;
        let (v, x) = (&f.value.tokens, &f.base);
        let [load, store, rmw, fail] = orderings(f.ordering);
        // Built where used: each is eleven tokens, and most ops need one or two.
        let ord = |name: &str| {
            let name = Ident::new(name, Span::call_site());
            quote!(::core::sync::atomic::Ordering::#name)
        };
        let rmw_doc = |what: &str| format!("Atomic `{what}` with `Ordering::{rmw}`.");
        let fetch = |name: &str, what: &str| {
            let wraps = if matches!(name, "fetch_add" | "fetch_sub") {
                " (wrapping on overflow)"
            } else {
                ""
            };
            MethodGen {
                args: quote!(value: #v),
                ret: quote!(-> #v),
                body: {
                    let o_rmw = ord(rmw);
                    self.call(cx, f, name, &quote!(value, #o_rmw))
                },
                summary: format!(
                    "{what} the value of `{x}`{wraps} and returns the previous value."
                ),
                ordering: Some(rmw_doc(name)),
                ..MethodGen::default()
            }
        };
        Some(match op {
            AtomicOp::Get => MethodGen {
                ret: quote!(-> #v),
                body: self.call(cx, f, "load", &ord(load)),
                summary: format!("Loads the value of `{x}`."),
                ordering: Some(format!("Loads with `Ordering::{load}`.")),
                must_use: MustUse::Plain,
                ..MethodGen::default()
            },
            AtomicOp::Set => MethodGen {
                body: {
                    let (o_store, (_, value)) = (ord(store), value_param(f, call));
                    self.call(cx, f, "store", &quote!(#value, #o_store))
                },
                args: value_param(f, call).0,
                summary: format!("Stores `value` in `{x}`."),
                ordering: Some(format!("Stores with `Ordering::{store}`.")),
                ..MethodGen::default()
            },
            AtomicOp::Replace => MethodGen {
                args: value_param(f, call).0,
                ret: quote!(-> #v),
                body: {
                    let (o_rmw, (_, value)) = (ord(rmw), value_param(f, call));
                    self.call(cx, f, "swap", &quote!(#value, #o_rmw))
                },
                summary: format!("Stores `value` in `{x}` and returns the previous value."),
                ordering: Some(rmw_doc("swap")),
                ..MethodGen::default()
            },
            AtomicOp::Update => {
                let (current, new, actual, func) = (
                    Ident::new("current", Span::mixed_site()),
                    Ident::new("new", Span::mixed_site()),
                    Ident::new("actual", Span::mixed_site()),
                    Ident::new("func", Span::mixed_site()),
                );
                let first = self.call(cx, f, "load", &ord(load));
                let (o_rmw, o_fail) = (ord(rmw), ord(fail));
                let cas = self.call(
                    cx,
                    f,
                    "compare_exchange_weak",
                    &quote!(#current, #new, #o_rmw, #o_fail),
                );
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
            AtomicOp::CompareExchange => MethodGen {
                args: quote!(current: #v, new: #v),
                ret: quote!(-> ::core::result::Result<#v, #v>),
                body: {
                    let (o_rmw, o_fail) = (ord(rmw), ord(fail));
                    self.call(cx, f, "compare_exchange", &quote!(current, new, #o_rmw, #o_fail))
                },
                summary: format!("Stores `new` in `{x}` if its value is `current`."),
                errors: Some(format!("Returns `Err` with the value found if `{x}` did not hold `current`; `Ok` holds the previous value.")),
                ordering: Some(format!("`Ordering::{rmw}` on success and `Ordering::{fail}` on failure.")),
                ..MethodGen::default()
            },
            AtomicOp::FetchAdd => fetch("fetch_add", "Adds `value` to"),
            AtomicOp::FetchSub => fetch("fetch_sub", "Subtracts `value` from"),
            AtomicOp::FetchMax => fetch("fetch_max", "Stores the maximum of `value` and"),
            AtomicOp::FetchMin => fetch("fetch_min", "Stores the minimum of `value` and"),
            AtomicOp::FetchAnd => fetch("fetch_and", "Bitwise-ands `value` into"),
            AtomicOp::FetchOr => fetch("fetch_or", "Bitwise-ors `value` into"),
            AtomicOp::FetchXor => fetch("fetch_xor", "Bitwise-xors `value` into"),
            AtomicOp::GetMut => {
                let member = &f.member;
                let body = match self.known {
                    Some(known) => {
                        let atomic = Ident::new(known.name, Span::call_site());
                        quote!(::core::sync::atomic::#atomic::get_mut(&mut self.#member))
                    }
                    None => {
                        let path = via_trait(cx.krate, f.ty(), "AtomicMut", &quote!(atomic_get_mut));
                        quote!(#path(&mut self.#member))
                    }
                };
                get_mut(f, quote!(-> &mut #rf), body)
            }
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        format!(
            "`{}` is {}: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.",
            f.base,
            diag::with_article(&f.display_ty)
        )
    }
}
