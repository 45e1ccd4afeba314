//! Attribute parsing: the struct's `#[interior(...)]` and each field's mode attribute, into
//! option structs whose every value keeps the span of the token that set it.

use darling::ast::NestedMeta;
use darling::Error;
use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, Ident, Lit, LitStr, Meta, Path, Visibility};

use crate::mode::{Mode, Op};

/// A value from an attribute and the span of its key, for errors that point at the option.
#[derive(Clone)]
pub(crate) struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// The mutation contract class.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Contract {
    Bookkeeping,
    Cache,
    State,
}

impl Contract {
    const ALL: [Contract; 3] = [Contract::Bookkeeping, Contract::Cache, Contract::State];

    /// The attribute value and doc spelling: `bookkeeping`, `cache`, `state`.
    pub(crate) fn name(self) -> &'static str {
        self.names().0
    }

    /// The runtime's `ContractClass` variant: `Bookkeeping`, `Cache`, `State`.
    pub(crate) fn variant(self) -> &'static str {
        self.names().1
    }

    fn names(self) -> (&'static str, &'static str) {
        match self {
            Contract::Bookkeeping => ("bookkeeping", "Bookkeeping"),
            Contract::Cache => ("cache", "Cache"),
            Contract::State => ("state", "State"),
        }
    }
}

/// Memory ordering policy of an atomic field.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ordering {
    SeqCst,
    AcqRel,
    Relaxed,
}

/// What a poisoned std lock does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Poison {
    Panic,
    Recover,
}

/// `#[sync(kind = ...)]` for types the macro cannot read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Mutex,
    RwLock,
    Atomic,
}

/// One op named in a mode attribute: `get` or `get(vis = "pub", rename = "load")`.
pub(crate) struct OpRequest {
    pub op: Op,
    pub span: Span,
    pub vis: Option<Visibility>,
    pub rename: Option<Spanned<Ident>>,
}

/// The options of one field's mode attribute.
pub(crate) struct FieldAttr<'a> {
    pub mode: Mode,
    pub attr: &'a Attribute,
    pub ops: Vec<OpRequest>,
    pub vis: Option<Visibility>,
    pub rename: Option<Spanned<Ident>>,
    pub contract: Option<Contract>,
    pub ordering: Option<Spanned<Ordering>>,
    pub poison: Option<Spanned<Poison>>,
    pub kind: Option<Spanned<Kind>>,
}

/// The struct's `#[interior(...)]` options.
#[derive(Default)]
pub(crate) struct StructAttr {
    pub vis: Option<Visibility>,
    pub ordering: Option<Ordering>,
    pub poison: Option<Poison>,
    pub thread_safe: Option<Span>,
    pub krate: Option<Path>,
}

const STRUCT_OPTIONS: &[&str] = &["vis", "ordering", "poison", "thread_safe", "crate"];
const FIELD_OPTIONS: &[&str] = &["vis", "rename", "contract", "ordering", "poison", "kind"];
const OP_OPTIONS: &[&str] = &["vis", "rename"];

/// Parses every `#[interior(...)]` on the struct; errors go to `errors`.
pub(crate) fn struct_attr(attrs: &[Attribute], errors: &mut Vec<Error>) -> StructAttr {
    let mut out = StructAttr::default();
    let mut seen = Seen::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("interior")) {
        let Some(items) = list_items(attr, "interior", errors) else {
            continue;
        };
        for item in items {
            let Some((key, value)) = key_value(&item, errors) else {
                continue;
            };
            let name = key.to_string();
            if !STRUCT_OPTIONS.contains(&name.as_str()) {
                let hint = if Op::from_name(&name).is_some() {
                    format!(
                        "; ops are chosen per field, e.g. `#[cell({name})]`; `#[interior]` takes {}",
                        list(STRUCT_OPTIONS)
                    )
                } else {
                    format!(
                        "{}; `#[interior]` takes {}",
                        did_you_mean(&name, STRUCT_OPTIONS),
                        list(STRUCT_OPTIONS)
                    )
                };
                errors.push(
                    Error::custom(format!("unknown option `{name}` in `#[interior]`{hint}"))
                        .with_span(&key),
                );
                continue;
            }
            if !seen.first(&name, &key, errors) {
                continue;
            }
            match name.as_str() {
                "thread_safe" => {
                    if let Some(value) = value {
                        errors.push(
                            Error::custom(
                                "`thread_safe` takes no value: write `#[interior(thread_safe)]`",
                            )
                            .with_span(&value),
                        );
                    } else {
                        out.thread_safe = Some(key.span());
                    }
                }
                "vis" => {
                    out.vis = string_value(&key, value, errors).and_then(|s| parse_vis(&s, errors));
                }
                "ordering" => {
                    out.ordering =
                        string_value(&key, value, errors).and_then(|s| parse_ordering(&s, errors));
                }
                "poison" => {
                    out.poison =
                        string_value(&key, value, errors).and_then(|s| parse_poison(&s, errors));
                }
                "crate" => {
                    out.krate =
                        string_value(&key, value, errors).and_then(|s| parse_crate(&s, errors));
                }
                _ => unreachable_option(&key, errors),
            }
        }
    }
    out
}

