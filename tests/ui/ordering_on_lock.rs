use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Queue {
    #[sync(ordering = "relaxed")]
    jobs: Mutex<Vec<String>>,
}

fn main() {}
