//! Resolution: the parsed attributes and each field's type become the model. The field's type
//! is read by the mechanisms of its mode (the registry); per-field rules are checked here: an
//! op the mechanism lacks, a type that does not fit the mode, `kind`, `ordering` and `poison`
//! where they do not apply, a field that breaks `thread_safe`.

mod misfit;

use darling::error::Accumulator;
use darling::util::SpannedValue;
use darling::Error;
use proc_macro2::Span;
use quote::{quote, ToTokens};
use syn::{Ident, Member, Visibility};

use crate::grammar::{Access, Choice, Contract, Kind, Mode, Op, OpOrdering, Ordering, Poison};
use crate::idents;
use crate::mechanism::{self, Recognised, Row, REGISTRY};
use crate::model::{Facts, FieldModel, Method, Model, Reach, ThreadSafety, Value, ValueRead};
use crate::parse::{FieldInput, Input, ModeAttr};
use crate::syntax::{self, Tokens};

pub(crate) fn model<'a>(input: &Input<'a>, acc: &mut Accumulator) -> Model<'a> {
    let krate: Tokens = input
        .options
        .krate
        .as_ref()
        .map_or_else(|| quote!(::interior), ToTokens::to_token_stream)
        .into();
    let thread_safe = input
        .options
        .thread_safe
        .is_present()
        .then(|| input.options.thread_safe.span());
    let mut failed_thread_safe = false;
    let mut fields = Vec::new();
    for f in &input.fields {
        let Some(attr) = &f.attr else {
            continue;
        };
        let (model, errors) = crate::diag::collect(|acc| field(input, &krate, f, attr, acc));
        failed_thread_safe |= model.as_ref().is_some_and(|m| m.1);
        if errors.is_empty() {
            fields.extend(model.map(|m| m.0));
        }
        acc.extend(errors);
    }
    Model {
        input: input.original,
        krate,
        fields,
        // A field already reported as not thread-safe would fail the assertion too, in
        // rustc's words and a second time.
        thread_safe: thread_safe.filter(|_| !failed_thread_safe),
        is_struct: input.is_struct,
        introspect: input.options.introspect.as_deref().copied().unwrap_or(true),
    }
}

/// An op the field generates, with its options from the attribute.
struct Requested<'a> {
    op: Op,
    span: Span,
    vis: Option<&'a Visibility>,
    rename: Option<&'a Ident>,
    into: Option<Span>,
    ordering: Option<&'a SpannedValue<OpOrdering>>,
}