/// Parses one field's mode attribute (`attr` is known to be `#[cell]`, `#[refcell]`, ...).
pub(crate) fn field_attr<'a>(
    mode: Mode,
    attr: &'a Attribute,
    errors: &mut Vec<Error>,
) -> FieldAttr<'a> {
    let mut out = FieldAttr {
        mode,
        attr,
        ops: Vec::new(),
        vis: None,
        rename: None,
        contract: None,
        ordering: None,
        poison: None,
        kind: None,
    };
    let items = match &attr.meta {
        Meta::Path(_) => Vec::new(),
        _ => list_items(attr, mode.name(), errors).unwrap_or_default(),
    };
    let mut seen = Seen::default();
    for item in items {
        // `op(vis = "...", rename = "...")`
        if let NestedMeta::Meta(Meta::List(list)) = &item {
            if let Some(ident) = list.path.get_ident() {
                if let Some(op) = Op::from_name(&ident.to_string()) {
                    if seen.first(&ident.to_string(), ident, errors) {
                        out.ops.push(op_request(op, ident, Some(list), errors));
                    }
                    continue;
                }
            }
        }
        let Some((key, value)) = key_value(&item, errors) else {
            continue;
        };
        let name = key.to_string();
        if let Some(op) = Op::from_name(&name) {
            if let Some(value) = value {
                errors.push(
                    Error::custom(format!(
                        "op `{name}` takes no value; to set its visibility or name write `{name}(vis = \"...\", rename = \"...\")`"
                    ))
                    .with_span(&value),
                );
            } else if seen.first(&name, &key, errors) {
                out.ops.push(op_request(op, &key, None, errors));
            }
            continue;
        }
        if !FIELD_OPTIONS.contains(&name.as_str()) {
            let op_names = mode.op_names();
            let mut known = op_names.clone();
            known.extend_from_slice(mode.options());
            errors.push(
                Error::custom(format!(
                    "unknown option `{name}` in `#[{}]`{}; its ops are {} and its options are {}",
                    mode.name(),
                    did_you_mean(&name, &known),
                    list(&op_names),
                    list(mode.options()),
                ))
                .with_span(&key),
            );
            continue;
        }
        if !seen.first(&name, &key, errors) {
            continue;
        }
        let span = key.span();
        let Some(text) = string_value(&key, value, errors) else {
            continue;
        };
        match name.as_str() {
            "vis" => out.vis = parse_vis(&text, errors),
            "rename" => {
                out.rename = parse_rename(&text, errors).map(|value| Spanned { value, span });
            }
            "contract" => out.contract = parse_contract(&text, errors),
            "ordering" => {
                out.ordering = parse_ordering(&text, errors).map(|value| Spanned { value, span });
            }
            "poison" => {
                out.poison = parse_poison(&text, errors).map(|value| Spanned { value, span });
            }
            "kind" => out.kind = parse_kind(&text, errors).map(|value| Spanned { value, span }),
            _ => unreachable_option(&key, errors),
        }
    }
    out
}

fn op_request(
    op: Op,
    key: &Ident,
    list: Option<&syn::MetaList>,
    errors: &mut Vec<Error>,
) -> OpRequest {
    let mut request = OpRequest {
        op,
        span: key.span(),
        vis: None,
        rename: None,
    };
    let Some(list) = list else {
        return request;
    };
    let items = match nested_items(list) {
        Ok(items) => items,
        Err(err) => {
            errors.push(err.into());
            return request;
        }
    };
    let mut seen = Seen::default();
    for item in items {
        let Some((key, value)) = key_value(&item, errors) else {
            continue;
        };
        let name = key.to_string();
        if !OP_OPTIONS.contains(&name.as_str()) {
            errors.push(
                Error::custom(format!(
                    "unknown option `{name}` for op `{}`{}; an op takes `vis` and `rename`",
                    op.name(),
                    did_you_mean(&name, OP_OPTIONS)
                ))
                .with_span(&key),
            );
            continue;
        }
        if !seen.first(&name, &key, errors) {
            continue;
        }
        let span = key.span();
        let Some(text) = string_value(&key, value, errors) else {
            continue;
        };
        if name == "vis" {
            request.vis = parse_vis(&text, errors);
        } else {
            request.rename = parse_rename(&text, errors).map(|value| Spanned { value, span });
        }
    }
    request
}

