//! Option values, for darling's `#[darling(with = ...)]`: each takes the whole `key = value`
//! item, so that its errors name the option and show the fix, which darling's own messages for
//! a value of the wrong form ("Unexpected literal type `int`") cannot.

use darling::util::{Flag, SpannedValue};
use darling::{Error, FromMeta, Result};
use syn::spanned::Spanned;
use syn::{Expr, Ident, Lit, LitStr, Meta, Path, Visibility};

use crate::diag;
use crate::grammar::Choice;
use crate::idents;
use crate::syntax;

/// The option's name as written.
fn key(meta: &Meta) -> String {
    syntax::path_string(meta.path())
}

/// The string literal of `key = "..."`; errors for a missing value, a list, or a value that is
/// not a string literal.
fn string(meta: &Meta) -> Result<LitStr> {
    let key = key(meta);
    match meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(syn::ExprLit {
                lit: Lit::Str(s), ..
            }) => Ok(s.clone()),
            other => {
                let shown = syntax::tokens_string(other);
                Err(Error::custom(format!(
                    "`{key}` takes a string literal: `{key} = \"{}\"`",
                    shown.trim_matches('"')
                ))
                .with_span(other))
            }
        },
        Meta::Path(path) => {
            Err(Error::custom(format!("`{key}` needs a value: `{key} = \"...\"`")).with_span(path))
        }
        Meta::List(list) => Err(Error::custom(format!(
            "`{key}(...)` is not an option here; only ops take a list, as `get(vis = \"pub\")`"
        ))
        .with_span(&list.path)),
    }
}

/// `vis = "pub"`: a visibility, spanned on the literal; `"private"` is the inherited one.
pub(crate) fn vis(meta: &Meta) -> Result<Option<Visibility>> {
    let lit = string(meta)?;
    let text = lit.value();
    if text.trim() == "private" {
        return Ok(Some(Visibility::Inherited));
    }
    let parsed = syn::parse_str::<Visibility>(&text);
    let restricted_problem = match &parsed {
        Ok(Visibility::Restricted(restricted)) => {
            idents::path_prefix_problem(&restricted.path, true).map(|why| format!("{why}; "))
        }
        Err(_) if text.trim_start().starts_with("pub(in") => Some(String::new()),
        _ => None,
    };
    if let Some(why) = restricted_problem {
        return Err(Error::custom(format!(
            "invalid `vis` \"{text}\": {why}`pub(in path)` takes the plain path of an enclosing module, such as \"pub(in crate::net)\""
        ))
        .with_span(&lit));
    }
    match parsed {
        Ok(vis) if !matches!(vis, Visibility::Inherited) => {
            Ok(Some(syntax::respan(&vis, lit.span())))
        }
        _ => {
            let close =
                diag::did_you_mean(text.trim(), &["pub", "pub(crate)", "pub(super)", "private"]);
            Err(Error::custom(format!(
                "invalid `vis` \"{text}\"{close}; expected \"pub\", \"pub(crate)\", \"pub(super)\", \"pub(in path)\" or \"private\""
            ))
            .with_span(&lit))
        }
    }
}

/// `rename = "hits"`: the identifier (raw for a keyword) with the literal's span, itself spanned
/// on the key.
pub(crate) fn rename(meta: &Meta) -> Result<Option<SpannedValue<Ident>>> {
    let lit = string(meta)?;
    let text = lit.value();
    let bare = text.strip_prefix("r#").unwrap_or(&text);
    match idents::method_ident(bare, lit.span()) {
        Some(ident) => Ok(Some(SpannedValue::new(ident, meta.path().span()))),
        None => {
            let why = if matches!(bare, "self" | "Self" | "super" | "crate" | "_") {
                format!("`{bare}` cannot name a method, not even as a raw identifier")
            } else {
                "expected a Rust identifier such as \"hits\"".to_owned()
            };
            Err(Error::custom(format!("invalid `rename` \"{text}\": {why}")).with_span(&lit))
        }
    }
}