/// The field's model, and whether it breaks `#[interior(thread_safe)]` (reported).
fn field<'a>(
    input: &Input<'a>,
    krate: &Tokens,
    f: &FieldInput<'a>,
    attr: &ModeAttr,
    acc: &mut Accumulator,
) -> Option<(FieldModel<'a>, bool)> {
    let ty = &f.original.ty;
    let (shared, inner) = syntax::look_through_shared(ty);
    let options = &attr.options;
    let (recognised, alias) = read_type(attr, inner, acc)?;
    let Recognised {
        mut mechanism,
        value,
        read,
    } = recognised;
    let mut init_self = None;
    if let Some(init) = &options.init {
        match mechanism.accept_init(init) {
            Ok(()) => init_self = syntax::self_function(init),
            Err(why) => {
                acc.push(Error::custom(format!("{why}: remove `init`")).with_span(&init.span()));
            }
        }
    }
    let facts = mechanism.facts();
    if let Some(feature) = facts.missing_feature {
        acc.push(
            Error::custom(format!(
                "`{}` needs interior's `{feature}` feature, which this build does not enable: add it in `Cargo.toml`, as `interior = {{ version = \"{}\", features = [\"{feature}\"] }}`",
                syntax::tokens_string(inner),
                release()
            ))
            .with_span(inner),
        );
    }
    let table = mechanism.ops();

    // ops: as listed, else the defaults; each must belong to the mechanism
    let mut requested: Vec<Requested<'_>> = Vec::new();
    if attr.ops.is_empty() {
        requested.extend(
            table
                .iter()
                .filter(|(_, default)| *default)
                .map(|(op, _)| Requested {
                    op: *op,
                    span: attr.span,
                    vis: None,
                    rename: None,
                    into: None,
                    ordering: None,
                }),
        );
    }
    for req in &attr.ops {
        if table.iter().any(|(op, _)| *op == req.op) {
            requested.push(Requested {
                op: req.op,
                span: req.span,
                vis: req.vis.as_ref(),
                rename: req.rename.as_ref(),
                into: req.into,
                ordering: req.ordering.as_ref(),
            });
        } else {
            acc.push(
                misfit::missing_op(attr.mode, mechanism.as_ref(), facts.noun, req.op)
                    .with_span(&req.span),
            );
        }
    }
    let position = |op: Op| {
        table
            .iter()
            .position(|(o, _)| *o == op)
            .unwrap_or(usize::MAX)
    };
    requested.sort_by_key(|r| position(r.op));

    let base = match (&options.rename, &f.original.ident) {
        (Some(rename), _) => idents::unraw(rename),
        (None, Some(ident)) => idents::unraw(ident),
        (None, None) => return None, // reported by `parse`
    };
    let name_span = options
        .rename
        .as_ref()
        .map(SpannedValue::span)
        .or_else(|| f.original.ident.as_ref().map(Ident::span))
        .unwrap_or(attr.span);
    let field_vis = options
        .vis
        .clone()
        .or_else(|| input.options.vis.clone())
        .unwrap_or_else(|| f.original.vis.clone());
    let mut methods = Vec::new();
    for r in requested {
        if let (Some(into), Some(why)) = (r.into, facts.no_into) {
            acc.push(
                Error::custom(format!("`into` does not apply here: {why}; remove `into`"))
                    .with_span(&into),
            );
        }
        if r.op == Op::GetMut && shared != syntax::Shared::None {
            let rc = if shared == syntax::Shared::Rc {
                "Rc"
            } else {
                "Arc"
            };
            acc.push(
                Error::custom(format!(
                    "`get_mut` hands out `&mut` to the value, and this field shares {} through an `{rc}`, which never gives `&mut`: remove `get_mut`, or hold the `{}` without the `{rc}`",
                    facts.a_noun, facts.noun
                ))
                .with_span(&r.span),
            );
            continue;
        }
        let ident = if let Some(rename) = r.rename {
            rename.clone()
        } else {
            let name = r.op.method_name(&base);
            let Some(ident) = idents::method_ident(&name, name_span) else {
                acc.push(
                    Error::custom(format!("`{name}` cannot name a method; choose another name with `rename = \"...\"`"))
                        .with_span(&r.span),
                );
                continue;
            };
            ident
        };
        if let Some(ordering) = r.ordering {
            if let Err(why) = op_ordering(&facts, r.op, **ordering) {
                acc.push(Error::custom(why).with_span(&ordering.span()));
            }
        }
        let into_by_default =
            input.options.into.is_present() && r.op.takes_value() && facts.no_into.is_none();
        methods.push(Method {
            op: r.op,
            ident,
            vis: r.vis.cloned().unwrap_or_else(|| field_vis.clone()),
            into: (r.into.is_some() && facts.no_into.is_none()) || into_by_default,
            ordering: r.ordering.map(|o| **o),
        });
    }

    // ordering and poison where they apply
    if let (Some(ordering), false) = (&options.ordering, facts.takes_ordering) {
        acc.push(
            Error::custom(format!(
                "`ordering` applies to atomics, and this field is {}: remove `ordering`",
                facts.a_noun
            ))
            .with_span(&ordering.span()),
        );
    }
    if let (Some(poison), false) = (&options.poison, facts.takes_poison) {
        acc.push(
            Error::custom(format!(
                "`poison` applies to std's and `parking_lot`'s `Mutex` and `RwLock` fields, and this field is {}: remove `poison`",
                facts.a_noun
            ))
            .with_span(&poison.span()),
        );
    }

    let display_ty = syntax::tokens_string(ty);
    let generic = syntax::mentions_generics(&value, &input.original.generics)
        || syntax::mentions_self(&value);
    let tokens: Tokens = if alias {
        mechanism::via_trait(krate, ty, facts.alias_trait, &quote!(Value)).into()
    } else {
        value
    };
    let value = Value {
        referent: match read {
            ValueRead::Written(written) => syntax::referent_tokens(written),
            ValueRead::Primitive | ValueRead::Unknown => tokens.clone(),
        },
        tokens,
        read,
        generic,
    };
    let model = FieldModel {
        original: f.original,
        member: f.member.clone(),
        name: match &f.member {
            Member::Named(ident) => idents::unraw(ident),
            Member::Unnamed(index) => index.index.to_string(),
        },
        base,
        display_ty,
        mechanism,
        facts,
        reach: Reach { shared, alias },
        value,
        contract: options
            .contract
            .as_deref()
            .copied()
            .unwrap_or(Contract::State),
        ordering: options
            .ordering
            .as_deref()
            .or(input.options.ordering.as_deref())
            .copied()
            .unwrap_or(Ordering::SeqCst),
        poison: options
            .poison
            .as_deref()
            .or(input.options.poison.as_deref())
            .copied()
            .unwrap_or(Poison::Panic),
        methods,
        init_self,
    };
    let breaks_thread_safe =
        input.options.thread_safe.is_present() && model.thread_safety() == ThreadSafety::No;
    if breaks_thread_safe {
        let what = if shared == syntax::Shared::Rc {
            format!("an `Rc` of {}", model.facts.a_noun)
        } else {
            model.facts.a_noun.clone()
        };
        acc.push(
            Error::custom(format!(
                "the struct is `#[interior(thread_safe)]`, but this field is {what}, which is not thread-safe: use `#[sync]` with an atomic, a `Mutex` or an `RwLock` (and `Arc` to share), `OnceLock` or `LazyLock` for `#[once]`, a `Mutex` of links for `#[weak]`, or drop `thread_safe`"
            ))
            .with_span(ty),
        );
    }
    Some((model, breaks_thread_safe))
}

