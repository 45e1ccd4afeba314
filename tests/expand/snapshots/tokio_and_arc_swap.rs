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
    /** Interior-mutable fields of `Service`, as `#[derive(Interior)]` generated their accessors:

 | field | mechanism | contract | thread-safe | methods |
 |---|---|---|---|---|
 | `jobs` | `tokio::sync::Mutex<Vec<u32>>` | state | yes | `with_jobs_mut`, `jobs`, `lock_jobs` |
 | `names` | `RwLock<Vec<String>>` | state | yes | `with_names`, `write_names` |
 | `queue` | `Queue` | state | if `Queue: Send + Sync` | `with_queue_mut` |
 | `config` | `arc_swap::ArcSwap<Config>` | state | yes | `config`, `with_config`, `set_config`, `replace_config`, `update_config` |*/
    impl Service {
        /// Calls `f` with a mutable reference to `jobs` under its lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `jobs` is a `tokio::sync::Mutex<Vec<u32>>` (tokio, which never poisons): every access awaits its lock, so one task at a time reads or changes it; waiting suspends the task and never blocks the thread.

 **Contract: state** — externally visible state: callers must expect `jobs` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: the lock serialises access across tasks and threads.*/
        /**
 # Awaiting

 Suspends the task until the lock of `jobs` is free; never blocks the thread. `f` runs with the lock held and cannot `.await`; to hold the lock across an `.await`, use `lock_jobs`.*/
        #[inline]
        pub async fn with_jobs_mut<R>(
            &self,
            f: impl ::core::ops::FnOnce(&mut Vec<u32>) -> R,
        ) -> R {
            f(&mut *::interior::__private::tokio::sync::Mutex::lock(&self.jobs).await)
        }
        /// Returns a clone of the value of `jobs`, taken under its lock.
        /**
 # Mutation contract

 `jobs` is a `tokio::sync::Mutex<Vec<u32>>` (tokio, which never poisons): every access awaits its lock, so one task at a time reads or changes it; waiting suspends the task and never blocks the thread.

 **Contract: state** — externally visible state: callers must expect `jobs` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: the lock serialises access across tasks and threads.*/
        /**
 # Awaiting

 Suspends the task until the lock of `jobs` is free; never blocks the thread.*/
        #[inline]
        #[must_use]
        pub async fn jobs(&self) -> Vec<u32> {
            {
                #[allow(
                    non_camel_case_types,
                    clippy::ptr_arg,
                    reason = "named after the field and the op for the diagnostic; takes what the accessor holds"
                )]
                #[inline]
                fn checked<jobs, get>(value: &Vec<u32>) -> Vec<u32> {
                    ::interior::__private::clone::<jobs, get, Vec<u32>>(value)
                }
                checked::<
                    (),
                    (),
                >(&*::interior::__private::tokio::sync::Mutex::lock(&self.jobs).await)
            }
        }
        /// Locks `jobs` until the returned guard is dropped; the guard may be held across an `.await`.
        /**
 # Mutation contract

 `jobs` is a `tokio::sync::Mutex<Vec<u32>>` (tokio, which never poisons): every access awaits its lock, so one task at a time reads or changes it; waiting suspends the task and never blocks the thread.

 **Contract: state** — externally visible state: callers must expect `jobs` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: the lock serialises access across tasks and threads.*/
        /**
 # Awaiting

 Suspends the task until the lock of `jobs` is free; never blocks the thread.*/
        #[inline]
        #[must_use = "the lock is held as long as the guard lives; a guard that is not used only holds the lock"]
        pub async fn lock_jobs(
            &self,
        ) -> ::interior::__private::tokio::sync::MutexGuard<'_, Vec<u32>> {
            ::interior::__private::tokio::sync::Mutex::lock(&self.jobs).await
        }
        /// Calls `f` with a shared reference to `names` under its read lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `names` is an `RwLock<Vec<String>>` (tokio, which never poisons): reads share its read lock, changes take its write lock exclusively; waiting suspends the task and never blocks the thread.

 **Contract: state** — externally visible state: callers must expect `names` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: the lock serialises access across tasks and threads.*/
        /**
 # Awaiting

 Suspends the task until the read lock of `names` is free; never blocks the thread. `f` runs with the lock held and cannot `.await`; to hold the lock across an `.await`, use `read_names` or `write_names`.*/
        #[inline]
        async fn with_names<R>(
            &self,
            f: impl ::core::ops::FnOnce(&Vec<String>) -> R,
        ) -> R {
            f(
                &*::interior::__private::tokio::sync::RwLock::read(
                        ::interior::__private::named_lock::<
                            ::interior::__private::tokio::sync::RwLock<Vec<String>>,
                            _,
                        >(&self.names),
                    )
                    .await,
            )
        }
        /// Write-locks `names` until the returned guard is dropped; the guard may be held across an `.await`.
        /**
 # Mutation contract

 `names` is an `RwLock<Vec<String>>` (tokio, which never poisons): reads share its read lock, changes take its write lock exclusively; waiting suspends the task and never blocks the thread.

 **Contract: state** — externally visible state: callers must expect `names` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: the lock serialises access across tasks and threads.*/
        /**
 # Awaiting

 Suspends the task until the write lock of `names` is free; never blocks the thread.*/
        #[inline]
        #[must_use = "the lock is held as long as the guard lives; a guard that is not used only holds the lock"]
        async fn write_names(
            &self,
        ) -> ::interior::__private::tokio::sync::RwLockWriteGuard<'_, Vec<String>> {
            ::interior::__private::tokio::sync::RwLock::write(
                    ::interior::__private::named_lock::<
                        ::interior::__private::tokio::sync::RwLock<Vec<String>>,
                        _,
                    >(&self.names),
                )
                .await
        }
        /// Calls `f` with a mutable reference to `queue` under its lock and returns its result; the lock is released when `f` returns.
        /**
 # Mutation contract

 `queue` is a `Queue` (tokio, which never poisons): every access awaits its lock, so one task at a time reads or changes it; waiting suspends the task and never blocks the thread.

 **Contract: state** — externally visible state: callers must expect `queue` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe if `Queue` is `Send + Sync`: the derive does not read `Queue` (an alias, or a type of another crate), so it cannot see whether it wraps a tokio `Mutex` in an `Rc`, which is never thread-safe; `Service::FIELDS` reports the type's own answer.*/
        /**
 # Awaiting

 Suspends the task until the lock of `queue` is free; never blocks the thread. `f` runs with the lock held and cannot `.await`; to hold the lock across an `.await`, use `lock_queue`.*/
        #[inline]
        async fn with_queue_mut<R>(
            &self,
            f: impl ::core::ops::FnOnce(
                &mut <Queue as ::interior::__private::AsyncMutexField>::Value,
            ) -> R,
        ) -> R {
            f(
                &mut *<Queue as ::interior::__private::AsyncMutexField>::lock_async(
                        &self.queue,
                    )
                    .await,
            )
        }
        /// Returns the current snapshot of `config`; it stays valid, and unchanged, for as long as it is held.
        /**
 # Mutation contract

 `config` is a `arc_swap::ArcSwap<Config>`: readers load the current snapshot without waiting, writers replace it whole; no access blocks or panics, and a snapshot stays valid (and unchanged) for as long as a caller holds it.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: snapshots are swapped atomically, and readers never wait for writers.*/
        #[inline]
        #[must_use]
        fn config(&self) -> ::interior::__private::Arc<Config> {
            ::interior::__private::ArcSwap::<Config>::load_full(&self.config)
        }
        /// Calls `f` with the current snapshot of `config`, without cloning its `Arc`, and returns its result.
        /**
 # Mutation contract

 `config` is a `arc_swap::ArcSwap<Config>`: readers load the current snapshot without waiting, writers replace it whole; no access blocks or panics, and a snapshot stays valid (and unchanged) for as long as a caller holds it.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: snapshots are swapped atomically, and readers never wait for writers.*/
        #[inline]
        fn with_config<R>(&self, f: impl ::core::ops::FnOnce(&Config) -> R) -> R {
            f(&::interior::__private::ArcSwap::<Config>::load(&self.config))
        }
        /// Stores `value` (a `T` or an `Arc<T>`) as the new snapshot of `config`; readers holding the previous one keep it.
        /**
 # Mutation contract

 `config` is a `arc_swap::ArcSwap<Config>`: readers load the current snapshot without waiting, writers replace it whole; no access blocks or panics, and a snapshot stays valid (and unchanged) for as long as a caller holds it.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: snapshots are swapped atomically, and readers never wait for writers.*/
        #[inline]
        fn set_config(
            &self,
            value: impl ::core::convert::Into<::interior::__private::Arc<Config>>,
        ) {
            ::interior::__private::ArcSwap::<
                Config,
            >::store(
                &self.config,
                ::core::convert::Into::<::interior::__private::Arc<Config>>::into(value),
            )
        }
        /// Stores `value` (a `T` or an `Arc<T>`) as the new snapshot of `config` and returns the previous one.
        /**
 # Mutation contract

 `config` is a `arc_swap::ArcSwap<Config>`: readers load the current snapshot without waiting, writers replace it whole; no access blocks or panics, and a snapshot stays valid (and unchanged) for as long as a caller holds it.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: snapshots are swapped atomically, and readers never wait for writers.*/
        #[inline]
        fn replace_config(
            &self,
            value: impl ::core::convert::Into<::interior::__private::Arc<Config>>,
        ) -> ::interior::__private::Arc<Config> {
            ::interior::__private::ArcSwap::<
                Config,
            >::swap(
                &self.config,
                ::core::convert::Into::<::interior::__private::Arc<Config>>::into(value),
            )
        }
        /// Read-copy-update: stores `f` of the current snapshot of `config` as the new one, and returns it; `f` runs again if another writer stored a snapshot in between.
        /**
 # Mutation contract

 `config` is a `arc_swap::ArcSwap<Config>`: readers load the current snapshot without waiting, writers replace it whole; no access blocks or panics, and a snapshot stays valid (and unchanged) for as long as a caller holds it.

 **Contract: state** — externally visible state: callers must expect `config` to change between calls, even through a shared `&Service`.

 **Thread safety:** thread-safe: snapshots are swapped atomically, and readers never wait for writers.*/
        #[inline]
        fn update_config(
            &self,
            f: impl ::core::ops::FnMut(&Config) -> Config,
        ) -> ::interior::__private::Arc<Config> {
            ::interior::__private::arc_swap_update(&self.config, f)
        }
    }
};
#[automatically_derived]
impl ::interior::Interior for Service {
    const FIELDS: &'static [::interior::FieldContract] = &[
        ::interior::__private::field(
            "jobs",
            ::interior::Mechanism::AsyncMutex,
            ::interior::ContractClass::State,
            &["with_jobs_mut", "jobs", "lock_jobs"],
            true,
            false,
        ),
        ::interior::__private::field(
            "names",
            ::interior::Mechanism::AsyncRwLock,
            ::interior::ContractClass::State,
            &["with_names", "write_names"],
            true,
            false,
        ),
        ::interior::__private::field(
            "queue",
            ::interior::Mechanism::AsyncMutex,
            ::interior::ContractClass::State,
            &["with_queue_mut"],
            <Queue as ::interior::__private::AsyncMutexField>::THREAD_SAFE,
            false,
        ),
        ::interior::__private::field(
            "config",
            ::interior::Mechanism::ArcSwap,
            ::interior::ContractClass::State,
            &["config", "with_config", "set_config", "replace_config", "update_config"],
            true,
            false,
        ),
    ];
}
const _: () = ::interior::__private::assert_thread_safe::<Service>();
