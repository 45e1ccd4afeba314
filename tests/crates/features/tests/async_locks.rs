//! SPEC §11: `#[sync]` on tokio's `Mutex` and `RwLock` — `async fn` accessors, every op, `Send`
//! futures, no poisoning, aliases and bare names under `#[sync(async)]`, `FIELDS`.

#![allow(missing_docs)]

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use interior::{Interior, Mechanism};
use tokio::sync::{Mutex, RwLock};

#[derive(Interior, Default)]
#[interior(thread_safe)]
struct Service {
    #[sync(with, with_mut, set, replace, get, take, lock, get_mut)]
    jobs: tokio::sync::Mutex<Vec<u32>>,
    #[sync(with, with_mut, set, replace, get, take, read, write, get_mut)]
    config: tokio::sync::RwLock<String>,
    /// Imported bare, marked `async`.
    #[sync(async)]
    seen: Mutex<u64>,
    #[sync(async, get, with_mut)]
    names: RwLock<Vec<String>>,
    #[sync(with_mut, get)]
    shared: Arc<tokio::sync::Mutex<u8>>,
}

type Jobs = tokio::sync::Mutex<Vec<u32>>;
type Table = Arc<tokio::sync::RwLock<u32>>;
type Local = Rc<tokio::sync::Mutex<u8>>;

#[derive(Interior)]
struct Aliased {
    #[sync(
        async,
        kind = "mutex",
        with,
        with_mut,
        set,
        replace,
        get,
        take,
        lock,
        get_mut
    )]
    jobs: Jobs,
    #[sync(async, kind = "rwlock", with, with_mut, get, read, write)]
    table: Table,
}

/// An alias of an `Rc` of a tokio lock: not thread-safe, as `FIELDS` says.
#[derive(Interior, Default)]
struct LocalAliased {
    #[sync(async, kind = "mutex", get)]
    local: Local,
}

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime")
        .block_on(future)
}

#[test]
fn mutex_ops() {
    block_on(async {
        let mut s = Service::default();
        s.with_jobs_mut(|j| j.push(1)).await;
        assert_eq!(s.with_jobs(Vec::len).await, 1);
        s.set_jobs(vec![2, 3]).await;
        assert_eq!(s.replace_jobs(vec![4]).await, [2, 3]);
        assert_eq!(s.jobs().await, [4]);
        {
            let mut guard: tokio::sync::MutexGuard<'_, Vec<u32>> = s.lock_jobs().await;
            guard.push(5);
            // Held across an `.await`: tokio's guards allow it.
            tokio::task::yield_now().await;
            assert!(s.jobs.try_lock().is_err());
        }
        assert_eq!(s.take_jobs().await, [4, 5]);
        s.jobs_mut().push(9);
        assert_eq!(s.jobs().await, [9]);
    });
}

#[test]
fn rwlock_ops() {
    block_on(async {
        let mut s = Service::default();
        s.with_config_mut(|c| c.push('a')).await;
        assert_eq!(s.with_config(String::len).await, 1);
        s.set_config("b".into()).await;
        assert_eq!(s.replace_config("c".into()).await, "b");
        {
            let first = s.read_config().await;
            let second = s.read_config().await;
            assert_eq!((first.as_str(), second.as_str()), ("c", "c"));
            assert!(s.config.try_write().is_err());
        }
        s.write_config().await.push('d');
        assert_eq!(s.config().await, "cd");
        assert_eq!(s.take_config().await, "cd");
        s.config_mut().push('e');
        assert_eq!(s.config().await, "e");
    });
}

#[test]
fn bare_names_under_async_and_arc() {
    block_on(async {
        let s = Service::default();
        s.with_seen_mut(|n| *n += 1).await;
        s.set_seen(5).await;
        assert_eq!(s.replace_seen(6).await, 5);
        assert_eq!(s.with_seen(|n| *n).await, 6);
        s.with_names_mut(|n| n.push("x".into())).await;
        assert_eq!(s.names().await, ["x"]);
        s.with_shared_mut(|n| *n = 7).await;
        assert_eq!(s.shared().await, 7);
    });
}

#[test]
fn aliases() {
    block_on(async {
        let mut a = Aliased {
            jobs: Jobs::default(),
            table: Table::default(),
        };
        a.with_jobs_mut(|j| j.push(1)).await;
        a.set_jobs(vec![2]).await;
        assert_eq!(a.replace_jobs(vec![3]).await, [2]);
        a.lock_jobs().await.push(4);
        assert_eq!(a.with_jobs(Vec::len).await, 2);
        assert_eq!(a.take_jobs().await, [3, 4]);
        a.jobs_mut().push(5);
        assert_eq!(a.jobs().await, [5]);
        a.with_table_mut(|t| *t = 3).await;
        *a.write_table().await += 1;
        assert_eq!(*a.read_table().await, 4);
        assert_eq!(a.with_table(|t| *t).await, 4);
        assert_eq!(a.table().await, 4);
        assert_eq!(LocalAliased::default().local().await, 0);
    });
}