/// Whether `op` of this field may take `ordering`, or why not.
fn op_ordering(facts: &Facts, op: Op, ordering: OpOrdering) -> Result<(), String> {
    if !facts.takes_ordering {
        return Err(format!(
            "`ordering` applies to the ops of atomics, and this field is {}: remove `ordering`",
            facts.a_noun
        ));
    }
    let Some(access) = op.atomic_access() else {
        return Err(format!(
            "op `{}` is no atomic operation, so it takes no ordering: remove `ordering`",
            op.name()
        ));
    };
    let takes = access.orderings();
    if takes.contains(&ordering) {
        return Ok(());
    }
    let what = match access {
        Access::Load => "a load",
        Access::Store => "a store",
        Access::ReadModifyWrite | Access::CompareExchange => "a read-modify-write",
    };
    let names: Vec<&str> = takes.iter().map(|o| o.name()).collect();
    Err(format!(
        "{what} cannot take ordering `{}`: op `{}` takes {}",
        ordering.name(),
        op.name(),
        crate::diag::list_quoted(&names)
    ))
}

/// The release a user's `Cargo.toml` names: `0.1` (the major and minor of this crate).
fn release() -> &'static str {
    let version = env!("CARGO_PKG_VERSION");
    let mut dots = version.match_indices('.');
    let minor_end = dots.nth(1).map_or(version.len(), |(i, _)| i);
    &version[..minor_end]
}

