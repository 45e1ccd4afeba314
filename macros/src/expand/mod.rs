//! Expansion: the inherent impl with every field's methods, in a block that shields their
//! bindings, the `Interior` impl and the `thread_safe` assertion.

mod contract;
mod docs;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use syn::GenericParam;

use crate::model::{Cx, FieldModel, MethodGen, Model, MustUse};

pub(crate) fn model(model: &Model<'_>) -> TokenStream {
    let interior = if model.introspect {
        contract::interior_impl(model)
    } else {
        TokenStream::new()
    };
    if !model.is_struct {
        return interior;
    }
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = model.input.generics.split_for_impl();
    let result = fresh_result_param(&model.input.generics);
    let cx = Cx {
        krate: &model.krate,
        owner: ident,
        result: &result,
    };
    let owner = ident.to_string();
    let mut methods = Vec::new();
    for f in &model.fields {
        let field_docs = docs::field(&owner, f, model.introspect);
        for m in &f.methods {
            methods.push(match f.mechanism.method(&cx, f, m) {
                Some(gen) => method(&m.vis, &m.ident, &gen, &field_docs),
                // `resolve` keeps only the ops of the mechanism's table; the registry test
                // generates every one.
                None => internal_error(f, m.op.name()),
            });
        }
    }
    let table = docs::table(model);
    let assertion = contract::thread_safe_assertion(model);
    let inherent = if methods.is_empty() {
        TokenStream::new()
    } else {
        let shields = BINDINGS
            .iter()
            .map(|name| Ident::new(name, Span::call_site()));
        // One `allow` for the block: the shields are never called, leaving an accessor uncalled
        // is the user's choice, and the impl repeats the struct's generics whether or not a
        // lifetime could be elided (`#[automatically_derived]`, which would quiet that, is for
        // trait impls only).
        quote! {
            #[allow(
                dead_code,
                single_use_lifetimes,
                reason = "accessors a user does not call, the shields below, the struct's own generics"
            )]
            const _: () = {
                #(fn #shields() {})*
                #table
                impl #impl_generics #ident #ty_generics #where_clause {
                    #(#methods)*
                }
            };
        }
    };
    quote! {
        #inherent
        #interior
        #assertion
    }
}

/// Every name the generated methods bind: parameters (`value`, `f`, `current`, `new`) and the
/// locals of their bodies. An identifier pattern that resolves to a constant is a constant
/// pattern, whatever its span's hygiene, so a user's `const current: u64` next to the derive would
/// turn `let current = ...` into a refutable match. Functions of these names, declared in the
/// block around the impl, shadow any such constant there, and a pattern that finds a function
/// binds a fresh name as intended.
const BINDINGS: &[&str] = &[
    "value", "f", "current", "new", "old", "actual", "func", "target",
];

fn method(
    vis: &syn::Visibility,
    name: &Ident,
    gen: &MethodGen,
    field_docs: &TokenStream,
) -> TokenStream {
    let docs = docs::method(gen, field_docs);
    let must_use = match gen.must_use {
        MustUse::Because(message) => quote!(#[must_use = #message]),
        MustUse::Plain => quote!(#[must_use]),
        MustUse::No => TokenStream::new(),
    };
    // `#[track_caller]` on an `async fn` is unstable; no async accessor panics. A tracked
    // accessor panics in debug builds, at its caller's line, on a conflicting borrow or lock.
    let track_caller = if gen.panics.is_some() && !gen.asyncness {
        quote!(#[track_caller])
    } else if gen.tracked.is_some() {
        quote!(#[cfg_attr(debug_assertions, track_caller)])
    } else {
        TokenStream::new()
    };
    let held = gen.tracked.as_ref().map(|call| {
        let held = Ident::new("_held", Span::mixed_site());
        quote!(#[cfg(debug_assertions)] let #held = #call;)
    });
    let MethodGen {
        unique,
        asyncness,
        generics,
        args,
        ret,
        where_,
        body,
        ..
    } = gen;
    let receiver = if *unique {
        quote!(&mut self)
    } else {
        quote!(&self)
    };
    let where_ = if where_.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #where_)
    };
    let vis = pub_at_call_site(vis);
    let asyncness = asyncness.then(|| quote!(async));
    quote! {
        #docs
        #[inline]
        #must_use
        #track_caller
        #vis #asyncness fn #name #generics(#receiver, #args) #ret #where_ {
            #held
            #body
        }
    }
}

/// A `compile_error!` for a method the mechanism does not generate: a bug of the derive, said
/// as one rather than a panic.
fn internal_error(f: &FieldModel<'_>, op: &str) -> TokenStream {
    let message = format!(
        "internal error of `#[derive(Interior)]`: the mechanism of field `{}` has no method for op `{op}`; please report it",
        f.name
    );
    quote!(::core::compile_error!(#message);)
}

/// The method's visibility with its `pub` keyword at the derive's call site. A generated method's
/// span starts at that keyword; had it the user's span (the `vis = "..."` literal or the field's
/// own `pub`), a derive used inside the user's `macro_rules!` would make the method the user's own
/// code to clippy, which then ignores the generated docs and reports `missing_errors_doc`. The
/// path of `pub(in path)` keeps the user's span, so a bad path is still reported there.
fn pub_at_call_site(vis: &syn::Visibility) -> syn::Visibility {
    let mut vis = vis.clone();
    match &mut vis {
        syn::Visibility::Public(token) => token.span = Span::call_site(),
        syn::Visibility::Restricted(restricted) => restricted.pub_token.span = Span::call_site(),
        syn::Visibility::Inherited => {}
    }
    vis
}

/// `R`, or `R0`, `R1`, ... when the struct already has a parameter named `R`.
fn fresh_result_param(generics: &syn::Generics) -> Ident {
    let taken = |name: &str| {
        generics.params.iter().any(|p| match p {
            GenericParam::Type(t) => t.ident == name,
            GenericParam::Const(c) => c.ident == name,
            GenericParam::Lifetime(_) => false,
        })
    };
    let mut name = "R".to_owned();
    let mut i = 0;
    while taken(&name) {
        name = format!("R{i}");
        i += 1;
    }
    Ident::new(&name, Span::call_site())
}
