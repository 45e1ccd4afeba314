//! A user crate with every mode, also inside a `#[no_implicit_prelude]` module where `Option`,
//! `Result` and `Cell` are the user's own types. `edition2018/` and `edition2024/` compile this
//! one file as editions 2018 and 2024; their `Cargo.toml`s set the lints of each edition.

#![forbid(unsafe_code)]

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, OnceLock, RwLock};

use interior::Interior;

/// One field per mechanism, default ops.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Everything {
    /// A counter.
    #[cell]
    count: Cell<u32>,
    /// A log.
    #[refcell]
    log: RefCell<Vec<String>>,
    /// A queue.
    #[sync(get, lock)]
    queue: Mutex<Vec<u8>>,
    /// A setting.
    #[sync(get, read, write)]
    setting: Arc<RwLock<String>>,
    /// A total.
    #[sync(fetch_add, compare_exchange, ordering = "acq_rel")]
    total: AtomicU64,
    /// A flag.
    #[sync(get, fetch_or)]
    flag: AtomicBool,
    /// A lazily computed name.
    #[once(get_or_init, set)]
    name: OnceCell<String>,
    /// A shared lazily computed id.
    #[once]
    id: Rc<OnceCell<u8>>,
    /// A global value.
    #[once]
    global: OnceLock<u64>,
}

/// Calls methods of every mode.
pub fn exercise() -> usize {
    let e = Everything::default();
    let count = e.update_count(|c| c + 1);
    e.with_log_mut(|log| log.push("x".to_owned()));
    let lines = e.with_log(Vec::len);
    e.lock_queue().push(1);
    e.write_setting().push('y');
    let setting = e.setting().len() + e.read_setting().len();
    let total = e.fetch_add_total(2) + e.compare_exchange_total(2, 3).unwrap_or(0);
    let flag = e.fetch_or_flag(true) || e.flag();
    let name =
        e.name_or_init(|| "n".to_owned()).len() + e.set_name(String::new()).is_err() as usize;
    let id = *e.id_or_init(|| 4);
    let global = *e.global_or_init(|| 5);
    count as usize
        + lines
        + e.queue().len()
        + setting
        + total as usize
        + flag as usize
        + name
        + usize::from(id)
        + global as usize
}

/// Field names and `rename`s that are keywords of some edition: `gen` (2024), `async`, `try`,
/// `dyn` and `await` (2018). The getters are raw identifiers in every edition; the prefixed
/// names are plain.
#[derive(Interior, Default)]
#[interior(vis = "pub")]
pub struct Keywords {
    /// A generation counter.
    #[cell]
    r#gen: Cell<u8>,
    /// A value computed once, asynchronously named.
    #[once]
    r#async: OnceCell<u8>,
    /// Attempts, renamed to a keyword.
    #[cell(get, update, rename = "try")]
    attempts: Cell<u8>,
    /// A flag, renamed to a keyword, with an op renamed to another.
    #[cell(set, get(rename = "await"), rename = "dyn")]
    dynamic: Cell<bool>,
}

