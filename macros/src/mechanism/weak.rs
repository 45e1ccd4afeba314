//! `#[weak]`: graph links that never keep their target alive, one or a list, in a `RefCell`
//! (`Rc` targets) or a `Mutex`/`RwLock` (`Arc` targets). No accessor runs other code while it
//! holds the borrow or the lock.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{Ident, Type};

use super::lock::{self, Lock, Locking};
use super::{access, find, ops_of, OpSet, Recognised, Row};
use crate::diag;
use crate::grammar::{Mode, Op};
use crate::model::{
    Cx, Facts, FieldModel, Mechanism, Method, MethodGen, MustUse, Reported, ValueRead,
};
use crate::syntax::{self, Tokens};

pub(crate) const ROW: Row = Row {
    mode: Mode::Weak,
    called: "links",
    expects: "a `RefCell`, `Mutex` or `RwLock` of `Weak<T>` or of `Vec<Weak<T>>`",
    wrap: |shown| {
        format!("make it `RefCell<{shown}>` (or `Mutex<{shown}>` to share it across threads)")
    },
    names: |name| matches!(name, "RefCell" | "Mutex" | "RwLock"),
    misspelled: |name| {
        format!("`{name}` holds the link: `{name}<Weak<T>>` for one, `{name}<Vec<Weak<T>>>` for a list; a `Weak` never keeps its target alive")
    },
    recognise,
    alias: |_| None,
    asynchronous: None,
    ops: || {
        let mut ops: Vec<Op> = ONE_OPS.iter().map(|(op, _)| op.op()).collect();
        for (op, _) in LIST_OPS {
            if !ops.contains(&op.op()) {
                ops.push(op.op());
            }
        }
        ops
    },
    examples: &[
        "#[weak] x: ::core::cell::RefCell<::std::rc::Weak<u8>>",
        "#[weak] x: ::core::cell::RefCell<Vec<::std::rc::Weak<u8>>>",
        "#[weak] x: ::std::sync::Mutex<::std::sync::Weak<u8>>",
        "#[weak] x: ::std::sync::RwLock<Vec<::std::sync::Weak<u8>>>",
    ],
};

#[derive(Clone, Copy, PartialEq)]
enum WeakOp {
    Get,
    Set,
    Clear,
    Has,
    Push,
    Prune,
}

impl OpSet for WeakOp {
    fn op(self) -> Op {
        match self {
            WeakOp::Get => Op::Get,
            WeakOp::Set => Op::Set,
            WeakOp::Clear => Op::Clear,
            WeakOp::Has => Op::Has,
            WeakOp::Push => Op::Push,
            WeakOp::Prune => Op::Prune,
        }
    }
}

const ONE_OPS: &[(WeakOp, bool)] = &[
    (WeakOp::Get, true),
    (WeakOp::Set, true),
    (WeakOp::Clear, true),
    (WeakOp::Has, false),
];

/// A single link to an unsized target: `Weak::new` needs a sized one, so it has no `clear`.
const UNSIZED_ONE_OPS: &[(WeakOp, bool)] = &[
    (WeakOp::Get, true),
    (WeakOp::Set, true),
    (WeakOp::Has, false),
];

const LIST_OPS: &[(WeakOp, bool)] = &[
    (WeakOp::Get, true),
    (WeakOp::Push, true),
    (WeakOp::Prune, true),
    (WeakOp::Clear, false),
];

/// What holds the link.
#[derive(Clone)]
enum Holder {
    RefCell,
    Lock(Lock),
}

/// What the target's handle is: `Rc<T>` for `rc::Weak`, `Arc<T>` for `sync::Weak`.
#[derive(Clone, Copy, PartialEq)]
enum Handle {
    Rc,
    Arc,
}

struct Weak {
    holder: Holder,
    handle: Handle,
    /// A list of links (`Vec<Weak<T>>`) rather than one.
    list: bool,
    /// The target is unsized (`dyn Trait`, `[T]`, `str`).
    unsized_target: bool,
    /// What the holder holds as the field spells it (`Weak<T>`, `Vec<Weak<T>>`), when the `Weak`
    /// is bare: it is taken for the handle's `Weak` by the SPEC's rule, and reached through a
    /// runtime trait that only that type implements, so that an imported `Weak` of the other
    /// kind is one clear error at the field, not a type mismatch in the accessors.
    bare: Option<Tokens>,
}

