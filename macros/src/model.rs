//! The resolved model between parsing and generation: per marked field, what holds its value
//! (its mechanism, from the registry), what the value is, how it is reached, its options and
//! the methods to generate. Data only, and the interface its mechanism implements; it imports
//! the vocabulary and nothing else of this crate.

use proc_macro2::{Ident, Span, TokenStream};
use syn::{DeriveInput, Member, Type, Visibility};

use crate::grammar::{Contract, Kind, Op, OpOrdering, Ordering, Poison};
use crate::syntax::{self, Bound, Shared, Tokens};

pub(crate) struct Model<'a> {
    pub input: &'a DeriveInput,
    /// The runtime crate: `::interior` or `#[interior(crate = "...")]`.
    pub krate: Tokens,
    pub fields: Vec<FieldModel<'a>>,
    /// `#[interior(thread_safe)]`, unless a field already failed it (rustc would say it again).
    pub thread_safe: Option<Span>,
    /// False for enums and unions: only the `Interior` impl is generated for them.
    pub is_struct: bool,
    /// `#[interior(introspect = false)]` turns the `Interior` impl off.
    pub introspect: bool,
}

pub(crate) struct FieldModel<'a> {
    pub original: &'a syn::Field,
    pub member: Member,
    /// The name `FIELDS` reports: the field's own name without `r#`, or its index.
    pub name: String,
    /// The base of method names: `rename`, else the field name, without `r#`.
    pub base: String,
    /// The field's type as a person writes it, for docs and errors.
    pub display_ty: String,
    /// What holds the value, and everything the mechanism's file knows about it.
    pub mechanism: Box<dyn Mechanism>,
    pub facts: Facts,
    pub reach: Reach,
    pub value: Value<'a>,
    pub contract: Contract,
    pub ordering: Ordering,
    pub poison: Poison,
    pub methods: Vec<Method>,
    /// `name` of an accepted `init = "Self::name"`, spanned on the value: checked against the
    /// names of the generated methods.
    pub init_self: Option<(String, Span)>,
}

/// How the holder is reached from `&self`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reach {
    /// One `Rc` or `Arc` around the holder, looked through.
    pub shared: Shared,
    /// A type the macro cannot read (an alias): reached through the runtime trait of its
    /// mechanism, which sees through `Rc` and `Arc` itself.
    pub alias: bool,
}

/// The value type `T`.
pub(crate) struct Value<'a> {
    /// As the field's type spells it, or the runtime trait's projection for an alias.
    pub tokens: Tokens,
    /// The same, for a place after `&` or `&mut`: a sum of bounds in parentheses.
    pub referent: Tokens,
    pub read: ValueRead<'a>,
    /// It mentions the struct's generics, or `Self`: a bound on it is a `where` clause.
    pub generic: bool,
}

/// What the macro can read of the value type.
#[derive(Clone, Copy)]
pub(crate) enum ValueRead<'a> {
    /// Written in the field's type: `u64` of `Cell<u64>`.
    Written(&'a Type),
    /// An atomic's primitive: `u64` of `AtomicU64`.
    Primitive,
    /// Behind an alias: nothing.
    Unknown,
}

/// One generated method: its op, name, visibility and op options.
pub(crate) struct Method {
    pub op: Op,
    pub ident: Ident,
    pub vis: Visibility,
    /// `set(into)`: the value is `impl Into<T>`.
    pub into: bool,
    /// The op's own ordering, on an atomic: `get(ordering = "acquire")`.
    pub ordering: Option<OpOrdering>,
}

/// What the registry's row of a mechanism tells about the holder of one field.
pub(crate) struct Facts {
    /// The holder's name for docs and errors: `Cell`, `Mutex`, `AtomicU64`, `atomic`.
    pub noun: &'static str,
    /// The noun with its article, for errors: "a `Cell`", "an atomic".
    pub a_noun: String,
    /// What `FieldContract::mechanism` reports.
    pub reported: Reported,
    /// Whether the holder itself is thread-safe, with the sentence the docs give then.
    pub thread_safe: Option<&'static str>,
    /// The docs' sentence when it is not, where "a `RefCell` is `!Sync`" is not the reason.
    pub not_thread_safe: Option<&'static str>,
    /// The runtime trait through which an alias of the holder is reached.
    pub alias_trait: &'static str,
    /// What an alias may hide that decides its thread safety, for the docs: "wraps a `Mutex`
    /// in an `Rc`, which is never thread-safe".
    pub alias_hides: String,
    /// What the holder is for `kind` under `#[sync]`.
    pub kind: Option<Kind>,
    /// The field options that apply: `ordering` (atomics), `poison` (std locks).
    pub takes_ordering: bool,
    pub takes_poison: bool,
    /// Why its `set` and `replace` take no `into`, if they do not.
    pub no_into: Option<&'static str>,
    /// A `#[weak]` link, for `FieldContract::weak`.
    pub weak: bool,
    /// The runtime feature the field needs, if the build does not enable it: its holder's
    /// crate is an optional dependency of the runtime.
    pub missing_feature: Option<&'static str>,
}

