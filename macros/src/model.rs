//! The resolved model: for each marked field, its storage, value type, options and the methods
//! to generate. Per-field rules (an op the mechanism lacks, a type that does not fit the mode,
//! `ordering`/`poison` where they do not apply) are checked here.

use darling::Error;
use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::spanned::Spanned;
use syn::{Ident, Member, Type, Visibility};

use crate::ast::{Field, Input};
use crate::attr::{Contract, FieldAttr, Ordering, Poison};
use crate::mode::{self, Mode, Op, OpTable};
use crate::types::{self, Bound, Shared};

pub(crate) struct Model<'a> {
    pub input: &'a syn::DeriveInput,
    /// The runtime crate: `::interior` or `#[interior(crate = "...")]`.
    pub krate: TokenStream,
    pub fields: Vec<FieldModel<'a>>,
    pub thread_safe: Option<Span>,
    pub is_struct: bool,
}

/// How a lock is reached.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lock {
    Std,
    ParkingLot,
    /// A type alias, or a bare `Mutex<T>` that may be std's or `parking_lot`'s: through the
    /// runtime's `MutexField`/`RwLockField`.
    Trait,
}

/// The storage behind a field.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum Storage {
    Cell {
        alias: bool,
    },
    RefCell {
        alias: bool,
    },
    OnceCell,
    OnceLock,
    /// An alias under `#[once]`: `OnceCell` or `OnceLock`, the runtime's `OnceField` tells.
    OnceAlias,
    Mutex(Lock),
    RwLock(Lock),
    /// A known atomic (`AtomicU64`, value `u64`) or, with `None`, an alias with `kind = "atomic"`.
    Atomic(Option<KnownAtomic>),
}

#[derive(Clone, PartialEq, Eq)]
pub(crate) struct KnownAtomic {
    pub name: &'static str,
    pub value: &'static str,
}

impl KnownAtomic {
    pub(crate) fn is_bool(&self) -> bool {
        self.value == "bool"
    }
}

impl Storage {
    pub(crate) fn ops(&self) -> OpTable {
        match self {
            Storage::Cell { .. } => mode::cell::OPS,
            Storage::RefCell { .. } => mode::refcell::OPS,
            Storage::OnceCell | Storage::OnceLock | Storage::OnceAlias => mode::once::OPS,
            Storage::Mutex(_) => mode::sync::MUTEX_OPS,
            Storage::RwLock(_) => mode::sync::RWLOCK_OPS,
            Storage::Atomic(Some(a)) if a.is_bool() => mode::sync::ATOMIC_BOOL_OPS,
            Storage::Atomic(_) => mode::sync::ATOMIC_OPS,
        }
    }

    /// The mechanism's name for docs and errors: `Cell`, `RefCell`, `Mutex`, ...
    pub(crate) fn noun(&self) -> &'static str {
        match self {
            Storage::Cell { .. } => "Cell",
            Storage::RefCell { .. } => "RefCell",
            Storage::OnceCell => "OnceCell",
            Storage::OnceLock => "OnceLock",
            Storage::OnceAlias => "OnceCell or OnceLock",
            Storage::Mutex(_) => "Mutex",
            Storage::RwLock(_) => "RwLock",
            Storage::Atomic(Some(a)) => a.name,
            Storage::Atomic(None) => "atomic",
        }
    }

    /// The mechanism's name with its article, for errors: "a `Cell`", "an `AtomicU64`".
    pub(crate) fn a_noun(&self) -> String {
        let noun = self.noun();
        let article = if noun.starts_with(['A', 'a']) || noun == "RwLock" {
            "an"
        } else {
            "a"
        };
        match self {
            Storage::Atomic(None) => "an atomic".to_owned(),
            Storage::OnceAlias => "a `OnceCell` or `OnceLock`".to_owned(),
            _ => format!("{article} `{noun}`"),
        }
    }

    pub(crate) fn is_lock(&self) -> bool {
        matches!(self, Storage::Mutex(_) | Storage::RwLock(_))
    }

    /// Whether the storage is thread-safe, behind `shared`; `alias` when the macro cannot read
    /// the field's type, which may hide an `Rc` or an `Arc` (or a `OnceCell` for a `OnceLock`).
    pub(crate) fn thread_safety(&self, shared: Shared, alias: bool) -> ThreadSafety {
        let inner = match self {
            Storage::Cell { .. } | Storage::RefCell { .. } | Storage::OnceCell => false,
            Storage::OnceAlias
            | Storage::OnceLock
            | Storage::Mutex(_)
            | Storage::RwLock(_)
            | Storage::Atomic(_) => true,
        };
        match (inner, alias) {
            // A `Cell` or `RefCell` is `!Sync` whatever the alias wraps it in.
            (false, _) => ThreadSafety::No,
            (true, true) => ThreadSafety::AsTheTypeSays(self.alias_trait()),
            (true, false) if shared == Shared::Rc => ThreadSafety::No,
            (true, false) => ThreadSafety::Yes,
        }
    }

    /// The runtime trait through which an alias of this storage is reached.
    pub(crate) fn alias_trait(&self) -> &'static str {
        match self {
            Storage::Cell { .. } => "CellField",
            Storage::RefCell { .. } => "RefCellField",
            Storage::OnceCell | Storage::OnceLock | Storage::OnceAlias => "OnceField",
            Storage::Mutex(_) => "MutexField",
            Storage::RwLock(_) => "RwLockField",
            Storage::Atomic(_) => "AtomicField",
        }
    }
}

