//! The modes and their ops: names, default method names, which ops a mechanism has, defaults.
//!
//! A new mode is a variant here and a file under `mode/` with its `classify` and `method`.

pub(crate) mod cell;
pub(crate) mod once;
pub(crate) mod refcell;
pub(crate) mod sync;

use syn::Path;

/// A mode attribute.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    Cell,
    RefCell,
    Sync,
    Once,
}

impl Mode {
    pub(crate) const ALL: [Mode; 4] = [Mode::Cell, Mode::RefCell, Mode::Sync, Mode::Once];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Mode::Cell => "cell",
            Mode::RefCell => "refcell",
            Mode::Sync => "sync",
            Mode::Once => "once",
        }
    }

    pub(crate) fn from_path(path: &Path) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| path.is_ident(m.name()))
    }

    /// The options (other than ops) that apply in this mode, for error messages.
    pub(crate) fn options(self) -> &'static [&'static str] {
        match self {
            Mode::Sync => &["vis", "rename", "contract", "ordering", "poison", "kind"],
            Mode::Cell | Mode::RefCell | Mode::Once => &["vis", "rename", "contract"],
        }
    }

    /// Every op the mode has on any of its mechanisms, in table order, for error messages.
    pub(crate) fn op_names(self) -> Vec<&'static str> {
        let tables: &[&OpTable] = match self {
            Mode::Cell => &[&cell::OPS],
            Mode::RefCell => &[&refcell::OPS],
            Mode::Sync => &[&sync::MUTEX_OPS, &sync::RWLOCK_OPS, &sync::ATOMIC_OPS],
            Mode::Once => &[&once::OPS],
        };
        let mut names = Vec::new();
        for name in tables.iter().flat_map(|t| t.names()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

/// An op: one generated method.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Op {
    Get,
    Set,
    Replace,
    Update,
    Take,
    With,
    WithMut,
    Borrow,
    BorrowMut,
    TryBorrow,
    TryBorrowMut,
    Lock,
    Read,
    Write,
    CompareExchange,
    FetchAdd,
    FetchSub,
    FetchMax,
    FetchMin,
    FetchAnd,
    FetchOr,
    FetchXor,
    GetOrInit,
}

impl Op {
    const ALL: [Op; 23] = [
        Op::Get,
        Op::Set,
        Op::Replace,
        Op::Update,
        Op::Take,
        Op::With,
        Op::WithMut,
        Op::Borrow,
        Op::BorrowMut,
        Op::TryBorrow,
        Op::TryBorrowMut,
        Op::Lock,
        Op::Read,
        Op::Write,
        Op::CompareExchange,
        Op::FetchAdd,
        Op::FetchSub,
        Op::FetchMax,
        Op::FetchMin,
        Op::FetchAnd,
        Op::FetchOr,
        Op::FetchXor,
        Op::GetOrInit,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Op::Get => "get",
            Op::Set => "set",
            Op::Replace => "replace",
            Op::Update => "update",
            Op::Take => "take",
            Op::With => "with",
            Op::WithMut => "with_mut",
            Op::Borrow => "borrow",
            Op::BorrowMut => "borrow_mut",
            Op::TryBorrow => "try_borrow",
            Op::TryBorrowMut => "try_borrow_mut",
            Op::Lock => "lock",
            Op::Read => "read",
            Op::Write => "write",
            Op::CompareExchange => "compare_exchange",
            Op::FetchAdd => "fetch_add",
            Op::FetchSub => "fetch_sub",
            Op::FetchMax => "fetch_max",
            Op::FetchMin => "fetch_min",
            Op::FetchAnd => "fetch_and",
            Op::FetchOr => "fetch_or",
            Op::FetchXor => "fetch_xor",
            Op::GetOrInit => "get_or_init",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Op> {
        Op::ALL.into_iter().find(|op| op.name() == name)
    }

    /// The method name for base name `x`: `x`, `set_x`, `with_x_mut`, `x_or_init`, ...
    pub(crate) fn method_name(self, base: &str) -> String {
        match self {
            Op::Get => base.to_owned(),
            Op::GetOrInit => format!("{base}_or_init"),
            Op::WithMut => format!("with_{base}_mut"),
            Op::BorrowMut => format!("borrow_{base}_mut"),
            Op::TryBorrowMut => format!("try_borrow_{base}_mut"),
            _ => format!("{}_{base}", self.name()),
        }
    }
}

/// The ops of one mechanism, in the order the SPEC lists them, and which are defaults.
pub(crate) struct OpTable {
    pub ops: &'static [(Op, bool)],
}

impl OpTable {
    pub(crate) fn has(&self, op: Op) -> bool {
        self.ops.iter().any(|(o, _)| *o == op)
    }