fn recognise(inner: &Type) -> Option<Recognised<'_>> {
    let seg = syntax::last_segment(inner)?;
    let (holder, content) = if seg.ident == "RefCell" {
        (Holder::RefCell, syntax::single_type_arg(seg)?)
    } else {
        let (lock, content) = lock::read(inner)?;
        (Holder::Lock(lock), content)
    };
    let (list, link) = match syntax::last_segment(content) {
        Some(vec) if vec.ident == "Vec" => (true, syntax::single_type_arg(vec)?),
        _ => (false, content),
    };
    let handle = weak_handle(link, &holder)?;
    let bare = syntax::type_path(link)
        .is_some_and(syntax::is_bare)
        .then(|| Tokens::from(quote::ToTokens::to_token_stream(content)));
    let target = syntax::last_segment(link).and_then(syntax::single_type_arg)?;
    let unsized_target = matches!(target, Type::TraitObject(_) | Type::Slice(_))
        || syntax::last_segment(target).is_some_and(|s| s.ident == "str");
    Some(Recognised {
        mechanism: Box::new(Weak {
            holder,
            handle,
            list,
            unsized_target,
            bare,
        }),
        value: syntax::value_tokens(target),
        read: ValueRead::Written(target),
    })
}

/// The handle of a `Weak<T>` path: a bare `Weak` is `rc::Weak` in a `RefCell` and `sync::Weak`
/// in a lock; a spelled path (`rc::Weak`, `std::sync::Weak`, `alloc::rc::Weak`) says which.
fn weak_handle(link: &Type, holder: &Holder) -> Option<Handle> {
    let path = syntax::type_path(link)?;
    let last = path.segments.last()?;
    if last.ident != "Weak" {
        return None;
    }
    let module = path.segments.iter().rev().nth(1);
    match module.map(|m| m.ident.to_string()).as_deref() {
        None => Some(match holder {
            Holder::RefCell => Handle::Rc,
            Holder::Lock(_) => Handle::Arc,
        }),
        Some("rc") => Some(Handle::Rc),
        Some("sync") => Some(Handle::Arc),
        Some(_) => None,
    }
}

