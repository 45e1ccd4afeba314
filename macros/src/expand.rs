//! Expansion: the inherent impl with every field's methods, the `Interior` impl, and the
//! `thread_safe` assertion. Errors are appended as `compile_error!`s next to the accessors of
//! the fields that did parse, so one mistake does not cascade into "no method named ..." errors.

use darling::Error;
use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::{DeriveInput, GenericParam};

use crate::ast::Input;
use crate::docs;
use crate::mode::{self, Cx, MethodGen, Mode, MustUse};
use crate::model::{self, FieldModel, Model, Storage, ThreadSafety};
use crate::valid;

/// `#[derive(Interior)]` from the struct's tokens to the generated items.
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let mut errors = Vec::new();
    let ast = Input::from_syn(&input, &mut errors);
    let model = model::build(&ast, &mut errors);
    valid::check(&ast, &model, &mut errors);
    let mut out = expand(&model);
    if !errors.is_empty() {
        out.extend(Error::multiple(errors).write_errors());
    }
    out
}

fn expand(model: &Model<'_>) -> TokenStream {
    let krate = &model.krate;
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = model.input.generics.split_for_impl();
    let interior = interior_impl(model);
    if !model.is_struct {
        return interior;
    }
    let result = fresh_result_param(&model.input.generics);
    let cx = Cx {
        krate,
        owner: ident,
        result: &result,
    };
    let owner = ident.to_string();
    let mut methods = Vec::new();
    for f in &model.fields {
        let contract_section = docs::contract_section(&owner, f);
        for m in &f.methods {
            let gen = match f.mode {
                Mode::Cell => mode::cell::method(&cx, f, m.op),
                Mode::RefCell => mode::refcell::method(&cx, f, m.op),
                Mode::Sync => mode::sync::method(&cx, f, m.op),
                Mode::Once => mode::once::method(&cx, f, m.op),
            };
            methods.push(method(f, &m.vis, &m.ident, &gen, &contract_section));
        }
    }
    let table = docs::table(model);
    let assertion = thread_safe_assertion(model);
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
    "value", "f", "current", "new", "old", "guard", "poison", "actual", "func",
];

fn method(
    f: &FieldModel<'_>,
    vis: &syn::Visibility,
    name: &Ident,
    gen: &MethodGen,
    contract_section: &str,
) -> TokenStream {
    let docs = docs::method(f, gen, contract_section);
    let must_use = match gen.must_use {
        MustUse::Because(message) => quote!(#[must_use = #message]),
        MustUse::Plain => quote!(#[must_use]),
        MustUse::No => TokenStream::new(),
    };
    let track_caller = gen.panics.as_ref().map(|_| quote!(#[track_caller]));
    let MethodGen {
        generics,
        args,
        ret,
        where_,
        body,
        ..
    } = gen;
    let where_ = if where_.is_empty() {
        TokenStream::new()
    } else {
        quote!(where #where_)
    };
    let vis = pub_at_call_site(vis);
    quote! {
        #docs
        #[inline]
        #must_use
        #track_caller
        #vis fn #name #generics(&self, #args) #ret #where_ {
            #body
        }
    }
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

fn interior_impl(model: &Model<'_>) -> TokenStream {
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

fn field_contract(krate: &TokenStream, f: &FieldModel<'_>) -> TokenStream {
    let name = &f.name;
    let ty = f.ty();
    let mechanism = match &f.storage {
        Storage::Cell { .. } => quote!(#krate::Mechanism::Cell),
        Storage::RefCell { .. } => quote!(#krate::Mechanism::RefCell),
        Storage::OnceCell => quote!(#krate::Mechanism::OnceCell),
        Storage::OnceLock => quote!(#krate::Mechanism::OnceLock),
        Storage::OnceAlias => quote!(<#ty as #krate::__private::OnceField>::MECHANISM),
        Storage::Mutex(_) => quote!(#krate::Mechanism::Mutex),
        Storage::RwLock(_) => quote!(#krate::Mechanism::RwLock),
        Storage::Atomic(_) => quote!(#krate::Mechanism::Atomic),
    };
    let contract = Ident::new(f.contract.variant(), Span::call_site());
    let thread_safe = match f.thread_safety() {
        ThreadSafety::Yes => quote!(true),
        ThreadSafety::No => quote!(false),
        ThreadSafety::AsTheTypeSays(field_trait) => {
            mode::via_trait(krate, ty, field_trait, &quote!(THREAD_SAFE))
        }
    };
    let methods = f.methods.iter().map(|m| crate::types::unraw(&m.ident));
    quote!(#krate::__private::field(#name, #mechanism, #krate::ContractClass::#contract, &[#(#methods),*], #thread_safe))
}

/// `#[interior(thread_safe)]`: a compile-time check that the struct is `Send + Sync`, with the
/// span of `thread_safe` so that the error points at the promise that failed.
fn thread_safe_assertion(model: &Model<'_>) -> TokenStream {
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
