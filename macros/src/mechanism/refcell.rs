//! `#[refcell]` on `RefCell<T>`: dynamically checked borrows, closure-scoped by default.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Type;

use super::{
    access, bounded, find, get_mut, ops_of, tracked, value_param, via_trait, Checked, OpSet,
    Recognised, Row,
};
use crate::diag;
use crate::grammar::{Mode, Op};
use crate::model::{Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported};
use crate::syntax::{self, Bound};

pub(crate) const ROW: Row = Row {
    mode: Mode::RefCell,
    called: "`RefCell`",
    expects: "a `RefCell<T>` field",
    wrap: |shown| format!("make it `RefCell<{shown}>`"),
    names: |name| name == "RefCell",
    misspelled: |name| {
        format!("`{name}` takes its value type as one type argument, as `{name}<T>`")
    },
    recognise,
    alias: |kind| {
        kind.is_none()
            .then(|| Box::new(RefCellField) as Box<dyn Mechanism>)
    },
    asynchronous: None,
    ops: || OPS.iter().map(|(op, _)| op.op()).collect(),
    examples: &["#[refcell] x: ::core::cell::RefCell<u8>"],
};

#[derive(Clone, Copy, PartialEq)]
enum RefCellOp {
    With,
    WithMut,
    Set,
    Replace,
    Get,
    Take,
    Borrow,
    BorrowMut,
    TryBorrow,
    TryBorrowMut,
    GetMut,
}

impl OpSet for RefCellOp {
    fn op(self) -> Op {
        match self {
            RefCellOp::With => Op::With,
            RefCellOp::WithMut => Op::WithMut,
            RefCellOp::Set => Op::Set,
            RefCellOp::Replace => Op::Replace,
            RefCellOp::Get => Op::Get,
            RefCellOp::Take => Op::Take,
            RefCellOp::Borrow => Op::Borrow,
            RefCellOp::BorrowMut => Op::BorrowMut,
            RefCellOp::TryBorrow => Op::TryBorrow,
            RefCellOp::TryBorrowMut => Op::TryBorrowMut,
            RefCellOp::GetMut => Op::GetMut,
        }
    }
}

const OPS: &[(RefCellOp, bool)] = &[
    (RefCellOp::With, true),
    (RefCellOp::WithMut, true),
    (RefCellOp::Set, true),
    (RefCellOp::Replace, true),
    (RefCellOp::Get, false),
    (RefCellOp::Take, false),
    (RefCellOp::Borrow, false),
    (RefCellOp::BorrowMut, false),
    (RefCellOp::TryBorrow, false),
    (RefCellOp::TryBorrowMut, false),
    (RefCellOp::GetMut, false),
];

const GUARD_MUST_USE: &str =
    "the borrow lasts as long as the guard; a guard that is not used only holds the borrow";

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let value = syntax::type_arg_of(inner, "RefCell")?;
    Some(Recognised::written(Box::new(RefCellField), value))
}

struct RefCellField;

