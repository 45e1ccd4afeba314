//! Rules across fields: at least one marked field, no two generated methods with one name.

use darling::Error;

use crate::ast::{self, Input};
use crate::model::Model;

pub(crate) fn check(input: &Input<'_>, model: &Model<'_>, errors: &mut Vec<Error>) {
    let unit =
        matches!(&model.input.data, syn::Data::Struct(s) if matches!(s.fields, syn::Fields::Unit));
    if input.is_struct && !unit && !input.fields.iter().any(|f| ast::is_marked(f.original)) {
        errors.push(
            Error::custom(format!(
                "`{}` has no field marked `#[cell]`, `#[refcell]`, `#[sync]` or `#[once]`, so `#[derive(Interior)]` has nothing to generate: mark the interior-mutable fields, or remove the derive",
                model.input.ident
            ))
            .with_span(&model.input.ident),
        );
    }
    let mut seen: Vec<(String, &str, &str)> = Vec::new();
    for f in &model.fields {
        for m in &f.methods {
            let name = crate::types::unraw(&m.ident);
            if let Some((_, field, op)) = seen.iter().find(|(n, ..)| *n == name) {
                let same = if *field == f.name {
                    "the same field".to_owned()
                } else {
                    format!("field `{field}`")
                };
                errors.push(
                    Error::custom(format!(
                        "method `{name}` is generated twice: by op `{}` of field `{}` and by op `{op}` of {same}; give one of them another name with `rename = \"...\"` (for the field) or `{}(rename = \"...\")` (for the op)",
                        m.op.name(),
                        f.name,
                        m.op.name()
                    ))
                    .with_span(&m.ident),
                );
            } else {
                seen.push((name, &f.name, m.op.name()));
            }
        }
    }
}
