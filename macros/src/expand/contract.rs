//! The contract as code: the `Interior` impl with a `FieldContract` row per field, and the
//! compile-time `Send + Sync` assertion of `#[interior(thread_safe)]`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};

use crate::idents;
use crate::mechanism;
use crate::model::{FieldModel, Model, Reported, ThreadSafety};
use crate::syntax::Tokens;

pub(crate) fn interior_impl(model: &Model<'_>) -> TokenStream {
    let krate = &model.krate;
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = model.input.generics.split_for_impl();
    let fields = model.fields.iter().map(|f| field_contract(krate, f));
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::Interior for #ident #ty_generics #where_clause {
            const FIELDS: &'static [#krate::FieldContract] = &[#(#fields),*];
        }
    }
}

fn field_contract(krate: &Tokens, f: &FieldModel<'_>) -> TokenStream {
    let name = &f.name;
    let ty = f.ty();
    let mechanism = match f.facts.reported {
        Reported::Variant(variant) => {
            let variant = Ident::new(variant, Span::call_site());
            quote!(#krate::Mechanism::#variant)
        }
        Reported::ByTheType => {
            mechanism::via_trait(krate, ty, f.facts.alias_trait, &quote!(MECHANISM))
        }
    };
    let contract = Ident::new(f.contract.variant(), Span::call_site());
    let thread_safe = match f.thread_safety() {
        ThreadSafety::Yes => quote!(true),
        ThreadSafety::No => quote!(false),
        ThreadSafety::AsTheTypeSays => {
            mechanism::via_trait(krate, ty, f.facts.alias_trait, &quote!(THREAD_SAFE))
        }
    };
    let methods = f.methods.iter().map(|m| idents::unraw(&m.ident));
    let weak = f.facts.weak;
    quote!(#krate::__private::field(#name, #mechanism, #krate::ContractClass::#contract, &[#(#methods),*], #thread_safe, #weak))
}

/// `#[interior(thread_safe)]`: a compile-time check that the struct is `Send + Sync`, with the
/// span of `thread_safe` so that the error points at the promise that failed.
pub(crate) fn thread_safe_assertion(model: &Model<'_>) -> TokenStream {
    let Some(span) = model.thread_safe else {
        return TokenStream::new();
    };
    let krate = &model.krate;
    let ident = &model.input.ident;
    let generics = &model.input.generics;
    let assert = quote_spanned!(span=> #krate::__private::assert_thread_safe);
    if generics.params.is_empty() {
        return quote!(const _: () = #assert::<#ident>(););
    }
    // Generic: given parameters that are themselves `Send + Sync`, the struct must be.
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let params = generics.type_params().map(|p| &p.ident);
    let mut predicates: Vec<TokenStream> = where_clause
        .map(|w| w.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    predicates.extend(params.map(|p| quote!(#p: ::core::marker::Send + ::core::marker::Sync)));
    quote! {
        const _: () = {
            #[allow(dead_code, reason = "compiled for its bounds, never called")]
            fn assert_thread_safe #impl_generics() where #(#predicates,)* {
                #assert::<#ident #ty_generics>();
            }
        };
    }
}