/// The items of `#[name(...)]`; `None` after reporting a non-list form.
fn list_items(attr: &Attribute, name: &str, errors: &mut Vec<Error>) -> Option<Vec<NestedMeta>> {
    match &attr.meta {
        Meta::List(list) => match nested_items(list) {
            Ok(items) => Some(items),
            Err(err) => {
                errors.push(err.into());
                None
            }
        },
        Meta::Path(path) if name == "interior" => {
            errors.push(
                Error::custom(format!(
                    "`#[interior]` needs options, e.g. `#[interior(vis = \"pub\")]`; it takes {}",
                    list(STRUCT_OPTIONS)
                ))
                .with_span(path),
            );
            None
        }
        Meta::Path(_) => Some(Vec::new()),
        Meta::NameValue(nv) => {
            errors.push(
                Error::custom(format!(
                    "`#[{name} = ...]` is not a form this attribute takes: write `#[{name}]` or `#[{name}(...)]`"
                ))
                .with_span(&nv.eq_token),
            );
            None
        }
    }
}

/// The comma-separated items of a list, parsed within its delimiters so that an error at its
/// end ("unexpected end of input") points at the closing delimiter, not at the call site.
fn nested_items(list: &syn::MetaList) -> syn::Result<Vec<NestedMeta>> {
    list.parse_args_with(Punctuated::<NestedMeta, syn::Token![,]>::parse_terminated)
        .map(|items| items.into_iter().collect())
}

/// An item's key and, for `key = value`, its value; `None` after reporting anything else.
fn key_value(item: &NestedMeta, errors: &mut Vec<Error>) -> Option<(Ident, Option<Expr>)> {
    let (path, value) = match item {
        NestedMeta::Lit(lit) => {
            errors.push(Error::custom("expected an option name, found a literal").with_span(lit));
            return None;
        }
        NestedMeta::Meta(Meta::Path(path)) => (path, None),
        NestedMeta::Meta(Meta::NameValue(nv)) => (&nv.path, Some(nv.value.clone())),
        NestedMeta::NameValueInvalidExpr(invalid) => {
            let key = crate::types::path_string(&invalid.path);
            if invalid.value.is_empty() {
                // `key = ,`: no value tokens to point at, so point at the `=`.
                errors.push(
                    Error::custom(format!("`{key}` needs a value: `{key} = \"...\"`"))
                        .with_span(&invalid.eq_token),
                );
                return None;
            }
            let shown = crate::types::tokens_string(&invalid.value);
            errors.push(
                Error::custom(format!(
                    "`{key}` takes a string literal: `{key} = \"{shown}\"`"
                ))
                .with_span(&invalid.value),
            );
            return None;
        }
        NestedMeta::Meta(Meta::List(list)) => {
            let name = crate::types::path_string(&list.path);
            errors.push(
                Error::custom(format!("`{name}(...)` is not an option here; only ops take a list, as `get(vis = \"pub\")`"))
                    .with_span(&list.path),
            );
            return None;
        }
    };
    match path.get_ident() {
        // `crate` and other keywords are written as the option's name in `#[interior(crate = "...")]`.
        Some(ident) => Some((ident.clone(), value)),
        None => {
            let name = crate::types::path_string(path);
            errors.push(
                Error::custom(format!("expected an option name, found the path `{name}`"))
                    .with_span(path),
            );
            None
        }
    }
}

/// The string value of `key = "..."`, reporting a missing or non-string value.
fn string_value(key: &Ident, value: Option<Expr>, errors: &mut Vec<Error>) -> Option<LitStr> {
    match value {
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        })) => Some(s),
        Some(other) => {
            let shown = crate::types::tokens_string(&other);
            errors.push(
                Error::custom(format!(
                    "`{key}` takes a string literal: `{key} = \"{}\"`",
                    shown.trim_matches('"')
                ))
                .with_span(&other),
            );
            None
        }
        None => {
            errors.push(
                Error::custom(format!("`{key}` needs a value: `{key} = \"...\"`")).with_span(key),
            );
            None
        }
    }
}

