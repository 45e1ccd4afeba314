//! Parsing: the struct and its fields as darling receives them, each attribute's options as
//! darling parses them, and the ops, which darling leaves to us because each mode has its own.
//! Every parsed piece keeps the syn node it came from, so later stages point errors at it.

mod options;
mod value;

use darling::ast::NestedMeta;
use darling::error::Accumulator;
use darling::util::{Ignored, SpannedValue};
use darling::{Error, FromDeriveInput, FromField, FromMeta};
use proc_macro2::Span;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Ident, Member, Meta, Visibility};

pub(crate) use options::{FieldOptions, StructOptions};

use crate::diag;
use crate::grammar::{Mode, Op, OpOrdering, OP_OPTIONS, STRUCT_OPTIONS};
use crate::syntax;

/// The mode's ops in table order, for the unknown-option error (the registry's, passed in by
/// the pipeline: parsing knows the grammar, not the mechanisms).
pub(crate) type OpNames = fn(Mode) -> Vec<&'static str>;

pub(crate) struct Input<'a> {
    pub original: &'a DeriveInput,
    pub options: StructOptions,
    pub fields: Vec<FieldInput<'a>>,
    /// False for enums and unions: nothing but the `Interior` impl is generated for them.
    pub is_struct: bool,
    /// Whether any field carries a mode attribute, also one in error.
    pub any_marked: bool,
}

pub(crate) struct FieldInput<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// `None` for unmarked fields, and for marked ones whose attribute is in error.
    pub attr: Option<ModeAttr>,
}

/// A field's mode attribute, parsed.
pub(crate) struct ModeAttr {
    pub mode: Mode,
    /// The attribute's span: what the default ops are generated for.
    pub span: Span,
    pub ops: Vec<OpRequest>,
    pub options: FieldOptions,
}

/// One op named in a mode attribute: `get` or `get(vis = "pub", rename = "load")`.
pub(crate) struct OpRequest {
    pub op: Op,
    pub span: Span,
    pub vis: Option<Visibility>,
    pub rename: Option<Ident>,
    /// `set(into)`, with its span.
    pub into: Option<Span>,
    /// `get(ordering = "acquire")`.
    pub ordering: Option<SpannedValue<OpOrdering>>,
}

/// The struct as darling receives it: the attributes this derive reads.
#[derive(FromDeriveInput)]
#[darling(forward_attrs(interior, cell, refcell, sync, once, weak))]
struct StructReceiver {
    attrs: Vec<Attribute>,
    data: darling::ast::Data<Ignored, FieldReceiver>,
}

/// A field as darling receives it: the attributes this derive reads.
#[derive(FromField)]
#[darling(forward_attrs(interior, cell, refcell, sync, once, weak))]
struct FieldReceiver {
    attrs: Vec<Attribute>,
}

