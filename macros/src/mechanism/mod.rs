//! The registry of mechanisms: one row per file of this module, which holds that mechanism's
//! op table, how it recognises its types, the methods it generates and their doc sentences.
//! `resolve` finds a field's mechanism here; `expand` generates through [`Mechanism`].
//!
//! Adding a mechanism: a file here with its `ROW` and its [`Mechanism`] implementations, one
//! entry in [`REGISTRY`], its runtime support in `runtime/src/private/`, and its tests
//! (`ARCHITECTURE.md` has the steps).

pub(crate) mod arc_swap;
pub(crate) mod async_lock;
pub(crate) mod atomic;
pub(crate) mod cell;
pub(crate) mod lock;
pub(crate) mod once;
pub(crate) mod refcell;
pub(crate) mod weak;

use proc_macro2::{Ident, Span, TokenStream};
use quote::{quote, quote_spanned, ToTokens};
use syn::spanned::Spanned;
use syn::Type;

use crate::grammar::{Kind, Mode, Op};
use crate::idents;
use crate::model::{BoundUse, Cx, FieldModel, Mechanism, Method, MethodGen, ValueRead};
use crate::syntax::{self, Bound, Shared, Tokens};

/// Every mechanism, in the order `resolve` tries them.
pub(crate) const REGISTRY: &[Row] = &[
    cell::ROW,
    refcell::ROW,
    once::ROW,
    async_lock::ROW,
    lock::ROW,
    arc_swap::ROW,
    atomic::ROW,
    weak::ROW,
];

/// A mechanism's row: how `resolve` reaches it from a mode attribute and a field type.
pub(crate) struct Row {
    pub mode: Mode,
    /// What errors call its types among the other mechanisms of the mode: "atomics".
    pub called: &'static str,
    /// What the mode needs, for the error about a type that does not fit it (empty when
    /// another row of the mode says it).
    pub expects: &'static str,
    /// The way out for a plain type (`String`) that no mechanism holds.
    pub wrap: fn(&str) -> String,
    /// Whether a type's last path segment names one of its types: `Mutex`, `AtomicU64`.
    pub names: fn(&str) -> bool,
    /// What a type named like one of its types is missing: "`Cell` takes its value type ...".
    pub misspelled: fn(&str) -> String,
    /// Reads a field type, one `Rc`/`Arc` looked through, as one of its types.
    pub recognise: for<'t> fn(&'t Type) -> Option<Recognised<'t>>,
    /// The mechanism of a type the macro cannot read, under this mode and `kind`.
    pub alias: fn(Option<Kind>) -> Option<Box<dyn Mechanism>>,
    /// How `#[sync(async)]` reads a field, for an async mechanism: `None` for the others.
    pub asynchronous: Option<Asynchronous>,
    /// Every op of any of its holders, for the error about an op of another mechanism.
    pub ops: fn() -> Vec<Op>,
    /// One field of each holder (`#[sync] x: ::std::sync::Mutex<u8>`), for the registry test.
    #[allow(dead_code, reason = "read by the registry test")]
    pub examples: &'static [&'static str],
}

/// An async mechanism's reading of a field marked `#[sync(async)]`: a type named like one of
/// its types whatever its path says (a bare name imported from tokio), or an alias with `kind`.
pub(crate) struct Asynchronous {
    pub recognise: for<'t> fn(&'t Type) -> Option<Recognised<'t>>,
    pub alias: fn(Option<Kind>) -> Option<Box<dyn Mechanism>>,
}

/// A field type one mechanism read.
pub(crate) struct Recognised<'t> {
    pub mechanism: Box<dyn Mechanism>,
    /// The value type as the field spells it.
    pub value: Tokens,
    pub read: ValueRead<'t>,
}

impl<'t> Recognised<'t> {
    /// `mechanism`, holding the value type `value` that the field spells out.
    fn written(mechanism: Box<dyn Mechanism>, value: &'t Type) -> Self {
        Recognised {
            mechanism,
            value: syntax::value_tokens(value),
            read: ValueRead::Written(value),
        }
    }
}

/// A mechanism's own ops, a subset of the grammar's. Each mechanism matches its own op enum
/// exhaustively, so an op added to its table is a compile error until it is generated.
pub(crate) trait OpSet: Copy + PartialEq + 'static {
    fn op(self) -> Op;
}

/// The table in the grammar's ops.
pub(crate) fn ops_of<O: OpSet>(table: &[(O, bool)]) -> Vec<(Op, bool)> {
    table
        .iter()
        .map(|&(op, default)| (op.op(), default))
        .collect()
}

/// The grammar's `op` as an op of `table`.
pub(crate) fn find<O: OpSet>(table: &[(O, bool)], op: Op) -> Option<O> {
    table.iter().map(|&(o, _)| o).find(|o| o.op() == op)
}