impl Weak {
    fn table(&self) -> &'static [(WeakOp, bool)] {
        match (self.list, self.unsized_target) {
            (true, _) => LIST_OPS,
            (false, false) => ONE_OPS,
            (false, true) => UNSIZED_ONE_OPS,
        }
    }

    /// `Rc` or `Arc`, and their `Weak`, through the runtime.
    fn paths(&self, krate: &Tokens) -> (TokenStream, TokenStream) {
        match self.handle {
            Handle::Rc => (
                quote!(#krate::__private::Rc),
                quote!(#krate::__private::RcWeak),
            ),
            Handle::Arc => (
                quote!(#krate::__private::Arc),
                quote!(#krate::__private::ArcWeak),
            ),
        }
    }

    /// `&Weak<T>` (or `&Vec<Weak<T>>`, `&mut` with `unique`) from `&held`, the holder's content:
    /// itself, or through the runtime's check of a bare `Weak`.
    fn view(
        &self,
        cx: &Cx<'_>,
        f: &FieldModel<'_>,
        held: &TokenStream,
        unique: bool,
    ) -> TokenStream {
        let Some(content) = &self.bare else {
            return held.clone();
        };
        let (krate, target) = (cx.krate, &f.value.tokens);
        let (trait_name, method) = match (self.handle, self.list, unique) {
            (Handle::Rc, false, false) => ("RcLink", "rc_link"),
            (Handle::Rc, false, true) => ("RcLink", "rc_link_mut"),
            (Handle::Rc, true, false) => ("RcLinks", "rc_links"),
            (Handle::Rc, true, true) => ("RcLinks", "rc_links_mut"),
            (Handle::Arc, false, false) => ("ArcLink", "arc_link"),
            (Handle::Arc, false, true) => ("ArcLink", "arc_link_mut"),
            (Handle::Arc, true, false) => ("ArcLinks", "arc_links"),
            (Handle::Arc, true, true) => ("ArcLinks", "arc_links_mut"),
        };
        let span = syn::spanned::Spanned::span(f.ty());
        let krate = krate.respanned(span);
        let (trait_name, method) = (Ident::new(trait_name, span), Ident::new(method, span));
        quote::quote_spanned!(span=> <#content as #krate::__private::#trait_name<#target>>::#method(#held))
    }

    /// The expression that borrows or locks the link for reading, and for writing.
    fn guarded(&self, cx: &Cx<'_>, f: &FieldModel<'_>) -> (TokenStream, TokenStream) {
        match &self.holder {
            Holder::RefCell => {
                let acc = access(f);
                (
                    quote!(::core::cell::RefCell::borrow(#acc)),
                    quote!(::core::cell::RefCell::borrow_mut(#acc)),
                )
            }
            Holder::Lock(lock) => {
                let (shared, unique) = lock.kind.acquisitions();
                (lock.locked(cx, f, shared), lock.locked(cx, f, unique))
            }
        }
    }
}

impl Mechanism for Weak {
    fn facts(&self) -> Facts {
        let noun = match &self.holder {
            Holder::RefCell => "RefCell",
            Holder::Lock(lock) => lock.kind.noun(),
        };
        let (safe, a_noun) = match (&self.holder, self.handle) {
            (Holder::Lock(_), Handle::Arc) => {
                (true, format!("{} of links", diag::with_article(noun)))
            }
            (Holder::Lock(_), Handle::Rc) => (
                false,
                format!("{} of `rc::Weak` links", diag::with_article(noun)),
            ),
            (Holder::RefCell, _) => (false, format!("{} of links", diag::with_article(noun))),
        };
        Facts {
            noun,
            alias_hides: String::new(),
            reported: Reported::Variant(noun),
            thread_safe: safe.then_some(
                "thread-safe: the lock serialises access across threads, and the targets are `Arc`s.",
            ),
            not_thread_safe: (matches!(self.holder, Holder::Lock(_)) && !safe).then_some(
                "not thread-safe: its links are `rc::Weak`, which are neither `Send` nor `Sync`, so the struct that holds them is neither.",
            ),
            a_noun,
            alias_trait: "",
            kind: None,
            takes_ordering: false,
            takes_poison: matches!(self.holder, Holder::Lock(_)),
            no_into: Some("a link's `set` takes `&Rc<T>` or `&Arc<T>`, the target to link to, and converts nothing"),
            weak: true,
            missing_feature: None,
        }
    }

    fn ops(&self) -> Vec<(Op, bool)> {
        ops_of(self.table())
    }

    fn missing_op_hint(&self, op: Op, _: Option<&str>) -> Option<String> {
        let hint = match op {
            Op::GetMut => {
                "a link is read with `x()` and changed through `&self`; it has no `get_mut`"
            }
            Op::Clear if !self.list => "`Weak::new` needs a sized target, and this one is unsized",
            Op::Push | Op::Prune if !self.list => {
                "`push` and `prune` are ops of a list of links, `Vec<Weak<T>>`"
            }
            Op::Set if self.list => "a list of links is changed with `push`, `prune` and `clear`",
            Op::Has if self.list => {
                "`has` is an op of one link; a list's `x()` returns its live targets"
            }
            _ => return None,
        };
        Some(format!(" ({hint})"))
    }

    fn method(&self, cx: &Cx<'_>, f: &FieldModel<'_>, call: &Method) -> Option<MethodGen> {
        let op = find(self.table(), call.op)?;
        let (krate, target, x) = (cx.krate, &f.value.tokens, &f.base);
        let (handle, weak) = self.paths(krate);
        let (read, write) = self.guarded(cx, f);
        let vec = quote!(#krate::__private::Vec);
        let (panics, blocking) = match &self.holder {
            Holder::RefCell => (
                Some(format!("Panics if `{x}` is mutably borrowed by code other than its accessors, which hold no borrow while other code runs (a `borrow_mut()` of the field itself kept alive).")),
                None,
            ),
            Holder::Lock(lock) => {
                let (shared, unique) = lock.kind.acquisitions();
                let how = match op {
                    WeakOp::Get | WeakOp::Has => shared,
                    WeakOp::Set | WeakOp::Clear | WeakOp::Push | WeakOp::Prune => unique,
                };
                (lock.poison_panics(f), Some(lock::blocking(f, how, lock::Tracked::HeldInside)))
            }
        };
        let gen =
            |args: TokenStream, ret: TokenStream, body: TokenStream, summary: String| MethodGen {
                args,
                ret,
                body,
                summary,
                panics: panics.clone(),
                blocking: blocking.clone(),
                ..MethodGen::default()
            };
        let (links, link, live, before) = (
            Ident::new("links", Span::mixed_site()),
            Ident::new("link", Span::mixed_site()),
            Ident::new("live", Span::mixed_site()),
            Ident::new("before", Span::mixed_site()),
        );
        // One-link ops use the guard as a temporary of one expression; list ops hold it in
        // `guard` and drop it as soon as they are done with it.
        let guard = Ident::new("guard", Span::mixed_site());
        let (shared_view, unique_view) = (
            self.view(cx, f, &quote!(&*#read), false),
            self.view(cx, f, &quote!(&mut *#write), true),
        );
        let (held, held_mut) = (
            self.view(cx, f, &quote!(&*#guard), false),
            self.view(cx, f, &quote!(&mut *#guard), true),
        );
        Some(match (op, self.list) {
            (WeakOp::Get, false) => MethodGen {
                must_use: MustUse::Plain,
                ..gen(
                    TokenStream::new(),
                    quote!(-> ::core::option::Option<#handle<#target>>),
                    quote!(#weak::upgrade(#shared_view)),
                    format!("Returns the target of `{x}`, if it is still alive; `None` before a `set_{x}` and once the target is dropped."),
                )
            },
            (WeakOp::Get, true) => MethodGen {
                must_use: MustUse::Plain,
                ..gen(
                    TokenStream::new(),
                    quote!(-> #vec<#handle<#target>>),
                    quote! {
                        let #guard = #read;
                        let #links: &#vec<#weak<#target>> = #held;
                        let mut #live = #vec::with_capacity(#vec::len(#links));
                        for #link in <[#weak<#target>]>::iter(#links) {
                            if let ::core::option::Option::Some(target) = #weak::upgrade(#link) {
                                #vec::push(&mut #live, target);
                            }
                        }
                        ::core::mem::drop(#guard);
                        #live
                    },
                    format!("Returns the live targets of `{x}`, in the order they were pushed."),
                )
            },
            (WeakOp::Set, _) => gen(
                quote!(target: &#handle<#target>),
                TokenStream::new(),
                quote!(*#unique_view = #handle::downgrade(target);),
                format!("Links `{x}` to `target`, without keeping it alive."),
            ),
            (WeakOp::Clear, false) => gen(
                TokenStream::new(),
                TokenStream::new(),
                quote!(*#unique_view = #weak::new();),
                format!("Unlinks `{x}`: `{x}()` returns `None` after it."),
            ),
            (WeakOp::Clear, true) => gen(
                TokenStream::new(),
                TokenStream::new(),
                quote!(#vec::clear(#unique_view);),
                format!("Unlinks every target of `{x}`."),
            ),
            (WeakOp::Has, _) => MethodGen {
                must_use: MustUse::Plain,
                ..gen(
                    TokenStream::new(),
                    quote!(-> bool),
                    quote!(#weak::strong_count(#shared_view) > 0),
                    format!("Whether the target of `{x}` is alive."),
                )
            },
            (WeakOp::Push, _) => gen(
                quote!(target: &#handle<#target>),
                TokenStream::new(),
                quote!(#vec::push(#unique_view, #handle::downgrade(target));),
                format!("Adds a link to `target` at the end of `{x}`, without keeping it alive."),
            ),
            (WeakOp::Prune, _) => gen(
                TokenStream::new(),
                quote!(-> usize),
                quote! {
                    let mut #guard = #write;
                    let #links: &mut #vec<#weak<#target>> = #held_mut;
                    let #before = #vec::len(#links);
                    #vec::retain(#links, |#link| #weak::strong_count(#link) > 0);
                    let #live = #vec::len(#links);
                    ::core::mem::drop(#guard);
                    #before - #live
                },
                format!("Drops the links of `{x}` whose target is gone, and returns how many it dropped."),
            ),
        })
    }

    fn sentence(&self, f: &FieldModel<'_>) -> String {
        let (x, ty) = (&f.base, diag::with_article(&f.display_ty));
        let what = if self.list {
            "links that never keep their targets"
        } else {
            "a link that never keeps its target"
        };
        let returns = if self.list {
            format!("`{x}()` returns only the targets still alive")
        } else {
            format!("`{x}()` returns `None` once the target is dropped")
        };
        format!(
            "`{x}` is {ty}: {what} alive, so links between parents and children form no reference cycle; {returns}. No accessor runs other code while it holds the {}.",
            match &self.holder {
                Holder::RefCell => "borrow",
                Holder::Lock(_) => "lock",
            }
        )
    }
}
