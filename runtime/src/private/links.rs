//! `#[weak]` links whose `Weak` is written bare: the derive takes it for `rc::Weak` in a
//! `RefCell` and for `sync::Weak` in a lock, and reaches it through these traits, which only
//! that type implements. An imported `Weak` of the other kind is then one error at the field,
//! with the fix, instead of a type mismatch inside the accessors.

use alloc::rc::Weak as RcWeak;
use alloc::sync::Weak as ArcWeak;
use alloc::vec::Vec;

/// A link to an `Rc`: `std::rc::Weak<T>`.
#[diagnostic::on_unimplemented(
    message = "a link in a `RefCell` is a `std::rc::Weak<{T}>`, to an `Rc`, and this field's link is `{Self}`",
    label = "the bare `Weak` here names another type",
    note = "import `std::rc::Weak` (or `alloc::rc::Weak`), or spell the path: `RefCell<std::sync::Weak<T>>` links to an `Arc`"
)]
pub trait RcLink<T: ?Sized> {
    /// The link.
    fn rc_link(&self) -> &RcWeak<T>;
    /// The link, to change it.
    fn rc_link_mut(&mut self) -> &mut RcWeak<T>;
}

impl<T: ?Sized> RcLink<T> for RcWeak<T> {
    #[inline]
    fn rc_link(&self) -> &RcWeak<T> {
        self
    }
    #[inline]
    fn rc_link_mut(&mut self) -> &mut RcWeak<T> {
        self
    }
}

/// Links to `Arc`s: `std::sync::Weak<T>`.
#[diagnostic::on_unimplemented(
    message = "a link in a `Mutex` or an `RwLock` is a `std::sync::Weak<{T}>`, to an `Arc`, and this field's link is `{Self}`",
    label = "the bare `Weak` here names another type",
    note = "import `std::sync::Weak` (or `alloc::sync::Weak`), or spell the path: `Mutex<std::rc::Weak<T>>` links to an `Rc`"
)]
pub trait ArcLink<T: ?Sized> {
    /// The link.
    fn arc_link(&self) -> &ArcWeak<T>;
    /// The link, to change it.
    fn arc_link_mut(&mut self) -> &mut ArcWeak<T>;
}

impl<T: ?Sized> ArcLink<T> for ArcWeak<T> {
    #[inline]
    fn arc_link(&self) -> &ArcWeak<T> {
        self
    }
    #[inline]
    fn arc_link_mut(&mut self) -> &mut ArcWeak<T> {
        self
    }
}

/// A list of links to `Rc`s: `Vec<std::rc::Weak<T>>`.
#[diagnostic::on_unimplemented(
    message = "a list of links in a `RefCell` is a `Vec<std::rc::Weak<{T}>>`, to `Rc`s, and this field's list is `{Self}`",
    label = "the bare `Weak` here names another type",
    note = "import `std::rc::Weak` (or `alloc::rc::Weak`), or spell the path: `RefCell<Vec<std::sync::Weak<T>>>` links to `Arc`s"
)]
pub trait RcLinks<T: ?Sized> {
    /// The links.
    fn rc_links(&self) -> &Vec<RcWeak<T>>;
    /// The links, to change them.
    fn rc_links_mut(&mut self) -> &mut Vec<RcWeak<T>>;
}

impl<T: ?Sized> RcLinks<T> for Vec<RcWeak<T>> {
    #[inline]
    fn rc_links(&self) -> &Vec<RcWeak<T>> {
        self
    }
    #[inline]
    fn rc_links_mut(&mut self) -> &mut Vec<RcWeak<T>> {
        self
    }
}

/// A list of links to `Arc`s: `Vec<std::sync::Weak<T>>`.
#[diagnostic::on_unimplemented(
    message = "a list of links in a `Mutex` or an `RwLock` is a `Vec<std::sync::Weak<{T}>>`, to `Arc`s, and this field's list is `{Self}`",
    label = "the bare `Weak` here names another type",
    note = "import `std::sync::Weak` (or `alloc::sync::Weak`), or spell the path: `Mutex<Vec<std::rc::Weak<T>>>` links to `Rc`s"
)]
pub trait ArcLinks<T: ?Sized> {
    /// The links.
    fn arc_links(&self) -> &Vec<ArcWeak<T>>;
    /// The links, to change them.
    fn arc_links_mut(&mut self) -> &mut Vec<ArcWeak<T>>;
}

impl<T: ?Sized> ArcLinks<T> for Vec<ArcWeak<T>> {
    #[inline]
    fn arc_links(&self) -> &Vec<ArcWeak<T>> {
        self
    }
    #[inline]
    fn arc_links_mut(&mut self) -> &mut Vec<ArcWeak<T>> {
        self
    }
}
