//! A job queue served by tasks on a tokio current-thread runtime: producers push jobs and
//! workers take them through the `async fn` accessors that `#[sync]` generates for a tokio
//! `Mutex` and `RwLock`. Waiting for a lock suspends the task, never the thread, so the one
//! thread runs every task.
//!
//! Run with `cargo run --example async_service --features tokio`.

use std::collections::VecDeque;
use std::rc::Rc;
use std::time::Duration;

use interior::Interior;

/// The service's state, shared by every task.
#[derive(Interior, Default)]
struct Service {
    /// Jobs waiting for a worker.
    #[sync(with_mut, lock)]
    queue: tokio::sync::Mutex<VecDeque<u32>>,
    /// What the workers did, read by the report.
    #[sync(with, with_mut, contract = "bookkeeping")]
    log: tokio::sync::RwLock<Vec<String>>,
    /// The workers stop once this many jobs are done.
    #[sync(with, with_mut)]
    done: tokio::sync::Mutex<usize>,
}

const JOBS: u32 = 12;

async fn producer(service: Rc<Service>, first: u32) {
    for job in (first..JOBS).step_by(2) {
        service.with_queue_mut(|queue| queue.push_back(job)).await;
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}

async fn worker(service: Rc<Service>, name: &'static str) {
    loop {
        if service.with_done(|done| *done).await == JOBS as usize {
            return;
        }
        // The guard may be held across an `.await`: tokio's locks allow it.
        let job = {
            let mut queue = service.lock_queue().await;
            tokio::task::yield_now().await;
            queue.pop_front()
        };
        match job {
            Some(job) => {
                service
                    .with_log_mut(|log| log.push(format!("{name} ran job {job}")))
                    .await;
                service.with_done_mut(|done| *done += 1).await;
            }
            None => tokio::time::sleep(Duration::from_millis(1)).await,
        }
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("a current-thread runtime");
    let local = tokio::task::LocalSet::new();
    let service = Rc::new(Service::default());
    local.block_on(&runtime, async {
        let tasks = [
            tokio::task::spawn_local(producer(Rc::clone(&service), 0)),
            tokio::task::spawn_local(producer(Rc::clone(&service), 1)),
            tokio::task::spawn_local(worker(Rc::clone(&service), "ann")),
            tokio::task::spawn_local(worker(Rc::clone(&service), "bob")),
        ];
        for task in tasks {
            task.await.expect("no task panics");
        }
    });
    let report = runtime.block_on(service.with_log(Vec::len));
    assert_eq!(report, JOBS as usize);
    runtime.block_on(service.with_log(|log| {
        for line in log {
            println!("{line}");
        }
    }));
    println!("{JOBS} jobs, every one run once, on one thread");
}