impl RefCellField {
    /// `&RefCell<T>`.
    fn refcell(cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream {
        if f.reach.alias {
            let member = &f.member;
            let refcell = via_trait(cx.krate, f.ty(), "RefCellField", &quote!(refcell));
            quote!(#refcell(&self.#member))
        } else {
            access(f)
        }
    }
}

impl Mechanism for RefCellField {
    fn facts(&self) -> Facts {
        Facts {
            noun: "RefCell",
            a_noun: diag::with_article("RefCell"),
            reported: Reported::Variant("RefCell"),
            thread_safe: None,
            not_thread_safe: None,
            alias_trait: "RefCellField",
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
        let (v, res, x) = (&f.value.tokens, cx.result, &f.base);
        let c = Self::refcell(cx, f);
        let borrow = quote!(::core::cell::RefCell::borrow(#c));
        let borrow_mut = quote!(::core::cell::RefCell::borrow_mut(#c));
        let shared_panic = Some(format!(
            "Panics if `{x}` is mutably borrowed: from inside the closure of a mutable accessor of `{x}`, or while a `RefMut` guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from."
        ));
        let unique_panic = Some(format!(
            "Panics if `{x}` is borrowed at all: from inside the closure of another accessor of `{x}`, or while a guard of it lives. In debug builds the message names the accessor that holds the borrow and the line it was called from."
        ));
        // In debug builds: the accessor's borrow, checked against the live ones of this thread
        // (and held while it runs, or only checked for a guard it returns).
        let (shared, exclusive) = (false, true);
        let (holds, checks) = (true, false);
        let track =
            |exclusive: bool, holds: bool| Some(tracked(cx, f, call, &c, false, exclusive, holds));
        let gen = Some(match op {
            RefCellOp::With => MethodGen {
                generics: quote!(<#res>),
                args: quote!(f: impl ::core::ops::FnOnce(&#rf) -> #res),
                ret: quote!(-> #res),
                body: quote!(f(&*#borrow)),
                summary: format!("Calls `f` with a shared borrow of `{x}` and returns its result; the borrow ends when `f` returns."),
                panics: shared_panic,
                ..MethodGen::default()
            },
            RefCellOp::WithMut => MethodGen {
                generics: quote!(<#res>),
                args: quote!(f: impl ::core::ops::FnOnce(&mut #rf) -> #res),
                ret: quote!(-> #res),
                body: quote!(f(&mut *#borrow_mut)),
                summary: format!("Calls `f` with a mutable borrow of `{x}` and returns its result; the borrow ends when `f` returns."),
                panics: unique_panic,
                ..MethodGen::default()
            },
            RefCellOp::Set => {
                let (args, value) = value_param(f, call);
                MethodGen {
                    args,
                    body: quote!(::core::mem::drop(::core::cell::RefCell::replace(#c, #value));),
                    summary: format!("Stores `value` in `{x}`; the previous value is dropped after the borrow ends."),
                    panics: unique_panic,
                    ..MethodGen::default()
                }
            }
            RefCellOp::Replace => {
                let (args, value) = value_param(f, call);
                MethodGen {
                    args,
                    ret: quote!(-> #v),
                    body: quote!(::core::cell::RefCell::replace(#c, #value)),
                    summary: format!("Stores `value` in `{x}` and returns the previous value."),
                    panics: unique_panic,
                    ..MethodGen::default()
                }
            }
            RefCellOp::Get => {
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Get,
                    Bound::Clone,
                    quote!(::core::clone::Clone::clone(&*#borrow)),
                    Checked::Clone(quote!(&*#borrow)),
                );
                MethodGen {
                    ret: quote!(-> #v),
                    where_,
                    body,
                    summary: format!("Returns a clone of the value of `{x}`."),
                    panics: shared_panic,
                    must_use: MustUse::Plain,
                    ..MethodGen::default()
                }
            }
            RefCellOp::Take => {
                // Not `RefCell::take`: it is not `#[track_caller]`, so its panic would point into core.
                let (body, where_) = bounded(
                    cx,
                    f,
                    Op::Take,
                    Bound::Default,
                    quote!(::core::mem::take(&mut *#borrow_mut)),
                    Checked::Take(quote!(&mut *#borrow_mut)),
                );
                MethodGen {
                    ret: quote!(-> #v),
                    where_,
                    body,
                    summary: format!("Takes the value of `{x}`, leaving `Default::default()` in its place."),
                    panics: unique_panic,
                    ..MethodGen::default()
                }
            }
            RefCellOp::Borrow => MethodGen {
                ret: quote!(-> ::core::cell::Ref<'_, #v>),
                body: borrow,
                summary: format!("Borrows `{x}` immutably until the returned guard is dropped."),
                panics: shared_panic,
                must_use: MustUse::Because(GUARD_MUST_USE),
                ..MethodGen::default()
            },
            RefCellOp::BorrowMut => MethodGen {
                ret: quote!(-> ::core::cell::RefMut<'_, #v>),
                body: borrow_mut,
                summary: format!("Borrows `{x}` mutably until the returned guard is dropped."),
                panics: unique_panic,
                must_use: MustUse::Because(GUARD_MUST_USE),
                ..MethodGen::default()
            },
            RefCellOp::TryBorrow => MethodGen {
                ret: quote!(-> ::core::result::Result<::core::cell::Ref<'_, #v>, ::core::cell::BorrowError>),
                body: quote!(::core::cell::RefCell::try_borrow(#c)),
                summary: format!("Borrows `{x}` immutably until the returned guard is dropped, or fails without panicking."),
                errors: Some(format!("Returns `BorrowError` if `{x}` is mutably borrowed.")),
                must_use: MustUse::Because(GUARD_MUST_USE),
                ..MethodGen::default()
            },
            RefCellOp::TryBorrowMut => MethodGen {
                ret: quote!(-> ::core::result::Result<::core::cell::RefMut<'_, #v>, ::core::cell::BorrowMutError>),
                body: quote!(::core::cell::RefCell::try_borrow_mut(#c)),
                summary: format!("Borrows `{x}` mutably until the returned guard is dropped, or fails without panicking."),
                errors: Some(format!("Returns `BorrowMutError` if `{x}` is borrowed at all.")),
                must_use: MustUse::Because(GUARD_MUST_USE),
                ..MethodGen::default()
            },
            RefCellOp::GetMut => {
                let member = &f.member;
                let refcell = if f.reach.alias {
                    let refcell_mut = via_trait(cx.krate, f.ty(), "RefCellMut", &quote!(refcell_mut));
                    quote!(#refcell_mut(&mut self.#member))
                } else {
                    quote!(&mut self.#member)
                };
                get_mut(f, quote!(-> &mut #rf), quote!(::core::cell::RefCell::get_mut(#refcell)))
            }
        });
        gen.map(|gen| MethodGen {
            tracked: match op {
                RefCellOp::With | RefCellOp::Get => track(shared, holds),
                RefCellOp::WithMut | RefCellOp::Set | RefCellOp::Replace | RefCellOp::Take => {
                    track(exclusive, holds)
                }
                RefCellOp::Borrow => track(shared, checks),
                RefCellOp::BorrowMut => track(exclusive, checks),
                RefCellOp::TryBorrow | RefCellOp::TryBorrowMut | RefCellOp::GetMut => None,
            },
            ..gen
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        format!(
            "`{}` is {}: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.",
            f.base,
            diag::with_article(&f.display_ty)
        )
    }
}
