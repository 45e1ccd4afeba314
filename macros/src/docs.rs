//! The generated rustdoc: each method's summary, the field's own docs, the *Mutation contract*
//! section, and *Panics*, *Errors*, *Blocking* and *Ordering*; the impl block's field table.

use proc_macro2::TokenStream;
use quote::quote;

use crate::attr::Contract;
use crate::mode::{self, MethodGen, Mode};
use crate::model::{FieldModel, Model, Storage};
use crate::types::Shared;

/// The doc attributes of one generated method.
pub(crate) fn method(owner: &str, f: &FieldModel<'_>, gen: &MethodGen) -> TokenStream {
    let mut lines = vec![gen.summary.clone()];
    let field_docs: Vec<_> = f
        .original
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .collect();
    let mut out = TokenStream::new();
    push(&mut out, &lines);
    if !field_docs.is_empty() {
        out.extend(quote!(#[doc = ""]));
        out.extend(field_docs.iter().map(|a| quote!(#a)));
    }
    lines.clear();
    lines.push(String::new());
    lines.push("# Mutation contract".to_owned());
    lines.push(String::new());
    lines.push(mechanism(f));
    lines.push(String::new());
    lines.push(contract(owner, f));
    lines.push(String::new());
    lines.push(thread_safety(owner, f));
    for (title, text) in [
        ("Panics", &gen.panics),
        ("Errors", &gen.errors),
        ("Blocking", &gen.blocking),
        ("Ordering", &gen.ordering),
    ] {
        if let Some(text) = text {
            lines.extend([
                String::new(),
                format!("# {title}"),
                String::new(),
                text.clone(),
            ]);
        }
    }
    push(&mut out, &lines);
    out
}

fn push(out: &mut TokenStream, lines: &[String]) {
    for line in lines {
        let line = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        out.extend(quote!(#[doc = #line]));
    }
}

fn mechanism(f: &FieldModel<'_>) -> String {
    let text = match f.mode {
        Mode::Cell => mode::cell::mechanism(f),
        Mode::RefCell => mode::refcell::mechanism(f),
        Mode::Sync => mode::sync::mechanism(f),
        Mode::Once => mode::once::mechanism(f),
    };
    match f.shared {
        Shared::None => text,
        Shared::Rc => {
            format!("{text} The `Rc` shares it with every clone of the handle on this thread.")
        }
        Shared::Arc => {
            format!("{text} The `Arc` shares it with every clone of the handle, across threads.")
        }
    }
}

pub(crate) fn contract_name(contract: Contract) -> &'static str {
    match contract {
        Contract::Bookkeeping => "bookkeeping",
        Contract::Cache => "cache",
        Contract::State => "state",
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
    format!("**Contract: {}** — {promise}", contract_name(f.contract))
}

fn thread_safety(owner: &str, f: &FieldModel<'_>) -> String {
    let text = match f.storage.thread_safe(f.shared) {
        Some(false) if f.shared == Shared::Rc => {
            "not thread-safe: an `Rc` is neither `Send` nor `Sync`, so neither is the struct that holds it.".to_owned()
        }
        Some(false) => format!(
            "not thread-safe: {} is `!Sync`, so a `&{owner}` cannot be shared between threads.",
            crate::types::with_article(f.storage.noun())
        ),
        Some(true) => match f.storage {
            Storage::Atomic(_) => "thread-safe: each access is a single atomic operation.".to_owned(),
            Storage::OnceLock => "thread-safe: concurrent initializers race, one wins, and the others wait for it.".to_owned(),
            _ => "thread-safe: the lock serialises access across threads.".to_owned(),
        },
        None => "thread-safe if the alias is a `OnceLock` (possibly in an `Arc`); a `OnceCell` is `!Sync`.".to_owned(),
    };
    format!("**Thread safety:** {text}")
}

/// The doc of the impl block: a table of the struct's interior fields.
pub(crate) fn table(model: &Model<'_>) -> TokenStream {
    let owner = &model.input.ident;
    let mut lines = vec![
        format!(" Interior-mutable fields of `{owner}`, as `#[derive(Interior)]` generated their accessors:"),
        String::new(),
        " | field | type | contract | thread-safe | methods |".to_owned(),
        " |---|---|---|---|---|".to_owned(),
    ];
    for f in &model.fields {
        let methods: Vec<String> = f.methods.iter().map(|m| format!("`{}`", m.ident)).collect();
        let safe = match f.storage.thread_safe(f.shared) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "if `OnceLock`",
        };
        lines.push(format!(
            " | `{}` | `{}` | {} | {safe} | {} |",
            f.name,
            f.display_ty().replace('|', "\\|"),
            contract_name(f.contract),
            methods.join(", ")
        ));
    }
    quote!(#(#[doc = #lines])*)
}
