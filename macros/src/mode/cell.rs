//! `#[cell]` on `Cell<T>`: copy-in/copy-out; never panics; never hands out a reference.

use darling::Error;
use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::Type;

use super::{
    bounded, misfit, projection, readable, Checked, Cx, MethodGen, Mode, MustUse, Op, OpTable,
};
use crate::model::{Classified, FieldModel, Storage};
use crate::types::Bound;

pub(crate) const OPS: OpTable = OpTable {
    ops: &[
        (Op::Get, true),
        (Op::Set, true),
        (Op::Replace, true),
        (Op::Update, true),
        (Op::Take, false),
    ],
};

pub(crate) fn classify(krate: &TokenStream, ty: &Type, inner: &Type) -> Result<Classified, Error> {
    if let Some((_, value)) = readable(inner, &["Cell"]) {
        return Ok(Classified {
            storage: Storage::Cell { alias: false },
            value: value.to_token_stream(),
            value_written: Some(value.clone()),
        });
    }
    if let Some(err) = misfit(Mode::Cell, "a `Cell<T>` field", inner, &["Cell"]) {
        return Err(err);
    }
    Ok(Classified {
        storage: Storage::Cell { alias: true },
        value: projection(krate, ty, "CellField"),
        value_written: None,
    })
}

/// `&Cell<T>`.
fn cell(cx: &Cx<'_>, f: &FieldModel<'_>) -> TokenStream {
    if f.is_alias() {
        let (krate, ty, member) = (cx.krate, f.ty(), &f.member);
        let cell = super::via_trait(krate, ty, "CellField", &quote!(cell));
        quote!(#cell(&self.#member))
    } else {
        f.access()
    }
}

pub(crate) fn method(cx: &Cx<'_>, f: &FieldModel<'_>, op: Op) -> MethodGen {
    let v = &f.value;
    let c = cell(cx, f);
    let x = &f.base;
    let get = || {
        bounded(
            cx,
            f,
            Op::Get,
            Bound::Copy,
            quote!(::core::cell::Cell::get(#c)),
            Checked::CellGet(c.clone()),
        )
    };
    match op {
        Op::Get => {
            let (body, where_) = get();
            MethodGen {
                ret: quote!(-> #v),
                where_,
                body,
                summary: format!("Returns a copy of the value of `{x}`."),
                must_use: MustUse::Plain,
                ..MethodGen::default()
            }
        }
        Op::Set => MethodGen {
            args: quote!(value: #v),
            body: quote!(::core::cell::Cell::set(#c, value)),
            summary: format!("Stores `value` in `{x}`, dropping the previous value."),
            ..MethodGen::default()
        },
        Op::Replace => MethodGen {
            args: quote!(value: #v),
            ret: quote!(-> #v),
            body: quote!(::core::cell::Cell::replace(#c, value)),
            summary: format!("Stores `value` in `{x}` and returns the previous value."),
            ..MethodGen::default()
        },
        Op::Update => {
            let new = syn::Ident::new("new", Span::mixed_site());
            let (body, where_) = bounded(
                cx,
                f,
                op,
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
        Op::Take => {
            let (body, where_) = bounded(
                cx,
                f,
                op,
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
        _ => MethodGen::default(),
    }
}

/// The mechanism sentence of the *Mutation contract* section.
pub(crate) fn mechanism(f: &FieldModel<'_>) -> String {
    format!(
        "`{}` is {}: values are copied in and out, no reference into it is ever handed out, and no access can panic.",
        f.base,
        crate::types::with_article(&f.display_ty())
    )
}
