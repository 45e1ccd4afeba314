//! The input as the derive sees it: the struct, its fields and their parsed attributes, each
//! keeping the original syn node so any later stage can point an error at the user's code.

use darling::Error;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Member};

use crate::attr::{self, FieldAttr, StructAttr};
use crate::mode::Mode;

pub(crate) struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attr: StructAttr,
    pub fields: Vec<Field<'a>>,
    /// False for enums and unions: nothing is generated for them.
    pub is_struct: bool,
}

pub(crate) struct Field<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// `None` for unmarked fields, and for marked ones whose attribute is in error.
    pub attr: Option<FieldAttr<'a>>,
}

impl<'a> Input<'a> {
    pub(crate) fn from_syn(input: &'a DeriveInput, errors: &mut Vec<Error>) -> Input<'a> {
        let attr = attr::struct_attr(&input.attrs, errors);
        for a in &input.attrs {
            if let Some(mode) = Mode::from_path(a.path()) {
                errors.push(
                    Error::custom(format!(
                        "`#[{0}]` marks a field, not the struct: put it on each field that `{0}` should cover; struct-wide options go in `#[interior(...)]`",
                        mode.name()
                    ))
                    .with_span(a.path()),
                );
            }
        }
        let fields = match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(named) => named.named.iter().enumerate().collect::<Vec<_>>(),
                Fields::Unnamed(unnamed) => unnamed.unnamed.iter().enumerate().collect(),
                Fields::Unit => {
                    errors.push(
                        Error::custom(format!(
                            "`#[derive(Interior)]` needs fields to generate accessors for, and `{}` is a unit struct; add a field such as `#[cell] hits: Cell<u64>`",
                            input.ident
                        ))
                        .with_span(&input.ident),
                    );
                    Vec::new()
                }
            },
            Data::Enum(data) => {
                errors.push(shape_error("an enum", &data.enum_token, &input.ident));
                return Input {
                    original: input,
                    attr,
                    fields: Vec::new(),
                    is_struct: false,
                };
            }
            Data::Union(data) => {
                errors.push(shape_error("a union", &data.union_token, &input.ident));
                return Input {
                    original: input,
                    attr,
                    fields: Vec::new(),
                    is_struct: false,
                };
            }
        };
        let fields = fields
            .into_iter()
            .map(|(index, field)| Field::from_syn(index, field, errors))
            .collect();
        Input {
            original: input,
            attr,
            fields,
            is_struct: true,
        }
    }
}

fn shape_error(what: &str, token: &impl Spanned, ident: &syn::Ident) -> Error {
    Error::custom(format!(
        "`#[derive(Interior)]` applies to structs, and `{ident}` is {what}: keep the interior-mutable state in a struct field, such as `#[cell] hits: Cell<u64>`"
    ))
    .with_span(token)
}

impl<'a> Field<'a> {
    fn from_syn(index: usize, field: &'a syn::Field, errors: &mut Vec<Error>) -> Field<'a> {
        let member = match &field.ident {
            Some(ident) => Member::Named(ident.clone()),
            None => Member::Unnamed(syn::Index {
                index: u32::try_from(index).unwrap_or(u32::MAX),
                span: field.ty.span(),
            }),
        };
        let mut attr: Option<FieldAttr<'a>> = None;
        let mut in_error = false;
        for a in &field.attrs {
            if a.path().is_ident("interior") {
                errors.push(
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
            if let Some(first) = &attr {
                errors.push(
                    Error::custom(format!(
                        "a field takes one mode attribute, and this one already has `#[{}]`; remove `#[{}]` or the other one",
                        first.mode.name(),
                        mode.name()
                    ))
                    .with_span(a.path()),
                );
                in_error = true;
                continue;
            }
            let before = errors.len();
            let parsed = attr::field_attr(mode, a, errors);
            in_error |= errors.len() > before;
            attr = Some(parsed);
        }
        if let (Some(a), None) = (&attr, &field.ident) {
            if a.rename.is_none() {
                errors.push(
                    Error::custom(format!(
                        "a tuple field has no name to build method names from: give it one with `#[{}(rename = \"...\")]`",
                        a.mode.name()
                    ))
                    .with_span(a.attr.path()),
                );
                in_error = true;
            }
        }
        Field {
            original: field,
            member,
            attr: if in_error { None } else { attr },
        }
    }
}

/// Whether the field carries a mode attribute at all (also one in error).
pub(crate) fn is_marked(field: &syn::Field) -> bool {
    field
        .attrs
        .iter()
        .any(|a| Mode::from_path(a.path()).is_some())
}