    pub(crate) fn defaults(&self) -> impl Iterator<Item = Op> + '_ {
        self.ops.iter().filter(|(_, d)| *d).map(|(o, _)| *o)
    }

    pub(crate) fn names(&self) -> Vec<&'static str> {
        self.ops.iter().map(|(o, _)| o.name()).collect()
    }

    /// Position of `op`, so methods are listed in table order whatever order the user wrote.
    pub(crate) fn position(&self, op: Op) -> usize {
        self.ops
            .iter()
            .position(|(o, _)| *o == op)
            .unwrap_or(usize::MAX)
    }
}

use darling::Error;
use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Type;

use crate::attr::FieldAttr;
use crate::model::{BoundUse, Classified, FieldModel};
use crate::types::{self, Bound};

/// What expansion knows beyond the field: the runtime path, the struct, fresh names.
pub(crate) struct Cx<'a> {
    pub krate: &'a TokenStream,
    pub owner: &'a Ident,
    /// A closure-result type parameter name that the struct's generics do not use (`R`).
    pub result: &'a Ident,
}

/// One generated method, before docs and attributes are put around it.
#[derive(Default)]
pub(crate) struct MethodGen {
    pub generics: TokenStream,
    pub args: TokenStream,
    pub ret: TokenStream,
    pub where_: TokenStream,
    pub body: TokenStream,
    pub summary: String,
    pub panics: Option<String>,
    pub errors: Option<String>,
    pub blocking: Option<String>,
    pub ordering: Option<String>,
    pub must_use: MustUse,
}

