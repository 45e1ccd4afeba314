//! `#[sync]` on atomics: `AtomicBool`, the integer atomics up to 64 bits and `AtomicPtr<T>`,
//! std's (called by their path), `portable_atomic`'s, and any type that implements
//! `interior::ext::AtomicLike` (an alias, another crate's type, your own).

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::{
    access, bare_name_checked, find, get_mut, ops_of, value_param, via_trait, BareName, OpSet,
    Recognised, Row,
};
use crate::diag;
use crate::grammar::{Access, Kind, Mode, Op, OpOrdering};
use crate::model::{
    Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported, ValueRead,
};
use crate::syntax::{self, Tokens};

pub(crate) const ROW: Row = Row {
    mode: Mode::Sync,
    called: "atomics",
    expects: "an atomic",
    wrap: |_| "an atomic".to_owned(),
    names: |name| flavor(name).is_some(),
    misspelled: |name| {
        if name == "AtomicPtr" {
            "`AtomicPtr` takes its target type as one type argument, as `AtomicPtr<T>`".to_owned()
        } else {
            format!("`{name}` takes no type arguments")
        }
    },
    recognise,
    alias: |kind| {
        (kind? == Kind::Atomic).then(|| {
            Box::new(Atomic {
                path: AtomicPath::Ext,
                flavor: Flavor::Integer,
                named: None,
            }) as Box<dyn Mechanism>
        })
    },
    asynchronous: None,
    ops: || INTEGER_OPS.iter().map(|(op, _)| op.op()).collect(),
    examples: &[
        "#[sync] x: ::core::sync::atomic::AtomicU64",
        "#[sync] x: ::core::sync::atomic::AtomicBool",
        "#[sync] x: ::core::sync::atomic::AtomicPtr<u8>",
    ],
};

#[derive(Clone, Copy, PartialEq)]
enum AtomicOp {
    Get,
    Set,
    Replace,
    Update,
    TryUpdate,
    CompareExchange,
    FetchAdd,
    FetchSub,
    FetchMax,
    FetchMin,
    FetchAnd,
    FetchOr,
    FetchXor,
    GetMut,
}

impl OpSet for AtomicOp {
    fn op(self) -> Op {
        match self {
            AtomicOp::Get => Op::Get,
            AtomicOp::Set => Op::Set,
            AtomicOp::Replace => Op::Replace,
            AtomicOp::Update => Op::Update,
            AtomicOp::TryUpdate => Op::TryUpdate,
            AtomicOp::CompareExchange => Op::CompareExchange,
            AtomicOp::FetchAdd => Op::FetchAdd,
            AtomicOp::FetchSub => Op::FetchSub,
            AtomicOp::FetchMax => Op::FetchMax,
            AtomicOp::FetchMin => Op::FetchMin,
            AtomicOp::FetchAnd => Op::FetchAnd,
            AtomicOp::FetchOr => Op::FetchOr,
            AtomicOp::FetchXor => Op::FetchXor,
            AtomicOp::GetMut => Op::GetMut,
        }
    }
}

const INTEGER_OPS: &[(AtomicOp, bool)] = &[
    (AtomicOp::Get, true),
    (AtomicOp::Set, true),
    (AtomicOp::Replace, true),
    (AtomicOp::Update, true),
    (AtomicOp::TryUpdate, false),
    (AtomicOp::CompareExchange, false),
    (AtomicOp::FetchAdd, false),
    (AtomicOp::FetchSub, false),
    (AtomicOp::FetchMax, false),
    (AtomicOp::FetchMin, false),
    (AtomicOp::FetchAnd, false),
    (AtomicOp::FetchOr, false),
    (AtomicOp::FetchXor, false),
    (AtomicOp::GetMut, false),
];