/// Whether a field may be shared between threads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum ThreadSafety {
    Yes,
    No,
    /// An alias the macro cannot see into: the runtime trait's `THREAD_SAFE` of the real type.
    AsTheTypeSays(&'static str),
}

/// What a mode's `classify` reads from the field type.
pub(crate) struct Classified {
    pub storage: Storage,
    /// The value type as the field's type spells it, or a projection for an alias.
    pub value: TokenStream,
    /// Whether `value` is written out (so the macro may know its bounds).
    pub value_written: Option<Type>,
}

pub(crate) struct FieldModel<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// The name `FIELDS` reports: the field's own name without `r#`, or its index.
    pub name: String,
    /// The base of method names: `rename`, else the field name, without `r#`.
    pub base: String,
    pub mode: Mode,
    pub storage: Storage,
    pub shared: Shared,
    pub value: TokenStream,
    /// The macro cannot read the field's type (an alias): the mode or `kind` says what it is.
    pub alias: bool,
    value_written: Option<Type>,
    value_generic: bool,
    value_mentions_self: bool,
    pub contract: Contract,
    pub ordering: Ordering,
    pub poison: Poison,
    pub methods: Vec<Method>,
}

pub(crate) struct Method {
    pub op: Op,
    pub ident: Ident,
    pub vis: Visibility,
}

/// How an op's bound on the value type (`Copy`, `Clone`, `Default`) is met.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BoundUse {
    /// Visibly met (`u64: Copy`): call std directly.
    Direct,
    /// The value type mentions the struct's generics: a `where` clause on the method.
    Where,
    /// A concrete type the macro cannot judge: call through the runtime helper whose bound
    /// carries a message naming the op.
    Checked,
}

impl FieldModel<'_> {
    /// `&self.x`, or `&*self.x` through an `Rc`/`Arc`: a reference to the storage itself.
    /// Alias fields are reached through the runtime traits, which see through `Rc`/`Arc`.
    pub(crate) fn access(&self) -> TokenStream {
        let member = &self.member;
        if self.shared == Shared::None || self.is_alias() {
            quote!(&self.#member)
        } else {
            quote!(&*self.#member)
        }
    }

    pub(crate) fn thread_safety(&self) -> ThreadSafety {
        self.storage.thread_safety(self.shared, self.alias)
    }

    pub(crate) fn ty(&self) -> &Type {
        &self.original.ty
    }

    pub(crate) fn is_alias(&self) -> bool {
        matches!(
            self.storage,
            Storage::Cell { alias: true }
                | Storage::RefCell { alias: true }
                | Storage::OnceAlias
                | Storage::Mutex(Lock::Trait)
                | Storage::RwLock(Lock::Trait)
                | Storage::Atomic(None)
        )
    }

    pub(crate) fn bound_use(&self, bound: Bound) -> BoundUse {
        if self
            .value_written
            .as_ref()
            .is_some_and(|ty| types::obviously_meets(ty, bound))
        {
            BoundUse::Direct
        } else if self.value_generic || self.value_mentions_self {
            // A checked call's bound is met inside a nested function, which can name neither
            // the struct's generics nor `Self`.
            BoundUse::Where
        } else {
            BoundUse::Checked
        }
    }

    /// The field's name as a type parameter of the nested function of a checked call, which a
    /// bound diagnostic prints: the field's own name (its `rename` for a tuple field).
    pub(crate) fn name_ident(&self) -> Ident {
        let name = match &self.member {
            Member::Named(ident) => return ident.clone(),
            Member::Unnamed(_) => &self.base,
        };
        types::method_ident(name, self.original.ty.span())
            .unwrap_or_else(|| Ident::new("field", self.original.ty.span()))
    }

    /// The value type for a bound check, with the span of the field's type so that an unmet
    /// bound is reported at the field.
    pub(crate) fn value_at_field(&self) -> TokenStream {
        let span = self.original.ty.span();
        let value = &self.value;
        quote::quote_spanned!(span=> #value)
    }

    pub(crate) fn display_ty(&self) -> String {
        types::tokens_string(&self.original.ty)
    }
}

pub(crate) fn build<'a>(input: &Input<'a>, errors: &mut Vec<Error>) -> Model<'a> {
    let krate = input
        .attr
        .krate
        .as_ref()
        .map_or_else(|| quote!(::interior), ToTokens::to_token_stream);
    let mut not_thread_safe = false;
    let mut fields: Vec<FieldModel<'a>> = input
        .fields
        .iter()
        .filter_map(|f| {
            f.attr
                .as_ref()
                .and_then(|attr| field(input, &krate, f, attr, &mut not_thread_safe, errors))
        })
        .collect();
    crate::valid::method_names(&mut fields, errors);
    Model {
        input: input.original,
        krate,
        fields,
        // A field already reported as not thread-safe would fail the assertion too, in
        // rustc's words and a second time.
        thread_safe: input.attr.thread_safe.filter(|_| !not_thread_safe),
        is_struct: input.is_struct,
    }
}

