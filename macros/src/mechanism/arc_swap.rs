//! `#[sync]` on `arc_swap::ArcSwap<T>` (feature `arc-swap`): read-mostly snapshots that readers
//! load without waiting and writers replace whole.

use quote::quote;
use syn::Type;

use super::{access, find, ops_of, OpSet, Recognised, Row};
use crate::diag;
use crate::grammar::{Mode, Op};
use crate::model::{Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported};
use crate::syntax;

pub(crate) const ROW: Row = Row {
    mode: Mode::Sync,
    called: "`ArcSwap`",
    expects: "an `arc_swap::ArcSwap<T>`",
    wrap: |shown| format!("make it `arc_swap::ArcSwap<{shown}>`"),
    names: |name| name == "ArcSwap",
    misspelled: |_| {
        "`ArcSwap` takes its value type as one type argument, as `ArcSwap<T>`".to_owned()
    },
    recognise,
    alias: |_| None,
    asynchronous: None,
    ops: || OPS.iter().map(|(op, _)| op.op()).collect(),
    examples: &["#[sync] x: ::arc_swap::ArcSwap<u8>"],
};

#[derive(Clone, Copy, PartialEq)]
enum SwapOp {
    Get,
    With,
    Set,
    Replace,
    Update,
}

impl OpSet for SwapOp {
    fn op(self) -> Op {
        match self {
            SwapOp::Get => Op::Get,
            SwapOp::With => Op::With,
            SwapOp::Set => Op::Set,
            SwapOp::Replace => Op::Replace,
            SwapOp::Update => Op::Update,
        }
    }
}

const OPS: &[(SwapOp, bool)] = &[
    (SwapOp::Get, true),
    (SwapOp::With, true),
    (SwapOp::Set, true),
    (SwapOp::Replace, true),
    (SwapOp::Update, true),
];

struct ArcSwap;

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let value = syntax::type_arg_of(inner, "ArcSwap")?;
    Some(Recognised::written(Box::new(ArcSwap), value))
}

impl Mechanism for ArcSwap {
    fn facts(&self) -> Facts {
        Facts {
            noun: "ArcSwap",
            a_noun: "an `ArcSwap`".to_owned(),
            reported: Reported::Variant("ArcSwap"),
            thread_safe: Some(
                "thread-safe: snapshots are swapped atomically, and readers never wait for writers.",
            ),
            not_thread_safe: None,
            alias_trait: "",
            alias_hides: String::new(),
            kind: None,
            takes_ordering: false,
            takes_poison: false,
            no_into: Some("its `set` and `replace` take `impl Into<Arc<T>>` already"),
            weak: false,
            // The registry test (`cfg(test)`) generates every mechanism, features or not.
            missing_feature: (!cfg!(any(feature = "arc-swap", test))).then_some("arc-swap"),
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(OPS)
    }

    fn missing_op_hint(&self, op: Op, _: Option<&str>) -> Option<String> {
        let why = match op {
            Op::GetMut => "a snapshot is shared, so it has no `get_mut`",
            Op::WithMut | Op::Lock | Op::Write | Op::Read | Op::Take => {
                "a snapshot never changes; a new one replaces it with `set`, `replace` or `update`"
            }
            _ => return None,
        };
        Some(format!(" ({why})"))
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(OPS, call.op)?;
        let (krate, v, rf, res, x) = (
            cx.krate,
            &f.value.tokens,
            &f.value.referent,
            cx.result,
            &f.base,
        );
        let acc = access(f);
        let swap = quote!(#krate::__private::ArcSwap::<#v>);
        let arc = quote!(#krate::__private::Arc<#v>);
        let into = quote!(impl ::core::convert::Into<#arc>);
        Some(match op {
            SwapOp::Get => MethodGen {
                ret: quote!(-> #arc),
                body: quote!(#swap::load_full(#acc)),
                summary: format!("Returns the current snapshot of `{x}`; it stays valid, and unchanged, for as long as it is held."),
                must_use: MustUse::Plain,
                ..MethodGen::default()
            },
            SwapOp::With => MethodGen {
                generics: quote!(<#res>),
                args: quote!(f: impl ::core::ops::FnOnce(&#rf) -> #res),
                ret: quote!(-> #res),
                body: quote!(f(&#swap::load(#acc))),
                summary: format!("Calls `f` with the current snapshot of `{x}`, without cloning its `Arc`, and returns its result."),
                ..MethodGen::default()
            },
            SwapOp::Set => MethodGen {
                args: quote!(value: #into),
                body: quote!(#swap::store(#acc, ::core::convert::Into::<#arc>::into(value))),
                summary: format!("Stores `value` (a `T` or an `Arc<T>`) as the new snapshot of `{x}`; readers holding the previous one keep it."),
                ..MethodGen::default()
            },
            SwapOp::Replace => MethodGen {
                args: quote!(value: #into),
                ret: quote!(-> #arc),
                body: quote!(#swap::swap(#acc, ::core::convert::Into::<#arc>::into(value))),
                summary: format!("Stores `value` (a `T` or an `Arc<T>`) as the new snapshot of `{x}` and returns the previous one."),
                ..MethodGen::default()
            },
            SwapOp::Update => MethodGen {
                args: quote!(f: impl ::core::ops::FnMut(&#rf) -> #v),
                ret: quote!(-> #arc),
                body: quote!(#krate::__private::arc_swap_update(#acc, f)),
                summary: format!("Read-copy-update: stores `f` of the current snapshot of `{x}` as the new one, and returns it; `f` runs again if another writer stored a snapshot in between."),
                ..MethodGen::default()
            },
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        format!(
            "`{}` is {}: readers load the current snapshot without waiting, writers replace it whole; no access blocks or panics, and a snapshot stays valid (and unchanged) for as long as a caller holds it.",
            f.base,
            diag::with_article(&f.display_ty)
        )
    }
}
