use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Queue {
    #[sync(with_mut, read)]
    jobs: Mutex<Vec<String>>,
}

fn main() {}