fn field<'a>(
    input: &Input<'a>,
    krate: &TokenStream,
    f: &Field<'a>,
    attr: &FieldAttr<'a>,
    not_thread_safe: &mut bool,
    errors: &mut Vec<Error>,
) -> Option<FieldModel<'a>> {
    let before = errors.len();
    let ty = &f.original.ty;
    let (shared, inner) = types::look_through_shared(ty);
    let classified = match mode::classify(attr, krate, ty, inner) {
        Ok(c) => c,
        Err(err) => {
            errors.push(err);
            return None;
        }
    };
    let storage = classified.storage;
    let table = storage.ops();

    // ops: as listed, else the defaults; each must belong to the mechanism
    let mut requested: Vec<(Op, Span, Option<&Visibility>, Option<&Ident>)> = Vec::new();
    if attr.ops.is_empty() {
        requested.extend(
            table
                .defaults()
                .map(|op| (op, attr.attr.span(), None, None)),
        );
    }
    for req in &attr.ops {
        if table.has(req.op) {
            requested.push((
                req.op,
                req.span,
                req.vis.as_ref(),
                req.rename.as_ref().map(|r| &r.value),
            ));
        } else {
            errors.push(missing_op(attr.mode, &storage, req.op, &table).with_span(&req.span));
        }
    }
    requested.sort_by_key(|(op, ..)| table.position(*op));

    let base = match (&attr.rename, &f.original.ident) {
        (Some(rename), _) => types::unraw(&rename.value),
        (None, Some(ident)) => types::unraw(ident),
        (None, None) => return None, // reported by `ast`
    };
    let name_span = attr
        .rename
        .as_ref()
        .map(|r| r.span)
        .or_else(|| f.original.ident.as_ref().map(Ident::span))
        .unwrap_or_else(|| attr.attr.span());
    let field_vis = attr
        .vis
        .clone()
        .or_else(|| input.attr.vis.clone())
        .unwrap_or_else(|| f.original.vis.clone());

    let mut methods = Vec::new();
    for (op, op_span, vis, rename) in requested {
        let ident = if let Some(rename) = rename {
            rename.clone()
        } else {
            let name = op.method_name(&base);
            if let Some(ident) = types::method_ident(&name, name_span) {
                ident
            } else {
                errors.push(
                    Error::custom(format!("`{name}` cannot name a method; choose another name with `rename = \"...\"`"))
                        .with_span(&op_span),
                );
                continue;
            }
        };
        methods.push(Method {
            op,
            ident,
            vis: vis.cloned().unwrap_or_else(|| field_vis.clone()),
        });
    }

    // ordering and poison where they apply
    let is_atomic = matches!(storage, Storage::Atomic(_));
    if let (Some(ordering), false) = (&attr.ordering, is_atomic) {
        errors.push(
            Error::custom(format!(
                "`ordering` applies to atomics, and this field is {}: remove `ordering`",
                storage.a_noun()
            ))
            .with_span(&ordering.span),
        );
    }
    if let (Some(poison), false) = (&attr.poison, storage.is_lock()) {
        errors.push(
            Error::custom(format!(
                "`poison` applies to `Mutex` and `RwLock` fields, and this field is {}: remove `poison`",
                storage.a_noun()
            ))
            .with_span(&poison.span),
        );
    }
    let alias = classified.value_written.is_none();
    if input.attr.thread_safe.is_some() && storage.thread_safety(shared, alias) == ThreadSafety::No
    {
        let what = if shared == Shared::Rc {
            format!("an `Rc` of {}", storage.a_noun())
        } else {
            storage.a_noun()
        };
        errors.push(
            Error::custom(format!(
                "the struct is `#[interior(thread_safe)]`, but this field is {what}, which is not thread-safe: use `#[sync]` with an atomic, a `Mutex` or an `RwLock` (and `Arc` to share), `OnceLock` for `#[once]`, or drop `thread_safe`"
            ))
            .with_span(ty),
        );
        *not_thread_safe = true;
    }
    if errors.len() > before {
        return None;
    }

    let value_generic = types::mentions_generics(&ty.to_token_stream(), &input.original.generics);
    let value_mentions_self = types::mentions_self(&classified.value);
    Some(FieldModel {
        original: f.original,
        member: f.member.clone(),
        name: f
            .original
            .ident
            .as_ref()
            .map_or_else(|| f.member_index(), types::unraw),
        base,
        mode: attr.mode,
        storage,
        shared,
        value: types::group_bounds(classified.value),
        alias,
        value_written: classified.value_written,
        value_generic,
        value_mentions_self,
        contract: attr.contract.unwrap_or(Contract::State),
        ordering: attr
            .ordering
            .as_ref()
            .map(|o| o.value)
            .or(input.attr.ordering)
            .unwrap_or(Ordering::SeqCst),
        poison: attr
            .poison
            .as_ref()
            .map(|p| p.value)
            .or(input.attr.poison)
            .unwrap_or(Poison::Panic),
        methods,
    })
}

