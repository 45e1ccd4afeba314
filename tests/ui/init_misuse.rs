use std::cell::{Cell, LazyCell, OnceCell};

use interior::Interior;

#[derive(Interior)]
struct Index {
    // `init` computes a `OnceCell` or a `OnceLock` on its first read: not a `Cell`.
    #[cell(init = "Self::zero")]
    count: Cell<u32>,
    // A `LazyCell` has its initializer in its type already.
    #[once(init = "Self::words")]
    lazy: LazyCell<Vec<String>>,
    // The value names a function: a path, not an expression.
    #[once(init = "Self::words()")]
    words: OnceCell<Vec<String>>,
    #[once(init = 3)]
    other: OnceCell<u8>,
}

fn main() {}
