//! The generated rustdoc: each method's summary, the field's own docs, the *Mutation contract*
//! section, and *Panics*, *Errors*, *Blocking* and *Ordering*; the impl block's field table.

use std::fmt::Write as _;

use proc_macro2::TokenStream;
use quote::quote;

use crate::diag;
use crate::grammar::{Choice, Contract};
use crate::model::{FieldModel, MethodGen, Model, ThreadSafety};
use crate::syntax::Shared;

/// The docs every method of a field shares, built once per field: the field's own `///` docs
/// and its *Mutation contract* section.
/// `introspect`: the struct has `FIELDS` (no `#[interior(introspect = false)]`), which the
/// thread-safety line of an alias may point to.
pub(crate) fn field(owner: &str, f: &FieldModel<'_>, introspect: bool) -> TokenStream {
    let field_docs: Vec<_> = f
        .original
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .collect();
    // rustdoc trims a fragment's trailing newline: an empty one makes the blank line.
    let separator = (!field_docs.is_empty()).then(|| quote!(#[doc = ""]));
    let contract = format!(
        "\n # Mutation contract\n\n {}\n\n {}\n\n {}",
        mechanism(f),
        contract(owner, f),
        thread_safety(owner, f, introspect)
    );
    quote! {
        #separator
        #(#field_docs)*
        #[doc = #contract]
    }
}

/// The doc attributes of one generated method: its summary, the field's shared docs, and the
/// method's own sections. Few attributes, each a multi-line string: every token crosses the
/// proc-macro bridge, and one per line was most of the expansion.
pub(crate) fn method(gen: &MethodGen, field: &TokenStream) -> TokenStream {
    let summary = format!(" {}", gen.summary);
    let mut sections = String::new();
    for (title, text) in [
        ("Panics", &gen.panics),
        ("Errors", &gen.errors),
        ("Blocking", &gen.blocking),
        ("Awaiting", &gen.awaiting),
        ("Ordering", &gen.ordering),
    ] {
        if let Some(text) = text {
            let _ = write!(sections, "\n # {title}\n\n {text}\n");
        }
    }
    // A fragment's trailing newline is trimmed; the leading one makes the blank line between
    // the contract section and these.
    let sections = (!sections.is_empty()).then(|| {
        let sections = sections.trim_end();
        quote!(#[doc = #sections])
    });
    quote! {
        #[doc = #summary]
        #field
        #sections
    }
}

fn mechanism(f: &FieldModel<'_>) -> String {
    let text = f.mechanism.sentence(f);
    match f.reach.shared {
        Shared::None => text,
        Shared::Rc => {
            format!("{text} The `Rc` shares it with every clone of the handle on this thread.")
        }
        Shared::Arc => {
            format!("{text} The `Arc` shares it with every clone of the handle, across threads.")
        }
    }
}

fn contract(owner: &str, f: &FieldModel<'_>) -> String {
    let x = &f.base;
    let promise = match f.contract {
        Contract::Bookkeeping => format!(
            "hidden logical bookkeeping (counters, statistics): a change to `{x}` does not change what a `{owner}` means to its users."
        ),
        Contract::Cache => format!(
            "a memoized result: `{x}` can be recomputed, and a change to it is invisible to users of a `{owner}` except for speed."
        ),
        Contract::State => format!(
            "externally visible state: callers must expect `{x}` to change between calls, even through a shared `&{owner}`."
        ),
    };
    format!("**Contract: {}** — {promise}", f.contract.name())
}

fn thread_safety(owner: &str, f: &FieldModel<'_>, introspect: bool) -> String {
    let text = match f.thread_safety() {
        ThreadSafety::No if f.facts.not_thread_safe.is_some() => {
            f.facts.not_thread_safe.unwrap_or_default().to_owned()
        }
        ThreadSafety::No if f.reach.shared == Shared::Rc => {
            "not thread-safe: an `Rc` is neither `Send` nor `Sync`, so neither is the struct that holds it.".to_owned()
        }
        ThreadSafety::No => format!(
            "not thread-safe: {} is `!Sync`, so a `&{owner}` cannot be shared between threads.",
            diag::with_article(f.facts.noun)
        ),
        // The mechanism's own sentence: what makes its holder safe to share.
        ThreadSafety::Yes => f.facts.thread_safe.unwrap_or_default().to_owned(),
        ThreadSafety::AsTheTypeSays => {
            let fields = if introspect {
                format!("; `{owner}::FIELDS` reports the type's own answer")
            } else {
                String::new()
            };
            format!(
                "thread-safe if `{ty}` is `Send + Sync`: the derive does not read `{ty}` (an alias, or a type of another crate), so it cannot see whether it {}{fields}.",
                f.facts.alias_hides,
                ty = f.display_ty
            )
        }
    };
    format!("**Thread safety:** {text}")
}

/// The doc of the impl block: a table of the struct's interior fields.
pub(crate) fn table(model: &Model<'_>) -> TokenStream {
    let owner = &model.input.ident;
    let mut lines = vec![
        format!(" Interior-mutable fields of `{owner}`, as `#[derive(Interior)]` generated their accessors:"),
        String::new(),
        " | field | mechanism | contract | thread-safe | methods |".to_owned(),
        " |---|---|---|---|---|".to_owned(),
    ];
    for f in &model.fields {
        let methods: Vec<String> = f.methods.iter().map(|m| format!("`{}`", m.ident)).collect();
        let safe = match f.thread_safety() {
            ThreadSafety::Yes => "yes".to_owned(),
            ThreadSafety::No => "no".to_owned(),
            ThreadSafety::AsTheTypeSays => format!("if `{}: Send + Sync`", f.display_ty),
        };
        lines.push(format!(
            " | `{}` | `{}` | {} | {safe} | {} |",
            f.name,
            f.display_ty.replace('|', "\\|"),
            f.contract.name(),
            methods.join(", ")
        ));
    }
    let table = lines.join("\n");
    quote!(#[doc = #table])
}
