//! interior with its optional integrations: `portable_atomic`'s atomics (feature
//! `portable-atomic`). `cargo test` here runs their behaviour; the workspace's
//! `tests/crates.rs` builds, lints and tests this crate.

#![deny(warnings, missing_docs, clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

use interior::Interior;

/// Counters on `portable_atomic`'s atomics, spelled by path, with per-op orderings.
#[derive(Interior, Default)]
#[interior(vis = "pub", thread_safe)]
pub struct Stats {
    /// Requests served.
    #[sync(
        get(ordering = "acquire"),
        set(ordering = "release"),
        replace,
        update,
        try_update,
        compare_exchange,
        fetch_add(ordering = "relaxed"),
        fetch_sub,
        fetch_max,
        fetch_min,
        fetch_and,
        fetch_or,
        fetch_xor,
        get_mut
    )]
    requests: portable_atomic::AtomicU64,
    /// Whether the service is up.
    #[sync(get, set, fetch_xor)]
    up: portable_atomic::AtomicBool,
    /// The head of a list.
    #[sync(get, set, compare_exchange, get_mut)]
    head: portable_atomic::AtomicPtr<u8>,
    /// A signed gauge, shared.
    #[sync(get, fetch_add)]
    gauge: std::sync::Arc<portable_atomic::AtomicI32>,
}

/// tokio's locks and an `ArcSwap`, public, under the same lints: every accessor documented,
/// nothing pedantic clippy would flag.
#[derive(Interior, Default)]
#[interior(vis = "pub", thread_safe)]
pub struct Service {
    /// Jobs.
    #[sync(with, with_mut, set, replace, get, take, lock, get_mut)]
    jobs: tokio::sync::Mutex<Vec<u32>>,
    /// Names.
    #[sync(with, with_mut, set, replace, get, take, read, write, get_mut)]
    names: tokio::sync::RwLock<Vec<String>>,
    /// Settings.
    #[sync]
    settings: arc_swap::ArcSwap<String>,
}

#[cfg(test)]
mod tests {
    use super::Stats;
    use interior::{Interior, Mechanism};

    #[test]
    fn portable_atomics_every_op() {
        let mut s = Stats::default();
        s.set_requests(5);
        assert_eq!(s.replace_requests(6), 5);
        assert_eq!(s.update_requests(|v| v * 2), 12);
        assert_eq!(s.try_update_requests(|v| v.checked_sub(20)), None);
        assert_eq!(s.try_update_requests(|v| v.checked_sub(2)), Some(10));
        assert_eq!(s.compare_exchange_requests(10, 11), Ok(10));
        assert_eq!(s.compare_exchange_requests(10, 12), Err(11));
        assert_eq!(s.fetch_add_requests(u64::MAX), 11);
        assert_eq!(s.requests(), 10, "fetch_add wraps");
        assert_eq!(s.fetch_sub_requests(4), 10);
        assert_eq!(s.fetch_max_requests(9), 6);
        assert_eq!(s.fetch_min_requests(3), 9);
        assert_eq!(s.fetch_or_requests(0b100), 3);
        assert_eq!(s.fetch_and_requests(0b110), 0b111);
        assert_eq!(s.fetch_xor_requests(0b011), 0b110);
        *s.requests_mut() += 1;
        assert_eq!(s.requests(), 0b110);

        s.set_up(true);
        assert!(s.fetch_xor_up(true));
        assert!(!s.up());

        let mut byte = 7_u8;
        let p: *mut u8 = &raw mut byte;
        assert!(s.head().is_null());
        assert_eq!(
            s.compare_exchange_head(std::ptr::null_mut(), p),
            Ok(std::ptr::null_mut())
        );
        assert_eq!(s.head(), p);
        *s.head_mut() = std::ptr::null_mut();
        assert!(s.head().is_null());

        assert_eq!(s.fetch_add_gauge(-3), 0);
        assert_eq!(s.gauge(), -3);
    }

    #[test]
    fn portable_atomics_are_atomics_in_the_contract() {
        for field in Stats::FIELDS {
            assert_eq!(field.mechanism, Mechanism::Atomic, "{}", field.field);
            assert!(field.thread_safe, "{}", field.field);
        }
    }

    #[test]
    fn portable_fetch_add_under_contention() {
        let s = Stats::default();
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    for _ in 0..1000 {
                        s.fetch_add_requests(1);
                        s.update_requests(|v| v + 1);
                    }
                });
            }
        });
        assert_eq!(s.requests(), 8000);
    }
}
