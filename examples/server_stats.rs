//! Shared state across threads: a request counter, a latency high-water mark and a
//! configuration that many threads read and one reloads.
//!
//! Run with `cargo run --example server_stats`.

use std::sync::atomic::{AtomicU64, AtomicUsize};
use std::sync::{Arc, RwLock};
use std::thread;

use interior::Interior;

/// What the request handlers read.
#[derive(Debug, Clone, PartialEq)]
struct Config {
    greeting: String,
    max_body: usize,
}

/// Statistics and configuration shared by every handler thread.
#[derive(Interior)]
#[interior(thread_safe)]
struct Server {
    /// Requests served so far.
    #[sync(get, fetch_add, ordering = "relaxed", contract = "bookkeeping")]
    requests: AtomicU64,
    /// The slowest request so far, in microseconds.
    #[sync(get, fetch_max, ordering = "relaxed", contract = "bookkeeping")]
    slowest_us: AtomicUsize,
    /// Read by every request, replaced on reload.
    #[sync(with, get, set)]
    config: Arc<RwLock<Config>>,
}

fn main() {
    let server = Server {
        requests: AtomicU64::new(0),
        slowest_us: AtomicUsize::new(0),
        config: Arc::new(RwLock::new(Config {
            greeting: "hello".into(),
            max_body: 1024,
        })),
    };

    thread::scope(|s| {
        for worker in 0..4_usize {
            let server = &server;
            s.spawn(move || {
                for request in 0..1000 {
                    let limit = server.with_config(|c| c.max_body);
                    assert!(limit >= 1024);
                    server.fetch_add_requests(1);
                    server.fetch_max_slowest_us(worker * 1000 + request);
                }
            });
        }
        // one reload while the workers run
        let mut config = server.config();
        config.greeting = "hi".into();
        config.max_body = 4096;
        server.set_config(config);
    });

    println!(
        "served {} requests, slowest {} us, greeting {:?}",
        server.requests(),
        server.slowest_us(),
        server.with_config(|c| c.greeting.clone())
    );
    assert_eq!(server.requests(), 4000);
    assert_eq!(server.slowest_us(), 3999);
}
