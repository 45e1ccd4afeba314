use std::cell::{Cell, OnceCell};

use interior::Interior;

#[derive(Interior)]
struct Catalog {
    words: Vec<String>,
    // The initializer is named like the getter: `index` would be defined twice.
    #[once(init = "Self::index")]
    index: OnceCell<Vec<usize>>,
    #[cell]
    hits: Cell<u32>,
    // ... or like the method of another field.
    #[once(init = "Self::set_hits")]
    total: OnceCell<u32>,
}

impl Catalog {
    fn index(&self) -> Vec<usize> {
        (0..self.words.len()).collect()
    }

    fn set_hits(&self) -> u32 {
        0
    }
}

fn main() {}
