use std::sync::Mutex;

use interior::Interior;

type Jobs = Mutex<Vec<String>>;

#[derive(Interior)]
struct Queue {
    #[sync(kind = "lock")]
    jobs: Jobs,
}

fn main() {}