impl Field<'_> {
    fn member_index(&self) -> String {
        match &self.member {
            Member::Unnamed(index) => index.index.to_string(),
            Member::Named(ident) => types::unraw(ident),
        }
    }
}

fn missing_op(mode: Mode, storage: &Storage, op: Op, table: &OpTable) -> Error {
    let on = match mode {
        Mode::Sync => format!(" on `{}`", storage.noun()),
        _ => String::new(),
    };
    let names = table.names();
    let hint = match (storage, op) {
        (Storage::Atomic(Some(a)), Op::FetchAdd | Op::FetchSub | Op::FetchMax | Op::FetchMin)
            if a.is_bool() =>
        {
            " (`AtomicBool` is not an integer; it has `fetch_and`, `fetch_or` and `fetch_xor`)"
                .to_owned()
        }
        (Storage::Mutex(_), Op::Read | Op::Write) => {
            " (a `Mutex` has one lock, whose guard `lock` returns)".to_owned()
        }
        (Storage::RwLock(_), Op::Lock) => {
            " (an `RwLock` has a read lock and a write lock, whose guards `read` and `write` return)"
                .to_owned()
        }
        (Storage::Mutex(_) | Storage::RwLock(_), _) if mode::sync::ATOMIC_OPS.has(op) => format!(
            " (`{}` is an op of atomics; on a lock, change the value with `with_mut`)",
            op.name()
        ),
        (Storage::Atomic(_), _) if mode::sync::RWLOCK_OPS.has(op) || op == Op::Lock => format!(
            " (`{}` is an op of `Mutex` and `RwLock`; an atomic is read with `get` and changed with `set`, `update` and the `fetch_` ops)",
            op.name()
        ),
        _ => {
            let elsewhere: Vec<&str> = Mode::ALL
                .into_iter()
                .filter(|m| *m != mode && m.op_names().contains(&op.name()))
                .map(Mode::name)
                .collect();
            match elsewhere.first() {
                Some(other)
                    if mode != Mode::Sync || !Mode::Sync.op_names().contains(&op.name()) =>
                {
                    format!(" (`{}` is an op of `#[{other}]`)", op.name())
                }
                _ => String::new(),
            }
        }
    };
    Error::custom(format!(
        "`#[{}]`{on} has no op `{}`{hint}; its ops are {}",
        mode.name(),
        op.name(),
        crate::attr::list(&names)
    ))
}