/// The field type as the mechanisms of the mode read it, and whether it is an alias; `None`
/// after reporting a type that does not fit.
fn read_type<'t>(
    attr: &ModeAttr,
    inner: &'t syn::Type,
    acc: &mut Accumulator,
) -> Option<(Recognised<'t>, bool)> {
    let kind = attr.options.kind.as_ref();
    if let (Some(kind), false) = (kind, attr.mode == Mode::Sync) {
        acc.push(
            Error::custom(format!(
                "`kind` tells `#[sync]` what an alias is; `#[{}]` already says it: remove `kind`",
                attr.mode.name()
            ))
            .with_span(&kind.span()),
        );
        return None;
    }
    let asynchronous = attr.options.asynchronous.is_present();
    if asynchronous && attr.mode != Mode::Sync {
        acc.push(
            Error::custom(format!(
                "`async` is an option of `#[sync]`, for tokio's `Mutex` and `RwLock`; `#[{}]` has no async accessors: remove `async`",
                attr.mode.name()
            ))
            .with_span(&attr.options.asynchronous.span()),
        );
        return None;
    }
    let rows = || REGISTRY.iter().filter(|r| r.mode == attr.mode);
    // Another crate's path (`lock::Mutex<T>`) is read like an alias: its mode or `kind` says
    // what it is, and the runtime's traits reach it.
    let foreign = syntax::is_foreign(inner);
    let recognised = if foreign {
        None
    } else if asynchronous {
        rows()
            .filter_map(|r| r.asynchronous.as_ref())
            .find_map(|a| (a.recognise)(inner))
    } else {
        rows().find_map(|r| (r.recognise)(inner))
    };
    if let Some(recognised) = recognised {
        let found = recognised.mechanism.facts();
        if let Some(kind) = kind.filter(|k| Some(***k) != found.kind) {
            acc.push(
                Error::custom(format!(
                    "`kind` says `{}`, and the field is {}: remove `kind`, which is only needed for types `#[sync]` cannot read",
                    kind.name(),
                    found.a_noun
                ))
                .with_span(&kind.span()),
            );
            return None;
        }
        return Some((recognised, false));
    }
    if asynchronous && !foreign {
        // A type an ordinary mechanism reads: std's or `parking_lot`'s lock, an atomic.
        if let Some(other) = rows().find_map(|r| (r.recognise)(inner)) {
            acc.push(
                Error::custom(format!(
                    "`async` is for tokio's `Mutex` and `RwLock`, and this field is {}: remove `async`",
                    other.mechanism.facts().a_noun
                ))
                .with_span(&attr.options.asynchronous.span()),
            );
            return None;
        }
    }
    if let Some(err) = misfit::misfit(attr.mode, inner).filter(|_| !foreign) {
        acc.push(err);
        return None;
    }
    let kind_value: Option<Kind> = kind.map(|k| **k);
    if attr.mode == Mode::Sync && kind_value.is_none() {
        acc.push(
            Error::custom(format!(
                "`#[sync]` cannot tell what `{}` is: say it with `kind = \"mutex\"`, `kind = \"rwlock\"` or `kind = \"atomic\"`",
                syntax::tokens_string(inner)
            ))
            .with_span(inner),
        );
        return None;
    }
    if asynchronous && kind_value == Some(Kind::Atomic) {
        acc.push(
            Error::custom(
                "`async` is for tokio's `Mutex` and `RwLock`, and `kind = \"atomic\"` says this field is an atomic: remove `async`",
            )
            .with_span(&attr.options.asynchronous.span()),
        );
        return None;
    }
    let alias = |r: &Row| {
        if asynchronous {
            r.asynchronous.as_ref().and_then(|a| (a.alias)(kind_value))
        } else {
            (r.alias)(kind_value)
        }
    };
    let Some(mechanism) = rows().find_map(alias) else {
        let expects: Vec<&str> = rows()
            .map(|r| r.expects)
            .filter(|e| !e.is_empty())
            .collect();
        acc.push(
            Error::custom(format!(
                "`#[{}]` reads its field's type and cannot see through `{}`: write the type out, as {}",
                attr.mode.name(),
                syntax::tokens_string(inner),
                expects.join(" or ")
            ))
            .with_span(inner),
        );
        return None;
    };
    Some((
        Recognised {
            mechanism,
            value: Tokens::default(),
            read: ValueRead::Unknown,
        },
        true,
    ))
}