fn parse_vis(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Visibility> {
    let text = lit.value();
    if text.trim() == "private" {
        return Some(Visibility::Inherited);
    }
    let parsed = syn::parse_str::<Visibility>(&text);
    let restricted_problem = match &parsed {
        Ok(Visibility::Restricted(restricted)) => {
            crate::types::path_prefix_problem(&restricted.path, true).map(|why| format!("{why}; "))
        }
        Err(_) if text.trim_start().starts_with("pub(in") => Some(String::new()),
        _ => None,
    };
    if let Some(why) = restricted_problem {
        errors.push(
            Error::custom(format!(
                "invalid `vis` \"{text}\": {why}`pub(in path)` takes the plain path of an enclosing module, such as \"pub(in crate::net)\""
            ))
            .with_span(lit),
        );
        return None;
    }
    match parsed {
        Ok(vis) if !matches!(vis, Visibility::Inherited) => {
            Some(crate::types::respan(&vis, lit.span()))
        }
        _ => {
            let close = did_you_mean(text.trim(), &["pub", "pub(crate)", "pub(super)", "private"]);
            errors.push(
                Error::custom(format!(
                    "invalid `vis` \"{text}\"{close}; expected \"pub\", \"pub(crate)\", \"pub(super)\", \"pub(in path)\" or \"private\""
                ))
                .with_span(lit),
            );
            None
        }
    }
}

fn parse_rename(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Ident> {
    let text = lit.value();
    let bare = text.strip_prefix("r#").unwrap_or(&text);
    match crate::types::method_ident(bare, lit.span()) {
        Some(ident) => Some(ident),
        None => {
            let why = if matches!(bare, "self" | "Self" | "super" | "crate" | "_") {
                format!("`{bare}` cannot name a method, not even as a raw identifier")
            } else {
                "expected a Rust identifier such as \"hits\"".to_owned()
            };
            errors
                .push(Error::custom(format!("invalid `rename` \"{text}\": {why}")).with_span(lit));
            None
        }
    }
}

fn choice<T: Copy>(
    lit: &LitStr,
    what: &str,
    choices: &[(&str, T)],
    errors: &mut Vec<Error>,
) -> Option<T> {
    let text = lit.value();
    if let Some((_, value)) = choices.iter().find(|(name, _)| *name == text) {
        return Some(*value);
    }
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    errors.push(
        Error::custom(format!(
            "invalid `{what}` \"{text}\"{}; expected {}",
            did_you_mean(&text.to_lowercase(), &names),
            list_quoted(&names)
        ))
        .with_span(lit),
    );
    None
}

fn parse_contract(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Contract> {
    let choices = Contract::ALL.map(|c| (c.name(), c));
    choice(lit, "contract", &choices, errors)
}

fn parse_ordering(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Ordering> {
    let choices = [
        ("seq_cst", Ordering::SeqCst),
        ("acq_rel", Ordering::AcqRel),
        ("relaxed", Ordering::Relaxed),
    ];
    choice(lit, "ordering", &choices, errors)
}

fn parse_poison(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Poison> {
    choice(
        lit,
        "poison",
        &[("panic", Poison::Panic), ("recover", Poison::Recover)],
        errors,
    )
}

fn parse_kind(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Kind> {
    let choices = [
        ("mutex", Kind::Mutex),
        ("rwlock", Kind::RwLock),
        ("atomic", Kind::Atomic),
    ];
    choice(lit, "kind", &choices, errors)
}

fn parse_crate(lit: &LitStr, errors: &mut Vec<Error>) -> Option<Path> {
    let why = match syn::parse_str::<Path>(&lit.value()) {
        Ok(path) => match crate::types::path_prefix_problem(&path, false) {
            None => return Some(crate::types::respan(&path, lit.span())),
            Some(why) => format!("{why}; "),
        },
        Err(_) => String::new(),
    };
    errors.push(
        Error::custom(format!(
            "invalid `crate` \"{}\": {why}expected the path of the `interior` crate or of a re-export of it, such as \"::my_interior\" or \"crate::deps::interior\"",
            lit.value()
        ))
        .with_span(lit),
    );
    None
}

/// Options already given in one attribute list, to report duplicates.
#[derive(Default)]
struct Seen(Vec<String>);

impl Seen {
    fn first(
        &mut self,
        name: &str,
        at: &impl syn::spanned::Spanned,
        errors: &mut Vec<Error>,
    ) -> bool {
        if self.0.iter().any(|seen| seen == name) {
            errors.push(Error::custom(format!("`{name}` is given twice; keep one")).with_span(at));
            false
        } else {
            self.0.push(name.to_owned());
            true
        }
    }
}

fn unreachable_option(key: &Ident, errors: &mut Vec<Error>) {
    // Every listed option has a branch; a missing one is reported rather than panicking.
    errors.push(
        Error::custom(format!("internal error: option `{key}` has no parser")).with_span(key),
    );
}

/// `; did you mean `x`?` when a known name is close, else nothing.
pub(crate) fn did_you_mean(name: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(name, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

/// `` `a`, `b` and `c` ``.
pub(crate) fn list(names: &[&str]) -> String {
    join(names.iter().map(|n| format!("`{n}`")).collect(), "and")
}

/// `"a", "b" or "c"`.
fn list_quoted(names: &[&str]) -> String {
    join(names.iter().map(|n| format!("\"{n}\"")).collect(), "or")
}

fn join(mut items: Vec<String>, conjunction: &str) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.remove(0),
        _ => {
            let last = items.pop().unwrap_or_default();
            format!("{} {conjunction} {last}", items.join(", "))
        }
    }
}
