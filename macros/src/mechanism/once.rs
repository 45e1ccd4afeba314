//! `#[once]` on `OnceCell<T>` (core) and `OnceLock<T>` (std), written at most once, and on
//! `LazyCell<T, F>` (core) and `LazyLock<T, F>` (std), computed by their initializer on first use.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::{access, find, get_mut, ops_of, value_param, via_trait, OpSet, Recognised, Row};
use crate::diag;
use crate::grammar::{Mode, Op};
use crate::model::{Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported};
use crate::syntax::{self, Tokens};

pub(crate) const ROW: Row = Row {
    mode: Mode::Once,
    called: "`OnceCell` and `OnceLock`",
    expects: "a `OnceCell<T>`, `OnceLock<T>`, `LazyCell<T>` or `LazyLock<T>` field",
    wrap: |shown| format!("make it `OnceCell<{shown}>`"),
    names: |name| matches!(name, "OnceCell" | "OnceLock" | "LazyCell" | "LazyLock"),
    misspelled: |name| {
        match name {
        "LazyCell" | "LazyLock" => format!(
            "`{name}` takes its value type and, optionally, its initializer's type, as `{name}<T>` or `{name}<T, F>`"
        ),
        _ => format!("`{name}` takes its value type as one type argument, as `{name}<T>`"),
    }
    },
    recognise,
    alias: |kind| {
        kind.is_none()
            .then(|| Box::new(Once::new(Holder::Alias)) as Box<dyn Mechanism>)
    },
    asynchronous: None,
    ops: || {
        let mut ops: Vec<Op> = OPS.iter().map(|(op, _)| op.op()).collect();
        ops.extend(LAZY_OPS.iter().map(|(op, _)| op.op()));
        ops
    },
    examples: &[
        "#[once] x: ::core::cell::OnceCell<u8>",
        "#[once] x: ::std::sync::OnceLock<u8>",
        "#[once] x: ::core::cell::LazyCell<u8>",
        "#[once] x: ::std::sync::LazyLock<u8, fn() -> u8>",
    ],
};

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let seg = syntax::last_segment(inner)?;
    let (mechanism, value): (Box<dyn Mechanism>, _) = if seg.ident == "OnceCell" {
        (
            Box::new(Once::new(Holder::Cell)),
            syntax::single_type_arg(seg)?,
        )
    } else if seg.ident == "OnceLock" {
        (
            Box::new(Once::new(Holder::Lock)),
            syntax::single_type_arg(seg)?,
        )
    } else if seg.ident == "LazyCell" {
        (Box::new(Lazy::Cell), syntax::lazy_value(seg)?)
    } else if seg.ident == "LazyLock" {
        (Box::new(Lazy::Lock), syntax::lazy_value(seg)?)
    } else {
        return None;
    };
    Some(Recognised::written(mechanism, value))
}

fn facts(noun: &'static str, reported: Reported, thread_safe: Option<&'static str>) -> Facts {
    Facts {
        noun,
        a_noun: diag::with_article(noun),
        reported,
        thread_safe,
        not_thread_safe: None,
        alias_trait: "OnceField",
        alias_hides: "is a `OnceLock` or a `OnceCell` (never thread-safe), or wraps one in an `Rc`"
            .to_owned(),
        kind: None,
        takes_ordering: false,
        takes_poison: false,
        no_into: None,
        weak: false,
        missing_feature: None,
    }
}

// ---- `OnceCell` and `OnceLock` -----------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum OnceOp {
    Get,
    GetOrInit,
    Set,
    GetMut,
}

impl OpSet for OnceOp {
    fn op(self) -> Op {
        match self {
            OnceOp::Get => Op::Get,
            OnceOp::GetOrInit => Op::GetOrInit,
            OnceOp::Set => Op::Set,
            OnceOp::GetMut => Op::GetMut,
        }
    }
}

const OPS: &[(OnceOp, bool)] = &[
    (OnceOp::Get, true),
    (OnceOp::GetOrInit, true),
    (OnceOp::Set, false),
    (OnceOp::GetMut, false),
];

/// With `#[once(init = "...")]`, `get` alone is a default: it runs the initializer.
const INIT_OPS: &[(OnceOp, bool)] = &[
    (OnceOp::Get, true),
    (OnceOp::GetOrInit, false),
    (OnceOp::Set, false),
    (OnceOp::GetMut, false),
];

/// What holds a value written once.
#[derive(Clone, Copy, PartialEq)]
enum Holder {
    /// `OnceCell<T>`, from core.
    Cell,
    /// `OnceLock<T>`, from std (through the runtime, which gates it on `std`).
    Lock,
    /// An alias of either: the runtime's `OnceField` tells which.
    Alias,
}

/// A value written once, and its initializer if the field names one.
struct Once {
    holder: Holder,
    /// `#[once(init = "Self::build")]`: `get` computes the value with `init(self)`.
    init: Option<Tokens>,
}

const SHARED: &str =
    "thread-safe: concurrent initializers race, one wins, and the others wait for it.";

impl Once {
    fn new(holder: Holder) -> Once {
        Once { holder, init: None }
    }

