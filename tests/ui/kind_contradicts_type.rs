use std::sync::Mutex;

use interior::Interior;

#[derive(Interior)]
struct Queue {
    #[sync(kind = "rwlock")]
    jobs: Mutex<Vec<String>>,
}

fn main() {}