const BOOL_OPS: &[(AtomicOp, bool)] = &[
    (AtomicOp::Get, true),
    (AtomicOp::Set, true),
    (AtomicOp::Replace, true),
    (AtomicOp::Update, true),
    (AtomicOp::TryUpdate, false),
    (AtomicOp::CompareExchange, false),
    (AtomicOp::FetchAnd, false),
    (AtomicOp::FetchOr, false),
    (AtomicOp::FetchXor, false),
    (AtomicOp::GetMut, false),
];

const POINTER_OPS: &[(AtomicOp, bool)] = &[
    (AtomicOp::Get, true),
    (AtomicOp::Set, true),
    (AtomicOp::Replace, true),
    (AtomicOp::Update, true),
    (AtomicOp::TryUpdate, false),
    (AtomicOp::CompareExchange, false),
    (AtomicOp::GetMut, false),
];

/// What the atomic holds.
#[derive(Clone, Copy, PartialEq)]
enum Flavor {
    Bool,
    Integer,
    Pointer,
}

/// The value type of each std atomic of a fixed one.
const PRIMITIVES: [(&str, &str); 11] = [
    ("AtomicBool", "bool"),
    ("AtomicI8", "i8"),
    ("AtomicI16", "i16"),
    ("AtomicI32", "i32"),
    ("AtomicI64", "i64"),
    ("AtomicIsize", "isize"),
    ("AtomicU8", "u8"),
    ("AtomicU16", "u16"),
    ("AtomicU32", "u32"),
    ("AtomicU64", "u64"),
    ("AtomicUsize", "usize"),
];

fn flavor(name: &str) -> Option<Flavor> {
    match name {
        "AtomicBool" => Some(Flavor::Bool),
        "AtomicPtr" => Some(Flavor::Pointer),
        _ => PRIMITIVES
            .iter()
            .any(|(atomic, _)| *atomic == name)
            .then_some(Flavor::Integer),
    }
}

