//! Rules across fields: at least one marked field, no two generated methods with one name, no
//! `init` that names a generated method.

use darling::error::Accumulator;
use darling::Error;
use proc_macro2::Span;

use crate::diag;
use crate::idents;
use crate::model::Model;
use crate::parse::Input;

pub(crate) fn model(input: &Input<'_>, model: &mut Model<'_>, acc: &mut Accumulator) {
    let unit =
        matches!(&model.input.data, syn::Data::Struct(s) if matches!(s.fields, syn::Fields::Unit));
    if input.is_struct && !unit && !input.any_marked {
        acc.push(
            Error::custom(format!(
                "`{}` has no field marked `#[cell]`, `#[refcell]`, `#[sync]`, `#[once]` or `#[weak]`, so `#[derive(Interior)]` has nothing to generate: mark the interior-mutable fields, or remove the derive",
                model.input.ident
            ))
            .with_span(&model.input.ident),
        );
    }
    method_names(model, acc);
    init_names(model, acc);
}

/// An `init = "Self::name"` whose `name` is a generated method: the user's function would be
/// a second definition of it (rustc's "duplicate definitions", which does not say why), or,
/// when there is no such function, the getter would call itself. The method is dropped, so
/// that the user's function is the one `init` calls and rustc adds no error.
fn init_names(model: &mut Model<'_>, acc: &mut Accumulator) {
    for at in 0..model.fields.len() {
        let Some((name, span)) = model.fields[at].init_self.clone() else {
            continue;
        };
        let found = model.fields.iter().enumerate().find_map(|(i, other)| {
            let j = other
                .methods
                .iter()
                .position(|m| idents::unraw(&m.ident) == name)?;
            Some((i, j))
        });
        let Some((i, j)) = found else {
            continue;
        };
        let method = model.fields[i].methods.remove(j);
        let of = if i == at {
            "this field".to_owned()
        } else {
            format!("field `{}`", model.fields[i].name)
        };
        acc.push(
            Error::custom(format!(
                "`init` names `Self::{name}`, but `{name}` is the method that op `{}` of {of} generates: give the initializer its own name, such as `Self::build_{}`",
                method.op.name(),
                model.fields[at].base
            ))
            .with_span(&span),
        );
    }
}

/// A method whose name an earlier method already took.
struct Clash {
    name: String,
    op: &'static str,
    earlier_op: &'static str,
    span: Span,
}

/// Reports methods whose names collide and drops the later of each pair, so that the output
/// has one definition of each name and rustc adds no "duplicate definitions" error.
fn method_names(model: &mut Model<'_>, acc: &mut Accumulator) {
    // (method name, field, op) of every method kept so far
    let mut taken: Vec<(String, String, &'static str)> = Vec::new();
    for f in &mut model.fields {
        // per earlier field, in the order first met: its name and the clashes with it
        let mut clashes: Vec<(String, Vec<Clash>)> = Vec::new();
        let mut kept = Vec::with_capacity(f.methods.len());
        for m in std::mem::take(&mut f.methods) {
            let name = idents::unraw(&m.ident);
            let Some((_, field, earlier_op)) = taken.iter().find(|(n, ..)| *n == name) else {
                taken.push((name, f.name.clone(), m.op.name()));
                kept.push(m);
                continue;
            };
            let clash = Clash {
                name,
                op: m.op.name(),
                earlier_op,
                span: m.ident.span(),
            };
            match clashes.iter_mut().find(|(other, _)| other == field) {
                Some((_, list)) => list.push(clash),
                None => clashes.push((field.clone(), vec![clash])),
            }
        }
        f.methods = kept;
        for (other, list) in clashes {
            acc.push(clash_error(&f.name, &other, &list));
        }
    }
}

fn clash_error(field: &str, other: &str, clashes: &[Clash]) -> Error {
    let span = clashes.first().map_or_else(Span::call_site, |c| c.span);
    if let [clash] = clashes {
        let by = if other == field {
            "the same field".to_owned()
        } else {
            format!("field `{other}`")
        };
        return Error::custom(format!(
            "method `{}` is generated twice: by op `{}` of field `{field}` and by op `{}` of {by}; give one of them another name with `rename = \"...\"` (for the field) or `{}(rename = \"...\")` (for the op)",
            clash.name, clash.op, clash.earlier_op, clash.op
        ))
        .with_span(&span);
    }
    let names: Vec<&str> = clashes.iter().map(|c| c.name.as_str()).collect();
    let names = diag::list(&names);
    let also = if other == field {
        "twice".to_owned()
    } else {
        format!("for field `{other}` too")
    };
    Error::custom(format!(
        "methods {names} of field `{field}` are generated {also}: give one of the fields another base name with `rename = \"...\"`, or single ops their own names with `op(rename = \"...\")`"
    ))
    .with_span(&span)
}