pub(crate) fn input<'a>(
    original: &'a DeriveInput,
    op_names: OpNames,
    acc: &mut Accumulator,
) -> Input<'a> {
    // Our own shape errors: darling's ("Unsupported shape `enum`") name neither the struct nor
    // the way out, and a union is not a shape its `Data` can hold.
    let (shape_error, syn_fields) = match &original.data {
        Data::Struct(data) => (None, Some(&data.fields)),
        Data::Enum(data) => (
            Some(shape_error("an enum", &data.enum_token, &original.ident)),
            None,
        ),
        Data::Union(data) => (
            Some(shape_error("a union", &data.union_token, &original.ident)),
            None,
        ),
    };
    let receiver = match syn_fields {
        Some(_) => acc.handle(StructReceiver::from_derive_input(original)),
        None => None,
    };
    let struct_attrs: Vec<&Attribute> = match &receiver {
        Some(r) => r.attrs.iter().collect(),
        // An enum or a union: its attributes are still read, for their own errors.
        None => original.attrs.iter().filter(|a| is_ours(a)).collect(),
    };
    let options = struct_options(&struct_attrs, acc);
    for attr in struct_attrs
        .iter()
        .filter(|a| !a.path().is_ident("interior"))
    {
        if let Some(mode) = Mode::from_path(attr.path()) {
            acc.push(
                Error::custom(format!(
                    "`#[{0}]` marks a field, not the struct: put it on each field that `{0}` should cover; struct-wide options go in `#[interior(...)]`",
                    mode.name()
                ))
                .with_span(attr.path()),
            );
        }
    }
    if let Some(err) = shape_error {
        acc.push(err);
    }
    let mut fields = Vec::new();
    let mut any_marked = false;
    if let (Some(syn_fields), Some(receiver)) = (syn_fields, receiver) {
        if let syn::Fields::Unit = syn_fields {
            acc.push(
                Error::custom(format!(
                    "`#[derive(Interior)]` needs fields to generate accessors for, and `{}` is a unit struct; add a field such as `#[cell] hits: Cell<u64>`",
                    original.ident
                ))
                .with_span(&original.ident),
            );
        }
        let forwarded = receiver
            .data
            .take_struct()
            .map(|f| f.fields)
            .unwrap_or_default();
        for (index, (field, received)) in syn_fields.iter().zip(forwarded).enumerate() {
            any_marked |= received
                .attrs
                .iter()
                .any(|a| Mode::from_path(a.path()).is_some());
            fields.push(field_input(index, field, &received.attrs, op_names, acc));
        }
    }
    Input {
        original,
        options,
        fields,
        is_struct: syn_fields.is_some(),
        any_marked,
    }
}

/// `#[interior]` or a mode attribute.
fn is_ours(attr: &Attribute) -> bool {
    attr.path().is_ident("interior") || Mode::from_path(attr.path()).is_some()
}

fn shape_error(what: &str, token: &impl Spanned, ident: &Ident) -> Error {
    Error::custom(format!(
        "`#[derive(Interior)]` applies to structs, and `{ident}` is {what}: keep the interior-mutable state in a struct field, such as `#[cell] hits: Cell<u64>`"
    ))
    .with_span(token)
}

fn struct_options(attrs: &[&Attribute], acc: &mut Accumulator) -> StructOptions {
    let mut items = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("interior")) {
        if let Meta::Path(path) = &attr.meta {
            acc.push(
                Error::custom(format!(
                    "`#[interior]` needs options, e.g. `#[interior(vis = \"pub\")]`; it takes {}",
                    diag::list(STRUCT_OPTIONS)
                ))
                .with_span(path),
            );
            continue;
        }
        items.extend(list_items(attr, "interior", acc));
    }
    let options = parsed(StructOptions::from_list(&items), acc);
    for item in &options.rest.0 {
        let Some((key, _)) = key_of(item, acc) else {
            continue;
        };
        let name = key.to_string();
        let hint = if Op::from_name(&name).is_some() {
            format!(
                "; ops are chosen per field, e.g. `#[cell({name})]`; `#[interior]` takes {}",
                diag::list(STRUCT_OPTIONS)
            )
        } else {
            format!(
                "{}; `#[interior]` takes {}",
                diag::did_you_mean(&name, STRUCT_OPTIONS),
                diag::list(STRUCT_OPTIONS)
            )
        };
        acc.push(
            Error::custom(format!("unknown option `{name}` in `#[interior]`{hint}"))
                .with_span(&key),
        );
    }
    options
}

/// What darling parsed, or the default after its errors (in our words) are accumulated.
fn parsed<T: Default>(result: darling::Result<T>, acc: &mut Accumulator) -> T {
    result.unwrap_or_else(|err| {
        acc.extend(diag::reword(err));
        T::default()
    })
}