/// `#[must_use]` on a method: with a message where the return type is itself `#[must_use]`
/// (a guard), since a bare one there is redundant.
#[derive(Default, Clone, Copy)]
pub(crate) enum MustUse {
    #[default]
    No,
    Plain,
    Because(&'static str),
}

/// Reads the field type for the field's mode.
pub(crate) fn classify(
    attr: &FieldAttr<'_>,
    krate: &TokenStream,
    ty: &Type,
    inner: &Type,
) -> Result<Classified, Error> {
    if let (Some(kind), false) = (&attr.kind, attr.mode == Mode::Sync) {
        return Err(Error::custom(format!(
            "`kind` tells `#[sync]` what an alias is; `#[{}]` already says it: remove `kind`",
            attr.mode.name()
        ))
        .with_span(&kind.span));
    }
    match attr.mode {
        Mode::Cell => cell::classify(krate, ty, inner),
        Mode::RefCell => refcell::classify(krate, ty, inner),
        Mode::Once => once::classify(krate, ty, inner),
        Mode::Sync => sync::classify(attr, krate, ty, inner),
    }
}

/// The runtime helper that checks an op's bound with a message naming the op and the field,
/// and the argument it takes.
pub(crate) enum Checked {
    /// `cell_get(&Cell<T>)`: `get` and `update` of a `Cell` (`Copy`).
    CellGet(TokenStream),
    /// `cell_update(&Cell<T>, f)`: `update` of a `Cell` (`Copy`), whole, so that the method's
    /// own body does not use a moved value when `T` is not `Copy`.
    CellUpdate(TokenStream),
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
            let value = &f.value;
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
/// them (`op `get` of field `label` copies the value out of the `Cell`, ...`). A generic
/// parameter prints as written; a marker type would print with its path (`_::label`).
fn checked_call(cx: &Cx<'_>, f: &FieldModel<'_>, op: Op, checked: Checked) -> TokenStream {
    let krate = cx.krate;
    let vf = f.value_at_field();
    let cell = quote!(&::core::cell::Cell<#vf>);
    let func = Ident::new("f", proc_macro2::Span::call_site());
    let (helper, arg, arg_ty, extra, extra_ty) = match checked {
        Checked::CellGet(arg) => ("cell_get", arg, cell, None, None),
        Checked::CellUpdate(arg) => (
            "cell_update",
            arg,
            cell,
            Some(&func),
            Some(quote!(impl ::core::ops::FnOnce(#vf) -> #vf)),
        ),
        Checked::CellTake(arg) => ("cell_take", arg, cell, None, None),
        Checked::Clone(arg) => ("clone", arg, quote!(&#vf), None, None),
        Checked::Take(arg) => ("take", arg, quote!(&mut #vf), None, None),
    };
    let extra_param = extra.map(|name| quote!(, #name: #extra_ty));
    let extra = extra.map(|name| quote!(, #name));
    let helper = Ident::new(helper, proc_macro2::Span::call_site());
    let (mut field, mut op) = (
        f.name_ident(),
        Ident::new(op.name(), proc_macro2::Span::call_site()),
    );
    // A parameter named like a type the value mentions would shadow it.
    if types::mentions_ident(&vf, &field) || types::mentions_ident(&vf, &op) {
        field = Ident::new(&format!("field_{}", types::unraw(&field)), field.span());
        op = Ident::new(&format!("op_{op}"), op.span());
    }
    let value = Ident::new("value", proc_macro2::Span::call_site());
    quote! {{
        #[allow(non_camel_case_types)]
        #[inline]
        fn checked<#field, #op>(#value: #arg_ty #extra_param) -> #vf {
            #krate::__private::#helper::<#field, #op, #vf>(#value #extra)
        }
        checked::<(), ()>(#arg #extra)
    }}
}

/// The value type `T` of `Name<T>` when `inner` is spelled so.
pub(crate) fn readable<'t>(
    inner: &'t Type,
    names: &[&str],
) -> Option<(&'t syn::PathSegment, &'t Type)> {
    let seg = types::last_segment(inner)?;
    if !names.iter().any(|n| seg.ident == n) {
        return None;
    }
    types::single_type_arg(seg).map(|value| (seg, value))
}

/// An error when `inner` visibly does not fit `mode` (another mode's type, plain data, a
/// known type with the wrong arguments); `None` when it may be an alias.
pub(crate) fn misfit(mode: Mode, expected: &str, inner: &Type, own: &[&str]) -> Option<Error> {
    let shown = types::tokens_string(inner);
    let needs = format!("`#[{}]` needs {expected}", mode.name());
    if let Some(seg) = types::last_segment(inner) {
        let name = seg.ident.to_string();
        if own.contains(&name.as_str()) {
            return Some(
                Error::custom(format!(
                    "{needs}: `{name}` takes its value type as one type argument, as `{name}<T>`"
                ))
                .with_span(inner),
            );
        }
        if let Some(other) = mode_of(&name) {
            return Some(
                Error::custom(format!(
                    "{needs}, and this is a `{name}`: mark the field `#[{}]` instead",
                    other.name()
                ))
                .with_span(inner),
            );
        }
        if let Some(advice) = unsupported(&name) {
            return Some(
                Error::custom(format!("{needs}, and `{name}` is not supported: {advice}"))
                    .with_span(inner),
            );
        }
    }
    if types::is_plain_data(inner) {
        let wrap = match mode {
            Mode::Cell => format!("make it `Cell<{shown}>`"),
            Mode::RefCell => format!("make it `RefCell<{shown}>`"),
            Mode::Once => format!("make it `OnceCell<{shown}>`"),
            Mode::Sync => format!("make it `Mutex<{shown}>`, or an atomic"),
        };
        return Some(
            Error::custom(format!(
                "{needs}, and `{shown}` has no interior mutability: {wrap}, or leave the field unmarked"
            ))
            .with_span(inner),
        );
    }
    None
}

fn mode_of(name: &str) -> Option<Mode> {
    match name {
        "Cell" => Some(Mode::Cell),
        "RefCell" => Some(Mode::RefCell),
        "OnceCell" | "OnceLock" => Some(Mode::Once),
        "Mutex" | "RwLock" => Some(Mode::Sync),
        _ if sync::known_atomic(name).is_some() => Some(Mode::Sync),
        _ => None,
    }
}

fn unsupported(name: &str) -> Option<&'static str> {
    match name {
        "UnsafeCell" | "SyncUnsafeCell" => {
            Some("`interior` generates safe code only; use `Cell` or `RefCell`")
        }
        "LazyCell" => Some(
            "use `OnceCell<T>` under `#[once]`, whose `x_or_init` computes the value on first use",
        ),
        "LazyLock" => Some(
            "use `OnceLock<T>` under `#[once]`, whose `x_or_init` computes the value on first use",
        ),
        "AtomicPtr" | "AtomicI128" | "AtomicU128" => {
            Some("`#[sync]` covers `AtomicBool` and the integer atomics up to 64 bits")
        }
        "ReentrantMutex" | "ReentrantLock" | "Condvar" | "Barrier" => {
            Some("`#[sync]` covers `Mutex`, `RwLock` and atomics")
        }
        _ => None,
    }
}

/// `<Ty as krate::__private::Trait>::Value`, the value type of an alias. Spanned on the field's
/// type, so that an alias the mode does not fit is reported at the field, not at the derive.
pub(crate) fn projection(krate: &TokenStream, ty: &Type, field_trait: &str) -> TokenStream {
    via_trait(krate, ty, field_trait, &quote!(Value))
}

/// `<Ty as krate::__private::Trait>::item`, the path through which an alias field is reached,
/// spanned on the field type so that a type the trait does not cover is reported at the field.
pub(crate) fn via_trait(
    krate: &TokenStream,
    ty: &Type,
    field_trait: &str,
    item: &TokenStream,
) -> TokenStream {
    let span = ty.span();
    let krate = types::respan(krate, span);
    let field_trait = Ident::new(field_trait, span);
    quote_spanned!(span=> <#ty as #krate::__private::#field_trait>::#item)
}
