#[allow(
    dead_code,
    single_use_lifetimes,
    reason = "accessors a user does not call, the shields below, the struct's own generics"
)]
const _: () = {
    fn value() {}
    fn f() {}
    fn current() {}
    fn new() {}
    fn old() {}
    fn actual() {}
    fn func() {}
    fn target() {}
    /** Interior-mutable fields of `Server`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `requests` | `AtomicU64` | state | yes | `update_requests`, `compare_exchange_requests`, `fetch_add_requests` |
 | `log` | `std::sync::Mutex<Vec<String>>` | state | yes | `with_log_mut`, `lock_log` |
 | `config` | `Arc<std::sync::RwLock<Config>>` | state | yes | `with_config`, `write_config` |*/
    impl Server {
        /// Replaces the value of `requests` with `f` of it in a compare-and-swap loop and returns the new value; `f` runs again whenever another thread changed `requests` in between.
        /**
 # Mutation contract

 `requests` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `requests` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Loads with `Ordering::Acquire`; each compare-and-swap uses `Ordering::AcqRel` on success and `Ordering::Acquire` on failure.*/
        #[inline]
        pub fn update_requests(&self, f: impl ::core::ops::FnMut(u64) -> u64) -> u64 {
            let mut func = f;
            let mut current = ::core::sync::atomic::AtomicU64::load(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.requests),
                ::core::sync::atomic::Ordering::Acquire,
            );
            loop {
                let new = func(current);
                match ::core::sync::atomic::AtomicU64::compare_exchange_weak(
                    ::interior::__private::named::<
                        ::core::sync::atomic::AtomicU64,
                        _,
                    >(&self.requests),
                    current,
                    new,
                    ::core::sync::atomic::Ordering::AcqRel,
                    ::core::sync::atomic::Ordering::Acquire,
                ) {
                    ::core::result::Result::Ok(_) => break new,
                    ::core::result::Result::Err(actual) => current = actual,
                }
            }
        }
        /// Stores `new` in `requests` if its value is `current`.
        /**
 # Mutation contract

 `requests` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `requests` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Errors

 Returns `Err` with the value found if `requests` did not hold `current`; `Ok` holds the previous value.

 # Ordering

 `Ordering::AcqRel` on success and `Ordering::Acquire` on failure.*/
        #[inline]
        pub fn compare_exchange_requests(
            &self,
            current: u64,
            new: u64,
        ) -> ::core::result::Result<u64, u64> {
            ::core::sync::atomic::AtomicU64::compare_exchange(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.requests),
                current,
                new,
                ::core::sync::atomic::Ordering::AcqRel,
                ::core::sync::atomic::Ordering::Acquire,
            )
        }
        /// Adds `value` to the value of `requests` (wrapping on overflow) and returns the previous value.
        /**
 # Mutation contract

 `requests` is an `AtomicU64`: every access is one atomic operation on the hardware, lock-free, and never panics or blocks.

 **Contract: state** — externally visible state: callers must expect `requests` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: each access is a single atomic operation.*/
        /**
 # Ordering

 Atomic `fetch_add` with `Ordering::AcqRel`.*/
        #[inline]
        pub fn fetch_add_requests(&self, value: u64) -> u64 {
            ::core::sync::atomic::AtomicU64::fetch_add(
                ::interior::__private::named::<
                    ::core::sync::atomic::AtomicU64,
                    _,
                >(&self.requests),
                value,
                ::core::sync::atomic::Ordering::AcqRel,
            )
        }
        /// Calls `f` with a mutable reference to `log` under its lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `log` is a `std::sync::Mutex<Vec<String>>` (std): every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `log` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: the lock serialises access across threads.*/
        /**
 # Blocking

 Takes the lock of `log`, blocking the current thread until it is available. The lock is not re-entrant: calling another accessor of `log` while it is held (from inside the closure, or while a guard lives) would block forever; in debug builds such an accessor panics instead, naming the accessor that holds the lock and the line it was called from.*/
        #[inline]
        #[cfg_attr(debug_assertions, track_caller)]
        fn with_log_mut<R>(
            &self,
            f: impl ::core::ops::FnOnce(&mut Vec<String>) -> R,
        ) -> R {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::lock(
                &self.log,
                ::interior::__private::track::Access::Exclusive,
                ::interior::__private::track::Role::Holds,
                "Server",
                "log",
                "with_log_mut",
            );
            f(
                &mut *::interior::__private::unpoison(
                    ::interior::__private::Mutex::lock(&self.log),
                    true,
                    "Server",
                    "log",
                ),
            )
        }
        /// Locks `log` until the returned guard is dropped.
        /**
 # Mutation contract

 `log` is a `std::sync::Mutex<Vec<String>>` (std): every access takes its lock, so one thread at a time reads or changes it.

 **Contract: state** — externally visible state: callers must expect `log` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: the lock serialises access across threads.*/
        /**
 # Blocking

 Takes the lock of `log`, blocking the current thread until it is available. The lock is not re-entrant: calling another accessor of `log` while it is held (from inside the closure, or while a guard lives) would block forever; in debug builds such an accessor panics instead, naming the accessor that holds the lock and the line it was called from.*/
        #[inline]
        #[must_use = "the lock is held as long as the guard lives; a guard that is not used only holds the lock"]
        #[cfg_attr(debug_assertions, track_caller)]
        fn lock_log(&self) -> ::interior::__private::MutexGuard<'_, Vec<String>> {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::lock(
                &self.log,
                ::interior::__private::track::Access::Exclusive,
                ::interior::__private::track::Role::Checks,
                "Server",
                "log",
                "lock_log",
            );
            ::interior::__private::unpoison(
                ::interior::__private::Mutex::lock(&self.log),
                true,
                "Server",
                "log",
            )
        }
        /// Calls `f` with a shared reference to `config` under its read lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `config` is an `Arc<std::sync::RwLock<Config>>` (std): reads share its read lock, changes take its write lock exclusively. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: the lock serialises access across threads.*/
        /**
 # Panics

 Panics if the lock of `config` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the read lock of `config`, blocking the current thread until it is available. The lock is not re-entrant: calling another accessor of `config` while it is held (from inside the closure, or while a guard lives) would block forever; in debug builds such an accessor panics instead, naming the accessor that holds the lock and the line it was called from.*/
        #[inline]
        #[track_caller]
        fn with_config<R>(&self, f: impl ::core::ops::FnOnce(&Config) -> R) -> R {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::lock(
                &*self.config,
                ::interior::__private::track::Access::Shared,
                ::interior::__private::track::Role::Holds,
                "Server",
                "config",
                "with_config",
            );
            f(
                &*::interior::__private::unpoison(
                    ::interior::__private::RwLock::read(&*self.config),
                    false,
                    "Server",
                    "config",
                ),
            )
        }
        /// Write-locks `config` until the returned guard is dropped.
        /**
 # Mutation contract

 `config` is an `Arc<std::sync::RwLock<Config>>` (std): reads share its read lock, changes take its write lock exclusively. The `Arc` shares it with every clone of the handle, across threads.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Server`.

 **Thread safety:** thread-safe: the lock serialises access across threads.*/
        /**
 # Panics

 Panics if the lock of `config` is poisoned: another thread panicked while holding it. The field's `poison = "panic"` policy says so; `poison = "recover"` uses the data anyway.

 # Blocking

 Takes the write lock of `config`, blocking the current thread until it is available. The lock is not re-entrant: calling another accessor of `config` while it is held (from inside the closure, or while a guard lives) would block forever; in debug builds such an accessor panics instead, naming the accessor that holds the lock and the line it was called from.*/
        #[inline]
        #[must_use = "the lock is held as long as the guard lives; a guard that is not used only holds the lock"]
        #[track_caller]
        fn write_config(&self) -> ::interior::__private::RwLockWriteGuard<'_, Config> {
            #[cfg(debug_assertions)]
            let _held = ::interior::__private::track::lock(
                &*self.config,
                ::interior::__private::track::Access::Exclusive,
                ::interior::__private::track::Role::Checks,
                "Server",
                "config",
                "write_config",
            );
            ::interior::__private::unpoison(
                ::interior::__private::RwLock::write(&*self.config),
                false,
                "Server",
                "config",
            )
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for Server {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "requests",
            ::interior::Mechanism::Atomic,
            ::interior::ContractClass::State,
            &["update_requests", "compare_exchange_requests", "fetch_add_requests"],
            true,
            false,
        ),
        ::interior::__private::field(
            "log",
            ::interior::Mechanism::Mutex,
            ::interior::ContractClass::State,
            &["with_log_mut", "lock_log"],
            true,
            false,
        ),
        ::interior::__private::field(
            "config",
            ::interior::Mechanism::RwLock,
            ::interior::ContractClass::State,
            &["with_config", "write_config"],
            true,
            false,
        ),
    ];
}
const _: () = ::interior::__private::assert_thread_safe::<Server>();
