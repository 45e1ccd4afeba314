//! `#[once]` on `OnceCell<T>` (core) and `OnceLock<T>` (std): written at most once.

use darling::Error;
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::Type;

use super::{misfit, projection, readable, Cx, MethodGen, Mode, MustUse, Op, OpTable};
use crate::model::{Classified, FieldModel, Storage};

pub(crate) const OPS: OpTable = OpTable {
    ops: &[(Op::Get, true), (Op::GetOrInit, true), (Op::Set, false)],
};

pub(crate) fn classify(krate: &TokenStream, ty: &Type, inner: &Type) -> Result<Classified, Error> {
    if let Some((seg, value)) = readable(inner, &["OnceCell", "OnceLock"]) {
        let storage = if seg.ident == "OnceCell" {
            Storage::OnceCell
        } else {
            Storage::OnceLock
        };
        return Ok(Classified {
            storage,
            value: value.to_token_stream(),
            value_written: Some(value.clone()),
        });
    }
    if let Some(err) = misfit(
        Mode::Once,
        "a `OnceCell<T>` or `OnceLock<T>` field",
        inner,
        &["OnceCell", "OnceLock"],
    ) {
        return Err(err);
    }
    Ok(Classified {
        storage: Storage::OnceAlias,
        value: projection(krate, ty, "OnceField"),
        value_written: None,
    })
}

pub(crate) fn method(cx: &Cx<'_>, f: &FieldModel<'_>, op: Op) -> MethodGen {
    let (krate, v, x) = (cx.krate, &f.value, &f.base);
    let (ty, member, acc) = (f.ty(), &f.member, f.access());
    let call = |inherent: &str, via_trait: &str, args: TokenStream| {
        let inherent = syn::Ident::new(inherent, proc_macro2::Span::call_site());
        let via_trait = syn::Ident::new(via_trait, proc_macro2::Span::call_site());
        match f.storage {
            Storage::OnceCell => quote!(::core::cell::OnceCell::#inherent(#acc #args)),
            Storage::OnceLock => quote!(#krate::__private::OnceLock::#inherent(#acc #args)),
            _ => {
                let path = super::via_trait(krate, ty, "OnceField", &quote!(#via_trait));
                quote!(#path(&self.#member #args))
            }
        }
    };
    match op {
        Op::Get => MethodGen {
            ret: quote!(-> ::core::option::Option<&#v>),
            body: call("get", "once_get", TokenStream::new()),
            summary: format!("Returns the value of `{x}` if it has been written, or `None`."),
            must_use: MustUse::Plain,
            ..MethodGen::default()
        },
        Op::GetOrInit => {
            let (panics, blocking) = match f.storage {
                Storage::OnceCell => (
                    Some(format!(
                        "Panics if `f` calls `{x}_or_init` again (re-entrant initialization). If `f` panics, the panic propagates and `{x}` stays unwritten."
                    )),
                    None,
                ),
                Storage::OnceLock => (
                    None,
                    Some(format!(
                        "Blocks while another thread runs its initializer of `{x}`; calling `{x}_or_init` from inside `f` deadlocks. If `f` panics, the panic propagates and `{x}` stays unwritten."
                    )),
                ),
                _ => (
                    Some(format!(
                        "Calling `{x}_or_init` from inside `f` panics for a `OnceCell` and deadlocks for a `OnceLock`. If `f` panics, the panic propagates and `{x}` stays unwritten."
                    )),
                    Some("A `OnceLock` blocks while another thread runs its initializer.".to_owned()),
                ),
            };
            MethodGen {
                args: quote!(f: impl ::core::ops::FnOnce() -> #v),
                ret: quote!(-> &#v),
                // `OnceCell::get_or_init` is not `#[track_caller]`: its re-entrance panic would
                // point into core, so a readable `OnceCell` goes through the runtime's helper.
                body: match f.storage {
                    Storage::OnceCell => {
                        quote!(#krate::__private::once_cell_get_or_init(#acc, f))
                    }
                    _ => call("get_or_init", "once_get_or_init", quote!(, f)),
                },
                summary: format!("Returns the value of `{x}`, computing it with `f` and storing it first if it has not been written."),
                panics,
                blocking,
                ..MethodGen::default()
            }
        }
        Op::Set => MethodGen {
            args: quote!(value: #v),
            ret: quote!(-> ::core::result::Result<(), #v>),
            body: call("set", "once_set", quote!(, value)),
            summary: format!("Writes `value` to `{x}` if it has not been written yet."),
            errors: Some(format!(
                "Returns `Err(value)`, giving the value back, if `{x}` was already written."
            )),
            ..MethodGen::default()
        },
        _ => MethodGen::default(),
    }
}

pub(crate) fn mechanism(f: &FieldModel<'_>) -> String {
    format!(
        "`{}` is {}: it is written at most once, and a written value never changes; readers get a shared reference to it.",
        f.base,
        crate::types::with_article(&f.display_ty())
    )
}
