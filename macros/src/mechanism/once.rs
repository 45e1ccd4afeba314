//! `#[once]` on `OnceCell<T>` (core) and `OnceLock<T>` (std): written at most once.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::{access, find, ops_of, via_trait, OpSet, Recognised, Row};
use crate::diag;
use crate::grammar::{Mode, Op};
use crate::model::{Cx, Facts, FieldModel, Mechanism, MethodGen, MustUse, Reported, ValueRead};
use crate::syntax;

pub(crate) const ROW: Row = Row {
    mode: Mode::Once,
    called: "`OnceCell` and `OnceLock`",
    expects: "a `OnceCell<T>` or `OnceLock<T>` field",
    wrap: |shown| format!("make it `OnceCell<{shown}>`"),
    names: |name| matches!(name, "OnceCell" | "OnceLock"),
    misspelled: |name| {
        format!("`{name}` takes its value type as one type argument, as `{name}<T>`")
    },
    recognise,
    alias: |kind| {
        kind.is_none()
            .then(|| Box::new(Once::Alias) as Box<dyn Mechanism>)
    },
    ops: || OPS.iter().map(|(op, _)| op.op()).collect(),
    examples: &[
        "#[once] x: ::core::cell::OnceCell<u8>",
        "#[once] x: ::std::sync::OnceLock<u8>",
    ],
};

#[derive(Clone, Copy, PartialEq)]
enum OnceOp {
    Get,
    GetOrInit,
    Set,
}

impl OpSet for OnceOp {
    fn op(self) -> Op {
        match self {
            OnceOp::Get => Op::Get,
            OnceOp::GetOrInit => Op::GetOrInit,
            OnceOp::Set => Op::Set,
        }
    }
}

const OPS: &[(OnceOp, bool)] = &[
    (OnceOp::Get, true),
    (OnceOp::GetOrInit, true),
    (OnceOp::Set, false),
];

/// What holds the value.
#[derive(Clone, Copy, PartialEq)]
enum Once {
    /// `OnceCell<T>`, from core.
    Cell,
    /// `OnceLock<T>`, from std (through the runtime, which gates it on `std`).
    Lock,
    /// An alias of either: the runtime's `OnceField` tells which.
    Alias,
}

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let seg = syntax::last_segment(inner)?;
    let once = if seg.ident == "OnceCell" {
        Once::Cell
    } else if seg.ident == "OnceLock" {
        Once::Lock
    } else {
        return None;
    };
    let value = syntax::single_type_arg(seg)?;
    Some(Recognised {
        mechanism: Box::new(once),
        value: syntax::value_tokens(value),
        read: ValueRead::Written(value),
    })
}

impl Once {
    /// `OnceCell::name(&self.x, args)`, the runtime's `OnceLock`, or `OnceField::via` of an alias.
    fn call(
        self,
        cx: &Cx<'_>,
        f: &FieldModel<'_>,
        name: &str,
        via: &str,
        args: &TokenStream,
    ) -> TokenStream {
        let (krate, acc) = (cx.krate, access(f));
        let name = Ident::new(name, Span::call_site());
        match self {
            Once::Cell => quote!(::core::cell::OnceCell::#name(#acc #args)),
            Once::Lock => quote!(#krate::__private::OnceLock::#name(#acc #args)),
            Once::Alias => {
                let via = Ident::new(via, Span::call_site());
                let path = via_trait(krate, f.ty(), "OnceField", &quote!(#via));
                quote!(#path(#acc #args))
            }
        }
    }
}

impl Mechanism for Once {
    fn facts(&self) -> Facts {
        let (noun, a_noun, reported, thread_safe) = match self {
            Once::Cell => ("OnceCell", diag::with_article("OnceCell"), Reported::Variant("OnceCell"), None),
            Once::Lock => (
                "OnceLock",
                diag::with_article("OnceLock"),
                Reported::Variant("OnceLock"),
                Some("thread-safe: concurrent initializers race, one wins, and the others wait for it."),
            ),
            Once::Alias => (
                "OnceCell or OnceLock",
                "a `OnceCell` or `OnceLock`".to_owned(),
                Reported::ByTheType,
                Some("thread-safe: concurrent initializers race, one wins, and the others wait for it."),
            ),
        };
        Facts {
            noun,
            a_noun,
            reported,
            thread_safe,
            alias_trait: "OnceField",
            alias_hides:
                "is a `OnceLock` or a `OnceCell` (never thread-safe), or wraps one in an `Rc`"
                    .to_owned(),
            kind: None,
            takes_ordering: false,
            takes_poison: false,
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(OPS)
    }

    fn missing_op_hint(&self, _: Op, _: Option<&str>) -> Option<String> {
        None
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, op: Op) -> Option<MethodGen> {
        let op = find(OPS, op)?;
        let (krate, v, x) = (cx.krate, &f.value.tokens, &f.base);
        Some(match op {
            OnceOp::Get => MethodGen {
                ret: quote!(-> ::core::option::Option<&#v>),
                body: self.call(cx, f, "get", "once_get", &TokenStream::new()),
                summary: format!("Returns the value of `{x}` if it has been written, or `None`."),
                must_use: MustUse::Plain,
                ..MethodGen::default()
            },
            OnceOp::GetOrInit => {
                let unwritten =
                    format!("If `f` panics, the panic propagates and `{x}` stays unwritten.");
                let (panics, blocking) = match self {
                    Once::Cell => (
                        Some(format!("Panics if `f` calls `{x}_or_init` again (re-entrant initialization). {unwritten}")),
                        None,
                    ),
                    Once::Lock => (
                        None,
                        Some(format!("Blocks while another thread runs its initializer of `{x}`; calling `{x}_or_init` from inside `f` deadlocks. {unwritten}")),
                    ),
                    Once::Alias => (
                        Some(format!("Calling `{x}_or_init` from inside `f` panics for a `OnceCell` and deadlocks for a `OnceLock`. {unwritten}")),
                        Some("A `OnceLock` blocks while another thread runs its initializer.".to_owned()),
                    ),
                };
                MethodGen {
                    args: quote!(f: impl ::core::ops::FnOnce() -> #v),
                    ret: quote!(-> &#v),
                    // `OnceCell::get_or_init` is not `#[track_caller]`: its re-entrance panic would
                    // point into core, so a readable `OnceCell` goes through the runtime's helper.
                    body: match self {
                        Once::Cell => {
                            let acc = access(f);
                            quote!(#krate::__private::once_cell_get_or_init(#acc, f))
                        }
                        Once::Lock | Once::Alias => {
                            self.call(cx, f, "get_or_init", "once_get_or_init", &quote!(, f))
                        }
                    },
                    summary: format!("Returns the value of `{x}`, computing it with `f` and storing it first if it has not been written."),
                    panics,
                    blocking,
                    ..MethodGen::default()
                }
            }
            OnceOp::Set => MethodGen {
                args: quote!(value: #v),
                ret: quote!(-> ::core::result::Result<(), #v>),
                body: self.call(cx, f, "set", "once_set", &quote!(, value)),
                summary: format!("Writes `value` to `{x}` if it has not been written yet."),
                errors: Some(format!(
                    "Returns `Err(value)`, giving the value back, if `{x}` was already written."
                )),
                ..MethodGen::default()
            },
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        format!(
            "`{}` is {}: it is written at most once, and a written value never changes; readers get a shared reference to it.",
            f.base,
            diag::with_article(&f.display_ty)
        )
    }
}