/// Calls the methods of [`Keywords`].
pub fn keywords(k: &Keywords) -> u8 {
    k.set_gen(1);
    let generation = k.r#gen() + k.update_gen(|g| g + 1) + k.replace_gen(0);
    let computed = *k.async_or_init(|| 3) + k.r#async().copied().unwrap_or(0);
    let attempts = k.update_try(|a| a + 1) + k.r#try();
    k.set_dyn(true);
    generation + computed + attempts + u8::from(k.r#await())
}

/// The same fields in a module without the implicit prelude, next to user types that shadow
/// `Option`, `Result`, `Cell` and `Default`.
#[no_implicit_prelude]
pub mod bare {
    /// The user's own `Option`.
    pub struct Option;
    /// The user's own `Result`.
    pub struct Result;
    /// The user's own `Cell`.
    pub struct Cell;
    /// The user's own `Default`.
    pub trait Default {}
    /// The user's own `Clone`.
    pub trait Clone {}

    /// One field per mechanism, in a module with no prelude.
    #[derive(::interior::Interior)]
    #[interior(vis = "pub")]
    pub struct Bare {
        /// A counter.
        #[cell(get, set, replace, update, take)]
        count: ::std::cell::Cell<u32>,
        /// A log.
        #[refcell(
            with,
            with_mut,
            set,
            replace,
            get,
            take,
            borrow,
            borrow_mut,
            try_borrow,
            try_borrow_mut
        )]
        log: ::std::cell::RefCell<::std::vec::Vec<u8>>,
        /// A queue.
        #[sync(with, with_mut, set, replace, get, take, lock)]
        queue: ::std::sync::Mutex<::std::vec::Vec<u8>>,
        /// A setting.
        #[sync(
            with,
            with_mut,
            set,
            replace,
            get,
            take,
            read,
            write,
            poison = "recover"
        )]
        setting: ::std::sync::RwLock<u8>,
        /// A total.
        #[sync(
            get,
            set,
            replace,
            update,
            compare_exchange,
            fetch_add,
            fetch_sub,
            fetch_max,
            fetch_min,
            fetch_and,
            fetch_or,
            fetch_xor
        )]
        total: ::std::sync::atomic::AtomicU64,
        /// A lazily computed value.
        #[once(get, get_or_init, set)]
        lazy: ::std::cell::OnceCell<u8>,
        /// A global value.
        #[once(get, get_or_init, set)]
        global: ::std::sync::OnceLock<u8>,
    }

    /// A `Cell` behind an alias.
    pub type Counter = ::std::cell::Cell<u8>;
    /// A `Mutex` behind an alias.
    pub type Queue = ::std::sync::Mutex<::std::vec::Vec<u8>>;

    /// Aliases, shared ownership, generics with a where clause, a tuple struct and
    /// `thread_safe`, in a module with no prelude.
    #[derive(::interior::Interior)]
    #[interior(vis = "pub", thread_safe)]
    pub struct Shapes<T, U>(
        #[sync(rename = "queue", get, take, lock, kind = "mutex")] Queue,
        #[sync(rename = "value", get, take, with, set)] ::std::sync::Arc<::std::sync::RwLock<T>>,
        #[once(rename = "lazy")] ::std::sync::OnceLock<U>,
    )
    where
        T: ::core::clone::Clone;

    /// Aliases and `Rc`, not thread-safe.
    #[derive(::interior::Interior)]
    #[interior(vis = "pub")]
    pub struct Local<T> {
        /// An aliased counter.
        #[cell(get, set, update, take)]
        counter: Counter,
        /// A shared cell of a generic type.
        #[cell(get, set, replace, update, take)]
        shared: ::std::rc::Rc<::std::cell::Cell<T>>,
        /// A shared list.
        #[refcell(get, take, borrow, try_borrow_mut)]
        list: ::std::rc::Rc<::std::cell::RefCell<::std::vec::Vec<T>>>,
    }

    /// Calls the methods of [`Bare`].
    pub fn exercise(bare: &Bare) -> u64 {
        bare.set_count(1);
        let count = bare.update_count(|c| c + 1) + bare.replace_count(0) + bare.take_count();
        bare.with_log_mut(|log| log.push(1));
        let log = bare.with_log(|log| log.len()) + bare.log().len();
        bare.lock_queue().push(1);
        let queue = bare.with_queue(|q| q.len()) + bare.take_queue().len();
        bare.set_setting(3);
        let setting = bare.setting() + *bare.read_setting();
        let total = bare.fetch_add_total(1) + bare.update_total(|t| t * 2);
        let lazy = *bare.lazy_or_init(|| 1) + *bare.global_or_init(|| 2);
        count as u64 + log as u64 + queue as u64 + setting as u64 + total + lazy as u64
    }
}

/// tokio's locks (`async fn` accessors, `async` a keyword since 2018) and `ArcSwap`, in a
/// `#[no_implicit_prelude]` module, generic.
#[no_implicit_prelude]
pub mod integrations {
    /// Imported bare: marked `async`.
    use ::tokio::sync::Mutex;

    /// A tokio-backed service with a snapshot of its settings.
    #[derive(::interior::Interior)]
    #[interior(vis = "pub", thread_safe)]
    pub struct Service<T>
    where
        T: ::core::marker::Send + ::core::marker::Sync,
    {
        /// Jobs.
        #[sync(rename = "work", with_mut, get, take, lock, contract = "state")]
        jobs: ::tokio::sync::Mutex<::std::vec::Vec<T>>,
        /// Names.
        #[sync(with, with_mut, read, write)]
        names: ::std::sync::Arc<::tokio::sync::RwLock<::std::string::String>>,
        /// Seen.
        #[sync(async, with_mut, set, replace)]
        seen: Mutex<u64>,
        /// Settings.
        #[sync(contract = "cache")]
        settings: ::arc_swap::ArcSwap<::std::string::String>,
    }

    /// Calls the methods of [`Service`].
    pub async fn exercise<T>(service: &Service<T>) -> usize
    where
        T: ::core::marker::Send + ::core::marker::Sync + ::core::clone::Clone + ::core::default::Default,
    {
        service.with_work_mut(|jobs| jobs.clear()).await;
        let jobs = service.work().await.len() + service.take_work().await.len();
        ::core::mem::drop(service.lock_work().await);
        service.with_names_mut(|n| n.push('x')).await;
        let names = service.with_names(|n| n.len()).await + service.read_names().await.len();
        service.write_names().await.clear();
        service.with_seen_mut(|s| *s += 1).await;
        service.set_seen(2).await;
        let seen = service.replace_seen(3).await;
        service.set_settings(<::std::string::String as ::core::convert::From<&str>>::from("a"));
        let settings = service.settings().len()
            + service.with_settings(|s| s.len())
            + service.replace_settings(::std::string::String::new()).len()
            + service.update_settings(::core::clone::Clone::clone).len();
        jobs + names + seen as usize + settings
    }
}