fn field_input<'a>(
    index: usize,
    field: &'a syn::Field,
    attrs: &[Attribute],
    op_names: OpNames,
    acc: &mut Accumulator,
) -> FieldInput<'a> {
    let member = match &field.ident {
        Some(ident) => Member::Named(ident.clone()),
        None => Member::Unnamed(syn::Index {
            index: u32::try_from(index).unwrap_or(u32::MAX),
            span: field.ty.span(),
        }),
    };
    let (attr, errors) = diag::collect(|acc| {
        let mut found: Option<(ModeAttr, &Attribute)> = None;
        for a in attrs {
            if a.path().is_ident("interior") {
                acc.push(
                    Error::custom(
                        "`#[interior(...)]` configures the whole struct: put it on the struct; a field takes a mode attribute, such as `#[cell(vis = \"pub\")]`",
                    )
                    .with_span(a.path()),
                );
                continue;
            }
            let Some(mode) = Mode::from_path(a.path()) else {
                continue;
            };
            if let Some((first, _)) = &found {
                acc.push(
                    Error::custom(format!(
                        "a field takes one mode attribute, and this one already has `#[{}]`; remove `#[{}]` or the other one",
                        first.mode.name(),
                        mode.name()
                    ))
                    .with_span(a.path()),
                );
                continue;
            }
            found = Some((mode_attr(mode, a, op_names, acc), a));
        }
        if let (Some((a, attr)), None) = (&found, &field.ident) {
            if a.options.rename.is_none() {
                acc.push(
                    Error::custom(format!(
                        "a tuple field has no name to build method names from: give it one with `#[{}(rename = \"...\")]`",
                        a.mode.name()
                    ))
                    .with_span(attr.path()),
                );
            }
        }
        found.map(|(attr, _)| attr)
    });
    let in_error = !errors.is_empty();
    acc.extend(errors);
    FieldInput {
        original: field,
        member,
        attr: if in_error { None } else { attr },
    }
}

fn mode_attr(mode: Mode, attr: &Attribute, op_names: OpNames, acc: &mut Accumulator) -> ModeAttr {
    let items = match &attr.meta {
        Meta::Path(_) => Vec::new(),
        _ => list_items(attr, mode.name(), acc),
    };
    let mut options = parsed(FieldOptions::from_list(&items), acc);
    let mut ops: Vec<OpRequest> = Vec::new();
    for item in std::mem::take(&mut options.rest.0) {
        let Some((key, meta)) = key_of(&item, acc) else {
            continue;
        };
        let name = key.to_string();
        let Some(op) = Op::from_name(&name) else {
            let op_names = op_names(mode);
            let mut known = op_names.clone();
            known.extend_from_slice(mode.options());
            acc.push(
                Error::custom(format!(
                    "unknown option `{name}` in `#[{}]`{}; its ops are {}; its options are {}",
                    mode.name(),
                    diag::did_you_mean(&name, &known),
                    diag::list(&op_names),
                    diag::list(mode.options()),
                ))
                .with_span(&key),
            );
            continue;
        };
        // Ops are not darling fields (each mode has its own), so their duplicates are ours.
        if ops.iter().any(|r| r.op == op) {
            acc.push(Error::custom(format!("`{name}` is given twice; keep one")).with_span(&key));
            continue;
        }
        if let Some(request) = op_request(op, &key, meta, acc) {
            ops.push(request);
        }
    }
    ModeAttr {
        mode,
        span: attr.span(),
        ops,
        options,
    }
}

/// `op` or `op(vis = "...", rename = "...")`.
fn op_request(op: Op, key: &Ident, meta: &Meta, acc: &mut Accumulator) -> Option<OpRequest> {
    let options = match meta {
        Meta::Path(_) => OpOptionsParsed::default(),
        Meta::NameValue(nv) => {
            let name = op.name();
            acc.push(
                Error::custom(format!(
                    "op `{name}` takes no value; to set its visibility or name write `{name}(vis = \"...\", rename = \"...\")`"
                ))
                .with_span(&nv.value),
            );
            return None;
        }
        Meta::List(list) => {
            let items = nested_items(list, acc);
            let options = parsed(options::OpOptions::from_list(&items), acc);
            for item in &options.rest.0 {
                let Some((key, _)) = key_of(item, acc) else {
                    continue;
                };
                let name = key.to_string();
                let takes: &[&str] = if op.takes_value() {
                    OP_OPTIONS
                } else {
                    &OP_OPTIONS[..3]
                };
                acc.push(
                    Error::custom(format!(
                        "unknown option `{name}` for op `{}`{}; `{}(...)` takes {}",
                        op.name(),
                        diag::did_you_mean(&name, takes),
                        op.name(),
                        diag::list(takes)
                    ))
                    .with_span(&key),
                );
            }
            if options.into.is_present() && !op.takes_value() {
                acc.push(
                    Error::custom(format!(
                        "`into` converts the value that `set` or `replace` takes, and op `{}` takes none: remove `into`",
                        op.name()
                    ))
                    .with_span(&options.into.span()),
                );
            }
            OpOptionsParsed {
                vis: options.vis,
                rename: options.rename.map(SpannedValue::into_inner),
                into: options.into.is_present().then(|| options.into.span()),
                ordering: options.ordering,
            }
        }
    };
    Some(OpRequest {
        op,
        span: key.span(),
        vis: options.vis,
        rename: options.rename,
        into: options.into,
        ordering: options.ordering,
    })
}