/// What `FieldContract::mechanism` says.
#[derive(Clone, Copy)]
pub(crate) enum Reported {
    /// `Mechanism::<variant>`.
    Variant(&'static str),
    /// The runtime trait's `MECHANISM` for the real type (an alias of one of several).
    ByTheType,
}

/// Whether a field may be shared between threads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ThreadSafety {
    Yes,
    No,
    /// An alias the macro cannot see into: the runtime trait's `THREAD_SAFE` of the real type.
    AsTheTypeSays,
}

/// How an op's bound on the value type (`Copy`, `Clone`, `Default`) is met.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum BoundUse {
    /// Visibly met (`u64: Copy`): call std directly.
    Direct,
    /// The value type mentions the struct's generics or `Self`: a `where` clause on the method.
    Where,
    /// A concrete type the macro cannot judge: call through the runtime helper whose bound
    /// carries a message naming the op and the field.
    Checked,
}

/// What expansion knows beyond the field: the runtime path, the struct, fresh names.
pub(crate) struct Cx<'a> {
    pub krate: &'a Tokens,
    pub owner: &'a Ident,
    /// A closure-result type parameter name that the struct's generics do not use (`R`).
    pub result: &'a Ident,
}

/// One generated method, before docs and attributes are put around it.
#[derive(Default)]
pub(crate) struct MethodGen {
    /// `&mut self` for `get_mut`, else `&self`.
    pub unique: bool,
    /// An `async fn` (tokio's locks), whose body may `.await`.
    pub asyncness: bool,
    /// The debug-build tracking of a borrow or lock (SPEC §13): a call of
    /// `__private::track`, whose result the body holds while it runs.
    pub tracked: Option<TokenStream>,
    pub generics: TokenStream,
    pub args: TokenStream,
    pub ret: TokenStream,
    pub where_: TokenStream,
    pub body: TokenStream,
    pub summary: String,
    pub panics: Option<String>,
    pub errors: Option<String>,
    pub blocking: Option<String>,
    /// The *Awaiting* section of an `async fn`: what the call waits for, and what it never does.
    pub awaiting: Option<String>,
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

/// The mechanism of one field: the part of a field that its mechanism's file (`mechanism/*.rs`)
/// knows, what holds the value in which variety (`Mutex` or `RwLock`, std's or `parking_lot`'s),
/// its op table and the code and docs it generates. A new mechanism implements it in its file.
pub(crate) trait Mechanism {
    /// Facts about the holder, computed once per field.
    fn facts(&self) -> Facts;
    /// Every op of the holder in the order the SPEC lists them, and whether it is a default.
    fn ops(&self) -> Vec<(Op, bool)>;
    /// Why `op` is not an op here, when the holder says more than its op list: `owner` names
    /// the other mechanism of the same mode that has it (`atomics`), if one does.
    fn missing_op_hint(&self, op: Op, owner: Option<&str>) -> Option<String>;
    /// The method of `m.op`, which is one of [`Self::ops`] (`None` for any other).
    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, m: &Method) -> Option<MethodGen>;
    /// The first sentence of the *Mutation contract* section: what holds `x` and how it works.
    fn sentence(&self, f: &FieldModel<'_>) -> String;

    /// Takes `#[once(init = "path")]`, the field's initializer, or says why it cannot.
    fn accept_init(&mut self, init: &syn::ExprPath) -> Result<(), String> {
        let _ = init;
        Err(format!(
            "`init` names the initializer of a `OnceCell` or a `OnceLock`, and this field is {}",
            self.facts().a_noun
        ))
    }
}

impl FieldModel<'_> {
    pub(crate) fn ty(&self) -> &Type {
        &self.original.ty
    }

    pub(crate) fn thread_safety(&self) -> ThreadSafety {
        if self.facts.thread_safe.is_some() && self.reach.alias {
            ThreadSafety::AsTheTypeSays
        } else if self.facts.thread_safe.is_some() && self.reach.shared != Shared::Rc {
            ThreadSafety::Yes
        } else {
            // A `Cell` or `RefCell` is `!Sync` whatever an alias wraps it in; an `Rc` always is.
            ThreadSafety::No
        }
    }

    pub(crate) fn bound_use(&self, bound: Bound) -> BoundUse {
        let visible = match self.value.read {
            ValueRead::Written(ty) => syntax::obviously_meets(ty, bound),
            ValueRead::Primitive => true,
            ValueRead::Unknown => false,
        };
        if visible {
            BoundUse::Direct
        } else if self.value.generic {
            // A checked call's bound is met inside a nested function, which can name neither
            // the struct's generics nor `Self`.
            BoundUse::Where
        } else {
            BoundUse::Checked
        }
    }
}