#[test]
fn fields_report_async_mechanisms() {
    let rows: Vec<(&str, Mechanism, bool)> = Service::FIELDS
        .iter()
        .map(|f| (f.field, f.mechanism, f.thread_safe))
        .collect();
    assert_eq!(
        rows,
        [
            ("jobs", Mechanism::AsyncMutex, true),
            ("config", Mechanism::AsyncRwLock, true),
            ("seen", Mechanism::AsyncMutex, true),
            ("names", Mechanism::AsyncRwLock, true),
            ("shared", Mechanism::AsyncMutex, true),
        ]
    );
    assert_eq!(Mechanism::AsyncMutex.to_string(), "async_mutex");
    assert_eq!(Mechanism::AsyncRwLock.to_string(), "async_rwlock");
    let aliased: Vec<(Mechanism, bool)> = Aliased::FIELDS
        .iter()
        .map(|f| (f.mechanism, f.thread_safe))
        .collect();
    assert_eq!(
        aliased,
        [
            (Mechanism::AsyncMutex, true),
            (Mechanism::AsyncRwLock, true)
        ]
    );
    assert!(!LocalAliased::FIELDS[0].thread_safe);
}

fn assert_send<T: Send>(value: T) -> T {
    value
}

#[test]
fn futures_are_send_when_the_value_is() {
    block_on(async {
        let s = Service::default();
        assert_send(s.with_jobs_mut(|j| j.push(1))).await;
        assert_send(s.with_jobs(Vec::len)).await;
        assert_send(s.set_jobs(vec![1])).await;
        assert_send(s.replace_jobs(vec![2])).await;
        let _ = assert_send(s.jobs()).await;
        assert_send(s.take_jobs()).await;
        drop(assert_send(s.lock_jobs()).await);
        assert_send(s.with_config(String::len)).await;
        drop(assert_send(s.read_config()).await);
        drop(assert_send(s.write_config()).await);
        assert_send(s.with_seen_mut(|n| *n += 1)).await;
        let _ = assert_send(s.names()).await;
        let a = Aliased {
            jobs: Jobs::default(),
            table: Table::default(),
        };
        assert_send(a.with_jobs_mut(|j| j.push(1))).await;
        assert_send(a.with_table(|t| *t)).await;
    });
}

#[test]
fn tasks_on_a_multi_thread_runtime_share_the_struct() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()
        .expect("a multi-thread runtime");
    let total = runtime.block_on(async {
        let s = Arc::new(Service::default());
        let mut tasks = Vec::new();
        for i in 0..4 {
            let s = Arc::clone(&s);
            tasks.push(tokio::spawn(async move {
                for _ in 0..250 {
                    s.with_seen_mut(|n| *n += 1).await;
                    // A guard held across an await point, while other tasks wait.
                    let mut jobs = s.lock_jobs().await;
                    jobs.push(i);
                    tokio::time::sleep(Duration::from_micros(1)).await;
                    drop(jobs);
                }
            }));
        }
        for task in tasks {
            task.await.expect("no task panics");
        }
        (s.with_seen(|n| *n).await, s.with_jobs(Vec::len).await)
    });
    assert_eq!(total, (1000, 1000));
}

#[test]
fn a_panic_under_the_lock_does_not_poison_it() {
    block_on(async {
        let s = Arc::new(Service::default());
        let clone = Arc::clone(&s);
        let failed = tokio::spawn(async move {
            clone
                .with_seen_mut(|_| panic!("a task panics under the lock"))
                .await;
        })
        .await;
        assert!(failed.is_err());
        s.set_seen(1).await;
        assert_eq!(s.with_seen(|n| *n).await, 1);
    });
}

/// A struct-level `poison` applies to the std locks and skips tokio's, which never poison.
#[derive(Interior, Default)]
#[interior(poison = "recover")]
struct Mixed {
    #[sync(with_mut)]
    tokio_lock: tokio::sync::Mutex<u8>,
    #[sync(with_mut)]
    std_lock: std::sync::Mutex<u8>,
}

#[test]
fn struct_level_poison_skips_tokio_locks() {
    let m = Mixed::default();
    block_on(m.with_tokio_lock_mut(|v| *v += 1));
    m.with_std_lock_mut(|v| *v += 1);
    assert_eq!(
        (
            *m.tokio_lock.try_lock().expect("free"),
            *m.std_lock.lock().expect("not poisoned")
        ),
        (1, 1)
    );
}
