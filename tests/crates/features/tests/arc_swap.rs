//! SPEC §12: `#[sync]` on `arc_swap::ArcSwap<T>` — snapshots, `with_x` without an `Arc` clone,
//! read-copy-update under contention, `FIELDS`.

#![allow(missing_docs)]

use std::sync::Arc;
use std::thread;

use arc_swap::ArcSwap;
use interior::{Interior, Mechanism};

#[derive(Debug, Clone, PartialEq, Eq)]
struct Config {
    version: u64,
    name: String,
}

#[derive(Interior)]
#[interior(thread_safe)]
struct Settings {
    #[sync]
    config: ArcSwap<Config>,
    #[sync(get, update, contract = "bookkeeping")]
    counter: arc_swap::ArcSwap<u64>,
    #[sync(get, set)]
    shared: Arc<ArcSwap<String>>,
}

fn settings() -> Settings {
    Settings {
        config: ArcSwap::from_pointee(Config {
            version: 0,
            name: "0".into(),
        }),
        counter: ArcSwap::from_pointee(0),
        shared: Arc::new(ArcSwap::from_pointee(String::from("a"))),
    }
}

#[test]
fn every_op() {
    let s = settings();
    let before: Arc<Config> = s.config();
    s.set_config(Config {
        version: 1,
        name: "one".into(),
    });
    // The snapshot a reader holds stays valid and unchanged.
    assert_eq!(before.version, 0);
    assert_eq!(s.with_config(|c| c.version), 1);
    let two = Arc::new(Config {
        version: 2,
        name: "two".into(),
    });
    let previous = s.replace_config(Arc::clone(&two));
    assert_eq!(previous.name, "one");
    assert!(Arc::ptr_eq(&s.config(), &two));
    let stored = s.update_config(|c| Config {
        version: c.version + 1,
        ..c.clone()
    });
    assert_eq!(stored.version, 3);
    assert!(Arc::ptr_eq(&stored, &s.config()));
    s.set_shared("b".to_owned());
    assert_eq!(*s.shared(), "b");
}

#[test]
fn with_does_not_clone_the_arc() {
    let s = settings();
    let snapshot = s.config();
    // `snapshot` and the `ArcSwap` hold it.
    let held = Arc::strong_count(&snapshot);
    let counted = s.with_config(|_| Arc::strong_count(&snapshot));
    assert_eq!(counted, held);
    // `x()` does.
    let again = s.config();
    assert_eq!(Arc::strong_count(&snapshot), held + 1);
    drop(again);
}

#[test]
fn update_is_read_copy_update_under_contention() {
    let s = settings();
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..1000 {
                    s.update_counter(|n| n + 1);
                }
            });
        }
    });
    assert_eq!(*s.counter(), 4000);
}

#[test]
fn readers_see_whole_snapshots_while_a_writer_replaces_them() {
    let s = settings();
    thread::scope(|scope| {
        scope.spawn(|| {
            for version in 1..=500 {
                s.set_config(Config {
                    version,
                    name: version.to_string(),
                });
            }
        });
        for _ in 0..2 {
            scope.spawn(|| {
                for _ in 0..500 {
                    s.with_config(|c| assert_eq!(c.name, c.version.to_string(), "{c:?}"));
                }
            });
        }
    });
    assert_eq!(s.config().version, 500);
}

#[test]
fn fields() {
    let rows: Vec<(&str, Mechanism, bool)> = Settings::FIELDS
        .iter()
        .map(|f| (f.field, f.mechanism, f.thread_safe))
        .collect();
    assert_eq!(
        rows,
        [
            ("config", Mechanism::ArcSwap, true),
            ("counter", Mechanism::ArcSwap, true),
            ("shared", Mechanism::ArcSwap, true),
        ]
    );
    assert_eq!(Mechanism::ArcSwap.to_string(), "arc_swap");
}
