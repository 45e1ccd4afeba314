//! A configuration read by every request and replaced on reload: readers on several threads
//! load the current `ArcSwap` snapshot without ever waiting, and each snapshot they see is
//! whole — a reload swaps it at once, never field by field.
//!
//! Run with `cargo run --example config_reload --features arc-swap`.

use std::sync::atomic::AtomicU64;
use std::thread;

use arc_swap::ArcSwap;
use interior::Interior;

/// One version of the configuration: `port` and `name` always belong together.
#[derive(Debug)]
struct Config {
    version: u64,
    port: u16,
    name: String,
}

impl Config {
    fn version(version: u64) -> Config {
        Config {
            version,
            port: 8000 + u16::try_from(version % 1000).expect("below 1000"),
            name: format!("v{version}"),
        }
    }

    /// Whether the fields belong to one version.
    fn is_whole(&self) -> bool {
        self.name == format!("v{}", self.version)
            && u64::from(self.port) == 8000 + self.version % 1000
    }
}

/// The server's shared state.
#[derive(Interior)]
#[interior(thread_safe)]
struct Server {
    /// Read by every request; replaced by `reload`.
    #[sync(contract = "state")]
    config: ArcSwap<Config>,
    /// Requests served.
    #[sync(get, fetch_add, ordering = "relaxed", contract = "bookkeeping")]
    requests: AtomicU64,
}

/// How many times the writer reloads.
const RELOADS: u64 = 200;

fn main() {
    let server = Server {
        config: ArcSwap::from_pointee(Config::version(0)),
        requests: AtomicU64::new(0),
    };
    thread::scope(|scope| {
        // The writer: each reload builds the next version from the current one.
        scope.spawn(|| {
            for _ in 0..RELOADS {
                server.update_config(|current| Config::version(current.version + 1));
            }
        });
        // The readers: every snapshot is whole, and versions never go back.
        for _ in 0..3 {
            scope.spawn(|| {
                let mut last = 0;
                while last < RELOADS {
                    let version = server.with_config(|config| {
                        assert!(config.is_whole(), "a torn snapshot: {config:?}");
                        config.version
                    });
                    assert!(version >= last, "version {version} after {last}");
                    last = version;
                    server.fetch_add_requests(1);
                }
            });
        }
    });
    let config = server.config();
    assert_eq!(config.version, RELOADS);
    println!(
        "{} requests saw only whole snapshots; now serving {} on port {}",
        server.requests(),
        config.name,
        config.port
    );
}
