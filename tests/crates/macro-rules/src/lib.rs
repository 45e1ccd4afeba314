//! The derive inside a `macro_rules!` macro that generates the struct: field names and types
//! come in as macro arguments, so their tokens carry the macro's hygiene and spans.

#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    clippy::all,
    clippy::pedantic,
    clippy::nursery
)]
#![forbid(unsafe_code)]

use std::cell::{Cell, OnceCell, RefCell};
use std::sync::atomic::AtomicU64;
use std::sync::Mutex;

/// Declares a struct with a counter, a log and a lock, named by the caller.
macro_rules! stateful {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $count:ident: $count_ty:ty,
            $log:ident: $log_ty:ty,
            $lock:ident: $lock_ty:ty,
            $total:ident: $total_ty:ty $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(::interior::Interior, Default)]
        #[interior(vis = "pub")]
        $vis struct $name {
            /// The counter.
            #[cell(get, set, replace, update, take, contract = "bookkeeping")]
            $count: $count_ty,
            /// The log.
            #[refcell(get, take, with, with_mut, set, replace, borrow, borrow_mut)]
            $log: $log_ty,
            /// The lock.
            #[sync(get, take, with, with_mut, set, replace, lock)]
            $lock: $lock_ty,
            /// The total.
            #[sync(get, set, update, fetch_add, compare_exchange, ordering = "relaxed")]
            $total: $total_ty,
        }
    };
}

stateful! {
    /// The first expansion.
    pub struct Session {
        hits: Cell<u32>,
        lines: RefCell<Vec<String>>,
        queue: Mutex<Vec<u8>>,
        bytes: AtomicU64,
    }
}

stateful! {
    /// The second expansion, with other names and types.
    pub struct Connection {
        retries: Cell<u8>,
        frames: RefCell<Vec<[u8; 4]>>,
        pending: Mutex<String>,
        sent: AtomicU64,
    }
}

/// Declares a struct whose marked fields take the visibility the caller gives them (no
/// struct-level `vis`), with the ops that return a `Result`.
macro_rules! visible {
    ($name:ident { $($fvis:vis $field:ident: $ty:ty => $mode:ident($($op:ident),*)),* $(,)? }) => {
        /// Fields with the caller's visibility.
        #[derive(::interior::Interior, Default)]
        pub struct $name {
            $(
                /// A field.
                #[$mode($($op),*)]
                $fvis $field: $ty,
            )*
        }
    };
}

visible!(Visible {
    pub ticket: AtomicU64 => sync(get, compare_exchange),
    pub(crate) name: OnceCell<String> => once(get, set),
    pub log: RefCell<Vec<u8>> => refcell(try_borrow, try_borrow_mut),
    private: Cell<u8> => cell(get, set),
});

/// Calls methods of every expansion.
#[must_use]
pub fn exercise() -> usize {
    let s = Session::default();
    s.set_hits(1);
    let hits = s.update_hits(|h| h + 1) + s.replace_hits(0) + s.take_hits() + s.hits();
    s.with_lines_mut(|l| l.push("x".to_owned()));
    s.borrow_lines_mut().push("y".to_owned());
    s.lock_queue().push(1);
    let lens = s.lines().len() + s.borrow_lines().len() + s.queue().len();
    let bytes = s.fetch_add_bytes(3) + s.update_bytes(|b| b * 2) + s.bytes();

    let c = Connection::default();
    c.set_retries(2);
    let retries = c.update_retries(|r| r + 1) + c.take_retries();
    c.with_frames_mut(|f| f.push([1; 4]));
    c.set_pending("p".to_owned());
    let more = c.frames().len() + c.pending().len() + c.with_pending(String::len);
    let sent = c.compare_exchange_sent(0, 5).unwrap_or(0) + c.sent();

    let v = Visible::default();
    let ticket = v.compare_exchange_ticket(0, 1).unwrap_or(0) + v.ticket();
    let name = v
        .set_name("n".to_owned())
        .map_or(0, |()| v.name().map_or(0, String::len));
    let log =
        v.try_borrow_log().map_or(0, |l| l.len()) + v.try_borrow_log_mut().map_or(0, |l| l.len());

    usize::try_from(ticket).unwrap_or(0)
        + name
        + log
        + usize::try_from(u64::from(hits) + bytes + u64::from(retries) + sent).unwrap_or(0)
        + lens
        + more
}
