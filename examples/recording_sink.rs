//! A test double behind a trait whose method takes `&self`.
//!
//! `Sink::send` takes `&self` because real sinks (a socket, a logger) are shared. A test
//! double still has to remember what it was sent: interior mutability, generated and
//! documented by `#[derive(Interior)]`.
//!
//! Run with `cargo run --example recording_sink`.

use std::cell::{Cell, RefCell};

use interior::Interior;

/// Where lines of output go.
trait Sink {
    fn send(&self, line: &str);
}

/// A sink that writes to standard output.
struct Stdout;

impl Sink for Stdout {
    fn send(&self, line: &str) {
        println!("{line}");
    }
}

/// A sink for tests: it records every line and counts them.
#[derive(Interior)]
#[interior(vis = "pub")]
pub struct RecordingSink {
    /// Number of lines sent so far.
    #[cell(contract = "bookkeeping")]
    sent: Cell<u64>,
    /// The lines, in the order they were sent.
    #[refcell(get, with_mut)]
    lines: RefCell<Vec<String>>,
    name: String, // unmarked: untouched, ordinary compile-time borrowing
}

impl RecordingSink {
    fn new(name: &str) -> Self {
        RecordingSink {
            sent: Cell::new(0),
            lines: RefCell::new(Vec::new()),
            name: name.to_owned(),
        }
    }
}

impl Sink for RecordingSink {
    fn send(&self, line: &str) {
        self.with_lines_mut(|lines| lines.push(line.to_owned()));
        self.set_sent(self.sent() + 1);
    }
}

/// The code under test: greets everyone through whatever sink it is given.
fn greet(sink: &dyn Sink, names: &[&str]) {
    for name in names {
        sink.send(&format!("hello, {name}"));
    }
}

fn main() {
    greet(&Stdout, &["world"]);

    let sink = RecordingSink::new("test");
    greet(&sink, &["ada", "grace"]);
    assert_eq!(sink.sent(), 2);
    assert_eq!(sink.lines(), ["hello, ada", "hello, grace"]);
    println!(
        "{} recorded {} lines: {:?}",
        sink.name,
        sink.sent(),
        sink.lines()
    );
}