/// `&self.x`, or `&*self.x` through an `Rc`/`Arc`: a reference to the holder itself. Aliases
/// are reached through the runtime traits, which see through `Rc`/`Arc`.
pub(crate) fn access(f: &FieldModel<'_>) -> TokenStream {
    let member = &f.member;
    if f.reach.shared == Shared::None || f.reach.alias {
        quote!(&self.#member)
    } else {
        quote!(&*self.#member)
    }
}

/// `<Ty as krate::__private::Trait>::item` (or `krate::ext::Trait` for `"ext::Trait"`), the path
/// through which an alias (or a type that may be std's or `parking_lot`'s) is reached, spanned
/// on the field type so that a type the trait does not cover is reported at the field, not at
/// the derive.
pub(crate) fn via_trait(
    krate: &Tokens,
    ty: &Type,
    field_trait: &str,
    item: &TokenStream,
) -> TokenStream {
    let span = ty.span();
    let krate = krate.respanned(span);
    let (module, name) = field_trait
        .rsplit_once("::")
        .unwrap_or(("__private", field_trait));
    let (module, name) = (Ident::new(module, span), Ident::new(name, span));
    quote_spanned!(span=> <#ty as #krate::#module::#name>::#item)
}

/// The value parameter of `set` or `replace` and the expression of the value: `value: T` and
/// `value`, or with `into`, `value: impl Into<T>` and `Into::into(value)`.
pub(crate) fn value_param(f: &FieldModel<'_>, m: &Method) -> (TokenStream, TokenStream) {
    let v = &f.value.tokens;
    if m.into {
        (
            quote!(value: impl ::core::convert::Into<#v>),
            quote!(::core::convert::Into::<#v>::into(value)),
        )
    } else {
        (quote!(value: #v), quote!(value))
    }
}

/// Which of the runtime's bare-name checks: an atomic's (`named`) or a lock's (`named_lock`),
/// each with its own message.
#[derive(Clone, Copy)]
pub(crate) enum BareName {
    Atomic,
    Lock,
}

/// `acc`, a reference to a field written with a bare type name, through the runtime's check
/// that the name is `expected` (the type the derive reads it as; `_mut` for `&mut`), spanned
/// on the field type: a bare name imported from elsewhere is one error there.
pub(crate) fn bare_name_checked(
    cx: &Cx<'_>,
    f: &FieldModel<'_>,
    which: BareName,
    expected: &TokenStream,
    acc: &TokenStream,
    unique: bool,
) -> TokenStream {
    let span = f.ty().span();
    let krate = cx.krate.respanned(span);
    let check = match (which, unique) {
        (BareName::Atomic, false) => "named",
        (BareName::Atomic, true) => "named_mut",
        (BareName::Lock, false) => "named_lock",
        (BareName::Lock, true) => "named_lock_mut",
    };
    let check = Ident::new(check, span);
    quote_spanned!(span=> #krate::__private::#check::<#expected, _>(#acc))
}

/// The debug-build tracking of an accessor (SPEC §13): `__private::track::refcell` (or `lock`)
/// of `target`, a reference to the `RefCell` or the lock, with the access it takes, whether the
/// accessor holds it while it runs or only checks, and the names its messages give.
pub(crate) fn tracked(
    cx: &Cx<'_>,
    f: &FieldModel<'_>,
    call: &Method,
    target: &TokenStream,
    lock: bool,
    exclusive: bool,
    holds: bool,
) -> TokenStream {
    let krate = cx.krate;
    let which = Ident::new(if lock { "lock" } else { "refcell" }, Span::call_site());
    let access = Ident::new(
        if exclusive { "Exclusive" } else { "Shared" },
        Span::call_site(),
    );
    let role = Ident::new(if holds { "Holds" } else { "Checks" }, Span::call_site());
    let (owner, field) = (cx.owner.to_string(), &f.name);
    let method = idents::unraw(&call.ident);
    quote! {
        #krate::__private::track::#which(
            #target,
            #krate::__private::track::Access::#access,
            #krate::__private::track::Role::#role,
            #owner,
            #field,
            #method,
        )
    }
}

/// The method of `get_mut`: `&mut self` to `&mut T`, with the docs every mechanism gives it.
pub(crate) fn get_mut(f: &FieldModel<'_>, ret: TokenStream, body: TokenStream) -> MethodGen {
    MethodGen {
        unique: true,
        ret,
        body,
        summary: format!(
            "Returns a mutable reference to the value of `{x}`, with no run-time check and no lock: `&mut self` already proves that nothing else can reach it. Use it wherever you have `&mut`; the `&self` accessors are for shared access.",
            x = f.base
        ),
        ..MethodGen::default()
    }
}

/// The runtime helper that checks an op's bound with a message naming the op and the field,
/// with the argument it takes.
pub(crate) enum Checked {
    /// `cell_get(&Cell<T>)`: `get` of a `Cell` (`Copy`).
    CellGet(TokenStream),
    /// `cell_update(&Cell<T>, f)`: `update` of a `Cell` (`Copy`), whole, so that the method's
    /// own body does not use a moved value when `T` is not `Copy`.
    CellUpdate(TokenStream),
    /// `cell_try_update(&Cell<T>, f)`: `try_update` of a `Cell` (`Copy`), whole.
    CellTryUpdate(TokenStream),
    /// `cell_take(&Cell<T>)`: `take` of a `Cell` (`Default`).
    CellTake(TokenStream),
    /// `clone(&T)`: `get` of a `RefCell` or a lock (`Clone`).
    Clone(TokenStream),
    /// `take(&mut T)`: `take` of a `RefCell` or a lock (`Default`).
    Take(TokenStream),
}

/// The method body and the `where` clause for an op with a bound on the value type.
pub(crate) fn bounded(
    cx: &Cx<'_>,
    f: &FieldModel<'_>,
    op: Op,
    bound: Bound,
    direct: TokenStream,
    checked: Checked,
) -> (TokenStream, TokenStream) {
    match f.bound_use(bound) {
        BoundUse::Direct => (direct, TokenStream::new()),
        BoundUse::Where => {
            let value = &f.value.tokens;
            let bound = match bound {
                Bound::Copy => quote!(::core::marker::Copy),
                Bound::Clone => quote!(::core::clone::Clone),
                Bound::Default => quote!(::core::default::Default),
            };
            (direct, quote!(#value: #bound,))
        }
        BoundUse::Checked => (checked_call(cx, f, op, checked), TokenStream::new()),
    }
}

/// A call of the runtime helper from a nested function whose type parameters are named after
/// the field and the op: the helper's bound takes them as markers, and its diagnostic prints
/// them (``op `get` of field `label` copies the value out of the `Cell`, ...``). A generic
/// parameter prints as written; a marker type would print with its path (`_::label`).
fn checked_call(cx: &Cx<'_>, f: &FieldModel<'_>, op: Op, checked: Checked) -> TokenStream {
    let krate = cx.krate;
    let (vf, rf) = (&f.value.tokens, &f.value.referent);
    let cell = quote!(&::core::cell::Cell<#vf>);
    let func = Ident::new("f", Span::call_site());
    let option = quote!(::core::option::Option<#vf>);
    let (helper, arg, arg_ty, extra, extra_ty, ret) = match checked {
        Checked::CellGet(arg) => ("cell_get", arg, cell, None, None, vf.to_token_stream()),
        Checked::CellUpdate(arg) => (
            "cell_update",
            arg,
            cell,
            Some(&func),
            Some(quote!(impl ::core::ops::FnOnce(#vf) -> #vf)),
            vf.to_token_stream(),
        ),
        Checked::CellTryUpdate(arg) => (
            "cell_try_update",
            arg,
            cell,
            Some(&func),
            Some(quote!(impl ::core::ops::FnOnce(#vf) -> #option)),
            option.clone(),
        ),
        Checked::CellTake(arg) => ("cell_take", arg, cell, None, None, vf.to_token_stream()),
        Checked::Clone(arg) => ("clone", arg, quote!(&#rf), None, None, vf.to_token_stream()),
        Checked::Take(arg) => (
            "take",
            arg,
            quote!(&mut #rf),
            None,
            None,
            vf.to_token_stream(),
        ),
    };
    let extra_param = extra.map(|name| quote!(, #name: #extra_ty));
    let extra = extra.map(|name| quote!(, #name));
    let helper = Ident::new(helper, Span::call_site());
    let (mut field, mut op) = (name_ident(f), Ident::new(op.name(), Span::call_site()));
    // A parameter named like a type the value mentions would shadow it.
    if syntax::mentions_ident(vf, &field) || syntax::mentions_ident(vf, &op) {
        field = Ident::new(&format!("field_{}", idents::unraw(&field)), field.span());
        op = Ident::new(&format!("op_{op}"), op.span());
    }
    let value = Ident::new("value", Span::call_site());
    quote! {{
        #[allow(
            non_camel_case_types,
            clippy::ptr_arg,
            reason = "named after the field and the op for the diagnostic; takes what the accessor holds"
        )]
        #[inline]
        fn checked<#field, #op>(#value: #arg_ty #extra_param) -> #ret {
            #krate::__private::#helper::<#field, #op, #vf>(#value #extra)
        }
        checked::<(), ()>(#arg #extra)
    }}
}

/// The field's name as a type parameter: its own name (its `rename` for a tuple field).
fn name_ident(f: &FieldModel<'_>) -> Ident {
    let span = f.ty().span();
    match &f.member {
        syn::Member::Named(ident) => ident.clone(),
        syn::Member::Unnamed(_) => {
            idents::method_ident(&f.base, span).unwrap_or_else(|| Ident::new("field", span))
        }
    }
}

/// The mode's ops on any of its mechanisms, in table order, for error messages.
pub(crate) fn op_names(mode: Mode) -> Vec<&'static str> {
    let mut names = Vec::new();
    for row in REGISTRY.iter().filter(|r| r.mode == mode) {
        for op in (row.ops)() {
            if !names.contains(&op.name()) {
                names.push(op.name());
            }
        }
    }
    names
}

#[cfg(test)]
mod tests;
