//! SPEC §16: `#[once(init = "path")]` — a `OnceCell`/`OnceLock` whose getter computes the value
//! from the struct on the first call.

#![allow(missing_docs)]

mod support;

use std::cell::{Cell, OnceCell};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread;

use interior::Interior;
use support::catch_panic;

#[derive(Interior)]
struct Document {
    text: String,
    builds: Cell<u32>,
    #[once(init = "Self::index_words")]
    index: OnceCell<BTreeMap<String, usize>>,
    #[once(init = "word_count", get, get_or_init, set)]
    words: OnceCell<usize>,
}

impl Document {
    fn new(text: &str) -> Self {
        Document {
            text: text.to_owned(),
            builds: Cell::new(0),
            index: OnceCell::new(),
            words: OnceCell::new(),
        }
    }

    fn index_words(&self) -> BTreeMap<String, usize> {
        self.builds.set(self.builds.get() + 1);
        let mut index = BTreeMap::new();
        for word in self.text.split_whitespace() {
            *index.entry(word.to_owned()).or_default() += 1;
        }
        index
    }
}

fn word_count(doc: &Document) -> usize {
    doc.text.split_whitespace().count()
}

#[test]
fn init_runs_once_on_the_first_get_and_reads_other_fields() {
    let doc = Document::new("a b a");
    assert_eq!(doc.builds.get(), 0);
    assert_eq!(doc.index()["a"], 2);
    assert_eq!(doc.index()["b"], 1);
    assert_eq!(doc.builds.get(), 1);
    // `get` returns `&T`, not `Option<&T>`.
    let index: &BTreeMap<String, usize> = doc.index();
    assert_eq!(index.len(), 2);
}

#[test]
fn get_or_init_and_set_stay_available_with_init() {
    let doc = Document::new("one two three");
    assert_eq!(doc.set_words(7), Ok(()));
    assert_eq!(doc.words(), &7);
    assert_eq!(*doc.words_or_init(|| 0), 7);
    let fresh = Document::new("one two three");
    assert_eq!(fresh.words(), &3);
    assert_eq!(fresh.set_words(1), Err(1));
}

#[derive(Interior)]
struct Reentrant {
    #[once(init = "Self::again")]
    value: OnceCell<u8>,
}

/// The line of the re-entrant call, where the panic points.
const AGAIN: u32 = line!() + 4;

impl Reentrant {
    fn again(&self) -> u8 {
        *self.value() + 1
    }
}

#[test]
fn a_reentrant_first_call_panics_at_the_callers_line() {
    let r = Reentrant {
        value: OnceCell::new(),
    };
    let caught = catch_panic(|| *r.value()).expect_err("re-entrant init panics");
    assert!(
        caught
            .message
            .contains("re-entrant initialization of `Reentrant::value`"),
        "{caught:?}"
    );
    assert_eq!((caught.file.as_str(), caught.line), (file!(), AGAIN));
    assert!(r.value.get().is_none());
}

#[derive(Interior)]
struct Flaky {
    attempts: Cell<u32>,
    #[once(init = "Self::connect")]
    connection: OnceCell<String>,
}

impl Flaky {
    fn connect(&self) -> String {
        self.attempts.set(self.attempts.get() + 1);
        assert!(self.attempts.get() > 1, "first attempt fails");
        format!("attempt {}", self.attempts.get())
    }
}

#[test]
fn an_initializer_that_panics_leaves_the_field_unwritten_and_runs_again() {
    let f = Flaky {
        attempts: Cell::new(0),
        connection: OnceCell::new(),
    };
    let caught = catch_panic(|| f.connection().len()).expect_err("the first attempt panics");
    assert!(caught.message.contains("first attempt fails"), "{caught:?}");
    assert!(f.connection.get().is_none());
    // The unwinding took the cell off the list of running initializers: this is no re-entrant
    // call, and it initializes the cell.
    assert_eq!(f.connection(), "attempt 2");
    assert_eq!(f.attempts.get(), 2);
}

#[derive(Interior)]
#[interior(thread_safe)]
struct Shared {
    calls: AtomicUsize,
    #[once(init = "Self::compute")]
    answer: OnceLock<u64>,
}

impl Shared {
    fn compute(&self) -> u64 {
        self.calls.fetch_add(1, Ordering::Relaxed);
        42
    }
}

#[test]
fn once_lock_init_runs_once_across_threads() {
    let s = Arc::new(Shared {
        calls: AtomicUsize::new(0),
        answer: OnceLock::new(),
    });
    thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| assert_eq!(*s.answer(), 42));
        }
    });
    assert_eq!(s.calls.load(Ordering::Relaxed), 1);
}