#[derive(Default)]
struct OpOptionsParsed {
    vis: Option<Visibility>,
    rename: Option<Ident>,
    into: Option<Span>,
    ordering: Option<SpannedValue<OpOrdering>>,
}

/// The items of `#[name(...)]`, or none after reporting the form `#[name = ...]`.
fn list_items(attr: &Attribute, name: &str, acc: &mut Accumulator) -> Vec<NestedMeta> {
    match &attr.meta {
        Meta::List(list) => nested_items(list, acc),
        Meta::Path(_) => Vec::new(),
        Meta::NameValue(nv) => {
            acc.push(
                Error::custom(format!(
                    "`#[{name} = ...]` is not a form this attribute takes: write `#[{name}]` or `#[{name}(...)]`"
                ))
                .with_span(&nv.eq_token),
            );
            Vec::new()
        }
    }
}

/// The comma-separated items of a list, parsed within its delimiters (darling parses a list's
/// tokens apart from them, so an error at the end of the list would point at the derive), and
/// with the items no option parser can take reported here: a literal, or a value that is not an
/// expression (`vis = pub`), whose darling error would be syn's "expected an expression".
fn nested_items(meta_list: &syn::MetaList, acc: &mut Accumulator) -> Vec<NestedMeta> {
    let items = match meta_list
        .parse_args_with(Punctuated::<NestedMeta, syn::Token![,]>::parse_terminated)
    {
        Ok(items) => items,
        Err(err) => {
            acc.push(err.into());
            return Vec::new();
        }
    };
    items
        .into_iter()
        .filter(|item| match item {
            NestedMeta::Meta(_) => true,
            NestedMeta::Lit(lit) => {
                acc.push(Error::custom("expected an option name, found a literal").with_span(lit));
                false
            }
            NestedMeta::NameValueInvalidExpr(invalid) => {
                let key = syntax::path_string(&invalid.path);
                if invalid.value.is_empty() {
                    // `key = ,`: no value tokens to point at, so point at the `=`.
                    acc.push(
                        Error::custom(format!("`{key}` needs a value: `{key} = \"...\"`"))
                            .with_span(&invalid.eq_token),
                    );
                } else {
                    let shown = syntax::tokens_string(&invalid.value);
                    acc.push(
                        Error::custom(format!(
                            "`{key}` takes a string literal: `{key} = \"{shown}\"`"
                        ))
                        .with_span(&invalid.value),
                    );
                }
                false
            }
        })
        .collect()
}

/// An item's key, if it is a single identifier, with the item as a `Meta`; reports a key that
/// is a path, and a list under a name that is not an op.
fn key_of<'m>(item: &'m NestedMeta, acc: &mut Accumulator) -> Option<(Ident, &'m Meta)> {
    let NestedMeta::Meta(meta) = item else {
        // `nested_items` reported literals and invalid values already.
        return None;
    };
    let path = meta.path();
    let Some(ident) = path.get_ident() else {
        let name = syntax::path_string(path);
        acc.push(
            Error::custom(format!("expected an option name, found the path `{name}`"))
                .with_span(path),
        );
        return None;
    };
    if let (Meta::List(list), None) = (meta, Op::from_name(&ident.to_string())) {
        acc.push(
            Error::custom(format!(
                "`{ident}(...)` is not an option here; only ops take a list, as `get(vis = \"pub\")`"
            ))
            .with_span(&list.path),
        );
        return None;
    }
    Some((ident.clone(), meta))
}
