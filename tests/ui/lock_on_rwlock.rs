use std::sync::RwLock;

use interior::Interior;

#[derive(Interior)]
struct Registry {
    #[sync(with, lock)]
    names: RwLock<Vec<String>>,
}

fn main() {}
