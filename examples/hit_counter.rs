//! A page cache that counts its hits and misses through `&self`.
//!
//! Lookups are logically read-only, so `get` takes `&self`; the counters are hidden
//! bookkeeping, kept in `Cell`s around the fields that change rather than around the struct.
//!
//! Run with `cargo run --example hit_counter`.

use std::cell::Cell;
use std::collections::HashMap;

use interior::Interior;

/// Pages by path, with statistics about how well the cache does.
#[derive(Interior)]
struct PageCache {
    pages: HashMap<String, String>,
    /// Lookups that found their page.
    #[cell(get, update, contract = "bookkeeping")]
    hits: Cell<u64>,
    /// Lookups that did not.
    #[cell(get, update, contract = "bookkeeping")]
    misses: Cell<u64>,
}

impl PageCache {
    fn new(pages: &[(&str, &str)]) -> Self {
        PageCache {
            pages: pages
                .iter()
                .map(|(path, body)| ((*path).to_owned(), (*body).to_owned()))
                .collect(),
            hits: Cell::new(0),
            misses: Cell::new(0),
        }
    }

    /// Looks a page up. `&self`: callers see a read; the counters change underneath.
    fn get(&self, path: &str) -> Option<&str> {
        let page = self.pages.get(path).map(String::as_str);
        if page.is_some() {
            self.update_hits(|n| n + 1);
        } else {
            self.update_misses(|n| n + 1);
        }
        page
    }

    #[allow(clippy::cast_precision_loss)] // counts far below 2^52
    fn hit_rate(&self) -> f64 {
        let total = self.hits() + self.misses();
        if total == 0 {
            0.0
        } else {
            self.hits() as f64 / total as f64
        }
    }
}

fn main() {
    let cache = PageCache::new(&[("/", "home"), ("/about", "about us")]);
    for path in ["/", "/about", "/", "/missing", "/"] {
        match cache.get(path) {
            Some(body) => println!("{path:>9} -> {body}"),
            None => println!("{path:>9} -> not found"),
        }
    }
    println!(
        "hits: {}, misses: {}, hit rate: {:.0}%",
        cache.hits(),
        cache.misses(),
        cache.hit_rate() * 100.0
    );
    assert_eq!((cache.hits(), cache.misses()), (4, 1));
}