/// How the atomic's operations are called.
#[derive(Clone, Copy, PartialEq)]
enum AtomicPath {
    /// std's, by its path: `AtomicU64::load(&self.x, ...)`.
    Core(&'static str),
    /// `portable_atomic`'s, whose value type the name tells, through `interior::ext`.
    Portable(&'static str),
    /// Anything else that implements `interior::ext::AtomicLike` (`kind = "atomic"`).
    Ext,
}

struct Atomic {
    path: AtomicPath,
    flavor: Flavor,
    /// std's type, when the name is bare: the accessors reach the field through the runtime's
    /// `Named` check, so that a bare name imported from elsewhere is one error at the field.
    named: Option<Tokens>,
}

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let path = syntax::type_path(inner)?;
    let seg = path.segments.last()?;
    let name = seg.ident.to_string();
    let flavor = flavor(&name)?;
    let name = PRIMITIVES
        .iter()
        .map(|(atomic, _)| *atomic)
        .chain(["AtomicPtr"])
        .find(|atomic| *atomic == name)?;
    let (value, read) = if flavor == Flavor::Pointer {
        let target = syntax::single_type_arg(seg)?;
        // A pointer is `Copy`, like a primitive, and a place of it is `*mut T` itself.
        (quote!(*mut #target).into(), ValueRead::Primitive)
    } else {
        if !seg.arguments.is_none() {
            return None;
        }
        let primitive = PRIMITIVES.iter().find(|(atomic, _)| *atomic == name)?.1;
        let ident = proc_macro2::TokenTree::Ident(Ident::new(primitive, seg.ident.span()));
        (Tokens::from(ident), ValueRead::Primitive)
    };
    let portable = path
        .segments
        .first()
        .is_some_and(|s| s.ident == "portable_atomic");
    let bare = syntax::is_bare(path);
    let named = bare.then(|| {
        let atomic = Ident::new(name, Span::call_site());
        let std = if flavor == Flavor::Pointer {
            let target = syntax::single_type_arg(seg).map(quote::ToTokens::to_token_stream);
            quote!(::core::sync::atomic::#atomic<#target>)
        } else {
            quote!(::core::sync::atomic::#atomic)
        };
        Tokens::from(std)
    });
    Some(Recognised {
        mechanism: Box::new(Atomic {
            path: if portable {
                AtomicPath::Portable(name)
            } else {
                AtomicPath::Core(name)
            },
            flavor,
            named,
        }),
        value,
        read,
    })
}

impl Atomic {
    fn table(&self) -> &'static [(AtomicOp, bool)] {
        match self.flavor {
            Flavor::Bool => BOOL_OPS,
            Flavor::Integer => INTEGER_OPS,
            Flavor::Pointer => POINTER_OPS,
        }
    }

    /// `acc`, a reference to the atomic, through the runtime's check of a bare name (`named_mut`
    /// for `&mut`), spanned on the field type where the error is reported.
    fn reached(
        &self,
        cx: &Cx<'_>,
        f: &FieldModel<'_>,
        acc: TokenStream,
        unique: bool,
    ) -> TokenStream {
        match &self.named {
            Some(std) => bare_name_checked(cx, f, BareName::Atomic, &quote!(#std), &acc, unique),
            None => acc,
        }
    }

    /// `AtomicX::name(&self.x, args)`, or the `interior::ext` trait's `name` otherwise.
    fn call(&self, cx: &Cx<'_>, f: &FieldModel<'_>, name: &str, args: &TokenStream) -> TokenStream {
        let name_ident = Ident::new(name, Span::call_site());
        if let AtomicPath::Core(atomic) = self.path {
            let atomic = Ident::new(atomic, Span::call_site());
            let reached = self.reached(cx, f, access(f), false);
            return quote!(::core::sync::atomic::#atomic::#name_ident(#reached, #args));
        }
        let field_trait = match name {
            "fetch_add" | "fetch_sub" | "fetch_max" | "fetch_min" => "ext::AtomicInteger",
            "fetch_and" | "fetch_or" | "fetch_xor" => "ext::AtomicBits",
            _ => "ext::AtomicLike",
        };
        let path = via_trait(cx.krate, f.ty(), field_trait, &quote!(#name_ident));
        let member = &f.member;
        quote!(#path(&self.#member, #args))
    }
}

/// `::core::sync::atomic::Ordering::X`.
fn ordering(ordering: OpOrdering) -> TokenStream {
    let variant = Ident::new(ordering.variant(), Span::call_site());
    quote!(::core::sync::atomic::Ordering::#variant)
}

impl Mechanism for Atomic {
    fn facts(&self) -> Facts {
        let (noun, a_noun) = match self.path {
            AtomicPath::Core(name) | AtomicPath::Portable(name) => (name, diag::with_article(name)),
            AtomicPath::Ext => ("atomic", "an atomic".to_owned()),
        };
        let missing_feature = (matches!(self.path, AtomicPath::Portable(_))
            && !cfg!(feature = "portable-atomic"))
        .then_some("portable-atomic");
        Facts {
            noun,
            alias_hides: "wraps an atomic in an `Rc`, which is never thread-safe".to_owned(),
            a_noun,
            reported: Reported::Variant("Atomic"),
            thread_safe: Some("thread-safe: each access is a single atomic operation."),
            not_thread_safe: None,
            alias_trait: "ext::AtomicLike",
            kind: Some(Kind::Atomic),
            takes_ordering: true,
            takes_poison: false,
            no_into: None,
            weak: false,
            missing_feature,
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.table())
    }

    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String> {
        let arithmetic = matches!(
            op,
            Op::FetchAdd | Op::FetchSub | Op::FetchMax | Op::FetchMin
        );
        let bits = matches!(op, Op::FetchAnd | Op::FetchOr | Op::FetchXor);
        if arithmetic && self.flavor == Flavor::Bool {
            return Some(
                " (`AtomicBool` is not an integer; it has `fetch_and`, `fetch_or` and `fetch_xor`)"
                    .to_owned(),
            );
        }
        if (arithmetic || bits) && self.flavor == Flavor::Pointer {
            return Some(
                " (an `AtomicPtr` is changed with `set`, `replace`, `update`, `try_update` and `compare_exchange`; it has no `fetch_` ops)"
                    .to_owned(),
            );
        }
        owner.map(|owner| {
            format!(
                " (`{}` is an op of {owner}; an atomic is read with `get` and changed with `set`, `update` and the `fetch_` ops)",
                op.name()
            )
        })
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.table(), call.op)?;
        let rf = &f.value.referent;
        let (v, x) = (&f.value.tokens, &f.base);
        // The op's own ordering, else the field's preset; a compare-and-swap's failure ordering
        // (and the load before a loop) is the strongest load its success ordering implies.
        let order = |access: Access| call.ordering.unwrap_or_else(|| f.ordering.of(access));
        let doc = |o: OpOrdering| format!("`Ordering::{}`", o.variant());
        let rmw = |name: &str, what: &str| {
            let o = order(Access::ReadModifyWrite);
            let wraps = if matches!(name, "fetch_add" | "fetch_sub") {
                " (wrapping on overflow)"
            } else {
                ""
            };
            let tokens = ordering(o);
            MethodGen {
                args: quote!(value: #v),
                ret: quote!(-> #v),
                body: self.call(cx, f, name, &quote!(value, #tokens)),
                summary: format!(
                    "{what} the value of `{x}`{wraps} and returns the previous value."
                ),
                ordering: Some(format!("Atomic `{name}` with {}.", doc(o))),
                ..MethodGen::default()
            }
        };
        // The compare-and-swap loop of `update` and `try_update`: `update` loops until its
        // swap lands, `try_update` as long as `f` gives a value.
        let cas_loop = |try_: bool| {
            let (success, failure) = (
                order(Access::CompareExchange),
                order(Access::CompareExchange).failure(),
            );
            let (current, new, actual, func) = (
                Ident::new("current", Span::mixed_site()),
                Ident::new("new", Span::mixed_site()),
                Ident::new("actual", Span::mixed_site()),
                Ident::new("func", Span::mixed_site()),
            );
            let first = self.call(cx, f, "load", &ordering(failure));
            let (s, fl) = (ordering(success), ordering(failure));
            let cas = self.call(
                cx,
                f,
                "compare_exchange_weak",
                &quote!(#current, #new, #s, #fl),
            );
            let body = if try_ {
                quote! {
                    let mut #func = f;
                    let mut #current = #first;
                    loop {
                        match #func(#current) {
                            ::core::option::Option::Some(#new) => match #cas {
                                ::core::result::Result::Ok(_) => break ::core::option::Option::Some(#new),
                                ::core::result::Result::Err(#actual) => #current = #actual,
                            },
                            ::core::option::Option::None => break ::core::option::Option::None,
                        }
                    }
                }
            } else {
                quote! {
                    let mut #func = f;
                    let mut #current = #first;
                    loop {
                        let #new = #func(#current);
                        match #cas {
                            ::core::result::Result::Ok(_) => break #new,
                            ::core::result::Result::Err(#actual) => #current = #actual,
                        }
                    }
                }
            };
            let docs = format!(
                "Loads with {}; each compare-and-swap uses {} on success and {} on failure.",
                doc(failure),
                doc(success),
                doc(failure)
            );
            (body, docs)
        };
        Some(match op {
            AtomicOp::Get => {
                let o = order(Access::Load);
                MethodGen {
                    ret: quote!(-> #v),
                    body: self.call(cx, f, "load", &ordering(o)),
                    summary: format!("Loads the value of `{x}`."),
                    ordering: Some(format!("Loads with {}.", doc(o))),
                    must_use: MustUse::Plain,
                    ..MethodGen::default()
                }
            }
            AtomicOp::Set => {
                let (o, (args, value)) = (order(Access::Store), value_param(f, call));
                let tokens = ordering(o);
                MethodGen {
                    args,
                    body: self.call(cx, f, "store", &quote!(#value, #tokens)),
                    summary: format!("Stores `value` in `{x}`."),
                    ordering: Some(format!("Stores with {}.", doc(o))),
                    ..MethodGen::default()
                }
            }
            AtomicOp::Replace => {
                let (o, (args, value)) = (order(Access::ReadModifyWrite), value_param(f, call));
                let tokens = ordering(o);
                MethodGen {
                    args,
                    ret: quote!(-> #v),
                    body: self.call(cx, f, "swap", &quote!(#value, #tokens)),
                    summary: format!("Stores `value` in `{x}` and returns the previous value."),
                    ordering: Some(format!("Atomic `swap` with {}.", doc(o))),
                    ..MethodGen::default()
                }
            }
            AtomicOp::Update => {
                let (body, docs) = cas_loop(false);
                MethodGen {
                    args: quote!(f: impl ::core::ops::FnMut(#v) -> #v),
                    ret: quote!(-> #v),
                    body,
                    summary: format!(
                        "Replaces the value of `{x}` with `f` of it in a compare-and-swap loop and returns the new value; `f` runs again whenever another thread changed `{x}` in between."
                    ),
                    ordering: Some(docs),
                    ..MethodGen::default()
                }
            }
            AtomicOp::TryUpdate => {
                let (body, docs) = cas_loop(true);
                MethodGen {
                    args: quote!(f: impl ::core::ops::FnMut(#v) -> ::core::option::Option<#v>),
                    ret: quote!(-> ::core::option::Option<#v>),
                    body,
                    summary: format!(
                        "Stores what `f` returns for the value of `{x}` and returns it, or leaves `{x}` unchanged and returns `None` when `f` returns `None`; a compare-and-swap loop, in which `f` runs again whenever another thread changed `{x}` in between."
                    ),
                    ordering: Some(docs),
                    ..MethodGen::default()
                }
            }
            AtomicOp::CompareExchange => {
                let success = order(Access::CompareExchange);
                let failure = success.failure();
                let (s, fl) = (ordering(success), ordering(failure));
                MethodGen {
                    args: quote!(current: #v, new: #v),
                    ret: quote!(-> ::core::result::Result<#v, #v>),
                    body: self.call(cx, f, "compare_exchange", &quote!(current, new, #s, #fl)),
                    summary: format!("Stores `new` in `{x}` if its value is `current`."),
                    errors: Some(format!("Returns `Err` with the value found if `{x}` did not hold `current`; `Ok` holds the previous value.")),
                    ordering: Some(format!("{} on success and {} on failure.", doc(success), doc(failure))),
                    ..MethodGen::default()
                }
            }
            AtomicOp::FetchAdd => rmw("fetch_add", "Adds `value` to"),
            AtomicOp::FetchSub => rmw("fetch_sub", "Subtracts `value` from"),
            AtomicOp::FetchMax => rmw("fetch_max", "Stores the maximum of `value` and"),
            AtomicOp::FetchMin => rmw("fetch_min", "Stores the minimum of `value` and"),
            AtomicOp::FetchAnd => rmw("fetch_and", "Bitwise-ands `value` into"),
            AtomicOp::FetchOr => rmw("fetch_or", "Bitwise-ors `value` into"),
            AtomicOp::FetchXor => rmw("fetch_xor", "Bitwise-xors `value` into"),
            AtomicOp::GetMut => {
                let member = &f.member;
                let body = match self.path {
                    AtomicPath::Core(atomic) => {
                        let atomic = Ident::new(atomic, Span::call_site());
                        let reached = self.reached(cx, f, quote!(&mut self.#member), true);
                        quote!(::core::sync::atomic::#atomic::get_mut(#reached))
                    }
                    AtomicPath::Portable(_) | AtomicPath::Ext => {
                        let path =
                            via_trait(cx.krate, f.ty(), "AtomicMut", &quote!(atomic_get_mut));
                        quote!(#path(&mut self.#member))
                    }
                };
                get_mut(f, quote!(-> &mut #rf), body)
            }
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        format!(
            "`{}` is {}: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.",
            f.base,
            diag::with_article(&f.display_ty)
        )
    }
}
