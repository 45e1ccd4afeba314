//! `#[cell]` on `Cell<T>`: copy-in/copy-out; never panics; never hands out a reference.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Type;

use super::{
    access, bounded, find, get_mut, ops_of, value_param, via_trait, Checked, OpSet, Recognised, Row,
};
use crate::diag;
use crate::grammar::{Mode, Op};
use crate::model::{Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported};
use crate::syntax::{self, Bound};

pub(crate) const ROW: Row = Row {
    mode: Mode::Cell,
    called: "`Cell`",
    expects: "a `Cell<T>` field",
    wrap: |shown| format!("make it `Cell<{shown}>`"),
    names: |name| name == "Cell",
    misspelled: |name| {
        format!("`{name}` takes its value type as one type argument, as `{name}<T>`")
    },
    recognise,
    alias: |kind| {
        kind.is_none()
            .then(|| Box::new(CellField) as Box<dyn Mechanism>)
    },
    asynchronous: None,
    ops: || OPS.iter().map(|(op, _)| op.op()).collect(),
    examples: &["#[cell] x: ::core::cell::Cell<u8>"],
};

#[derive(Clone, Copy, PartialEq)]
enum CellOp {
    Get,
    Set,
    Replace,
    Update,
    Take,
    TryUpdate,
    GetMut,
}

impl OpSet for CellOp {
    fn op(self) -> Op {
        match self {
            CellOp::Get => Op::Get,
            CellOp::Set => Op::Set,
            CellOp::Replace => Op::Replace,
            CellOp::Update => Op::Update,
            CellOp::Take => Op::Take,
            CellOp::TryUpdate => Op::TryUpdate,
            CellOp::GetMut => Op::GetMut,
        }
    }
}

const OPS: &[(CellOp, bool)] = &[
    (CellOp::Get, true),
    (CellOp::Set, true),
    (CellOp::Replace, true),
    (CellOp::Update, true),
    (CellOp::Take, false),
    (CellOp::TryUpdate, false),
    (CellOp::GetMut, false),
];

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let value = syntax::type_arg_of(inner, "Cell")?;
    Some(Recognised::written(Box::new(CellField), value))
}

struct CellField;

impl CellField {
    /// `&Cell<T>`.
    fn cell(cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream {
        if f.reach.alias {
            let member = &f.member;
            let cell = via_trait(cx.krate, f.ty(), "CellField", &quote!(cell));
            quote!(#cell(&self.#member))
        } else {
            access(f)
        }
    }
}

impl Mechanism for CellField {
    fn facts(&self) -> Facts {
        Facts {
            noun: "Cell",
            a_noun: diag::with_article("Cell"),
            reported: Reported::Variant("Cell"),
            thread_safe: None,
            not_thread_safe: None,
            alias_trait: "CellField",
            alias_hides: String::new(),
            kind: None,
            takes_ordering: false,
            takes_poison: false,
            no_into: None,
            weak: false,
            missing_feature: None,
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(OPS)
    }

    fn missing_op_hint(&self, _: Op, _: Option<&str>) -> Option<String> {
        None
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(OPS, call.op)?;
        let rf = &f.value.referent;
        let v = &f.value.tokens;
        let c = Self::cell(cx, f);
        let x = &f.base;
        Some(match op {
            CellOp::Get => {
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Get,
                    Bound::Copy,
                    quote!(::core::cell::Cell::get(#c)),
                    Checked::CellGet(c.clone()),
                );
                MethodGen {
                    ret: quote!(-> #v),
                    where_,
                    body,
                    summary: format!("Returns a copy of the value of `{x}`."),
                    must_use: MustUse::Plain,
                    ..MethodGen::default()
                }
            }
            CellOp::Set => {
                let (args, value) = value_param(f, call);
                MethodGen {
                    args,
                    body: quote!(::core::cell::Cell::set(#c, #value)),
                    summary: format!("Stores `value` in `{x}`, dropping the previous value."),
                    ..MethodGen::default()
                }
            }
            CellOp::Replace => {
                let (args, value) = value_param(f, call);
                MethodGen {
                    args,
                    ret: quote!(-> #v),
                    body: quote!(::core::cell::Cell::replace(#c, #value)),
                    summary: format!("Stores `value` in `{x}` and returns the previous value."),
                    ..MethodGen::default()
                }
            }
            CellOp::Update => {
                let new = syn::Ident::new("new", Span::mixed_site());
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Update,
                    Bound::Copy,
                    quote! {
                        let #new = f(::core::cell::Cell::get(#c));
                        ::core::cell::Cell::set(#c, #new);
                        #new
                    },
                    Checked::CellUpdate(c.clone()),
                );
                MethodGen {
                    args: quote!(f: impl ::core::ops::FnOnce(#v) -> #v),
                    ret: quote!(-> #v),
                    where_,
                    body,
                    summary: format!(
                        "Replaces the value of `{x}` with `f` of it and returns the new value."
                    ),
                    ..MethodGen::default()
                }
            }
            CellOp::Take => {
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Take,
                    Bound::Default,
                    quote!(::core::cell::Cell::take(#c)),
                    Checked::CellTake(c.clone()),
                );
                MethodGen {
                    ret: quote!(-> #v),
                    where_,
                    body,
                    summary: format!(
                        "Takes the value of `{x}`, leaving `Default::default()` in its place."
                    ),
                    ..MethodGen::default()
                }
            }
            CellOp::TryUpdate => {
                let new = syn::Ident::new("new", Span::mixed_site());
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::TryUpdate,
                    Bound::Copy,
                    quote! {
                        match f(::core::cell::Cell::get(#c)) {
                            ::core::option::Option::Some(#new) => {
                                ::core::cell::Cell::set(#c, #new);
                                ::core::option::Option::Some(#new)
                            }
                            ::core::option::Option::None => ::core::option::Option::None,
                        }
                    },
                    Checked::CellTryUpdate(c.clone()),
                );
                MethodGen {
                    args: quote!(f: impl ::core::ops::FnOnce(#v) -> ::core::option::Option<#v>),
                    ret: quote!(-> ::core::option::Option<#v>),
                    where_,
                    body,
                    summary: format!(
                        "Stores what `f` returns for the value of `{x}` and returns it, or leaves `{x}` unchanged and returns `None` when `f` returns `None`."
                    ),
                    ..MethodGen::default()
                }
            }
            CellOp::GetMut => {
                let member = &f.member;
                let unique = if f.reach.alias {
                    let cell_mut = via_trait(cx.krate, f.ty(), "CellMut", &quote!(cell_mut));
                    quote!(#cell_mut(&mut self.#member))
                } else {
                    quote!(&mut self.#member)
                };
                get_mut(
                    f,
                    quote!(-> &mut #rf),
                    quote!(::core::cell::Cell::get_mut(#unique)),
                )
            }
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        format!(
            "`{}` is {}: values are copied in and out, no reference into it is ever handed out, and no access can panic.",
            f.base,
            diag::with_article(&f.display_ty)
        )
    }
}
