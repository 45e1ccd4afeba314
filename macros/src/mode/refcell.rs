//! `#[refcell]` on `RefCell<T>`: dynamically checked borrows, closure-scoped by default.

use darling::Error;
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::Type;

use super::{
    bounded, misfit, projection, readable, Checked, Cx, MethodGen, Mode, MustUse, Op, OpTable,
};
use crate::model::{Classified, FieldModel, Storage};
use crate::types::Bound;

pub(crate) const OPS: OpTable = OpTable {
    ops: &[
        (Op::With, true),
        (Op::WithMut, true),
        (Op::Set, true),
        (Op::Replace, true),
        (Op::Get, false),
        (Op::Take, false),
        (Op::Borrow, false),
        (Op::BorrowMut, false),
        (Op::TryBorrow, false),
        (Op::TryBorrowMut, false),
    ],
};

const GUARD_MUST_USE: &str =
    "the borrow lasts as long as the guard; a guard that is not used only holds the borrow";

pub(crate) fn classify(krate: &TokenStream, ty: &Type, inner: &Type) -> Result<Classified, Error> {
    if let Some((_, value)) = readable(inner, &["RefCell"]) {
        return Ok(Classified {
            storage: Storage::RefCell { alias: false },
            value: value.to_token_stream(),
            value_written: Some(value.clone()),
        });
    }
    if let Some(err) = misfit(Mode::RefCell, "a `RefCell<T>` field", inner, &["RefCell"]) {
        return Err(err);
    }
    Ok(Classified {
        storage: Storage::RefCell { alias: true },
        value: projection(krate, ty, "RefCellField"),
        value_written: None,
    })
}

/// `&RefCell<T>`.
fn refcell(cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream {
    if f.is_alias() {
        let (krate, ty, member) = (cx.krate, f.ty(), &f.member);
        let refcell = super::via_trait(krate, ty, "RefCellField", &quote!(refcell));
        quote!(#refcell(&self.#member))
    } else {
        f.access()
    }
}

pub(crate) fn method(cx: &Cx<'_>, f: &FieldModel<'_>, op: Op) -> MethodGen {
    let (v, res, x) = (&f.value, cx.result, &f.base);
    let c = refcell(cx, f);
    let borrow = quote!(::core::cell::RefCell::borrow(#c));
    let borrow_mut = quote!(::core::cell::RefCell::borrow_mut(#c));
    let shared_panic = Some(format!(
        "Panics if `{x}` is mutably borrowed: from inside the closure of a mutable accessor of `{x}`, or while a `RefMut` guard of it lives."
    ));
    let unique_panic = Some(format!(
        "Panics if `{x}` is borrowed at all: from inside the closure of another accessor of `{x}`, or while a guard of it lives."
    ));
    match op {
        Op::With => MethodGen {
            generics: quote!(<#res>),
            args: quote!(f: impl ::core::ops::FnOnce(&#v) -> #res),
            ret: quote!(-> #res),
            body: quote!(f(&*#borrow)),
            summary: format!("Calls `f` with a shared borrow of `{x}` and returns its result; the borrow ends when `f` returns."),
            panics: shared_panic,
            ..MethodGen::default()
        },
        Op::WithMut => MethodGen {
            generics: quote!(<#res>),
            args: quote!(f: impl ::core::ops::FnOnce(&mut #v) -> #res),
            ret: quote!(-> #res),
            body: quote!(f(&mut *#borrow_mut)),
            summary: format!("Calls `f` with a mutable borrow of `{x}` and returns its result; the borrow ends when `f` returns."),
            panics: unique_panic,
            ..MethodGen::default()
        },
        Op::Set => MethodGen {
            args: quote!(value: #v),
            body: quote!(::core::mem::drop(::core::cell::RefCell::replace(#c, value));),
            summary: format!("Stores `value` in `{x}`; the previous value is dropped after the borrow ends."),
            panics: unique_panic,
            ..MethodGen::default()
        },
        Op::Replace => MethodGen {
            args: quote!(value: #v),
            ret: quote!(-> #v),
            body: quote!(::core::cell::RefCell::replace(#c, value)),
            summary: format!("Stores `value` in `{x}` and returns the previous value."),
            panics: unique_panic,
            ..MethodGen::default()
        },
        Op::Get => {
            let (body, where_) = bounded(cx, f, op, Bound::Clone, quote!(::core::clone::Clone::clone(&*#borrow)), Checked::Clone(quote!(&*#borrow)));
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
        Op::Take => {
            // Not `RefCell::take`: it is not `#[track_caller]`, so its panic would point into core.
            let (body, where_) = bounded(cx, f, op, Bound::Default, quote!(::core::mem::take(&mut *#borrow_mut)), Checked::Take(quote!(&mut *#borrow_mut)));
            MethodGen {
                ret: quote!(-> #v),
                where_,
                body,
                summary: format!("Takes the value of `{x}`, leaving `Default::default()` in its place."),
                panics: unique_panic,
                ..MethodGen::default()
            }
        }
        Op::Borrow => MethodGen {
            ret: quote!(-> ::core::cell::Ref<'_, #v>),
            body: borrow,
            summary: format!("Borrows `{x}` immutably until the returned guard is dropped."),
            panics: shared_panic,
            must_use: MustUse::Because(GUARD_MUST_USE),
            ..MethodGen::default()
        },
        Op::BorrowMut => MethodGen {
            ret: quote!(-> ::core::cell::RefMut<'_, #v>),
            body: borrow_mut,
            summary: format!("Borrows `{x}` mutably until the returned guard is dropped."),
            panics: unique_panic,
            must_use: MustUse::Because(GUARD_MUST_USE),
            ..MethodGen::default()
        },
        Op::TryBorrow => MethodGen {
            ret: quote!(-> ::core::result::Result<::core::cell::Ref<'_, #v>, ::core::cell::BorrowError>),
            body: quote!(::core::cell::RefCell::try_borrow(#c)),
            summary: format!("Borrows `{x}` immutably until the returned guard is dropped, or fails without panicking."),
            errors: Some(format!("Returns `BorrowError` if `{x}` is mutably borrowed.")),
            must_use: MustUse::Because(GUARD_MUST_USE),
            ..MethodGen::default()
        },
        Op::TryBorrowMut => MethodGen {
            ret: quote!(-> ::core::result::Result<::core::cell::RefMut<'_, #v>, ::core::cell::BorrowMutError>),
            body: quote!(::core::cell::RefCell::try_borrow_mut(#c)),
            summary: format!("Borrows `{x}` mutably until the returned guard is dropped, or fails without panicking."),
            errors: Some(format!("Returns `BorrowMutError` if `{x}` is borrowed at all.")),
            must_use: MustUse::Because(GUARD_MUST_USE),
            ..MethodGen::default()
        },
        _ => MethodGen::default(),
    }
}

pub(crate) fn mechanism(f: &FieldModel<'_>) -> String {
    format!(
        "`{}` is {}: borrows are checked at run time, and a borrow that conflicts with a live one panics. Closure-scoped accessors end their borrow when the closure returns.",
        f.base,
        crate::types::with_article(&f.display_ty())
    )
}