    fn table(&self) -> &'static [(OnceOp, bool)] {
        if self.init.is_some() {
            INIT_OPS
        } else {
            OPS
        }
    }

    /// `OnceCell::name(&self.x, args)`, the runtime's `OnceLock`, or `OnceField::via` of an alias.
    fn call(
        &self,
        cx: &Cx<'_>,
        f: &FieldModel<'_>,
        name: &str,
        via: &str,
        args: &TokenStream,
    ) -> TokenStream {
        let (krate, acc) = (cx.krate, access(f));
        let name = Ident::new(name, Span::call_site());
        match self.holder {
            Holder::Cell => quote!(::core::cell::OnceCell::#name(#acc #args)),
            Holder::Lock => quote!(#krate::__private::OnceLock::#name(#acc #args)),
            Holder::Alias => {
                let via = Ident::new(via, Span::call_site());
                let path = via_trait(krate, f.ty(), "OnceField", &quote!(#via));
                quote!(#path(#acc #args))
            }
        }
    }
}

impl Mechanism for Once {
    fn facts(&self) -> Facts {
        match self.holder {
            Holder::Cell => facts("OnceCell", Reported::Variant("OnceCell"), None),
            Holder::Lock => facts("OnceLock", Reported::Variant("OnceLock"), Some(SHARED)),
            Holder::Alias => Facts {
                a_noun: "a `OnceCell` or `OnceLock`".to_owned(),
                ..facts("OnceCell or OnceLock", Reported::ByTheType, Some(SHARED))
            },
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.table())
    }

    fn missing_op_hint(&self, _: Op, _: Option<&str>) -> Option<String> {
        None
    }

    fn accept_init(&mut self, init: &syn::ExprPath) -> Result<(), String> {
        self.init = Some(quote::ToTokens::to_token_stream(init).into());
        Ok(())
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.table(), call.op)?;
        let rf = &f.value.referent;
        let (krate, v, x) = (cx.krate, &f.value.tokens, &f.base);
        Some(match op {
            OnceOp::Get if self.init.is_some() => {
                let init = &self.init;
                let compute = quote!(|| #init(self));
                let (panics, blocking) = match self.holder {
                    Holder::Cell => (Some(format!("Panics, at the caller's line, if the initializer calls `{x}()` again (a re-entrant first call; without interior's `std` feature it recurses until the stack overflows). If the initializer panics, the panic propagates and `{x}` stays unwritten.")), None),
                    Holder::Lock => (
                        Some(format!("If the initializer panics, the panic propagates and `{x}` stays unwritten.")),
                        Some(format!("Blocks while another thread runs the initializer of `{x}`; a re-entrant first call (the initializer calling `{x}()`) deadlocks.")),
                    ),
                    Holder::Alias => (
                        Some(format!("A re-entrant first call (the initializer calling `{x}()`) panics for a `OnceCell` and deadlocks for a `OnceLock`. If the initializer panics, the panic propagates and `{x}` stays unwritten.")),
                        Some("A `OnceLock` blocks while another thread runs the initializer.".to_owned()),
                    ),
                };
                let (owner, field) = (cx.owner.to_string(), &f.name);
                let body = match self.holder {
                    Holder::Cell => {
                        let acc = access(f);
                        quote!(#krate::__private::once_cell_init(#acc, #compute, #owner, #field))
                    }
                    Holder::Lock => self.call(cx, f, "get_or_init", "", &quote!(, #compute)),
                    Holder::Alias => {
                        let path = via_trait(krate, f.ty(), "OnceField", &quote!(once_init));
                        let acc = access(f);
                        quote!(#path(#acc, #compute, #owner, #field))
                    }
                };
                let init_name = syntax::tokens_string(init);
                MethodGen {
                    ret: quote!(-> &#rf),
                    body,
                    summary: format!("Returns the value of `{x}`, computing it with `{init_name}` (which may read the other fields) and storing it first on the first call."),
                    panics,
                    blocking,
                    must_use: MustUse::Plain,
                    ..MethodGen::default()
                }
            }
            OnceOp::Get => MethodGen {
                ret: quote!(-> ::core::option::Option<&#rf>),
                body: self.call(cx, f, "get", "once_get", &TokenStream::new()),
                summary: format!("Returns the value of `{x}` if it has been written, or `None`."),
                must_use: MustUse::Plain,
                ..MethodGen::default()
            },
            OnceOp::GetOrInit => {
                let unwritten =
                    format!("If `f` panics, the panic propagates and `{x}` stays unwritten.");
                let (panics, blocking) = match self.holder {
                    Holder::Cell => (
                        Some(format!("Panics if `f` calls `{x}_or_init` again (re-entrant initialization). {unwritten}")),
                        None,
                    ),
                    Holder::Lock => (
                        Some(unwritten.clone()),
                        Some(format!("Blocks while another thread runs its initializer of `{x}`; calling `{x}_or_init` from inside `f` deadlocks.")),
                    ),
                    Holder::Alias => (
                        Some(format!("Calling `{x}_or_init` from inside `f` panics for a `OnceCell` and deadlocks for a `OnceLock`. {unwritten}")),
                        Some("A `OnceLock` blocks while another thread runs its initializer.".to_owned()),
                    ),
                };
                MethodGen {
                    args: quote!(f: impl ::core::ops::FnOnce() -> #v),
                    ret: quote!(-> &#rf),
                    // `OnceCell::get_or_init` is not `#[track_caller]`: its re-entrance panic would
                    // point into core, so a readable `OnceCell` goes through the runtime's helper.
                    body: match self.holder {
                        Holder::Cell => {
                            let acc = access(f);
                            quote!(#krate::__private::once_cell_get_or_init(#acc, f))
                        }
                        Holder::Lock | Holder::Alias => {
                            self.call(cx, f, "get_or_init", "once_get_or_init", &quote!(, f))
                        }
                    },
                    summary: format!("Returns the value of `{x}`, computing it with `f` and storing it first if it has not been written."),
                    panics,
                    blocking,
                    ..MethodGen::default()
                }
            }
            OnceOp::Set => {
                let (args, value) = value_param(f, call);
                MethodGen {
                    args,
                    ret: quote!(-> ::core::result::Result<(), #v>),
                    body: self.call(cx, f, "set", "once_set", &quote!(, #value)),
                    summary: format!("Writes `value` to `{x}` if it has not been written yet."),
                    errors: Some(format!(
                        "Returns `Err(value)`, giving the value back, if `{x}` was already written."
                    )),
                    ..MethodGen::default()
                }
            }
            OnceOp::GetMut => {
                let member = &f.member;
                let body = match self.holder {
                    Holder::Cell => quote!(::core::cell::OnceCell::get_mut(&mut self.#member)),
                    Holder::Lock => quote!(#krate::__private::OnceLock::get_mut(&mut self.#member)),
                    Holder::Alias => {
                        let path = via_trait(krate, f.ty(), "OnceMut", &quote!(once_get_mut));
                        quote!(#path(&mut self.#member))
                    }
                };
                get_mut(f, quote!(-> ::core::option::Option<&mut #rf>), body)
            }
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

// ---- `LazyCell` and `LazyLock` -----------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum LazyOp {
    Get,
}

impl OpSet for LazyOp {
    fn op(self) -> Op {
        match self {
            LazyOp::Get => Op::Get,
        }
    }
}

const LAZY_OPS: &[(LazyOp, bool)] = &[(LazyOp::Get, true)];

/// What holds a value computed on first use.
#[derive(Clone, Copy, PartialEq)]
enum Lazy {
    /// `LazyCell<T, F>`, from core.
    Cell,
    /// `LazyLock<T, F>`, from std (through the runtime).
    Lock,
}

impl Mechanism for Lazy {
    fn facts(&self) -> Facts {
        let facts = match self {
            Lazy::Cell => facts("LazyCell", Reported::Variant("LazyCell"), None),
            Lazy::Lock => facts(
                "LazyLock",
                Reported::Variant("LazyLock"),
                Some("thread-safe: one thread runs the initializer, and the others wait for it."),
            ),
        };
        Facts {
            no_into: Some("a lazy field has no `set`, nor any op that takes a value"),
            ..facts
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(LAZY_OPS)
    }

    fn accept_init(&mut self, _: &syn::ExprPath) -> Result<(), String> {
        Err(format!(
            "{} computes its value with the initializer it was built with, and `init` names the initializer of a `OnceCell` or a `OnceLock`",
            self.facts().a_noun
        ))
    }

    fn missing_op_hint(&self, op: Op, _: Option<&str>) -> Option<String> {
        let why = if op == Op::GetMut {
            "it is computed through `&self`, so it has no `get_mut`"
        } else {
            "it computes its value with the initializer it was built with"
        };
        Some(format!(
            " (a lazy field has one op, `get`, whose `x()` runs the initializer on the first call: {why})"
        ))
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(LAZY_OPS, call.op)?;
        let rf = &f.value.referent;
        let (krate, x, acc) = (cx.krate, &f.base, access(f));
        Some(match op {
            LazyOp::Get => {
                let (body, blocking) = match self {
                    Lazy::Cell => (quote!(::core::cell::LazyCell::force(#acc)), None),
                    Lazy::Lock => (
                        quote!(#krate::__private::LazyLock::force(#acc)),
                        Some(format!("A call made while another thread runs the initializer of `{x}` waits for it to finish; a call from inside the initializer deadlocks.")),
                    ),
                };
                MethodGen {
                    ret: quote!(-> &#rf),
                    body,
                    summary: format!(
                        "Returns the value of `{x}`, running its initializer first on the first call."
                    ),
                    panics: Some(format!("If the initializer panics, the panic propagates, `{x}` stays uninitialized, and this and every later call panics.")),
                    blocking,
                    must_use: MustUse::Plain,
                    ..MethodGen::default()
                }
            }
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        let x = &f.base;
        format!(
            "`{x}` is {}: its value is computed by the initializer it was built with, on the first call of `{x}()`, and never changes after; readers get a shared reference to it.",
            diag::with_article(&f.display_ty)
        )
    }
}