/// One of a few names: `contract`, `ordering`, `poison`, `kind`; spanned on the key.
pub(crate) fn choice<T: Choice>(meta: &Meta) -> Result<Option<SpannedValue<T>>> {
    let lit = string(meta)?;
    let text = lit.value();
    if let Some(value) = T::ALL.iter().find(|c| c.name() == text) {
        return Ok(Some(SpannedValue::new(*value, meta.path().span())));
    }
    let names: Vec<&str> = T::ALL.iter().map(|c| c.name()).collect();
    Err(Error::custom(format!(
        "invalid `{}` \"{text}\"{}; expected {}",
        T::OPTION,
        diag::did_you_mean(&text.to_lowercase(), &names),
        diag::list_quoted(&names)
    ))
    .with_span(&lit))
}

/// `init = "Self::build_index"`: the path of the initializer, spanned on the literal.
pub(crate) fn init(meta: &Meta) -> Result<Option<SpannedValue<syn::ExprPath>>> {
    let lit = string(meta)?;
    match syn::parse_str::<syn::ExprPath>(&lit.value()) {
        Ok(path) => Ok(Some(SpannedValue::new(
            syntax::respan(&path, lit.span()),
            meta.path().span(),
        ))),
        Err(_) => Err(Error::custom(format!(
            "invalid `init` \"{}\": expected the path of a function `fn(&Self) -> T`, such as \"Self::build_index\"",
            lit.value()
        ))
        .with_span(&lit)),
    }
}

/// `introspect = false`: a `bool` literal.
pub(crate) fn boolean(meta: &Meta) -> Result<Option<SpannedValue<bool>>> {
    let key = key(meta);
    match meta {
        Meta::NameValue(nv) => match &nv.value {
            Expr::Lit(syn::ExprLit {
                lit: Lit::Bool(b), ..
            }) => Ok(Some(SpannedValue::new(b.value, meta.path().span()))),
            other => Err(Error::custom(format!(
                "`{key}` takes `true` or `false`: `{key} = false`"
            ))
            .with_span(other)),
        },
        Meta::Path(path) => {
            Err(Error::custom(format!("`{key}` needs a value: `{key} = false`")).with_span(path))
        }
        Meta::List(list) => Err(Error::custom(format!(
            "`{key}(...)` is not an option here; write `{key} = false`"
        ))
        .with_span(&list.path)),
    }
}

/// `crate = "::my_interior"`: a path that can stand before `::__private::…`.
pub(crate) fn krate(meta: &Meta) -> Result<Option<Path>> {
    let lit = string(meta)?;
    let why = match syn::parse_str::<Path>(&lit.value()) {
        Ok(path) => match idents::path_prefix_problem(&path, false) {
            None => return Ok(Some(syntax::respan(&path, lit.span()))),
            Some(why) => format!("{why}; "),
        },
        Err(_) => String::new(),
    };
    Err(Error::custom(format!(
        "invalid `crate` \"{}\": {why}expected the path of the `interior` crate or of a re-export of it, such as \"::my_interior\" or \"crate::deps::interior\"",
        lit.value()
    ))
    .with_span(&lit))
}

/// A flag of an op: `set(into)`.
pub(crate) fn op_flag(meta: &Meta) -> Result<Flag> {
    flag_in(meta, ("set(", ")"), "write it alone, as `set(into)`")
}

const ONLY_OPS_TAKE_A_LIST: &str = "only ops take a list, as `get(vis = \"pub\")`";

/// A flag of a mode attribute: `#[sync(async)]`.
pub(crate) fn field_flag(meta: &Meta) -> Result<Flag> {
    flag_in(meta, ("#[sync(", ")]"), ONLY_OPS_TAKE_A_LIST)
}

/// A flag of `#[interior(...)]`: `thread_safe`, `into`.
pub(crate) fn flag(meta: &Meta) -> Result<Flag> {
    flag_in(meta, ("#[interior(", ")]"), ONLY_OPS_TAKE_A_LIST)
}

/// A flag written alone; the error for a value shows it so, between `open` and `close`, and the
/// one for a list ends with `list_fix`.
fn flag_in(meta: &Meta, (open, close): (&str, &str), list_fix: &str) -> Result<Flag> {
    match meta {
        Meta::Path(_) => Flag::from_meta(meta),
        Meta::NameValue(nv) => {
            let key = key(meta);
            Err(Error::custom(format!(
                "`{key}` takes no value: write `{open}{key}{close}`"
            ))
            .with_span(&nv.value))
        }
        Meta::List(list) => Err(Error::custom(format!(
            "`{}(...)` is not an option here; {list_fix}",
            key(meta)
        ))
        .with_span(&list.path)),
    }
}
